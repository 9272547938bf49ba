import QtQuick

// A titled table of figures, each now and a year earlier, as numbers and
// two bars (dark: this period; light: the same period a year earlier).
// `figures`: [{key, current, previous, unit}] (LeaderController). Figures
// of one unit share a scale; minutes ("minutes") have a scale of their own
// and say so, so that a wait time is never drawn against ticket counts.
// Each figure's number is named `<objectName>_<key>` for tests.
// A Column, not a layout: its rows come and go with every period, and
// nested layouts that lose items while they arrange are fragile in Qt 6.4.
Column {
    id: block
    property string title
    property var figures: []
    // The words for a figure's key (a LeaderWords function).
    property var labelOf: function(key) { return key }
    spacing: 2

    function scaleOf(unit) {
        let m = 1
        for (let i = 0; i < figures.length; ++i)
            if ((figures[i].unit || "count") === unit)
                m = Math.max(m, figures[i].current, figures[i].previous)
        return m
    }
    readonly property real countScale: scaleOf("count")
    readonly property real minuteScale: scaleOf("minutes")

    Text {
        width: block.width
        text: block.title
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    Repeater {
        model: block.figures
        delegate: Column {
            id: row
            required property var modelData
            required property int index
            readonly property bool minutes: modelData.unit === "minutes"
            // The first figure in minutes opens their own scale.
            readonly property bool startsMinutes: minutes && (index === 0 || block.figures[index - 1].unit !== "minutes")
            width: block.width
            Text {
                width: row.width
                topPadding: Theme.gap / 3
                visible: row.startsMinutes
                text: qsTr("Thời gian trung bình (phút, thang đo riêng)")
                font.pixelSize: Math.round(Theme.fontSmall * 0.85)
                font.italic: true
                color: Theme.muted
            }
            Item {
                width: row.width
                height: Theme.fontSmall * 1.8
                Text {
                    id: label
                    width: parent.width * 0.42
                    anchors.verticalCenter: parent.verticalCenter
                    text: block.labelOf(row.modelData.key)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Text {
                    id: now
                    objectName: block.objectName.length > 0 ? block.objectName + "_" + row.modelData.key : ""
                    x: label.width
                    width: parent.width * 0.14
                    anchors.verticalCenter: parent.verticalCenter
                    horizontalAlignment: Text.AlignRight
                    text: row.minutes ? qsTr("%1 phút").arg(row.modelData.current) : String(row.modelData.current)
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
                    readonly property real scale: row.minutes ? block.minuteScale : block.countScale
                    x: before.x + before.width + Theme.gap / 2
                    width: Math.max(0, parent.width - x)
                    height: parent.height
                    Rectangle {
                        y: parent.height * 0.12
                        width: bars.width * row.modelData.current / bars.scale
                        height: parent.height * 0.42
                        radius: 3
                        color: row.minutes ? "#2a7f62" : Theme.accent
                    }
                    Rectangle {
                        y: parent.height * 0.6
                        width: bars.width * row.modelData.previous / bars.scale
                        height: parent.height * 0.28
                        radius: 3
                        color: row.minutes ? "#a8d5c2" : "#9fb8d6"
                    }
                }
            }
        }
    }
}
