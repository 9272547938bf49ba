import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TiepDan.Backend

// One record over the leader view (Leader.record): every Form 03 column,
// its deadlines and its history (an opening of the sealed identity with
// its reason). A leader may open a sealed identity after giving a reason,
// confirmed first (the opening is audited). Escape or "Đóng" closes.
Rectangle {
    id: root
    readonly property logRecord r: Leader.record
    readonly property bool masked: r.sealed && !r.unsealed
    // The view's error in words (LeaderMain words Leader.errorKind).
    property string errorText
    visible: r.open
    color: Theme.surface
    border.color: Theme.accent
    border.width: 3
    radius: Theme.radius
    onVisibleChanged: if (visible) closeButton.forceActiveFocus()
    Keys.onEscapePressed: Leader.closeRecord()
    // Clicks stay on the record, not on the list under it.
    MouseArea { anchors.fill: parent }

    component RecordLine: RowLayout {
        property string label
        property string value
        width: parent ? parent.width : 0
        spacing: Theme.gap / 2
        Text {
            Layout.preferredWidth: Theme.touch * 3.4
            Layout.alignment: Qt.AlignTop
            text: parent.label
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: parent.value.length > 0 ? parent.value : "—"
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.WordWrap
        }
    }
    component Heading: Text {
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        topPadding: Theme.gap / 3
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        spacing: Theme.gap / 3
        RowLayout {
            Layout.fillWidth: true
            Text {
                objectName: "recordTitle"
                Layout.fillWidth: true
                text: qsTr("Sổ số %1 · %2").arg(root.r.book).arg(root.r.date)
                      + (root.r.office.length > 0 ? " · " + root.r.office : "")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            ActionButton {
                id: closeButton
                objectName: "closeRecordButton"
                text: qsTr("Đóng")
                onClicked: Leader.closeRecord()
                Keys.onEscapePressed: Leader.closeRecord()
            }
        }
        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true
            Column {
                id: lines
                width: scroll.availableWidth
                spacing: Theme.gap / 4
                RecordLine {
                    label: qsTr("Họ tên, địa chỉ")
                    value: root.masked ? (root.r.anonymous ? qsTr("(nặc danh)") : qsTr("(bảo mật: chỉ lãnh đạo được mở, việc mở được ghi lại)"))
                                       : root.r.name + (root.r.address.length > 0 ? ", " + root.r.address : "")
                }
                RecordLine { label: qsTr("Số CCCD/hộ chiếu"); value: root.masked ? "" : root.r.idNumber }
                RecordLine { label: qsTr("Người đại diện"); value: root.r.representatives; visible: value.length > 0 }
                RecordLine { label: qsTr("Nội dung vụ việc"); value: root.r.content }
                RecordLine {
                    label: qsTr("Phân loại, số người")
                    value: Words.list("kind", root.r.kinds) + " · " + qsTr("%1 người").arg(root.r.people)
                           + " · " + Words.visit(root.r.repeat ? "repeat" : "first")
                }
                RecordLine { label: qsTr("Cơ quan đã giải quyết"); value: root.r.previousAgency }
                RecordLine {
                    label: qsTr("Hướng xử lý")
                    value: Words.direction(root.r.direction)
                           + (root.r.transferAgency.length > 0 ? ": " + root.r.transferAgency : "")
                           + (root.r.refusal.length > 0 && root.r.refusal !== "none"
                              ? " · " + qsTr("từ chối tiếp") + ": " + Words.refusal(root.r.refusal) + " " + root.r.refusalNote : "")
                }
                RecordLine { label: qsTr("Theo dõi kết quả"); value: root.r.followUp }
                RecordLine { label: qsTr("Ghi chú"); value: root.r.notes }
                RecordLine {
                    label: qsTr("Người tiếp, hình thức")
                    value: Words.receiver(root.r.receiver) + (root.r.receiverName.length > 0 ? " " + root.r.receiverName : "")
                           + " · " + Words.receptionKind(root.r.receptionKind)
                           + (root.r.ticket.length > 0 ? " · " + qsTr("phiếu %1").arg(root.r.ticket) : "")
                }
                RecordLine {
                    label: qsTr("Thông báo kết luận")
                    visible: root.r.conclusion.length > 0
                    value: root.r.conclusion + (root.r.conclusionDue.length > 0 ? " — " + qsTr("hạn thực hiện %1").arg(root.r.conclusionDue) : "")
                }
                Heading { text: qsTr("Thời hạn"); visible: root.r.deadlines.length > 0 }
                Repeater {
                    model: root.r.deadlines
                    delegate: Text {
                        required property recordDeadline modelData
                        width: parent ? parent.width : 0
                        text: "• " + (Leader.language === "en" ? modelData.labelEn : modelData.labelVi) + ": " + modelData.due
                              + " (" + Words.dueText(modelData.daysLeft) + ") — " + modelData.legalBasis
                        font.pixelSize: Theme.fontSmall
                        color: modelData.daysLeft < 0 ? Theme.danger : Theme.text
                        wrapMode: Text.WordWrap
                    }
                }
                Heading { text: qsTr("Lịch sử") }
                Repeater {
                    model: root.r.history
                    delegate: Text {
                        required property historyEntry modelData
                        required property int index
                        objectName: "historyLine_" + index
                        width: parent ? parent.width : 0
                        // When, who, what (and why, for an opening).
                        text: "• " + modelData.at + " · " + modelData.actor + " · " + Words.historyAction(modelData.action)
                              + (modelData.reason.length > 0 ? " — " + qsTr("lý do: %1").arg(modelData.reason) : "")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                }
                RowLayout {
                    width: lines.width
                    visible: root.masked && !root.r.anonymous && Leader.mayOpenSealed
                    spacing: Theme.gap / 2
                    Field {
                        id: reason
                        objectName: "unsealReason"
                        Layout.fillWidth: true
                        label: qsTr("Lý do mở danh tính người tố cáo (được ghi vào nhật ký)")
                        input.onAccepted: confirm.open()
                    }
                    ActionButton {
                        objectName: "unsealButton"
                        Layout.alignment: Qt.AlignBottom
                        tone: "danger"
                        text: qsTr("Mở danh tính")
                        onClicked: confirm.open()
                    }
                }
                Text {
                    objectName: "recordError"
                    width: lines.width
                    visible: Leader.errorKind.length > 0
                    text: root.errorText
                    color: Theme.danger
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
    ConfirmDialog {
        id: confirm
        danger: true
        title: qsTr("Mở danh tính người tố cáo?")
        message: qsTr("Lý do \"%1\" và tên của bạn được ghi vào lịch sử của bản ghi.").arg(reason.text)
        confirmText: qsTr("Mở danh tính")
        onConfirmed: if (Leader.unseal(reason.text)) reason.text = ""
    }
}
