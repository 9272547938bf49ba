import QtQuick
import QtQuick.Controls
import TiepDan.Backend

// A button of the PC screens (desk, leader view, administration): large
// enough for a finger on a touchscreen desk, reachable with Tab and Space.
// `tone`: "normal", "primary" (the screen's main action) or "danger".
AbstractButton {
    id: root
    property string tone: "normal"
    // On the coloured header bar.
    property bool headerStyle: false
    checkable: false
    focusPolicy: Qt.StrongFocus
    padding: Theme.gap / 2
    leftPadding: Theme.gap * 0.75
    rightPadding: Theme.gap * 0.75
    implicitHeight: Math.max(Theme.touch * 0.72, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touch, implicitContentWidth + leftPadding + rightPadding)
    font.pixelSize: Theme.fontSmall
    font.bold: true
    // A word still being composed by the PC's input method reaches its
    // field before the action reads it.
    onPressed: Keyboard.commitPlatformInput()
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    readonly property color fill: root.tone === "primary" ? Theme.primary
                                : root.tone === "danger" ? Theme.danger
                                : root.headerStyle ? (Theme.contrast ? "#000000" : "#ffffff")
                                : Theme.surface
    readonly property color ink: root.tone === "primary" || root.tone === "danger" ? Theme.textOnPrimary
                               : Theme.text

    background: Rectangle {
        radius: Theme.radius / 2
        color: root.checked ? Theme.accent : root.fill
        border.color: root.visualFocus ? Theme.accent : (root.tone === "normal" ? Theme.border : root.fill)
        border.width: root.visualFocus ? 4 : (Theme.contrast ? 3 : 2)
        opacity: root.down ? 0.75 : 1.0
    }
    opacity: enabled ? 1.0 : 0.45
    contentItem: Text {
        text: root.text
        font: root.font
        color: root.checked ? "#ffffff" : root.ink
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
}
