import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TiepDan.Backend

// A labelled choice of the PC screens, readable and touch-sized: `choices`
// is a list of {value, text}; `value` is the chosen entry's value;
// select(v) shows the entry whose value is v (the first when none is).
// The choice is kept by value, so relabelled choices (the language
// changed) keep what was chosen.
// With `vocabulary` (a table of Words: "kind", "direction", ...) the
// choices are that table's codes in its words, after an entry "" worded
// `anyText` when that is given (a filter's "every value").
ColumnLayout {
    id: root
    property alias label: caption.text
    property string vocabulary
    property string anyText
    property var choices: {
        const out = anyText.length > 0 ? [{ value: "", text: anyText }] : []
        const keys = vocabulary.length > 0 ? Words.keys(vocabulary) : []
        for (let i = 0; i < keys.length; ++i)
            out.push({ value: keys[i], text: Words.word(vocabulary, keys[i]) })
        return out
    }
    property string chosen: ""
    // Setting it (a form's clear(), a tour) chooses that entry.
    property int currentIndex: 0
    onCurrentIndexChanged: if (currentIndex >= 0 && currentIndex < choices.length) chosen = choices[currentIndex].value
    onChosenChanged: currentIndex = Math.max(0, indexOf(chosen))
    readonly property string value: indexOf(chosen) >= 0 ? chosen : (choices.length > 0 ? choices[0].value : "")
    // The user picked an entry (not a change made by select()).
    signal activated(string value)
    function indexOf(v) {
        for (let i = 0; i < choices.length; ++i)
            if (choices[i].value === v)
                return i
        return -1
    }
    function select(v) {
        chosen = indexOf(v || "") >= 0 ? (v || "") : (choices.length > 0 ? choices[0].value : "")
    }
    spacing: 4
    // A new model resets the box's index after its binding ran: it runs
    // again once the model is in (the binding counts `refreshes`).
    property int refreshes: 0
    onChoicesChanged: reshow.restart()
    Timer {
        id: reshow
        interval: 0
        onTriggered: root.refreshes += 1
    }
    Text {
        id: caption
        Layout.fillWidth: true
        visible: text.length > 0
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
        elide: Text.ElideRight
    }
    ComboBox {
        id: box
        objectName: root.objectName.length > 0 ? root.objectName + "Box" : ""
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touch * 0.72
        Layout.minimumWidth: Theme.touch * 2.5
        font.pixelSize: Theme.fontSmall
        model: root.choices
        textRole: "text"
        currentIndex: root.refreshes >= 0 ? Math.max(0, root.indexOf(root.value)) : 0
        onActivated: (index) => {
            root.chosen = root.choices[index].value
            root.activated(root.chosen)
        }
        background: Rectangle {
            radius: Theme.radius / 2
            color: Theme.surface
            border.color: box.visualFocus || box.down ? Theme.accent : Theme.border
            border.width: box.visualFocus ? 4 : 2
        }
        // In the popup's list, whose current item is the highlighted one.
        delegate: ItemDelegate {
            required property var modelData
            width: ListView.view ? ListView.view.width : implicitWidth
            height: Math.max(Theme.touch * 0.7, implicitHeight)
            text: modelData.text
            font.pixelSize: Theme.fontSmall
            highlighted: ListView.isCurrentItem
        }
        popup.height: Math.min(box.delegateModel ? box.delegateModel.count * Theme.touch * 0.7 + 8 : 0,
                               (box.Window.height > 0 ? box.Window.height : 800) * 0.6)
    }
}
