import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Asks before an action that moves a citizen or loses work: the question in
// words, the action named on its button, "Quay lại" to change one's mind
// (also Escape). open() it; `confirmed` fires once on the action's button.
Popup {
    id: root
    property string title
    property string message
    property string confirmText: qsTr("Đồng ý")
    property string cancelText: qsTr("Quay lại")
    property bool danger: false
    signal confirmed()
    signal cancelled()
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.gap : 800, Theme.touch * 9)
    padding: Theme.gap
    onClosed: if (!accepted) cancelled()
    property bool accepted: false
    onAboutToShow: accepted = false
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: root.danger ? Theme.danger : Theme.accent
        border.width: 3
    }
    Overlay.modal: Rectangle { color: "#99000000" }

    contentItem: ColumnLayout {
        spacing: Theme.gap / 2
        Text {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.fontTitle * 0.8
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "confirmMessage"
            Layout.fillWidth: true
            visible: root.message.length > 0
            text: root.message
            font.pixelSize: Theme.fontBody * 0.85
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap / 2
            spacing: Theme.gap / 2
            // Has the focus each time the dialog opens: Enter does the safe thing.
            ActionButton {
                objectName: "confirmCancel"
                readonly property bool dialogOpen: root.opened
                onDialogOpenChanged: if (dialogOpen) forceActiveFocus()
                Layout.fillWidth: true
                text: root.cancelText
                onClicked: root.close()
            }
            ActionButton {
                objectName: "confirmAccept"
                Layout.fillWidth: true
                tone: root.danger ? "danger" : "primary"
                text: root.confirmText
                onClicked: {
                    root.accepted = true
                    root.close()
                    root.confirmed()
                }
            }
        }
    }
}
