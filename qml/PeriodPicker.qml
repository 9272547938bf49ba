import QtQuick
import QtQuick.Layouts

// Picks a reporting period: this month, a chosen month, a quarter, the
// first 6 or 9 months, the year, or any range of days (typed dd/MM/yyyy or
// picked on a calendar). A preset shows at once; a range when "Xem" is
// pressed (or Enter in a date). Presets start at the current month,
// quarter and year of `today` (yyyy-MM-dd, the office clock).
//
// Forwards only: periodChosen(kind, year, n) and rangeChosen(from, to)
// (dates as the fields hold them; a field that is not a date gives its
// refusal, for the controller to say). show() follows the period in force.
ColumnLayout {
    id: root
    property string today: "2026-01-01"
    // The refusal of the last period asked for, in words ("" when none).
    property string error: ""
    signal periodChosen(string kind, int year, int n)
    signal rangeChosen(string from, string to)

    readonly property int thisYear: parseInt(today.substring(0, 4))
    readonly property int thisMonth: parseInt(today.substring(5, 7))
    // thisMonth, month, quarter, half, nine, year or range.
    property string preset: "year"
    // What the boxes show; kept here, as their choices are made again when
    // the language changes.
    property int year: thisYear
    property int month: thisMonth
    property int quarter: Math.floor((thisMonth - 1) / 3) + 1
    spacing: Theme.gap / 3

    function emitPreset() {
        switch (preset) {
        case "thisMonth": periodChosen("month", thisYear, thisMonth); break
        case "month": periodChosen("month", year, month); break
        case "quarter": periodChosen("quarter", year, quarter); break
        case "range": rangeChosen(fromField.valid ? fromField.iso : "?", toField.valid ? toField.iso : "?"); break
        default: periodChosen(preset, year, 0)
        }
    }
    function choose(p) {
        preset = p
        if (p !== "range")
            emitPreset()
    }
    // Shows the period in force (Leader.statistics), without asking again.
    function show(s) {
        if (!s || !s.kind || (s.kind !== "range" && !s.year))
            return
        if (s.kind === "range") {
            preset = "range"
            fromField.setIso(s.fromIso)
            toField.setIso(s.toIso)
            return
        }
        preset = s.kind === "month" && s.year === thisYear && s.n === thisMonth ? "thisMonth" : s.kind
        year = s.year
        if (s.kind === "month")
            month = s.n
        if (s.kind === "quarter")
            quarter = s.n
        // A range started later begins at the period shown.
        fromField.setIso(s.fromIso)
        toField.setIso(s.toIso)
    }

    // A preset's button, named preset_<key>.
    component Preset: ActionButton {
        property string key
        objectName: "preset_" + key
    }

    // The presets, then what narrows the one chosen (month, quarter, year).
    Flow {
        Layout.fillWidth: true
        spacing: Theme.gap / 4
        Preset { key: "thisMonth"; text: qsTr("Tháng này"); checked: root.preset === key; onClicked: root.choose(key) }
        Preset { key: "month"; text: qsTr("Tháng"); checked: root.preset === key; onClicked: root.choose(key) }
        Preset { key: "quarter"; text: qsTr("Quý"); checked: root.preset === key; onClicked: root.choose(key) }
        Preset { key: "half"; text: qsTr("6 tháng đầu năm"); checked: root.preset === key; onClicked: root.choose(key) }
        Preset { key: "nine"; text: qsTr("9 tháng đầu năm"); checked: root.preset === key; onClicked: root.choose(key) }
        Preset { key: "year"; text: qsTr("Cả năm"); checked: root.preset === key; onClicked: root.choose(key) }
        Preset { key: "range"; text: qsTr("Khoảng ngày…"); checked: root.preset === key; onClicked: root.choose(key) }
        // A gap between the presets and the boxes that refine them.
        Item { width: Theme.gap / 2; height: 1; visible: monthBox.visible || quarterBox.visible || yearBox.visible }
        ChoiceBox {
            id: monthBox
            objectName: "periodMonth"
            visible: root.preset === "month"
            width: Theme.touch * 2.4
            choices: {
                const c = []
                for (let m = 1; m <= 12; ++m)
                    c.push({ value: String(m), text: qsTr("Tháng %1").arg(m) })
                return c
            }
            readonly property string shown: String(root.month)
            onShownChanged: select(shown)
            Component.onCompleted: select(shown)
            onActivated: (value) => { root.month = parseInt(value); root.emitPreset() }
        }
        ChoiceBox {
            id: quarterBox
            objectName: "periodQuarter"
            visible: root.preset === "quarter"
            width: Theme.touch * 2.4
            choices: [{ value: "1", text: qsTr("Quý I") }, { value: "2", text: qsTr("Quý II") },
                      { value: "3", text: qsTr("Quý III") }, { value: "4", text: qsTr("Quý IV") }]
            readonly property string shown: String(root.quarter)
            onShownChanged: select(shown)
            Component.onCompleted: select(shown)
            onActivated: (value) => { root.quarter = parseInt(value); root.emitPreset() }
        }
        ChoiceBox {
            id: yearBox
            objectName: "periodYear"
            visible: root.preset !== "range" && root.preset !== "thisMonth"
            width: Theme.touch * 2.2
            choices: {
                const c = []
                for (let y = root.thisYear; y > root.thisYear - 10; --y)
                    c.push({ value: String(y), text: qsTr("Năm %1").arg(y) })
                return c
            }
            readonly property string shown: String(root.year)
            onShownChanged: select(shown)
            Component.onCompleted: select(shown)
            onActivated: (value) => { root.year = parseInt(value); root.emitPreset() }
        }
    }
    // Any range of days, typed or picked on a calendar.
    RowLayout {
        Layout.fillWidth: true
        visible: root.preset === "range"
        spacing: Theme.gap / 3
        DateField {
            id: fromField
            objectName: "rangeFrom"
            Layout.fillWidth: false
            Layout.preferredWidth: Theme.touch * 4
            label: qsTr("Từ ngày")
            Keys.onReturnPressed: root.emitPreset()
            Keys.onEnterPressed: root.emitPreset()
        }
        DateField {
            id: toField
            objectName: "rangeTo"
            Layout.fillWidth: false
            Layout.preferredWidth: Theme.touch * 4
            label: qsTr("Đến ngày")
            Keys.onReturnPressed: root.emitPreset()
            Keys.onEnterPressed: root.emitPreset()
        }
        // Measures a field's caption, to set the button level with the fields.
        Text { id: caption; visible: false; text: " "; font.pixelSize: Theme.fontSmall }
        ActionButton {
            objectName: "showRangeButton"
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: caption.implicitHeight + 4
            tone: "primary"
            text: qsTr("Xem")
            onClicked: root.emitPreset()
        }
        Item { Layout.fillWidth: true }
    }
    Text {
        objectName: "periodError"
        Layout.fillWidth: true
        visible: root.error.length > 0
        text: root.error
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        font.bold: true
        wrapMode: Text.WordWrap
    }
}
