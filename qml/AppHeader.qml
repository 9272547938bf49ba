import QtQuick
import QtQuick.Layouts
import TiepDan.Backend

// The top bar of the desk and the leader view (PC screens): where this is,
// who is signed in, the on-screen keyboard switch (a touchscreen desk), the
// language and signing out.
Rectangle {
    id: root
    property string title
    property string userName
    property bool signedIn: false
    property string language: "vi"
    signal languageToggled()
    signal signOutRequested()
    color: Theme.contrast ? "#000000" : Theme.primary
    implicitHeight: Theme.touch

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap / 2
        spacing: Theme.gap / 2
        Text {
            Layout.fillWidth: true
            text: root.title
            color: Theme.contrast ? Theme.text : "#ffffff"
            font.pixelSize: Theme.fontBody
            font.bold: true
            elide: Text.ElideRight
        }
        Text {
            objectName: "headerUser"
            visible: root.signedIn
            text: root.userName
            color: Theme.contrast ? Theme.text : "#ffe08a"
            font.pixelSize: Theme.fontSmall
        }
        ActionButton {
            objectName: "keyboardToggle"
            headerStyle: true
            checked: Keyboard.enabled
            text: qsTr("Bàn phím ảo")
            onClicked: Keyboard.enabled = !Keyboard.enabled
        }
        ActionButton {
            objectName: "languageButton"
            headerStyle: true
            text: root.language === "vi" ? "English" : "Tiếng Việt"
            onClicked: root.languageToggled()
        }
        ActionButton {
            objectName: "signOutButton"
            headerStyle: true
            visible: root.signedIn
            text: qsTr("Đăng xuất")
            onClicked: root.signOutRequested()
        }
    }
}
