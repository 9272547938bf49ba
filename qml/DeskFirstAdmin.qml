import QtQuick
import QtQuick.Layouts
import TiepDan.Backend

// A new office (no users yet): its first administrator's account.
Item {
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
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase | Qt.ImhLatinOnly
                error: Desk.errorField === "login" ? qsTr("Tên đăng nhập 3-32 ký tự: a-z, 0-9, '.', '_' hoặc '-'.") : ""
            }
            Field {
                id: adminName
                Layout.fillWidth: true
                label: qsTr("Họ và tên")
                inputMethodHints: Qt.ImhPreferUppercase
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
            ActionButton {
                objectName: "createAdminButton"
                Layout.fillWidth: true
                tone: "primary"
                font.pixelSize: Theme.fontBody
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
