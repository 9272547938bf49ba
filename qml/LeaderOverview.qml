import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TiepDan.Backend

// The leader's start page: the deadline watch (every row opens its record,
// by click, Enter or Space) beside the figures of the period shown.
GridLayout {
    id: root
    columns: width > height * 1.2 ? 2 : 1
    columnSpacing: Theme.gap / 2
    rowSpacing: Theme.gap / 2

    LeaderCard {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 3
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap / 3
            Text {
                objectName: "deadlineSummary"
                Layout.fillWidth: true
                text: qsTr("Theo dõi thời hạn: %1 việc đến hạn trong %2 ngày, %3 quá hạn")
                          .arg(Leader.deadlines.count).arg(Leader.withinDays).arg(Leader.overdueCount)
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Leader.overdueCount > 0 ? Theme.danger : Theme.text
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: [7, 30]
                delegate: ActionButton {
                    required property int modelData
                    objectName: "within" + modelData
                    text: qsTr("%1 ngày").arg(modelData)
                    checked: Leader.withinDays === modelData
                    onClicked: Leader.withinDays = modelData
                }
            }
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Bấm vào một dòng (hoặc chọn bằng Tab rồi nhấn Enter) để mở bản ghi.")
            font.pixelSize: Math.round(Theme.fontSmall * 0.85)
            color: Theme.muted
            wrapMode: Text.WordWrap
        }
        ListView {
            id: watchList
            objectName: "deadlineList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Leader.deadlines
            spacing: 4
            keyNavigationEnabled: true
            ScrollBar.vertical: ScrollBar { width: Theme.gap / 2 }
            delegate: AbstractButton {
                id: row
                required property int index
                required property string office
                required property string recordId
                required property string book
                required property string labelVi
                required property string labelEn
                required property string legalBasis
                required property string received
                required property string due
                required property int daysLeft
                objectName: "deadlineRow_" + index
                // Not drawn (contentItem is): names the row for tests and screen readers.
                text: book + " · " + received
                width: ListView.view.width - Theme.gap / 2
                focusPolicy: Qt.StrongFocus
                padding: Theme.gap / 4
                onClicked: Leader.openRecord(recordId)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                background: Rectangle {
                    radius: 6
                    color: row.daysLeft < 0 ? "#fde8ea" : row.daysLeft <= 2 ? "#fff4d6" : Theme.bg
                    border.color: row.visualFocus || row.hovered ? Theme.accent : Theme.border
                    border.width: row.visualFocus ? 3 : 1
                }
                contentItem: RowLayout {
                    spacing: Theme.gap / 2
                    ColumnLayout {
                        Layout.preferredWidth: Theme.touch * 3.2
                        Layout.maximumWidth: Theme.touch * 3.2
                        spacing: 0
                        Text {
                            Layout.fillWidth: true
                            text: Words.dueText(row.daysLeft)
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: row.daysLeft < 0 ? Theme.danger : Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: row.due
                            font.pixelSize: Math.round(Theme.fontSmall * 0.9)
                            color: Theme.text
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Text {
                            Layout.fillWidth: true
                            text: (row.office.length > 0 ? row.office + " · " : "")
                                  + (Leader.language === "en" ? row.labelEn : row.labelVi)
                            font.pixelSize: Math.round(Theme.fontSmall * 0.9)
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("sổ số %1, tính từ %2").arg(row.book).arg(row.received)
                                  + " · " + row.legalBasis
                            font.pixelSize: Math.round(Theme.fontSmall * 0.85)
                            color: Theme.muted
                            elide: Text.ElideRight
                        }
                    }
                    Text {
                        text: "›"
                        font.pixelSize: Theme.fontTitle
                        color: Theme.accent
                    }
                }
            }
            Text {
                anchors.centerIn: parent
                visible: watchList.count === 0
                text: qsTr("Không có việc nào sắp đến hạn.")
                font.pixelSize: Theme.fontBody
                color: Theme.muted
            }
        }
    }
    LeaderCard {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 2
        Text {
            Layout.fillWidth: true
            text: Leader.statistics.shown
                  ? qsTr("Kỳ đang xem: %1 – %2 (cùng kỳ năm trước %3 – %4)")
                        .arg(Leader.statistics.from).arg(Leader.statistics.to)
                        .arg(Leader.statistics.previousFrom).arg(Leader.statistics.previousTo)
                  : qsTr("Chưa có số liệu cho kỳ đã chọn.")
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        StatBlock {
            objectName: "overviewTotals"
            Layout.fillWidth: true
            title: qsTr("Tiếp công dân")
            figures: Leader.statistics.totals
            words: "figure"
        }
        Item { Layout.fillHeight: true }
    }
}
