import QtQuick
import TiepDan.Backend

// The on-screen keyboard docked at the bottom of a PC screen (desk, leader)
// when its user turned it on in the header (a touchscreen desk). Loaded on
// first use only. The screen keeps its content above `height`.
Loader {
    id: root
    anchors.left: parent.left
    anchors.right: parent.right
    anchors.bottom: parent.bottom
    z: 100
    active: Keyboard.enabled
    visible: active && Keyboard.visible
    // A Loader's implicit height is its item's.
    height: visible ? implicitHeight : 0
    sourceComponent: OnScreenKeyboard { rowHeight: Theme.touch * 0.7 }
}
