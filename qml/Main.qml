import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
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

    // Vietnamese typing with diacritics (Telex-style layout of Qt Virtual
    // Keyboard), English as the second layout.
    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["vi_VN", "en_US"]
        VirtualKeyboardSettings.locale = "vi_VN"
    }

    property bool pinPadOpen: false

    Connections {
        target: Kiosk
        function onIdleReset() { window.screen = "welcome"; window.pinPadOpen = false }
        function onExitUnlocked() { window.exitAllowed = true; Qt.quit() }
    }

    Item {
        id: content
        anchors.fill: parent
        anchors.bottomMargin: keyboard.active ? keyboard.height : 0

        Loader {
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

    Component {
        id: welcomeScreen
        WelcomePage {
            onOfficerRequested: window.pinPadOpen = true
            onTakeNumber: window.showScreen("services")
            onBookLeader: window.screen = "booking"
            onCheckStatus: window.screen = "status"
        }
    }
    Component {
        id: servicesScreen
        ServicePage {
            onBack: window.showScreen("welcome")
            onChosen: window.screen = "identity"
        }
    }
    Component {
        id: identityScreen
        IdentityPage {
            onBack: window.screen = Kiosk.sessionKey.length > 0 ? "booking" : "services"
            onDone: window.screen = "ticket"
        }
    }
    Component {
        id: bookingScreen
        BookingPage {
            onBack: window.showScreen("welcome")
            onChosen: window.screen = "identity"
        }
    }
    Component {
        id: ticketScreen
        TicketPage { onDone: window.showScreen("welcome") }
    }
    Component {
        id: statusScreen
        StatusPage {
            onBack: window.showScreen("welcome")
            onCheckedIn: window.screen = "ticket"
        }
    }

    PinPad {
        anchors.fill: parent
        z: 50
        visible: window.pinPadOpen && Kiosk.exitPossible
        onClosed: window.pinPadOpen = false
    }

    IdleBanner {
        anchors.fill: parent
        visible: Kiosk.idleWarning && window.screen !== "welcome"
    }

    InputPanel {
        id: keyboard
        z: 100
        width: window.width
        y: active ? window.height - height : window.height
    }
}
