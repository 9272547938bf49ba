import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TiepDan.Backend

// Recording a visit in the reception log book (Sổ tiếp công dân, Form 03):
// every column of the book plus who received and how. The form keeps what
// the officer typed until the record is saved, also as a draft on this PC
// (Desk.draft, a moment after each change); Desk (DeskController)
// validates, seals a denunciation's identity and says which field is wrong.
Rectangle {
    id: form
    color: Theme.bg
    border.color: Theme.accent
    border.width: 3
    radius: Theme.radius
    // With the counter's current ticket (false: a visit without a ticket).
    property bool withTicket: true
    signal closed()

    readonly property bool saved: Desk.lastRecord.saved
    property string lookupText: ""
    property string prefillNote: ""
    // Something was typed or chosen (closing asks first).
    readonly property bool dirty: !saved && (nameField.text + addressField.text + idField.text + phoneField.text
                                             + repsArea.text + contentArea.text + previousField.text + transferField.text
                                             + followField.text + notesField.text + conclusionArea.text).length > 0
    readonly property bool confidential: denunciationBox.checked || anonymousBox.checked

    // The draft on this PC follows the form a moment after each change
    // (keeping an unchanged form writes nothing).
    Timer {
        interval: 2000
        repeat: true
        running: form.visible && form.dirty
        onTriggered: Desk.draft.keep(form.values())
    }
    function keepDraft() {
        if (dirty)
            Desk.draft.keep(values())
    }
    function has(list, key) {
        for (let i = 0; i < list.length; ++i)
            if (list[i] === key)
                return true
        return false
    }
    // Fills the form from a kept draft (a visitForm).
    function load(d) {
        clear()
        nameField.text = d.fullName; addressField.text = d.address; idField.text = d.idNumber
        phoneField.text = d.phone; repsArea.text = d.representatives; contentArea.text = d.content
        previousField.text = d.previousAgency; transferField.text = d.transferAgency
        followField.text = d.followUp; notesField.text = d.notes
        receiverNameField.text = d.receiverName; refusalNoteField.text = d.refusalNote
        conclusionArea.text = d.conclusion; conclusionDueField.text = d.conclusionDue
        anonymousBox.checked = d.anonymous; enforcementBox.checked = d.aboutEnforcement
        complaintBox.checked = has(d.kinds, "complaint"); denunciationBox.checked = has(d.kinds, "denunciation")
        petitionBox.checked = has(d.kinds, "petition"); feedbackBox.checked = has(d.kinds, "feedback")
        peopleBox.value = Math.max(1, d.peopleCount)
        directionBox.select(d.direction); receiverBox.select(d.receiverRole); receptionBox.select(d.receptionKind)
        refusalBox.select(d.refusal); sessionBox.select(d.sessionKey)
        prefillNote = qsTr("Đã mở lại bản nháp.")
    }

    // What the visitor of the current ticket told the kiosk fills the empty
    // identity fields (a sealed one is opened for this and audited).
    function prefillFromTicket() {
        prefillNote = ""
        switch (Desk.currentServiceKind) {
        case "complaint": complaintBox.checked = true; break
        case "denunciation": denunciationBox.checked = true; break
        case "petition": petitionBox.checked = true; break
        case "feedback": feedbackBox.checked = true; break
        }
        const v = Desk.ticketVisitor()
        if (!v.found)
            return
        if (nameField.text.length === 0) nameField.text = v.fullName
        if (addressField.text.length === 0) addressField.text = v.address
        if (idField.text.length === 0) idField.text = v.idNumber
        if (phoneField.text.length === 0) phoneField.text = v.phone
        prefillNote = v.sealed ? qsTr("Danh tính công dân khai ở kiosk (đã niêm phong) được mở để ghi sổ; việc mở được ghi vào nhật ký.")
                               : qsTr("Đã điền thông tin công dân khai ở kiosk.")
    }

    function selectedKinds() {
        const k = new Array()
        if (complaintBox.checked) k.push("complaint")
        if (denunciationBox.checked) k.push("denunciation")
        if (petitionBox.checked) k.push("petition")
        if (feedbackBox.checked) k.push("feedback")
        return k
    }
    // The form as typed (a visitForm, the fields of app/core/visitform.h).
    function values() {
        const v = Desk.blankForm()
        v.fullName = nameField.text; v.address = addressField.text; v.idNumber = idField.text; v.phone = phoneField.text
        v.representatives = repsArea.text; v.anonymous = anonymousBox.checked; v.content = contentArea.text
        v.kinds = selectedKinds(); v.peopleCount = peopleBox.value; v.previousAgency = previousField.text
        v.direction = directionBox.value; v.transferAgency = transferField.text; v.followUp = followField.text
        v.notes = notesField.text; v.receiverRole = receiverBox.value; v.receiverName = receiverNameField.text
        v.receptionKind = receptionBox.value; v.refusal = refusalBox.value; v.refusalNote = refusalNoteField.text
        v.aboutEnforcement = enforcementBox.checked; v.withTicket = form.withTicket
        const leader = receiverBox.value !== "officer"
        v.sessionKey = leader ? sessionBox.value : ""
        v.conclusion = leader ? conclusionArea.text : ""
        v.conclusionDue = leader ? conclusionDueField.text : ""
        return v
    }
    function clear() {
        for (const f of [nameField, addressField, idField, phoneField, previousField, transferField, followField,
                         notesField, receiverNameField, refusalNoteField, conclusionDueField])
            f.text = ""
        repsArea.text = ""; contentArea.text = ""; conclusionArea.text = ""
        sessionBox.select("")
        for (const b of [complaintBox, denunciationBox, petitionBox, feedbackBox, anonymousBox, enforcementBox])
            b.checked = false
        peopleBox.value = 1
        for (const c of [directionBox, receiverBox, receptionBox, refusalBox])
            c.select("")
        lookupText = ""
        prefillNote = ""
    }
    // Words for a field DeskController named (errorField); empty when fine.
    function fieldError(key) {
        if (Desk.errorField !== key || Desk.errorKind !== "invalid")
            return ""
        switch (key) {
        case "name": return qsTr("Họ tên chỉ gồm chữ cái, khoảng trắng và . ' - (%1 đến %2 ký tự).")
                            .arg(Limits.nameMin).arg(Limits.nameMax)
        case "address": return qsTr("Địa chỉ dài quá %1 ký tự hoặc có ký tự không hợp lệ.").arg(Limits.number(Limits.addressMax))
        case "idNumber": return qsTr("Số CCCD/CMND/hộ chiếu không hợp lệ (CCCD có 12 chữ số).")
        case "phone": return qsTr("Số điện thoại không hợp lệ.")
        case "representatives": return qsTr("Chỉ đoàn từ 5 người trở lên cử người đại diện, và không quá số người được cử.")
        case "content": return qsTr("Nhập nội dung vụ việc (tối đa %1 ký tự).").arg(Limits.number(Limits.contentMax))
        case "kinds": return qsTr("Chọn ít nhất một loại: khiếu nại, tố cáo, kiến nghị, phản ánh.")
        case "peopleCount": return qsTr("Số người từ 1 đến %1.").arg(Limits.number(Limits.groupSizeMax))
        case "previousAgency": case "followUp": return qsTr("Tối đa %1 ký tự.").arg(Limits.number(Limits.shortTextMax))
        case "notes": return qsTr("Tối đa %1 ký tự.").arg(Limits.number(Limits.notesMax))
        case "transferAgency": return qsTr("Ghi cơ quan nhận đơn chuyển (chỉ khi chuyển đơn).")
        case "refusal": return qsTr("Đã từ chối tiếp thì không chọn hướng xử lý.")
        case "refusalNote": return qsTr("Từ chối vì vụ việc đã giải quyết đúng: ghi số thông báo từ chối.")
        case "conclusion": return qsTr("Thông báo kết luận chỉ có khi Thủ trưởng hoặc cấp phó tiếp, và cần nội dung.")
        case "conclusionDue": return qsTr("Hạn thực hiện là một ngày (ngày/tháng/năm) không trước ngày tiếp.")
        case "sessionKey": return qsTr("Chọn một phiên tiếp của hôm nay.")
        case "anonymous": return qsTr("Chỉ đơn tố cáo mới được ghi không có danh tính, và khi đó để trống họ tên, địa chỉ, số giấy tờ.")
        default: return qsTr("Thông tin này chưa đúng.")
        }
    }

    // The error of a field that has no box of its own to mark.
    component ErrorLine: Text {
        Layout.fillWidth: true
        visible: text.length > 0
        font.pixelSize: Theme.fontSmall
        color: Theme.danger
        wrapMode: Text.WordWrap
    }

    // --- the saved record ------------------------------------------------------
    RecordSaved {
        anchors.fill: parent
        anchors.margins: Theme.gap
        visible: form.saved
        onFinished: { Desk.clearLastRecord(); form.clear(); form.closed() }
    }

    // --- the form --------------------------------------------------------------
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        visible: !form.saved
        spacing: Theme.gap / 3
        Text {
            Layout.fillWidth: true
            text: form.withTicket && Desk.currentLabel.length > 0
                  ? qsTr("Ghi sổ tiếp công dân · phiếu %1").arg(Desk.currentLabel)
                  : qsTr("Ghi sổ tiếp công dân · không có phiếu")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true
            GridLayout {
                width: scroll.availableWidth - Theme.gap
                columns: 2
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap / 3

                // Left: who came.
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.gap / 3
                    Text {
                        Layout.fillWidth: true
                        visible: form.prefillNote.length > 0
                        text: form.prefillNote
                        font.pixelSize: Theme.fontSmall
                        color: Theme.accent
                        wrapMode: Text.WordWrap
                    }
                    CheckTile {
                        id: anonymousBox
                        objectName: "anonymousBox"
                        text: qsTr("Tố cáo nặc danh (không có danh tính)")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        enabled: !anonymousBox.checked
                        Field {
                            id: idField
                            objectName: "idField"
                            Layout.fillWidth: true
                            label: qsTr("(4) Số CCCD/CMND/hộ chiếu")
                            error: form.fieldError("idNumber")
                        }
                        ActionButton {
                            objectName: "lookupButton"
                            Layout.alignment: Qt.AlignBottom
                            text: qsTr("Tra cứu")
                            onClicked: {
                                const k = form.selectedKinds()
                                const r = Desk.lookupVisitor(idField.text, k.length > 0 ? k[0] : "complaint")
                                if (!r.answered) { form.lookupText = ""; return }
                                if (r.found) {
                                    if (nameField.text.length === 0) nameField.text = r.fullName
                                    if (addressField.text.length === 0) addressField.text = r.address
                                    if (phoneField.text.length === 0) phoneField.text = r.phone
                                }
                                form.lookupText = (r.found ? qsTr("Đã đến %1 lần, lần gần nhất %2.").arg(r.visits).arg(r.lastVisit)
                                                           : qsTr("Chưa có lần tiếp nào với số giấy tờ này."))
                                                  + (r.repeat ? " " + qsTr("Có vụ việc cùng loại đang mở: lần này là tiếp tái diễn.") : "")
                            }
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: form.lookupText.length > 0
                        text: form.lookupText
                        font.pixelSize: Theme.fontSmall
                        color: Theme.accent
                        wrapMode: Text.WordWrap
                    }
                    Field {
                        id: nameField
                        objectName: "nameField"
                        Layout.fillWidth: true
                        enabled: !anonymousBox.checked
                        maximumLength: Limits.nameMax
                        label: qsTr("(3) Họ và tên")
                        inputMethodHints: Qt.ImhPreferUppercase
                        error: form.fieldError("name")
                    }
                    Field {
                        id: addressField
                        Layout.fillWidth: true
                        enabled: !anonymousBox.checked
                        maximumLength: Limits.addressMax
                        label: qsTr("(3) Địa chỉ")
                        error: form.fieldError("address")
                    }
                    Field {
                        id: phoneField
                        Layout.fillWidth: true
                        enabled: !anonymousBox.checked
                        label: qsTr("Số điện thoại")
                        error: form.fieldError("phone")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Text { text: qsTr("(6) Số người"); font.pixelSize: Theme.fontSmall; color: Theme.muted }
                        SpinBox {
                            id: peopleBox
                            objectName: "peopleBox"
                            from: 1
                            to: Limits.groupSizeMax
                            value: 1
                            editable: true
                            font.pixelSize: Theme.fontBody
                            Layout.preferredHeight: Theme.touch * 0.72
                            Layout.preferredWidth: Theme.touch * 3
                        }
                    }
                    ErrorLine { text: form.fieldError("peopleCount") }
                    AreaField {
                        id: repsArea
                        Layout.fillWidth: true
                        visible: peopleBox.value >= 5
                        label: qsTr("Người đại diện của đoàn (mỗi người một dòng)")
                        error: form.fieldError("representatives")
                    }
                    Field {
                        id: previousField
                        Layout.fillWidth: true
                        label: qsTr("(7) Cơ quan đã giải quyết")
                        error: form.fieldError("previousAgency")
                    }
                }

                // Right: what it is and how it is handled.
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.gap / 3
                    AreaField {
                        id: contentArea
                        objectName: "contentArea"
                        Layout.fillWidth: true
                        label: qsTr("(5) Nội dung vụ việc")
                        error: form.fieldError("content")
                    }
                    Text { text: qsTr("(6) Phân loại (chọn một hay nhiều)"); font.pixelSize: Theme.fontSmall; color: Theme.muted }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.gap / 2
                        CheckTile { id: complaintBox; objectName: "complaintBox"; text: Words.kind("complaint") }
                        CheckTile { id: denunciationBox; objectName: "denunciationBox"; text: Words.kind("denunciation") }
                        CheckTile { id: petitionBox; objectName: "petitionBox"; text: Words.kind("petition") }
                        CheckTile { id: feedbackBox; objectName: "feedbackBox"; text: Words.kind("feedback") }
                        CheckTile { id: enforcementBox; objectName: "enforcementBox"; text: qsTr("Khiếu nại về thi hành án") }
                    }
                    ErrorLine { text: form.fieldError("kinds") }
                    Text {
                        Layout.fillWidth: true
                        visible: denunciationBox.checked
                        text: qsTr("Tố cáo: danh tính người tố cáo được niêm phong khi lưu; sau đó chỉ hiện (bảo mật).")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.accent
                        wrapMode: Text.WordWrap
                    }
                    ChoiceBox {
                        id: directionBox
                        objectName: "directionBox"
                        label: qsTr("(8-10) Hướng xử lý")
                        vocabulary: "direction"
                    }
                    Field {
                        id: transferField
                        Layout.fillWidth: true
                        visible: directionBox.value === "transfer" || form.fieldError("transferAgency").length > 0
                        label: qsTr("(10) Cơ quan nhận đơn chuyển")
                        error: form.fieldError("transferAgency")
                    }
                    Field {
                        id: followField
                        Layout.fillWidth: true
                        label: qsTr("(11) Theo dõi kết quả giải quyết")
                        error: form.fieldError("followUp")
                    }
                    Field {
                        id: notesField
                        Layout.fillWidth: true
                        label: qsTr("(12) Ghi chú")
                        error: form.fieldError("notes")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.gap / 2
                        ChoiceBox {
                            id: receiverBox
                            objectName: "receiverBox"
                            label: qsTr("Người tiếp")
                            vocabulary: "receiver"
                        }
                        ChoiceBox {
                            id: receptionBox
                            label: qsTr("Hình thức tiếp")
                            vocabulary: "receptionKind"
                        }
                    }
                    Field {
                        id: receiverNameField
                        Layout.fillWidth: true
                        visible: receiverBox.value !== "officer"
                        label: qsTr("Họ tên lãnh đạo tiếp")
                        error: form.fieldError("receiverName")
                    }
                    // The head's or a deputy's reception: its session and conclusion notice.
                    ChoiceBox {
                        id: sessionBox
                        objectName: "sessionBox"
                        visible: receiverBox.value !== "officer"
                        label: qsTr("Phiên tiếp của lãnh đạo hôm nay")
                        choices: {
                            const c = new Array()
                            c.push({ value: "", text: qsTr("Không theo phiên") })
                            const list = Desk.leaderSessionsToday()
                            for (let i = 0; i < list.length; ++i)
                                c.push({ value: list[i].key, text: list[i].label })
                            return c
                        }
                    }
                    AreaField {
                        id: conclusionArea
                        objectName: "conclusionArea"
                        Layout.fillWidth: true
                        visible: receiverBox.value !== "officer"
                        label: qsTr("Thông báo kết luận của lãnh đạo")
                        error: form.fieldError("conclusion")
                    }
                    DateField {
                        id: conclusionDueField
                        objectName: "conclusionDueField"
                        Layout.fillWidth: true
                        visible: receiverBox.value !== "officer"
                        label: qsTr("Hạn thực hiện kết luận")
                        error: form.fieldError("conclusionDue")
                    }
                    ChoiceBox {
                        id: refusalBox
                        label: qsTr("Từ chối tiếp (nếu có)")
                        vocabulary: "refusal"
                    }
                    ErrorLine { text: form.fieldError("refusal") }
                    Field {
                        id: refusalNoteField
                        Layout.fillWidth: true
                        visible: refusalBox.value !== "none" || form.fieldError("refusalNote").length > 0
                        label: qsTr("Căn cứ từ chối (số thông báo)")
                        error: form.fieldError("refusalNote")
                    }
                }
            }
        }
        Text {
            objectName: "formError"
            Layout.fillWidth: true
            visible: Desk.errorKind.length > 0
            text: Desk.errorKind === "invalid"
                  ? (form.fieldError("anonymous").length > 0 ? form.fieldError("anonymous")
                                                            : qsTr("Chưa lưu: sửa ô được đánh dấu đỏ. Những gì đã nhập vẫn giữ nguyên."))
                  : Desk.errorKind === "denied" ? qsTr("Tài khoản này không được ghi sổ tiếp công dân.")
                  : Desk.errorKind === "offline" ? qsTr("Chưa lưu được vì mất kết nối với máy chủ văn phòng; những gì đã nhập vẫn giữ nguyên. Bấm \"Lưu vào sổ\" lại khi có kết nối.")
                                                : qsTr("Chưa lưu được vì lỗi dữ liệu. Báo quản trị viên; những gì đã nhập vẫn giữ nguyên.")
            font.pixelSize: Theme.fontSmall
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            BigButton {
                objectName: "saveRecordButton"
                Layout.fillWidth: true
                primary: true
                text: qsTr("Lưu vào sổ")
                onClicked: if (Desk.recordVisit(form.values())) Desk.draft.discard()
            }
            BigButton {
                objectName: "closeRecordButton"
                Layout.preferredWidth: Theme.touch * 4
                text: qsTr("Đóng, không lưu")
                onClicked: {
                    if (form.dirty) {
                        throwAwayDialog.open()
                        return
                    }
                    Desk.clearError()
                    form.closed()
                }
            }
        }
    }

    ConfirmDialog {
        id: throwAwayDialog
        objectName: "throwAwayDialog"
        danger: true
        title: qsTr("Đóng mà không lưu vào sổ?")
        message: qsTr("Những gì đã nhập sẽ bị bỏ, kể cả bản nháp trên máy này.")
        confirmText: qsTr("Bỏ, không lưu")
        cancelText: qsTr("Quay lại ghi tiếp")
        onConfirmed: {
            Desk.draft.discard()
            Desk.clearError()
            form.clear()
            form.closed()
        }
    }
}
