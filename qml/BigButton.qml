import QtQuick
import QtQuick.Controls
import TiepDan.Backend

// A large touch button: a title and an optional second line.
// Sizes come from the texts' natural widths, never from the laid-out width,
// so layouts that stretch the button do not feed back into its size.
AbstractButton {
    id: root
    property string subtitle: ""
    property bool primary: false
    padding: Theme.gap
    // Line counts estimated from the metrics (10 % slack for word breaks):
    // reading the Texts' own heights here would make a binding loop.
    function lines(metrics) {
        return Math.max(1, Math.ceil(metrics.advanceWidth * 1.1 / Math.max(1, availableWidth)))
    }
    implicitHeight: Math.max(Theme.touch, lines(titleMetrics) * titleMetrics.height
                             + (subtitle.length > 0 ? lines(subtitleMetrics) * subtitleMetrics.height + 4 : 0) + 2 * padding)
    implicitWidth: Math.max(Theme.touch, Math.min(Math.max(titleMetrics.advanceWidth, subtitleMetrics.advanceWidth) + 2,
                                                  Theme.base) + 2 * padding)
    focusPolicy: Qt.NoFocus
    // A word still being composed by an input method (a PC's Vietnamese
    // IME) goes into its field before the action reads the field.
    onPressed: Keyboard.commitPlatformInput()

    readonly property font titleFont: Qt.font({ pixelSize: Theme.fontTitle * 0.8, bold: true })
    readonly property font subtitleFont: Qt.font({ pixelSize: Theme.fontSmall })
    TextMetrics { id: titleMetrics; font: root.titleFont; text: root.text }
    TextMetrics { id: subtitleMetrics; font: root.subtitleFont; text: root.subtitle }

    background: Rectangle {
        radius: Theme.radius
        color: root.primary ? Theme.primary : Theme.surface
        border.color: root.primary ? Theme.primary : Theme.border
        border.width: Theme.contrast ? 4 : 2
        opacity: root.down ? 0.8 : 1.0
    }
    opacity: enabled ? 1.0 : 0.4
    // The title and its second line, centred together (no ids inside a
    // deferred contentItem: Controls build it late).
    contentItem: Item {
        Column {
            width: parent.width
            anchors.verticalCenter: parent.verticalCenter
            spacing: 4
            Text {
                width: parent.width
                text: root.text
                font: root.titleFont
                color: root.primary ? Theme.textOnPrimary : Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            Text {
                width: parent.width
                visible: root.subtitle.length > 0
                text: root.subtitle
                font: root.subtitleFont
                color: root.primary ? Theme.textOnPrimary : Theme.muted
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
        }
    }
}
