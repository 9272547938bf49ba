import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TiepDan.Backend

// The officer desk (reception-kiosk --mode desk): sign in, then today's
// queue on the left and the counter's current ticket with its actions on
// the right. Every action goes through Desk (DeskController), which checks
// the signed-in role; this screen only shows and forwards.
ApplicationWindow {
    id: window
    width: 1920
    height: 1080
    visible: true
    title: qsTr("Quầy tiếp công dân")
    color: Theme.bg

    // A desk PC is read at arm's length: a little denser than the kiosk.
    Binding { target: Theme; property: "base"; value: Math.min(window.width, window.height) * 0.8 }

    // Words for DeskController's error kinds; the detail goes to the log.
    function errorText(kind) {
        switch (kind) {
        case "denied": return Desk.signedIn ? qsTr("Tài khoản này không được phép làm việc này.")
                                            : qsTr("Sai tên đăng nhập hoặc mã PIN, hoặc tài khoản đang bị khóa.")
        case "notFound": return qsTr("Không còn ai chờ ở quầy này.")
        case "conflict": return qsTr("Số này không ở trạng thái cho phép thao tác đó.")
        case "invalid": return qsTr("Thông tin chưa đúng.")
        case "offline": return qsTr("Chưa làm được: mất kết nối với máy chủ văn phòng. Thử lại khi có kết nối.")
        case "": return ""
        default: return qsTr("Lỗi lưu dữ liệu. Báo quản trị viên.")
        }
    }
    function stateText(state) {
        switch (state) {
        case "waiting": return qsTr("Đang chờ")
        case "called": return qsTr("Đã gọi")
        case "serving": return qsTr("Đang tiếp")
        case "parked": return qsTr("Tạm hoãn")
        case "transferred": return qsTr("Chuyển quầy")
        case "done": return qsTr("Đã xong")
        case "no_show": return qsTr("Vắng mặt")
        case "cancelled": return qsTr("Đã hủy")
        default: return state
        }
    }

    // Delivery to the department server, in one line (details:
    // receptionctl sync status).
    function syncText() {
        if (!Desk.syncEnabled)
            return qsTr("Đồng bộ với máy chủ Sở: chưa bật · %1 bản ghi chờ gửi").arg(Desk.syncPending)
        var parts = [qsTr("Đồng bộ: %1 chờ gửi").arg(Desk.syncPending)]
        parts.push(Desk.syncLastSuccess.length > 0 ? qsTr("gửi được lần cuối %1").arg(Desk.syncLastSuccess)
                                                   : qsTr("chưa gửi được lần nào"))
        if (Desk.syncPending > 0 && Desk.syncLastError.length > 0)
            parts.push(qsTr("lỗi: %1").arg(Desk.syncLastError))
        if (Desk.syncRejected > 0)
            parts.push(qsTr("%1 bị máy chủ từ chối: %2").arg(Desk.syncRejected).arg(Desk.syncRejectedReason))
        return parts.join(" · ")
    }

    footer: Rectangle {
        visible: Desk.signedIn
        implicitHeight: syncLine.implicitHeight + Theme.gap
        color: Theme.surface
        border.color: Theme.border
        Text {
            id: syncLine
            objectName: "syncLine"
            anchors.fill: parent
            anchors.leftMargin: Theme.gap
            anchors.rightMargin: Theme.gap
            verticalAlignment: Text.AlignVCenter
            text: window.syncText()
            color: Desk.syncRejected > 0 || (Desk.syncPending > 0 && Desk.syncLastError.length > 0) ? Theme.danger : Theme.muted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }

    header: ColumnLayout {
        spacing: 0
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            color: Theme.primary
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.gap
                anchors.rightMargin: Theme.gap / 2
                spacing: Theme.gap
                Text {
                    Layout.fillWidth: true
                    text: Desk.officeName + "  ·  " + Desk.counterName
                    color: Theme.textOnPrimary
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    elide: Text.ElideRight
                }
                Text {
                    visible: Desk.signedIn
                    text: Desk.userName
                    color: Theme.textOnPrimary
                    font.pixelSize: Theme.fontSmall
                }
                Button {
                    implicitHeight: Theme.touch * 0.75
                    leftPadding: Theme.gap / 2
                    rightPadding: Theme.gap / 2
                    text: Desk.language === "vi" ? "English" : "Tiếng Việt"
                    font.pixelSize: Theme.fontSmall
                    onClicked: Desk.language = (Desk.language === "vi" ? "en" : "vi")
                }
                Button {
                    objectName: "signOutButton"
                    visible: Desk.signedIn
                    implicitHeight: Theme.touch * 0.75
                    leftPadding: Theme.gap / 2
                    rightPadding: Theme.gap / 2
                    text: qsTr("Đăng xuất")
                    font.pixelSize: Theme.fontSmall
                    onClicked: Desk.signOut()
                }
            }
        }
        // The LAN to the kiosk PC (the office hub) is gone: said plainly, and
        // the queue's actions wait (docs/lan-hub.md). The desk reconnects by itself.
        Rectangle {
            objectName: "offlineBanner"
            Layout.fillWidth: true
            visible: !Desk.online
            implicitHeight: offlineText.implicitHeight + Theme.gap
            color: Theme.warning
            Text {
                id: offlineText
                anchors.fill: parent
                anchors.leftMargin: Theme.gap
                anchors.rightMargin: Theme.gap
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Mất kết nối với máy chủ văn phòng (%1), đang tự kết nối lại. Chưa gọi số được; nội dung đang ghi vẫn được giữ.").arg(Desk.officeAddress)
                color: Theme.textOnWarning
                font.pixelSize: Theme.fontSmall
                font.bold: true
                wrapMode: Text.WordWrap
            }
        }
    }

    // --- a new office: its first administrator ---------------------------------
    Item {
        anchors.fill: parent
        visible: !Desk.signedIn && Desk.needsFirstAdmin

        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.gap, Theme.touch * 9)
            height: adminColumn.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: 2

            ColumnLayout {
                id: adminColumn
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Theme.gap / 2
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Văn phòng mới: tạo tài khoản quản trị đầu tiên")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Quản trị viên thêm tài khoản cho cán bộ và lãnh đạo sau đó.")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                    wrapMode: Text.WordWrap
                }
                Field {
                    id: adminLogin
                    objectName: "adminLoginField"
                    Layout.fillWidth: true
                    label: qsTr("Tên đăng nhập (chữ thường, số, dấu chấm)")
                    error: Desk.errorField === "login" ? qsTr("Tên đăng nhập 3-32 ký tự: a-z, 0-9, '.', '_' hoặc '-'.") : ""
                }
                Field {
                    id: adminName
                    Layout.fillWidth: true
                    label: qsTr("Họ và tên")
                    error: Desk.errorField === "name" ? qsTr("Họ và tên chưa hợp lệ.") : ""
                }
                Field {
                    id: adminPin
                    Layout.fillWidth: true
                    label: qsTr("Mã PIN hoặc mật khẩu (6 ký tự trở lên)")
                    input.echoMode: TextInput.Password
                    error: Desk.errorField === "pin" ? qsTr("Mã PIN cần 6 đến 64 ký tự và khác tên đăng nhập.") : ""
                }
                Field {
                    id: adminPinAgain
                    Layout.fillWidth: true
                    label: qsTr("Nhập lại mã PIN")
                    input.echoMode: TextInput.Password
                    error: Desk.errorField === "pinAgain" ? qsTr("Hai mã PIN không giống nhau.") : ""
                }
                BigButton {
                    objectName: "createAdminButton"
                    Layout.fillWidth: true
                    primary: true
                    text: qsTr("Tạo tài khoản quản trị")
                    onClicked: {
                        if (Desk.createFirstAdmin(adminLogin.text, adminName.text, adminPin.text, adminPinAgain.text)) {
                            adminLogin.text = ""
                            adminName.text = ""
                        }
                        adminPin.text = ""
                        adminPinAgain.text = ""
                    }
                }
            }
        }
    }

    // --- sign-in ------------------------------------------------------------
    Item {
        anchors.fill: parent
        visible: !Desk.signedIn && !Desk.needsFirstAdmin

        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.gap, Theme.touch * 8)
            height: signInColumn.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: 2

            ColumnLayout {
                id: signInColumn
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Theme.gap / 2
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Đăng nhập quầy tiếp công dân")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: Desk.signOutReason === "idle"
                    text: qsTr("Đã tự đăng xuất vì lâu không thao tác.")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                    wrapMode: Text.WordWrap
                }
                Field {
                    id: loginField
                    objectName: "loginField"
                    Layout.fillWidth: true
                    label: qsTr("Tên đăng nhập")
                    input.inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase | Qt.ImhNoPredictiveText
                }
                Field {
                    id: pinField
                    objectName: "pinField"
                    Layout.fillWidth: true
                    label: qsTr("Mã PIN hoặc mật khẩu")
                    input.echoMode: TextInput.Password
                }
                Connections {
                    target: pinField.input
                    function onAccepted() { signInButton.clicked() }
                }
                Text {
                    Layout.fillWidth: true
                    visible: !Desk.signedIn && Desk.errorKind.length > 0
                    text: window.errorText(Desk.errorKind)
                    color: Theme.danger
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                BigButton {
                    id: signInButton
                    objectName: "signInButton"
                    Layout.fillWidth: true
                    primary: true
                    text: qsTr("Đăng nhập")
                    onClicked: {
                        if (Desk.signIn(loginField.text, pinField.text))
                            loginField.text = ""
                        pinField.text = ""
                    }
                }
            }
        }
    }

    // --- an administrator's desk: no queue -----------------------------------
    Text {
        anchors.centerIn: parent
        width: parent.width * 0.7
        visible: Desk.signedIn && Desk.userRole === "admin"
        text: qsTr("Quản trị viên không gọi số. Thêm tài khoản cán bộ, lãnh đạo bằng lệnh: receptionctl user add TÊN --name \"Họ và tên\" --role officer --as %1").arg(Desk.userLogin)
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
    }

    // --- queue --------------------------------------------------------------
    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap
        visible: Desk.signedIn && Desk.userRole !== "admin"
        enabled: Desk.online

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: 2

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.gap / 2
                spacing: Theme.gap / 2
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Hàng chờ hôm nay: %1 người đang chờ").arg(Desk.queue.waiting)
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                }
                ListView {
                    id: queueList
                    objectName: "queueList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 4
                    model: Desk.queue
                    delegate: Rectangle {
                        id: row
                        required property string label
                        required property string serviceVi
                        required property string serviceEn
                        required property string state
                        required property int waitMinutes
                        required property string priority
                        required property int groupSize
                        required property int counter
                        width: ListView.view.width
                        height: Theme.touch
                        radius: Theme.radius / 2
                        color: row.state === "waiting" ? Theme.bg : Theme.surface
                        border.color: Theme.border
                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: Theme.gap / 2
                            anchors.rightMargin: Theme.gap / 2
                            spacing: Theme.gap / 2
                            Text {
                                Layout.preferredWidth: Theme.touch * 1.6
                                text: row.label
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                            }
                            Text {
                                Layout.fillWidth: true
                                text: (Desk.language === "vi" ? row.serviceVi : row.serviceEn)
                                      + (row.groupSize > 1 ? "  ·  " + qsTr("đoàn %1 người").arg(row.groupSize) : "")
                                      + (row.priority.length > 0 ? "  ·  " + qsTr("ưu tiên") : "")
                                font.pixelSize: Theme.fontSmall
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            Text {
                                text: window.stateText(row.state) + (row.counter > 0 && row.state !== "waiting"
                                                                     ? " " + qsTr("quầy %1").arg(row.counter) : "")
                                font.pixelSize: Theme.fontSmall
                                color: Theme.muted
                            }
                            Text {
                                Layout.preferredWidth: Theme.touch * 1.4
                                horizontalAlignment: Text.AlignRight
                                text: qsTr("%1 phút").arg(row.waitMinutes)
                                font.pixelSize: Theme.fontSmall
                                color: row.waitMinutes >= 30 ? Theme.danger : Theme.muted
                            }
                            Button {
                                implicitHeight: Theme.touch * 0.75
                                leftPadding: Theme.gap / 2
                                rightPadding: Theme.gap / 2
                                visible: row.state === "waiting" || row.state === "parked"
                                text: row.state === "parked" ? qsTr("Nhận lại") : qsTr("Gọi số này")
                                font.pixelSize: Theme.fontSmall
                                onClicked: Desk.act(row.label, row.state === "parked" ? "resume" : "call")
                            }
                        }
                    }
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: 2

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Theme.gap / 2
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Đang tiếp tại quầy")
                    font.pixelSize: Theme.fontBody
                    color: Theme.muted
                }
                Text {
                    objectName: "currentLabel"
                    Layout.fillWidth: true
                    text: Desk.currentLabel.length > 0 ? Desk.currentLabel : "—"
                    font.pixelSize: Theme.fontHuge * 0.8
                    font.bold: true
                    color: Theme.primary
                    horizontalAlignment: Text.AlignHCenter
                }
                Text {
                    Layout.fillWidth: true
                    visible: Desk.currentLabel.length > 0
                    text: window.stateText(Desk.currentState)
                          + (Desk.currentRecalls > 0 ? "  ·  " + qsTr("đã gọi lại %1 lần").arg(Desk.currentRecalls) : "")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                }
                Text {
                    Layout.fillWidth: true
                    visible: Desk.signedIn && Desk.errorKind.length > 0
                    text: window.errorText(Desk.errorKind)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
                Item { Layout.fillHeight: true }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap / 2
                    BigButton {
                        objectName: "recordButton"
                        Layout.fillWidth: true
                        text: qsTr("Ghi sổ tiếp công dân")
                        enabled: Desk.currentState === "serving"
                        onClicked: {
                            Desk.clearError()
                            recordForm.withTicket = true
                            recordForm.visible = true
                            recordForm.prefillFromTicket()
                        }
                    }
                    BigButton {
                        objectName: "recordWithoutTicketButton"
                        Layout.fillWidth: true
                        text: qsTr("Ghi sổ (không có phiếu)")
                        onClicked: { Desk.clearError(); recordForm.withTicket = false; recordForm.visible = true }
                    }
                }
                BigButton {
                    objectName: "callNextButton"
                    Layout.fillWidth: true
                    primary: true
                    text: qsTr("Gọi số tiếp theo")
                    onClicked: Desk.callNext()
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: Theme.gap / 2
                    rowSpacing: Theme.gap / 2
                    enabled: Desk.currentLabel.length > 0
                    BigButton {
                        Layout.fillWidth: true
                        text: qsTr("Gọi lại")
                        enabled: Desk.currentState === "called"
                        onClicked: Desk.act(Desk.currentLabel, "recall")
                    }
                    BigButton {
                        Layout.fillWidth: true
                        text: qsTr("Bắt đầu tiếp")
                        enabled: Desk.currentState === "called"
                        onClicked: Desk.act(Desk.currentLabel, "start")
                    }
                    BigButton {
                        Layout.fillWidth: true
                        text: qsTr("Vắng mặt")
                        enabled: Desk.currentState === "called"
                        onClicked: Desk.act(Desk.currentLabel, "no_show")
                    }
                    BigButton {
                        Layout.fillWidth: true
                        text: qsTr("Hoãn lại")
                        enabled: Desk.currentState === "called" || Desk.currentState === "serving"
                        onClicked: Desk.act(Desk.currentLabel, "park")
                    }
                    BigButton {
                        Layout.fillWidth: true
                        text: qsTr("Xong")
                        enabled: Desk.currentState === "serving"
                        onClicked: Desk.act(Desk.currentLabel, "finish")
                    }
                    ComboBox {
                        id: transferTo
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touch
                        font.pixelSize: Theme.fontSmall
                        // Re-read when the language changes (the counters' names follow it).
                        model: Desk.language.length > 0 ? Desk.otherCounters() : []
                        textRole: "name"
                        valueRole: "number"
                        displayText: qsTr("Chuyển đến: %1").arg(currentText)
                        enabled: Desk.currentState === "called" || Desk.currentState === "serving"
                        onActivated: Desk.transfer(Desk.currentLabel, currentValue)
                    }
                }
            }
        }
    }

    // --- recording a visit (over the queue) -----------------------------------
    RecordForm {
        id: recordForm
        objectName: "recordForm"
        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        visible: false
        onClosed: visible = false
        // Signed out (idle, or by hand): the form closes with the session.
        Connections {
            target: Desk
            function onSessionChanged() { if (!Desk.signedIn) recordForm.visible = false }
        }
    }
}
