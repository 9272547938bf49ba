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

    function press(key) {
        wrong = false
        if (key === "⌫") {
            pin = pin.slice(0, -1)
        } else if (key === "OK") {
            const ok = Kiosk.unlockExit(pin)
            pin = ""
            wrong = !ok
        } else if (pin.length < 12) {
            pin += key
        }
    }
    // A key of the pad, named pin_<key>.
    component PinKey: BigButton {
        property string key
        objectName: "pin_" + key
        Layout.fillWidth: true
        padding: Theme.gap / 2
        enabled: !Kiosk.pinLocked
        text: key
    }

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
                PinKey { key: "1"; onClicked: root.press(key) }
                PinKey { key: "2"; onClicked: root.press(key) }
                PinKey { key: "3"; onClicked: root.press(key) }
                PinKey { key: "4"; onClicked: root.press(key) }
                PinKey { key: "5"; onClicked: root.press(key) }
                PinKey { key: "6"; onClicked: root.press(key) }
                PinKey { key: "7"; onClicked: root.press(key) }
                PinKey { key: "8"; onClicked: root.press(key) }
                PinKey { key: "9"; onClicked: root.press(key) }
                PinKey { key: "⌫"; onClicked: root.press(key) }
                PinKey { key: "0"; onClicked: root.press(key) }
                PinKey { key: "OK"; primary: true; onClicked: root.press(key) }
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
