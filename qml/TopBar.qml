import QtQuick
import QtQuick.Layouts
import TiepDan.Backend

// Office name, back button, language / text size / contrast switches.
Rectangle {
    id: root
    property bool showBack: true
    signal back()
    signal officerRequested()
    color: Theme.contrast ? "#000000" : Theme.primary
    implicitHeight: Theme.touch + Theme.gap

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        spacing: Theme.gap / 2

        BigButton {
            visible: root.showBack
            text: qsTr("‹ Quay lại")
            Layout.preferredHeight: Theme.touch
            onClicked: root.back()
        }
        Column {
            Layout.fillWidth: true
            // Officers: hold the office name for three seconds to close the kiosk.
            TapHandler {
                longPressThreshold: 3
                onLongPressed: root.officerRequested()
            }
            Text {
                width: parent.width
                text: Kiosk.agencyName
                color: Theme.contrast ? Theme.text : "#ffe08a"
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                text: Kiosk.officeName
                color: Theme.contrast ? Theme.text : "#ffffff"
                font.pixelSize: Theme.fontBody
                font.bold: true
                elide: Text.ElideRight
            }
        }
        BigButton {
            objectName: "languageButton"
            text: Kiosk.language === "vi" ? "English" : "Tiếng Việt"
            Layout.preferredHeight: Theme.touch
            onClicked: Kiosk.language = (Kiosk.language === "vi" ? "en" : "vi")
        }
        BigButton {
            text: "A+"
            Layout.preferredHeight: Theme.touch
            Layout.preferredWidth: Theme.touch * 1.3
            onClicked: Kiosk.largeText = !Kiosk.largeText
        }
        BigButton {
            text: "◐"
            Layout.preferredHeight: Theme.touch
            Layout.preferredWidth: Theme.touch * 1.3
            onClicked: Kiosk.highContrast = !Kiosk.highContrast
        }
    }
}
