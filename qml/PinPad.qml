import QtQuick
import QtQuick.Layouts
import TiepDan.Backend

// Officer PIN pad to close the kiosk. Opened by holding the office name for
// three seconds; digits are masked and never leave the controller.
Rectangle {
    id: root
    signal closed()
    property string pin: ""
    property bool wrong: false
    color: "#e6000000"
    MouseArea { anchors.fill: parent }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.9, Theme.touch * 5)
        height: pad.implicitHeight + 2 * Theme.gap
        radius: Theme.radius
        color: Theme.surface

        ColumnLayout {
            id: pad
            anchors.fill: parent
            anchors.margins: Theme.gap
            spacing: Theme.gap / 2
            Text {
                Layout.fillWidth: true
                text: Kiosk.pinLocked ? qsTr("Đã nhập sai nhiều lần. Vui lòng thử lại sau.") : qsTr("Mã PIN của cán bộ")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Kiosk.pinLocked ? Theme.danger : Theme.text
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                objectName: "pinDots"
                Layout.fillWidth: true
                text: root.wrong && root.pin.length === 0 ? qsTr("Sai mã PIN") : "●".repeat(root.pin.length)
                font.pixelSize: Theme.fontTitle
                color: root.wrong ? Theme.danger : Theme.text
                horizontalAlignment: Text.AlignHCenter
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 3
                columnSpacing: Theme.gap / 2
                rowSpacing: Theme.gap / 2
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
                    delegate: BigButton {
                        required property string modelData
                        objectName: "pin_" + modelData
                        Layout.fillWidth: true
                        padding: Theme.gap / 2
                        primary: modelData === "OK"
                        enabled: !Kiosk.pinLocked
                        text: modelData
                        onClicked: {
                            root.wrong = false
                            if (modelData === "⌫") {
                                root.pin = root.pin.slice(0, -1)
                            } else if (modelData === "OK") {
                                const ok = Kiosk.unlockExit(root.pin)
                                root.pin = ""
                                root.wrong = !ok
                            } else if (root.pin.length < 12) {
                                root.pin += modelData
                            }
                        }
                    }
                }
            }
            BigButton {
                objectName: "pinCancel"
                Layout.fillWidth: true
                padding: Theme.gap / 2
                text: qsTr("Huỷ")
                onClicked: { root.pin = ""; root.wrong = false; root.closed() }
            }
        }
    }
}
