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
            id: contrastButton
            Accessible.name: qsTr("Tương phản cao")
            Layout.preferredHeight: Theme.touch
            Layout.preferredWidth: Theme.touch * 1.3
            onClicked: Kiosk.highContrast = !Kiosk.highContrast
            // A half-filled circle, drawn: the "◐" glyph is not in Noto Sans,
            // and the fallback font search cost ~4 ms of the first frame.
            Rectangle {
                readonly property real d: Theme.fontTitle * 0.8
                anchors.centerIn: parent
                width: d
                height: d
                radius: d / 2
                color: Theme.text
                Item {
                    x: parent.d / 2
                    width: parent.d / 2
                    height: parent.d
                    clip: true
                    Rectangle {
                        x: -parent.width + 3
                        y: 3
                        width: parent.height - 6
                        height: width
                        radius: width / 2
                        color: Theme.surface
                    }
                }
            }
        }
    }
}
