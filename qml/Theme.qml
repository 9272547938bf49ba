pragma Singleton
import QtQuick

// Sizes scale with the window's shorter side so that 1920x1080 and
// 1280x800, landscape or portrait, keep the same proportions. Touch targets
// are at least `touch` px: 96 px at 1080 px is about 20 mm on a 24" screen.
QtObject {
    property real base: 1080
    property bool large: false
    property bool contrast: false
    readonly property real k: base / 1080 * (large ? 1.25 : 1.0)

    readonly property real touch: Math.max(64, 96 * base / 1080)
    readonly property real gap: 24 * base / 1080
    readonly property real radius: 16 * base / 1080

    readonly property int fontSmall: Math.round(26 * k)
    readonly property int fontBody: Math.round(32 * k)
    readonly property int fontTitle: Math.round(46 * k)
    readonly property int fontHuge: Math.round(150 * k)

    readonly property color bg: contrast ? "#000000" : "#f3f6fa"
    readonly property color surface: contrast ? "#000000" : "#ffffff"
    readonly property color text: contrast ? "#ffff00" : "#14213d"
    readonly property color muted: contrast ? "#ffffff" : "#4a5568"
    readonly property color primary: contrast ? "#ffff00" : "#b3121b"
    readonly property color textOnPrimary: contrast ? "#000000" : "#ffffff"
    readonly property color accent: contrast ? "#00ffff" : "#0b5394"
    readonly property color border: contrast ? "#ffff00" : "#d0d7e2"
    readonly property color danger: contrast ? "#ff6060" : "#b00020"
    // Attention that is not an error of the user's (a lost connection).
    readonly property color warning: contrast ? "#ffff00" : "#ffcc33"
    readonly property color textOnWarning: contrast ? "#000000" : "#14213d"

    // The waiting-room display: light on dark blue, read across the room.
    readonly property color displayInk: "#ffffff"
    readonly property color displaySoft: "#b9c6da"
    readonly property color displayGold: "#ffd24d"
}
