import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TiepDan.Backend

// The reception log book: filters (period as dd/MM/yyyy, kind, handling,
// who received, group, first or repeat visit, words), the book of the
// period as PDF, spreadsheet, CSV or on paper, and the list, newest first,
// fetched as it scrolls; a row opens its record (click, Enter or Space).
ColumnLayout {
    id: root
    spacing: Theme.gap / 3
    // A refused filter in words (LeaderMain words Leader.filterError).
    property string filterErrorText

    function apply() {
        const f = Leader.blankFilter()
        f.text = textFilter.text
        // A date that is not one is refused by the controller, by its field.
        f.from = fromFilter.valid ? fromFilter.iso : "?"
        f.to = toFilter.valid ? toFilter.iso : "?"
        f.kind = kindFilter.value
        f.direction = directionFilter.value
        f.receiverRole = receiverFilter.value
        f.receiverName = receiverNameFilter.text
        f.group = groupFilter.value
        f.visit = visitFilter.value
        f.office = officeFilter.value
        Leader.applyFilter(f)
    }
    function clear() {
        Leader.applyFilter(Leader.blankFilter())
    }
    // The fields show the filter in force (also when set from C++; the
    // choices keep their value when the language words them anew).
    function showFilter() {
        const f = Leader.filter
        textFilter.text = f.text
        receiverNameFilter.text = f.receiverName
        fromFilter.setIso(f.from)
        toFilter.setIso(f.to)
        kindFilter.select(f.kind); directionFilter.select(f.direction); receiverFilter.select(f.receiverRole)
        groupFilter.select(f.group); visitFilter.select(f.visit); officeFilter.select(f.office)
    }
    Connections {
        target: Leader
        function onFilterChanged() { root.showFilter() }
    }

    LeaderCard {
        Layout.fillWidth: true
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap / 3
            Field {
                id: textFilter
                objectName: "textFilter"
                width: Theme.touch * 4.5
                label: qsTr("Tìm (có dấu hoặc không dấu)")
                input.height: Theme.touch * 0.72
                input.font.pixelSize: Theme.fontSmall
                input.onAccepted: root.apply()
            }
            DateField {
                id: fromFilter
                objectName: "logFrom"
                width: Theme.touch * 3.8
                label: qsTr("Từ ngày")
                Keys.onReturnPressed: root.apply()
                Keys.onEnterPressed: root.apply()
            }
            DateField {
                id: toFilter
                objectName: "logTo"
                width: Theme.touch * 3.8
                label: qsTr("Đến ngày")
                Keys.onReturnPressed: root.apply()
                Keys.onEnterPressed: root.apply()
            }
            ChoiceBox {
                id: kindFilter
                objectName: "kindFilter"
                width: Theme.touch * 2.8
                label: qsTr("Loại việc")
                vocabulary: "kind"
                anyText: qsTr("Tất cả")
            }
            ChoiceBox {
                id: directionFilter
                objectName: "directionFilter"
                width: Theme.touch * 3.6
                label: qsTr("Hướng xử lý")
                vocabulary: "direction"
                anyText: qsTr("Tất cả")
            }
            ChoiceBox {
                id: receiverFilter
                objectName: "receiverFilter"
                width: Theme.touch * 3.6
                label: qsTr("Người tiếp")
                vocabulary: "receiver"
                anyText: qsTr("Tất cả")
            }
            // The department server does not filter by name (RemoteLeaderSource).
            Field {
                id: receiverNameFilter
                objectName: "receiverNameFilter"
                visible: !Leader.remote
                width: Theme.touch * 3.6
                label: qsTr("Họ tên người tiếp")
                input.height: Theme.touch * 0.72
                input.font.pixelSize: Theme.fontSmall
                input.onAccepted: root.apply()
            }
            ChoiceBox {
                id: groupFilter
                objectName: "groupFilter"
                width: Theme.touch * 3
                label: qsTr("Đoàn đông người")
                vocabulary: "group"
                anyText: qsTr("Tất cả")
            }
            ChoiceBox {
                id: visitFilter
                objectName: "visitFilter"
                width: Theme.touch * 2.6
                label: qsTr("Lần tiếp")
                vocabulary: "visit"
                anyText: qsTr("Tất cả")
            }
            ChoiceBox {
                id: officeFilter
                objectName: "officeFilter"
                visible: Leader.remote
                width: Theme.touch * 3
                label: qsTr("Đơn vị")
                choices: {
                    const c = [{ value: "", text: qsTr("Tất cả đơn vị") }]
                    for (let i = 0; i < Leader.offices.length; ++i)
                        c.push({ value: Leader.offices[i], text: Leader.offices[i] })
                    return c
                }
            }
            // Level with the fields, under their captions.
            Column {
                spacing: 4
                Text { text: " "; font.pixelSize: Theme.fontSmall }
                Row {
                    spacing: Theme.gap / 4
                    ActionButton { objectName: "filterButton"; tone: "primary"; text: qsTr("Lọc"); onClicked: root.apply() }
                    ActionButton { objectName: "clearFilterButton"; text: qsTr("Bỏ lọc"); onClicked: root.clear() }
                }
            }
        }
        Text {
            objectName: "filterError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.filterErrorText
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            font.bold: true
            wrapMode: Text.WordWrap
        }
        ExportBar {
            objectName: "logExport"
            Layout.fillWidth: true
            what: "log"
            visible: Leader.logPeriod.shown
            subject: qsTr("Sổ tiếp công dân từ %1 đến %2:").arg(Leader.logPeriod.from).arg(Leader.logPeriod.to)
            onRequested: (format) => Leader.exportLog(format)
        }
    }
    Text {
        objectName: "logCount"
        Layout.fillWidth: true
        text: Leader.log.complete ? qsTr("%1 bản ghi").arg(Leader.log.count)
                                  : qsTr("%1 bản ghi đầu tiên (cuộn xuống để xem thêm)").arg(Leader.log.count)
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
    }
    ListView {
        id: logList
        objectName: "logList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: Leader.log
        reuseItems: true
        keyNavigationEnabled: true
        ScrollBar.vertical: ScrollBar { width: Theme.gap / 2 }
        delegate: AbstractButton {
            id: row
            required property int index
            required property string recordId
            required property string book
            required property string date
            required property string name
            required property string idNumber
            required property string content
            required property var kinds
            required property int people
            required property bool group
            required property bool repeat
            required property string direction
            required property string receiver
            required property bool sealed
            required property bool anonymous
            required property string office
            objectName: "logRow_" + index
            width: ListView.view.width - Theme.gap / 2
            height: Theme.touch * 1.15
            focusPolicy: Qt.StrongFocus
            onClicked: Leader.openRecord(recordId)
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            background: Rectangle {
                color: row.index % 2 ? Theme.bg : Theme.surface
                border.color: row.visualFocus || row.hovered ? Theme.accent : Theme.border
                border.width: row.visualFocus ? 3 : 1
            }
            contentItem: RowLayout {
                spacing: Theme.gap / 2
                Text {
                    Layout.leftMargin: Theme.gap / 3
                    Layout.preferredWidth: Theme.touch * 2.2
                    text: row.book + (row.office.length > 0 ? " · " + row.office : "") + "\n" + row.date
                    font.pixelSize: Math.round(Theme.fontSmall * 0.85)
                    color: Theme.muted
                }
                Text {
                    Layout.preferredWidth: Theme.touch * 3.2
                    text: row.sealed ? (row.anonymous ? qsTr("(nặc danh)") : qsTr("(bảo mật)"))
                                     : row.name + (row.idNumber.length > 0 ? "\n" + row.idNumber : "")
                    font.pixelSize: Theme.fontSmall
                    font.italic: row.sealed
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    text: row.content
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Text {
                    Layout.preferredWidth: Theme.touch * 3.8
                    Layout.maximumWidth: Theme.touch * 3.8
                    Layout.rightMargin: Theme.gap / 3
                    clip: true
                    text: Words.list("kind", row.kinds) + " · " + Words.direction(row.direction)
                          + "\n" + Words.receiver(row.receiver)
                          + (row.group ? " · " + qsTr("đoàn %1 người").arg(row.people) : "")
                          + (row.repeat ? " · " + Words.visit("repeat") : "")
                    font.pixelSize: Math.round(Theme.fontSmall * 0.85)
                    color: Theme.text
                    elide: Text.ElideRight
                }
            }
        }
        Text {
            anchors.centerIn: parent
            visible: logList.count === 0
            text: Leader.filterError.length > 0 ? qsTr("Bộ lọc chưa đúng: chưa có bản ghi nào được hiển thị.")
                                                : qsTr("Không có bản ghi nào khớp.")
            font.pixelSize: Theme.fontBody
            color: Theme.muted
        }
    }
}
