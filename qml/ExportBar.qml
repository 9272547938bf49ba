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

    readonly property exportStatus status: Leader.exportStatus
    // The last export or print was of this document.
    readonly property bool mine: status.what === root.what
    // ... in words.
    readonly property string statusText: {
        const s = root.status
        if (!root.mine)
            return ""
        if (s.ok && s.format === "print")
            return qsTr("Đã gửi lệnh in %1 đến máy in.").arg(s.job)
        if (s.ok)
            return qsTr("Đã lưu %1 bản ghi vào tệp: %2").arg(s.records).arg(s.path)
        switch (s.error) {
        case "period": return qsTr("Chưa xuất được: chưa có kỳ hợp lệ. Chọn kỳ trước.")
        case "tooMany": return qsTr("Kỳ này có quá nhiều bản ghi cho một tệp. Chọn kỳ ngắn hơn hoặc một đơn vị.")
        case "folder": return qsTr("Không ghi được tệp vào thư mục %1 (%2).").arg(Leader.exportFolder).arg(s.detail)
        case "noPrinter": return qsTr("Không in được: máy này chưa có máy in mặc định. Nhờ quản trị viên cài máy in.")
        case "printerUnknown": return qsTr("Không in được: không có máy in tên này (%1).").arg(s.detail)
        case "printService": return qsTr("Không in được: dịch vụ in (CUPS) không chạy hoặc chưa cài (%1).").arg(s.detail)
        case "print": return qsTr("Không in được: %1").arg(s.detail)
        default: return qsTr("Không xuất được: %1").arg(s.detail)
        }
    }

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
        ActionButton { objectName: root.objectName + "Pdf"; text: qsTr("Xuất PDF"); onClicked: root.requested("pdf") }
        ActionButton { objectName: root.objectName + "Ods"; text: qsTr("Xuất bảng tính (.ods)"); onClicked: root.requested("ods") }
        ActionButton { objectName: root.objectName + "Csv"; text: qsTr("Xuất CSV"); onClicked: root.requested("csv") }
        ActionButton { objectName: root.objectName + "Print"; text: qsTr("In"); onClicked: root.requested("print") }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: root.statusText.length > 0
        spacing: Theme.gap / 3
        Text {
            objectName: root.objectName + "Status"
            Layout.fillWidth: true
            text: root.statusText
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: root.status.ok ? "#1b6e3a" : Theme.danger
            wrapMode: Text.WrapAnywhere
        }
        ActionButton {
            objectName: root.objectName + "Folder"
            visible: root.mine && root.status.ok && root.status.path.length > 0
            text: qsTr("Mở thư mục")
            onClicked: Qt.openUrlExternally("file://" + Leader.exportFolder)
        }
    }
}
