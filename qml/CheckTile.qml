import QtQuick
import QtQuick.Controls

// A check box sized for a finger and read at arm's length: a large box
// and its label, the whole tile toggles (Space too).
AbstractButton {
    id: root
    checkable: true
    focusPolicy: Qt.StrongFocus
    padding: Theme.gap / 3
    font.pixelSize: Theme.fontSmall
    implicitHeight: Math.max(Theme.touch * 0.7, label.implicitHeight + topPadding + bottomPadding)
    implicitWidth: box.width + Theme.gap / 2 + label.implicitWidth + leftPadding + rightPadding
    onPressed: Qt.inputMethod.commit()

    background: Rectangle {
        radius: Theme.radius / 2
        color: root.checked ? (Theme.contrast ? "#000000" : "#e6effa") : "transparent"
        border.color: root.visualFocus ? Theme.accent : (root.checked ? Theme.accent : "transparent")
        border.width: root.visualFocus ? 3 : 1
    }
    opacity: enabled ? 1.0 : 0.45
    contentItem: Item {
        implicitHeight: Math.max(box.height, label.implicitHeight)
        Rectangle {
            id: box
            anchors.verticalCenter: parent.verticalCenter
            width: Math.round(Theme.touch * 0.42)
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
            id: label
            anchors.left: box.right
            anchors.leftMargin: Theme.gap / 2
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            text: root.text
            font: root.font
            color: Theme.text
            wrapMode: Text.WordWrap
        }
    }
}
