import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml"

// The shared components of the PC screens, used as a person would.
Item {
    id: root
    width: 1280
    height: 800

    ChoiceBox {
        id: choice
        width: 400
        choices: [{ value: "a", text: "Một" }, { value: "b", text: "Hai" }, { value: "c", text: "Ba" }]
    }
    DateField { id: date; y: 120; width: 400 }
    ConfirmDialog { id: dialog; title: "Chuyển số A-001?"; confirmText: "Chuyển" }
    SignalSpy { id: confirmed; target: dialog; signalName: "confirmed" }

    TestCase {
        name: "Components"
        when: windowShown

        function test_choiceKeepsItsValueWhenRelabelled() {
            choice.select("b")
            compare(choice.value, "b")
            // The language changed: same values, other words.
            choice.choices = [{ value: "a", text: "One" }, { value: "b", text: "Two" }, { value: "c", text: "Three" }]
            compare(choice.value, "b")
            choice.currentIndex = 0 // a form's clear()
            compare(choice.value, "a")
            choice.select("zzz")
            compare(choice.value, "a")
        }

        function test_dateFieldReadsWhatPeopleWrite_data() {
            return [
                { tag: "dd/MM/yyyy", text: "01/12/2026", iso: "2026-12-01" },
                { tag: "d/M/yyyy", text: "1/2/2026", iso: "2026-02-01" },
                { tag: "dots", text: "31.12.2026", iso: "2026-12-31" },
                { tag: "ISO", text: "2026-12-01", iso: "2026-12-01" },
                { tag: "31 February", text: "31/02/2026", iso: "" },
                { tag: "month 13", text: "01/13/2026", iso: "" },
                { tag: "words", text: "hôm nay", iso: "" },
            ]
        }
        function test_dateFieldReadsWhatPeopleWrite(data) {
            date.text = data.text
            compare(date.iso, data.iso)
            compare(date.valid, data.iso.length > 0)
        }

        function test_confirmDialogActsOnlyOnItsButton() {
            confirmed.clear()
            dialog.open()
            tryCompare(dialog, "opened", true)
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
            compare(confirmed.count, 0)
            dialog.open()
            tryCompare(dialog, "opened", true)
            const accept = findChild(dialog.contentItem, "confirmAccept")
            verify(accept !== null)
            mouseClick(accept)
            compare(confirmed.count, 1)
        }
    }
}
