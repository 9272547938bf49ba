import QtQuick
import QtQuick.Controls

// A labelled text field for the on-screen keyboard; shows its error below,
// or that it is full (maximumLength reached: further letters are refused,
// which must not pass unnoticed). Its implicit size does not depend on its
// laid-out width (no polish loops).
Item {
    id: root
    property alias label: title.text
    property alias text: input.text
    property alias inputMethodHints: input.inputMethodHints
    property alias maximumLength: input.maximumLength
    property string error: ""
    property alias input: input
    readonly property bool full: input.length >= input.maximumLength
    readonly property string note: error.length > 0 ? error
                                 : full ? qsTr("Đã đủ %1 ký tự, không nhập thêm được.").arg(input.maximumLength) : ""
    implicitWidth: Theme.touch * 5
    implicitHeight: title.implicitHeight + 6 + input.height + (note.length > 0 ? 6 + errorText.implicitHeight : 0)

    Text {
        id: title
        width: root.width
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
        elide: Text.ElideRight
    }
    TextField {
        id: input
        objectName: root.objectName.length > 0 ? root.objectName + "Input" : ""
        y: title.implicitHeight + 6
        width: root.width
        height: Theme.touch
        font.pixelSize: Theme.fontBody
        color: Theme.text
        background: Rectangle {
            radius: Theme.radius / 2
            color: Theme.surface
            border.width: input.activeFocus ? 4 : 2
            border.color: root.error.length > 0 ? Theme.danger : (input.activeFocus ? Theme.accent : Theme.border)
        }
    }
    Text {
        id: errorText
        objectName: root.objectName.length > 0 ? root.objectName + "Note" : ""
        y: input.y + input.height + 6
        visible: root.note.length > 0
        width: root.width
        text: root.note
        color: root.error.length > 0 ? Theme.danger : Theme.accent
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
}
