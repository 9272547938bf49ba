import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled multi-line text box of the PC screens; its error below.
ColumnLayout {
    id: root
    property alias label: caption.text
    property alias text: area.text
    property string error: ""
    spacing: 6
    Text {
        id: caption
        Layout.fillWidth: true
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
        elide: Text.ElideRight
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touch * 1.6
        TextArea {
            id: area
            objectName: root.objectName.length > 0 ? root.objectName + "Input" : ""
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            background: Rectangle {
                radius: Theme.radius / 2
                color: Theme.surface
                border.width: area.activeFocus ? 4 : 2
                border.color: root.error.length > 0 ? Theme.danger : (area.activeFocus ? Theme.accent : Theme.border)
            }
        }
    }
    Text {
        Layout.fillWidth: true
        visible: root.error.length > 0
        text: root.error
        font.pixelSize: Theme.fontSmall
        color: Theme.danger
        wrapMode: Text.WordWrap
    }
}
