import QtQuick
import QtTest
import TiepDan.Backend
import TiepDan.Testing
import "../../qml"

// The citizen flow through the real screens, by touch (mouse clicks) and
// key presses, against a real database.
Item {
    id: root
    width: 1920
    height: 1080

    Component { id: servicePage; ServicePage { anchors.fill: parent } }
    Component { id: identityPage; IdentityPage { anchors.fill: parent } }
    Component { id: bookingPage; BookingPage { anchors.fill: parent } }
    Component { id: ticketPage; TicketPage { anchors.fill: parent } }

    function find(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = find(item.children[i], name)
            if (found)
                return found
        }
        // Flickable / ListView content
        if (item.contentItem && item.contentItem !== item) {
            const found = find(item.contentItem, name)
            if (found)
                return found
        }
        return null
    }

    TestCase {
        name: "KioskFlow"
        when: windowShown

        function init() {
            Kiosk.reset()
        }

        function test_selectService() {
            const page = createTemporaryObject(servicePage, root)
            const chosen = createTemporaryObject(signalSpyComponent, root, { target: page, signalName: "chosen" })
            const button = tryVerifyFind(page, "service_petition")
            mouseClick(button)
            compare(chosen.count, 1)
            compare(Kiosk.serviceId, "petition")
        }

        function test_enterIdentityWithKeysThenTakeTicket() {
            verify(Kiosk.chooseService("complaint"))
            const page = createTemporaryObject(identityPage, root)
            const done = createTemporaryObject(signalSpyComponent, root, { target: page, signalName: "done" })
            const name = tryVerifyFind(page, "nameField").input
            mouseClick(name)
            verify(name.activeFocus)
            // ASCII by key presses, composed letters by input-method commits.
            keyClick("L")
            Typist.commit("ê Th")
            Typist.commit("ị")
            for (const ch of " Hoa")
                keyClick(ch)
            compare(name.text, "Lê Thị Hoa")
            compare(Kiosk.name, "Lê Thị Hoa")
            const id = tryVerifyFind(page, "idField").input
            mouseClick(id)
            for (const ch of "001199004567")
                keyClick(ch)
            compare(Kiosk.idNumber, "001199004567")
            mouseClick(tryVerifyFind(page, "groupPlus"))
            compare(Kiosk.groupSize, 2)
            mouseClick(tryVerifyFind(page, "takeTicketButton"))
            compare(done.count, 1)
            verify(/^A-\d{3}$/.test(Kiosk.ticketLabel))
            // Nothing personal stays on screen or in the controller.
            compare(Kiosk.name, "")
            compare(name.text, "")
        }

        function test_badIdNumberShowsMessageAndKeepsEntry() {
            verify(Kiosk.chooseService("complaint"))
            const page = createTemporaryObject(identityPage, root)
            const done = createTemporaryObject(signalSpyComponent, root, { target: page, signalName: "done" })
            mouseClick(tryVerifyFind(page, "nameField").input)
            verify(Typist.commit("Nguyễn Văn An"))
            const id = tryVerifyFind(page, "idField")
            mouseClick(id.input)
            for (const ch of "12345")
                keyClick(ch)
            mouseClick(tryVerifyFind(page, "takeTicketButton"))
            compare(done.count, 0)
            compare(Kiosk.errorField, "idNumber")
            verify(id.error.length > 0)
            compare(id.input.text, "12345")
        }

        function test_idleResetClearsFields() {
            verify(Kiosk.chooseService("petition"))
            const page = createTemporaryObject(identityPage, root)
            const name = tryVerifyFind(page, "nameField").input
            mouseClick(name)
            verify(Typist.commit("Trần Văn Bình"))
            compare(Kiosk.name, "Trần Văn Bình")
            const reset = createTemporaryObject(signalSpyComponent, root, { target: Kiosk, signalName: "idleReset" })
            Kiosk.touch()
            Kiosk.advanceIdle(10000)
            compare(reset.count, 1)
            compare(Kiosk.name, "")
            compare(Kiosk.serviceId, "")
            compare(name.text, "")
        }

        function test_bookingAFullSessionIsRefused() {
            Kiosk.refreshSessions()
            let page = createTemporaryObject(bookingPage, root)
            let first = tryVerifyFind(page, "session_0")
            const capacity = Kiosk.leaderSessions.count > 0 ? first.capacity : 0
            verify(capacity > 0)
            for (let i = first.capacity - first.placesLeft; i < capacity; ++i) {
                verify(Kiosk.chooseSession(first.sessionKey))
                verify(Kiosk.takeTicket())
            }
            page.destroy()
            page = createTemporaryObject(bookingPage, root)
            const chosen = createTemporaryObject(signalSpyComponent, root, { target: page, signalName: "chosen" })
            first = tryVerifyFind(page, "session_0")
            compare(first.placesLeft, 0)
            verify(!first.enabled)
            mouseClick(first)
            compare(chosen.count, 0)
            verify(!Kiosk.chooseSession(first.sessionKey))
            compare(Kiosk.errorField, "sessionFull")
        }

        function test_ticketScreenShowsQr() {
            verify(Kiosk.chooseService("info"))
            verify(Kiosk.takeTicket())
            const page = createTemporaryObject(ticketPage, root)
            const qr = tryVerifyFind(page, "ticketQr")
            tryCompare(qr, "status", Image.Ready)
            verify(qr.implicitWidth > 100)
            compare(tryVerifyFind(page, "ticketLabel").text, Kiosk.ticketLabel)
        }

        function tryVerifyFind(page, name) {
            let item = null
            tryVerify(() => { item = root.find(page, name); return item !== null }, 2000, "no item " + name)
            return item
        }
    }

    Component { id: signalSpyComponent; SignalSpy {} }
}
