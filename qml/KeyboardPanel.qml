import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// The on-screen keyboard: Vietnamese typing with diacritics (Telex-style
// layout of Qt Virtual Keyboard), English as the second layout. Kept in its
// own file so that Main.qml can load it after the first frame: the keyboard
// module is the heaviest part of the kiosk's start-up.
InputPanel {
    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["vi_VN", "en_US"]
        VirtualKeyboardSettings.locale = "vi_VN"
    }
}
