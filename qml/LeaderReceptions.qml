import QtQuick

// Receptions by the leaders (the head by kind of session, delegated
// deputies): sessions, visits, persons and cases, each with the same
// period a year earlier in brackets. `figures`: Leader.statistics.leaders.
// Positioners, not layouts: the rows change with every period.
Column {
    id: root
    property var figures: []
    spacing: 2

    // One row: the category, then four figures; `cells` holds five texts.
    component TableRow: Row {
        id: tableRow
        property var cells: []
        property bool heading: false
        width: root.width
        Repeater {
            model: tableRow.cells
            delegate: Text {
                required property string modelData
                required property int index
                width: index === 0 ? tableRow.width * 0.36 : tableRow.width * 0.16
                text: modelData
                font.pixelSize: Theme.fontSmall
                font.bold: tableRow.heading || index > 0
                color: tableRow.heading ? Theme.muted : Theme.text
                elide: Text.ElideRight
            }
        }
    }

    Text {
        width: root.width
        text: qsTr("Lãnh đạo tiếp: số kỳ, lượt, người, vụ việc (cùng kỳ năm trước trong ngoặc)")
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    TableRow {
        heading: true
        cells: [qsTr("Người tiếp"), qsTr("Số kỳ"), qsTr("Lượt"), qsTr("Người"), qsTr("Vụ việc")]
    }
    Repeater {
        model: root.figures
        delegate: TableRow {
            required property var modelData
            cells: [LeaderWords.leaderText(modelData.key),
                    modelData.sessions + " (" + modelData.previousSessions + ")",
                    modelData.visits + " (" + modelData.previousVisits + ")",
                    modelData.persons + " (" + modelData.previousPersons + ")",
                    modelData.cases + " (" + modelData.previousCases + ")"]
        }
    }
}
