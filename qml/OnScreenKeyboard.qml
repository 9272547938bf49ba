import QtQuick
import TiepDan.Backend

// The Vietnamese on-screen keyboard. Every key forwards to Keyboard
// (KeyboardController), which edits the focused field at once: nothing is
// left half-typed when the citizen taps "Lấy số". Keys never take the focus.
// Tone keys (sắc, huyền, hỏi, ngã, nặng) and diacritic letters (ă â đ ê ô
// ơ ư) are on screen; Telex or VNI typing works for those who know it.
Rectangle {
    id: root
    color: Theme.contrast ? "#000000" : "#dfe4ec"
    // Row height from the window: large keys, the form keeps the rest.
    property real rowHeight: Theme.touch * 0.82
    readonly property bool digits: Keyboard.layout === "digits"
    readonly property real keyGap: Math.max(4, Theme.gap / 4)
    implicitHeight: (digits ? 5 : 6) * (rowHeight + keyGap) + keyGap + hintLine.height

    // Keys for a Repeater: each label with the width of a key.
    function withUnit(labels, unit) {
        const out = new Array()
        for (let i = 0; i < labels.length; ++i)
            out.push({ key: labels[i], unit: unit })
        return out
    }

    // Taps on the panel's background must not reach what is under it.
    MouseArea { anchors.fill: parent }

    Text {
        id: hintLine
        objectName: "keyboardHint"
        x: root.keyGap * 2
        width: root.width - 4 * root.keyGap
        height: visible ? Math.round(font.pixelSize * 1.5) + root.keyGap : 0
        visible: !root.digits && Keyboard.composing
        text: Keyboard.method === "telex" ? qsTr("Gõ chữ rồi bấm dấu, ví dụ: a rồi sắc → á. Gõ Telex: aa → â, dd → đ, s → sắc, f → huyền.")
            : Keyboard.method === "vni" ? qsTr("Gõ chữ rồi bấm dấu, ví dụ: a rồi sắc → á. Gõ VNI: a6 → â, d9 → đ, 1 → sắc, 2 → huyền.")
            : qsTr("Gõ chữ rồi bấm dấu, ví dụ: a rồi sắc → á.")
        font.pixelSize: Math.round(Theme.fontSmall * 0.85)
        color: Theme.muted
        verticalAlignment: Text.AlignBottom
        elide: Text.ElideRight
    }

    // --- letters ---------------------------------------------------------
    Column {
        id: letters
        visible: !root.digits
        anchors.top: hintLine.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: root.keyGap
        spacing: root.keyGap
        readonly property real unit: (root.width - 13 * root.keyGap) / 12

        // Tones on the word being typed, and the letters with diacritics.
        Row {
            height: root.rowHeight
            spacing: root.keyGap
            Repeater {
                model: root.withUnit([qsTr("sắc"), qsTr("huyền"), qsTr("hỏi"), qsTr("ngã"), qsTr("nặng")], letters.unit)
                delegate: Key {
                    required property var modelData
                    required property int index
                    objectName: "tone_" + (index + 1)
                    width: modelData.unit
                    tone: true
                    readonly property string sample: ["á", "à", "ả", "ã", "ạ"][index]
                    label: Keyboard.tonePreview[index] || sample
                    caption: modelData.key
                    enabled: Keyboard.composing
                    onTapped: Keyboard.tone(index + 1)
                }
            }
            KeyRow { keys: ["ă", "â", "đ", "ê", "ô", "ơ", "ư"]; unit: letters.unit; spacing: root.keyGap; height: root.rowHeight }
        }
        KeyRow {
            anchors.horizontalCenter: parent.horizontalCenter
            height: root.rowHeight
            spacing: root.keyGap
            unit: letters.unit
            keys: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"]
        }
        KeyRow {
            anchors.horizontalCenter: parent.horizontalCenter
            height: root.rowHeight
            spacing: root.keyGap
            unit: letters.unit
            keys: ["q", "w", "e", "r", "t", "y", "u", "i", "o", "p"]
        }
        KeyRow {
            anchors.horizontalCenter: parent.horizontalCenter
            height: root.rowHeight
            spacing: root.keyGap
            unit: letters.unit
            keys: ["a", "s", "d", "f", "g", "h", "j", "k", "l", "-"]
        }
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            height: root.rowHeight
            spacing: root.keyGap
            Key {
                objectName: "key_shift"
                width: letters.unit * 1.5
                label: qsTr("Chữ hoa")
                small: true
                highlighted: Keyboard.shift
                onTapped: Keyboard.shift = !Keyboard.shift
                onHeld: Keyboard.capsLock = !Keyboard.capsLock
            }
            KeyRow { keys: ["z", "x", "c", "v", "b", "n", "m", ",", "."]; unit: letters.unit; spacing: root.keyGap; height: root.rowHeight }
            Key {
                objectName: "key_backspace"
                width: letters.unit * 1.5
                label: qsTr("Xoá")
                small: true
                repeats: true
                onTapped: Keyboard.backspace()
            }
        }
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            height: root.rowHeight
            spacing: root.keyGap
            Key {
                objectName: "key_method"
                width: letters.unit * 1.5
                small: true
                label: Keyboard.method === "telex" ? "Telex" : Keyboard.method === "vni" ? "VNI" : qsTr("Gõ thường")
                caption: qsTr("kiểu gõ")
                onTapped: Keyboard.method = (Keyboard.method === "telex" ? "vni" : Keyboard.method === "vni" ? "plain" : "telex")
            }
            Key {
                objectName: "key_digits"
                visible: Keyboard.layoutSwitchable
                width: letters.unit * 1.5
                small: true
                label: "123"
                onTapped: Keyboard.layout = "digits"
            }
            Key {
                objectName: "key_space"
                width: letters.unit * (Keyboard.layoutSwitchable ? 4.5 : 6) + (Keyboard.layoutSwitchable ? 0 : root.keyGap)
                label: qsTr("Dấu cách")
                small: true
                onTapped: Keyboard.press(" ")
            }
            Key {
                objectName: "key_next"
                width: letters.unit * 1.5
                small: true
                label: qsTr("Ô tiếp")
                onTapped: Keyboard.next()
            }
            Key {
                objectName: "key_hide"
                width: letters.unit * 1.5 + root.keyGap
                small: true
                label: qsTr("Ẩn")
                caption: qsTr("bàn phím")
                onTapped: Keyboard.hide()
            }
        }
    }
    // --- digits (ID numbers, phone numbers) ------------------------------
    Column {
        id: pad
        visible: root.digits
        anchors.top: parent.top
        anchors.topMargin: root.keyGap
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: root.keyGap
        readonly property real unit: Math.min((root.width - 6 * root.keyGap) / 5, root.rowHeight * 3)
        KeyRow {
            anchors.horizontalCenter: parent.horizontalCenter
            height: root.rowHeight
            spacing: root.keyGap
            unit: pad.unit
            keys: ["1", "2", "3"]
        }
        KeyRow {
            anchors.horizontalCenter: parent.horizontalCenter
            height: root.rowHeight
            spacing: root.keyGap
            unit: pad.unit
            keys: ["4", "5", "6"]
        }
        KeyRow {
            anchors.horizontalCenter: parent.horizontalCenter
            height: root.rowHeight
            spacing: root.keyGap
            unit: pad.unit
            keys: ["7", "8", "9"]
        }
        Row {
            height: root.rowHeight
            spacing: root.keyGap
            Key {
                objectName: "key_letters"
                width: pad.unit
                small: true
                enabled: Keyboard.layoutSwitchable
                opacity: enabled ? 1 : 0
                label: qsTr("Chữ (hộ chiếu)")
                onTapped: Keyboard.layout = "letters"
            }
            Key { objectName: "key_0"; width: pad.unit; label: "0"; onTapped: Keyboard.press("0") }
            Key { objectName: "key_backspace"; width: pad.unit; small: true; label: qsTr("Xoá"); repeats: true; onTapped: Keyboard.backspace() }
        }
        Row {
            spacing: root.keyGap
            Key { objectName: "key_next"; width: pad.unit * 1.5 + root.keyGap / 2; small: true; label: qsTr("Ô tiếp"); onTapped: Keyboard.next() }
            Key { objectName: "key_hide"; width: pad.unit * 1.5 + root.keyGap / 2; small: true; label: qsTr("Ẩn"); caption: qsTr("bàn phím"); onTapped: Keyboard.hide() }
        }
    }

    // A row of character keys, each `unit` wide (its height and spacing
    // are set where it is used).
    component KeyRow: Row {
        id: keyRow
        property var keys: []
        property real unit
        Repeater {
            model: keyRow.keys.map(k => ({ key: k, unit: keyRow.unit }))
            delegate: Key {
                required property var modelData
                objectName: "key_" + modelData.key
                width: modelData.unit
                label: Keyboard.shift ? modelData.key.toUpperCase() : modelData.key
                onTapped: Keyboard.press(modelData.key)
            }
        }
    }

    // One key: acts on release inside it; never takes the focus.
    component Key: Rectangle {
        id: key
        property string label
        // What the key shows (tests and accessibility read it).
        readonly property string text: label
        property string caption
        property bool small: false
        property bool tone: false
        property bool highlighted: false
        property bool repeats: false
        signal tapped()
        signal held()
        // As high as its row.
        height: parent ? parent.height : 0
        radius: Theme.radius / 2
        color: !enabled ? (Theme.contrast ? "#000000" : "#c8ced8")
             : touch.pressed ? Theme.accent
             : highlighted ? Theme.accent
             : tone ? (Theme.contrast ? "#000000" : "#fff4d6")
             : Theme.surface
        border.color: Theme.contrast ? Theme.text : "#b4bcc8"
        border.width: Theme.contrast ? 2 : 1
        Accessible.role: Accessible.Button
        Accessible.name: caption.length > 0 ? label + " " + caption : label
        Text {
            anchors.centerIn: parent
            anchors.verticalCenterOffset: key.caption.length > 0 ? -key.height * 0.14 : 0
            width: parent.width - 8
            horizontalAlignment: Text.AlignHCenter
            text: key.label
            font.pixelSize: key.small ? Math.round(Theme.fontSmall * 0.9) : Math.round(Theme.fontTitle * 0.85)
            font.bold: !key.small
            color: touch.pressed || key.highlighted ? "#ffffff" : Theme.text
            elide: Text.ElideRight
        }
        Text {
            visible: key.caption.length > 0
            anchors.bottom: parent.bottom
            anchors.bottomMargin: 4
            anchors.horizontalCenter: parent.horizontalCenter
            text: key.caption
            font.pixelSize: Math.round(Theme.fontSmall * 0.72)
            color: touch.pressed || key.highlighted ? "#ffffff" : Theme.muted
        }
        MouseArea {
            id: touch
            anchors.fill: parent
            enabled: key.enabled
            onClicked: if (!repeatTimer.fired) key.tapped()
            onPressAndHold: {
                if (key.repeats) {
                    repeatTimer.fired = true
                    key.tapped()
                    repeatTimer.start()
                } else {
                    key.held()
                }
            }
            onPressed: repeatTimer.fired = false
            onReleased: repeatTimer.stop()
            onCanceled: repeatTimer.stop()
        }
        Timer {
            id: repeatTimer
            property bool fired: false
            interval: 120
            repeat: true
            onTriggered: key.tapped()
        }
    }
}
