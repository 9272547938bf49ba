import QtQuick
import QtQuick.Layouts

// A white card of the leader view: its children are laid out in a column
// inside a margin (as the kiosk and the desk draw their panels).
Rectangle {
    id: root
    default property alias content: column.data
    property alias spacing: column.spacing
    implicitHeight: column.implicitHeight + Theme.gap
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border
    border.width: 2

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        spacing: Theme.gap / 3
    }
}
