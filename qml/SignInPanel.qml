import QtQuick
import QtQuick.Layouts
import TiepDan.Backend

// The sign-in card of the desk and the leader view: login and PIN, Enter
// signs in, the reason for the last sign-out, the refusal in words.
Item {
    id: root
    property string title
    // Why the user is here again (idle, the office hub restarted), or "".
    property string reason
    property string error
    signal signInRequested(string login, string pin)

    // Called by the screen with the controller's answer.
    function finished(signedIn) {
        if (signedIn)
            loginField.text = ""
        pinField.text = ""
        if (!signedIn)
            pinField.input.forceActiveFocus()
    }
    function submit() {
        Keyboard.commitPlatformInput()
        root.signInRequested(loginField.text, pinField.text)
    }
    onVisibleChanged: if (visible) loginField.input.forceActiveFocus()

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.gap, Theme.touch * 8)
        height: column.implicitHeight + 2 * Theme.gap
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: 2

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.gap
            spacing: Theme.gap / 2
            Text {
                Layout.fillWidth: true
                text: root.title
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "signOutReason"
                Layout.fillWidth: true
                visible: root.reason.length > 0
                text: root.reason
                font.pixelSize: Theme.fontSmall
                color: Theme.accent
                wrapMode: Text.WordWrap
            }
            Field {
                id: loginField
                objectName: "loginField"
                Layout.fillWidth: true
                label: qsTr("Tên đăng nhập")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase | Qt.ImhNoPredictiveText | Qt.ImhLatinOnly
                input.onAccepted: pinField.input.forceActiveFocus()
            }
            Field {
                id: pinField
                objectName: "pinField"
                Layout.fillWidth: true
                label: qsTr("Mã PIN hoặc mật khẩu")
                input.echoMode: TextInput.Password
                input.onAccepted: root.submit()
            }
            Text {
                objectName: "signInError"
                Layout.fillWidth: true
                visible: root.error.length > 0
                text: root.error
                color: Theme.danger
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            ActionButton {
                objectName: "signInButton"
                Layout.fillWidth: true
                tone: "primary"
                font.pixelSize: Theme.fontBody
                text: qsTr("Đăng nhập")
                onClicked: root.submit()
            }
        }
    }
}
