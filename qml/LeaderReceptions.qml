import QtQuick
import TiepDan.Backend

// Receptions by the leaders (the head by kind of session, delegated
// deputies): sessions, visits, persons and cases, each with the same
// period a year earlier in brackets. `figures`: Leader.statistics.leaders
// (leaderFigures values). Positioners, not layouts: the rows change with
// every period.
Column {
    id: root
    property var figures: []
    spacing: 2

    // One row: the category, then four figures.
    component TableRow: Row {
        id: tableRow
        property var cells: ["", "", "", "", ""]
        property bool heading: false
        readonly property color ink: heading ? Theme.muted : Theme.text
        width: parent ? parent.width : 0
        Text { width: tableRow.width * 0.36; text: tableRow.cells[0]; font.pixelSize: Theme.fontSmall; font.bold: tableRow.heading; color: tableRow.ink; elide: Text.ElideRight }
        Text { width: tableRow.width * 0.16; text: tableRow.cells[1]; font.pixelSize: Theme.fontSmall; font.bold: true; color: tableRow.ink; elide: Text.ElideRight }
        Text { width: tableRow.width * 0.16; text: tableRow.cells[2]; font.pixelSize: Theme.fontSmall; font.bold: true; color: tableRow.ink; elide: Text.ElideRight }
        Text { width: tableRow.width * 0.16; text: tableRow.cells[3]; font.pixelSize: Theme.fontSmall; font.bold: true; color: tableRow.ink; elide: Text.ElideRight }
        Text { width: tableRow.width * 0.16; text: tableRow.cells[4]; font.pixelSize: Theme.fontSmall; font.bold: true; color: tableRow.ink; elide: Text.ElideRight }
    }

    Text {
        width: root.width
        text: Words.section("leaders") + " (" + qsTr("cùng kỳ năm trước trong ngoặc") + ")"
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    TableRow {
        heading: true
        cells: [Words.figure("leaderCategory"), Words.figure("leaderSessions"), Words.figure("leaderVisits"),
                Words.figure("leaderPersons"), Words.figure("leaderCases")]
    }
    Repeater {
        model: root.figures
        delegate: TableRow {
            required property leaderFigures modelData
            cells: [Words.leaderCategory(modelData.key),
                    modelData.sessions + " (" + modelData.previousSessions + ")",
                    modelData.visits + " (" + modelData.previousVisits + ")",
                    modelData.persons + " (" + modelData.previousPersons + ")",
                    modelData.cases + " (" + modelData.previousCases + ")"]
        }
    }
}
