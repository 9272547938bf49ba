import QtQuick
import QtQuick.Controls
import TiepDan.Backend

// The citizen kiosk: one screen at a time, chosen by `screen`.
ApplicationWindow {
    id: window
    width: 1920
    height: 1080
    visible: true
    title: qsTr("Tiếp công dân")
    color: Theme.bg

    property string screen: "welcome"
    // Set by the C++ side when an officer unlocked the exit.
    property bool exitAllowed: false

    function showScreen(name) {
        if (name === "welcome")
            Kiosk.reset()
        screen = name
    }

    Binding { target: Theme; property: "base"; value: Math.min(window.width, window.height) }
    Binding { target: Theme; property: "large"; value: Kiosk.largeText }
    Binding { target: Theme; property: "contrast"; value: Kiosk.highContrast }

    onClosing: (close) => { close.accepted = window.exitAllowed }

    property bool pinPadOpen: false
    // Never on the status screen: its field is fed by the QR scanner, which
    // types like a keyboard, and the keyboard would hide the answer.
    readonly property bool keyboardOpen: keyboard.status === Loader.Ready && Keyboard.visible && screen !== "status"

    Connections {
        target: Kiosk
        function onIdleReset() { window.screen = "welcome"; window.pinPadOpen = false }
        function onExitUnlocked() { window.exitAllowed = true; Qt.quit() }
    }

    Item {
        id: content
        anchors.fill: parent
        anchors.bottomMargin: window.keyboardOpen ? keyboard.height : 0

        Loader {
            id: page
            anchors.fill: parent
            sourceComponent: {
                switch (window.screen) {
                case "services": return servicesScreen
                case "identity": return identityScreen
                case "booking": return bookingScreen
                case "ticket": return ticketScreen
                case "status": return statusScreen
                default: return welcomeScreen
                }
            }
        }
    }

    Component { id: welcomeScreen; WelcomePage {} }
    Component { id: servicesScreen; ServicePage {} }
    Component { id: identityScreen; IdentityPage {} }
    Component { id: bookingScreen; BookingPage {} }
    Component { id: ticketScreen; TicketPage {} }
    Component { id: statusScreen; StatusPage {} }
    // Where each screen leads (connected here, where the window is known).
    Connections {
        target: page.item as WelcomePage
        function onOfficerRequested() { window.pinPadOpen = true }
        function onTakeNumber() { window.showScreen("services") }
        function onBookLeader() { window.screen = "booking" }
        function onCheckStatus() { window.screen = "status" }
        function onRecentTicket() { if (Kiosk.showRecentTicket()) window.screen = "ticket" }
    }
    Connections {
        target: page.item as ServicePage
        function onBack() { window.showScreen("welcome") }
        function onChosen() { window.screen = "identity" }
    }
    Connections {
        target: page.item as IdentityPage
        function onBack() { window.screen = Kiosk.sessionKey.length > 0 ? "booking" : "services" }
        function onDone() { window.screen = "ticket" }
    }
    Connections {
        target: page.item as BookingPage
        function onBack() { window.showScreen("welcome") }
        function onChosen() { window.screen = "identity" }
    }
    Connections {
        target: page.item as TicketPage
        function onDone() { window.showScreen("welcome") }
    }
    Connections {
        target: page.item as StatusPage
        function onBack() { window.showScreen("welcome") }
        function onCheckedIn() { window.screen = "ticket" }
    }

    // Overlays are created when first needed, not at start-up.
    Loader {
        id: pinPad
        anchors.fill: parent
        z: 50
        active: window.pinPadOpen && Kiosk.exitPossible
        sourceComponent: PinPad {}
    }
    Connections {
        target: pinPad.item as PinPad
        function onClosed() { window.pinPadOpen = false }
    }

    // The idle warning covers everything, the keyboard too: its countdown
    // and "Tiếp tục" must be seen and reachable while a citizen is typing.
    Loader {
        anchors.fill: parent
        z: 200
        active: Kiosk.idleWarning && window.screen !== "welcome"
        sourceComponent: IdleBanner {}
    }

    // The keyboard loads right after the first frame (asynchronously), long
    // before a citizen can reach a text field.
    Loader {
        id: keyboard
        objectName: "keyboardPanel"
        z: 100
        width: window.width
        height: implicitHeight // the keyboard's
        y: window.keyboardOpen ? window.height - height : window.height
        visible: window.keyboardOpen
        active: false
        asynchronous: true
        sourceComponent: OnScreenKeyboard {}
    }
    Connections {
        target: window
        enabled: !keyboard.active
        function onFrameSwapped() { keyboard.active = true }
    }
}
