import QtQuick
import QtQuick.Controls
import QtTest
import TiepDan.Backend
import "../../qml"

// The on-screen keyboard on a real field, by mouse clicks on its keys:
// every tap lands in the field at once (nothing left composing), tones and
// diacritic letters, Telex, auto capitals for names, digits for numbers.
Item {
    id: root
    width: 1280
    height: 800

    TextField { id: nameField; y: 10; width: 600; inputMethodHints: Qt.ImhPreferUppercase }
    TextField { id: plainField; y: 70; width: 600; inputMethodHints: Qt.ImhNoAutoUppercase }
    TextField { id: phoneField; y: 130; width: 600; inputMethodHints: Qt.ImhDialableCharactersOnly }
    TextField { id: shortField; y: 190; width: 600; maximumLength: 5 }
    TextField { id: idField; x: 700; y: 190; width: 500; inputMethodHints: Qt.ImhPreferNumbers }
    OnScreenKeyboard { id: keyboard; y: 260; width: root.width; height: implicitHeight }

    function find(item, name) {
        if (item.objectName === name && item.visible)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = find(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    TestCase {
        name: "OnScreenKeyboard"
        when: windowShown

        function init() {
            Keyboard.method = "telex"
            for (const f of [nameField, plainField, phoneField, shortField, idField])
                f.text = ""
        }

        function tap(name) {
            const key = root.find(keyboard, name)
            verify(key !== null, "no key " + name)
            mouseClick(key)
        }

        function test_tonesAndLettersGoStraightIntoTheField() {
            mouseClick(nameField)
            verify(nameField.activeFocus)
            compare(Keyboard.layout, "letters")
            verify(Keyboard.shift) // a name: capital at each word's start
            for (const k of ["key_đ", "key_ô", "tone_4", "key_space", "key_t", "key_h", "key_i", "tone_5"])
                tap(k)
            compare(nameField.text, "Đỗ Thị")
            verify(nameField.activeFocus) // the keys never took the focus
        }

        function test_telexByTaps() {
            mouseClick(nameField)
            for (const c of "nguyeenx")
                tap("key_" + c)
            compare(nameField.text, "Nguyễn")
            compare(Keyboard.tonePreview[0], "Nguyến")
            tap("tone_1")
            compare(nameField.text, "Nguyến")
        }

        function test_plainMethodTypesLetters() {
            Keyboard.method = "plain"
            mouseClick(plainField)
            verify(!Keyboard.shift)
            for (const c of "aas")
                tap("key_" + c)
            compare(plainField.text, "aas")
            tap("key_backspace")
            tap("key_backspace")
            tap("tone_1")
            compare(plainField.text, "á")
        }

        function test_backspaceAndSpace() {
            mouseClick(plainField)
            for (const k of ["key_a", "key_space", "key_b", "key_backspace"])
                tap(k)
            compare(plainField.text, "a ")
        }

        function test_phoneFieldGetsTheDigitPad() {
            mouseClick(phoneField)
            compare(Keyboard.layout, "digits")
            for (const d of "0912")
                tap("key_" + d)
            compare(phoneField.text, "0912")
        }

        function test_nextFieldAndDigitPadSwitch() {
            mouseClick(nameField)
            tap("key_next")
            verify(plainField.activeFocus, "Ô tiếp did not move to the next field")
            mouseClick(idField)
            compare(Keyboard.layout, "digits")
            verify(Keyboard.layoutSwitchable)
            tap("key_letters")
            compare(Keyboard.layout, "letters")
            tap("key_b")
            tap("key_digits")
            compare(Keyboard.layout, "digits")
            tap("key_1")
            compare(idField.text, "B1")
        }

        function test_fullFieldRefusesMore() {
            mouseClick(shortField)
            for (const c of "abcdefg")
                tap("key_" + c)
            compare(shortField.text, "Abcde")
        }
    }
}
