import QtQuick
import QtQuick.Controls

// The baseline of bench/bench_kiosk.sh: a Qt Quick Controls window of the
// kiosk's size (1920x1080) with one label and one button, nothing else.
ApplicationWindow {
    width: 1920
    height: 1080
    visible: true
    title: "bare"

    Column {
        anchors.centerIn: parent
        spacing: 24
        Label { text: "Tiếp công dân"; font.pixelSize: 48 }
        Button { text: "OK" }
    }
}
