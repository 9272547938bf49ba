import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TiepDan.Backend

// Statistics of a period beside the same period a year earlier: the
// period picker, the report as PDF, spreadsheet, CSV or on paper, and the
// figures as tables with bars. A refused period shows its reason beside
// the picker and no figures.
ColumnLayout {
    id: root
    spacing: Theme.gap / 3
    readonly property var s: Leader.statistics
    readonly property bool shown: s.kind !== undefined

    // The picker follows the period in force (also when set from C++).
    Connections {
        target: Leader
        function onStatisticsChanged() { picker.show(Leader.statistics) }
    }
    Component.onCompleted: picker.show(Leader.statistics)

    LeaderCard {
        Layout.fillWidth: true
        PeriodPicker {
            id: picker
            objectName: "periodPicker"
            Layout.fillWidth: true
            today: Leader.today
            error: LeaderWords.periodErrorText(Leader.periodError)
            onPeriodChosen: (kind, year, n) => Leader.showPeriod(kind, year, n)
            onRangeChosen: (from, to) => Leader.showRange(from, to)
        }
        Text {
            objectName: "statisticsPeriod"
            Layout.fillWidth: true
            visible: root.shown
            text: qsTr("Từ %1 đến %2, so với cùng kỳ năm trước (%3 – %4). Vạch đậm: kỳ này; vạch nhạt: cùng kỳ năm trước.")
                      .arg(root.s.from || "").arg(root.s.to || "")
                      .arg(root.s.previousFrom || "").arg(root.s.previousTo || "")
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        ExportBar {
            objectName: "reportExport"
            Layout.fillWidth: true
            visible: root.shown
            what: "report"
            subject: qsTr("Báo cáo thống kê của kỳ này:")
            onRequested: (format) => Leader.exportReport(format)
        }
    }
    Text {
        objectName: "noFigures"
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: !root.shown
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        text: qsTr("Chưa có số liệu: chọn một kỳ hợp lệ ở trên.")
        font.pixelSize: Theme.fontBody
        color: Theme.muted
        wrapMode: Text.WordWrap
    }
    ScrollView {
        id: scroll
        objectName: "statisticsScroll"
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: root.shown
        contentWidth: availableWidth
        clip: true
        GridLayout {
            width: scroll.availableWidth
            columns: width > Theme.touch * 20 ? 3 : width > Theme.touch * 11 ? 2 : 1
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap / 2
            Repeater {
                model: [{ name: "totals", words: "figure", title: qsTr("Tiếp công dân") },
                        { name: "groups", words: "figure", title: qsTr("Đoàn đông người") },
                        { name: "byKind", words: "kind", title: qsTr("Vụ việc theo loại") },
                        { name: "byDirection", words: "direction", title: qsTr("Lượt tiếp theo hướng xử lý") },
                        { name: "resolvedByKind", words: "kind",
                          title: qsTr("Vụ việc đã giải quyết theo loại (kết quả do cấp tỉnh gửi về)") },
                        { name: "queue", words: "figure", title: qsTr("Xếp hàng") }]
                delegate: StatBlock {
                    required property var modelData
                    objectName: modelData.name
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100 // equal columns
                    Layout.alignment: Qt.AlignTop
                    title: modelData.title
                    figures: root.s[modelData.name] || []
                    labelOf: modelData.words === "kind" ? LeaderWords.kindText
                           : modelData.words === "direction" ? LeaderWords.directionText : LeaderWords.figureText
                }
            }
            LeaderReceptions {
                Layout.columnSpan: parent.columns
                Layout.fillWidth: true
                figures: root.s.leaders || []
            }
        }
    }
}
