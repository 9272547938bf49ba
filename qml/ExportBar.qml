import QtQuick
import QtQuick.Layouts
import TiepDan.Backend

// Export and print buttons for one document of the leader view, and what
// became of the last try (the file's path, the print job, or the refusal
// in words). `what`: "log" (the log book) or "report" (the statistics);
// requested(format) asks for "pdf", "ods", "csv" or "print". Controls are
// named <objectName>Pdf, ...Ods, ...Csv, ...Print and ...Status.
ColumnLayout {
    id: root
    property string what: "log"
    // What will be exported, in words (the period).
    property string subject
    signal requested(string format)
    spacing: Theme.gap / 4

    readonly property var status: Leader.exportStatus.what === root.what ? Leader.exportStatus : ({})

    Flow {
        Layout.fillWidth: true
        spacing: Theme.gap / 4
        Text {
            height: Theme.touch * 0.72
            verticalAlignment: Text.AlignVCenter
            text: root.subject
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            rightPadding: Theme.gap / 4
        }
        Repeater {
            model: [{ format: "pdf", name: "Pdf", text: qsTr("Xuất PDF") },
                    { format: "ods", name: "Ods", text: qsTr("Xuất bảng tính (.ods)") },
                    { format: "csv", name: "Csv", text: qsTr("Xuất CSV") },
                    { format: "print", name: "Print", text: qsTr("In") }]
            delegate: ActionButton {
                required property var modelData
                objectName: root.objectName + modelData.name
                text: modelData.text
                onClicked: root.requested(modelData.format)
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: status.text.length > 0
        spacing: Theme.gap / 3
        Text {
            id: status
            objectName: root.objectName + "Status"
            Layout.fillWidth: true
            text: LeaderWords.exportText(root.status)
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: root.status.ok ? "#1b6e3a" : Theme.danger
            wrapMode: Text.WrapAnywhere
        }
        ActionButton {
            objectName: root.objectName + "Folder"
            visible: root.status.ok === true && (root.status.path || "").length > 0
            text: qsTr("Mở thư mục")
            onClicked: Qt.openUrlExternally("file://" + Leader.exportFolder)
        }
    }
}
