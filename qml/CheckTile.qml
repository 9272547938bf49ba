import QtQuick
import QtQuick.Controls
import TiepDan.Backend

// A check box sized for a finger and read at arm's length: a large box
// and its label, the whole tile toggles (Space too).
AbstractButton {
    id: root
    checkable: true
    focusPolicy: Qt.StrongFocus
    padding: Theme.gap / 3
    font.pixelSize: Theme.fontSmall
    implicitHeight: Math.max(Theme.touch * 0.7, implicitContentHeight + topPadding + bottomPadding)
    // From the label's natural width, never from the laid-out one.
    implicitWidth: boxSize + Theme.gap / 2 + Math.ceil(labelMetrics.advanceWidth) + 1 + leftPadding + rightPadding
    onPressed: Keyboard.commitPlatformInput()
    readonly property real boxSize: Math.round(Theme.touch * 0.42)
    TextMetrics { id: labelMetrics; font: root.font; text: root.text }

    background: Rectangle {
        radius: Theme.radius / 2
        color: root.checked ? (Theme.contrast ? "#000000" : "#e6effa") : "transparent"
        border.color: root.visualFocus ? Theme.accent : (root.checked ? Theme.accent : "transparent")
        border.width: root.visualFocus ? 3 : 1
    }
    opacity: enabled ? 1.0 : 0.45
    // The box and its label (no ids inside a deferred contentItem).
    contentItem: Row {
        spacing: Theme.gap / 2
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: root.boxSize
            height: width
            radius: 6
            color: root.checked ? Theme.accent : Theme.surface
            border.color: root.checked ? Theme.accent : Theme.muted
            border.width: 3
            // The tick, drawn (no font needed).
            Item {
                anchors.fill: parent
                visible: root.checked
                Rectangle { x: parent.width * 0.2; y: parent.height * 0.5; width: parent.width * 0.3; height: 4; radius: 2; rotation: 45; color: "#ffffff"; transformOrigin: Item.Left }
                Rectangle { x: parent.width * 0.38; y: parent.height * 0.72; width: parent.width * 0.55; height: 4; radius: 2; rotation: -50; color: "#ffffff"; transformOrigin: Item.Left }
            }
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            width: Math.max(0, parent.width - root.boxSize - parent.spacing)
            text: root.text
            font: root.font
            color: Theme.text
            wrapMode: Text.WordWrap
        }
    }
}
