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
    readonly property periodStatistics s: Leader.statistics
    readonly property bool shown: s.shown
    // A refused period in words (LeaderMain words Leader.periodError).
    property string periodErrorText

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
            error: root.periodErrorText
            onPeriodChosen: (kind, year, n) => Leader.showPeriod(kind, year, n)
            onRangeChosen: (from, to) => Leader.showRange(from, to)
        }
        Text {
            objectName: "statisticsPeriod"
            Layout.fillWidth: true
            visible: root.shown
            text: qsTr("Từ %1 đến %2, so với cùng kỳ năm trước (%3 – %4). Vạch đậm: kỳ này; vạch nhạt: cùng kỳ năm trước.")
                      .arg(root.s.from).arg(root.s.to).arg(root.s.previousFrom).arg(root.s.previousTo)
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
        // Positioners, not layouts: the blocks come and go with every period
        // (a Repeater's items in a Qt 6.4 layout crash it when its model resets).
        Column {
            width: scroll.availableWidth
            spacing: Theme.gap / 2
            Grid {
                width: parent.width
                columns: width > Theme.touch * 20 ? 3 : width > Theme.touch * 11 ? 2 : 1
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap / 2
                // The report's sections, in its order (reports::reportSections).
                Repeater {
                    model: root.s.sections
                    delegate: StatBlock {
                        required property statSection modelData
                        // Equal columns.
                        readonly property Grid grid: parent as Grid
                        objectName: modelData.key
                        width: grid ? (grid.width - (grid.columns - 1) * grid.columnSpacing) / grid.columns : 0
                        title: Words.section(modelData.key)
                               + (modelData.key === "resolvedByKind" ? " — " + qsTr("kết quả do cấp tỉnh gửi về") : "")
                        figures: modelData.figures
                        words: modelData.words
                    }
                }
            }
            LeaderReceptions {
                width: parent.width
                figures: root.s.leaders
            }
        }
    }
}
