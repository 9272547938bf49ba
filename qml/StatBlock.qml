import QtQuick
import TiepDan.Backend

// A titled table of figures, each now and a year earlier, as numbers and
// two bars (dark: this period; light: the same period a year earlier).
// `figures`: statFigure values (Leader.statistics); their keys are codes of
// the vocabulary table `words` ("figure", "kind", "direction", ...). Figures
// of one unit share a scale; minutes ("minutes") have a scale of their own
// and say so, so that a wait time is never drawn against ticket counts.
// Each figure's number is named `<objectName>_<key>` for tests.
// A Column, not a layout: its rows come and go with every period, and
// nested layouts that lose items while they arrange are fragile in Qt 6.4.
Column {
    id: block
    property string title
    property var figures: []
    property string words: "figure"
    spacing: 2

    // The rows of one unit: each figure with its words, its name and the
    // largest value of its unit (the bars' scale).
    function rows(unit) {
        let scale = 1
        for (let i = 0; i < figures.length; ++i)
            if (figures[i].unit === unit)
                scale = Math.max(scale, figures[i].current, figures[i].previous)
        const out = []
        for (let i = 0; i < figures.length; ++i) {
            const f = figures[i]
            if (f.unit === unit)
                out.push({ label: Words.word(words, f.key), current: f.current, previous: f.previous, scale: scale,
                           minutes: unit === "minutes", name: objectName.length > 0 ? objectName + "_" + f.key : "" })
        }
        return out
    }

    // One figure: its words, the number now and a year earlier, two bars.
    component FigureRow: Item {
        id: row
        required property var modelData
        width: parent ? parent.width : 0
        height: Theme.fontSmall * 1.8
        Text {
            id: label
            width: parent.width * 0.42
            anchors.verticalCenter: parent.verticalCenter
            text: row.modelData.label
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            elide: Text.ElideRight
        }
        Text {
            id: now
            objectName: row.modelData.name
            x: label.width
            width: parent.width * 0.14
            anchors.verticalCenter: parent.verticalCenter
            horizontalAlignment: Text.AlignRight
            text: row.modelData.minutes ? qsTr("%1 phút").arg(row.modelData.current) : String(row.modelData.current)
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.text
        }
        Text {
            id: before
            x: now.x + now.width
            width: parent.width * 0.12
            anchors.verticalCenter: parent.verticalCenter
            horizontalAlignment: Text.AlignRight
            text: "(" + row.modelData.previous + ")"
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        Item {
            id: bars
            x: before.x + before.width + Theme.gap / 2
            width: Math.max(0, parent.width - x)
            height: parent.height
            Rectangle {
                y: parent.height * 0.12
                width: bars.width * row.modelData.current / row.modelData.scale
                height: parent.height * 0.42
                radius: 3
                color: row.modelData.minutes ? "#2a7f62" : Theme.accent
            }
            Rectangle {
                y: parent.height * 0.6
                width: bars.width * row.modelData.previous / row.modelData.scale
                height: parent.height * 0.28
                radius: 3
                color: row.modelData.minutes ? "#a8d5c2" : "#9fb8d6"
            }
        }
    }

    Text {
        width: block.width
        text: block.title
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    Repeater {
        model: block.rows("count")
        delegate: FigureRow {}
    }
    // The average times open a scale of their own.
    Text {
        width: block.width
        topPadding: Theme.gap / 3
        visible: minuteRows.count > 0
        text: qsTr("Thời gian trung bình (phút, thang đo riêng)")
        font.pixelSize: Math.round(Theme.fontSmall * 0.85)
        font.italic: true
        color: Theme.muted
    }
    Repeater {
        id: minuteRows
        model: block.rows("minutes")
        delegate: FigureRow {}
    }
}
