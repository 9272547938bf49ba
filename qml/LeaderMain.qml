import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TiepDan.Backend

// The leader view (reception-kiosk --mode leader): sign in, then an
// overview (deadline watch and the period's figures), the reception log
// book and statistics beside the same period a year earlier, a record over
// them. Every read goes through Leader (LeaderController), which checks
// the signed-in role; these screens only show and forward.
ApplicationWindow {
    id: window
    // The whole screen of a leader's PC (up to 1920x1080), a laptop's too.
    width: Math.min(1920, Screen.desktopAvailableWidth > 0 ? Screen.desktopAvailableWidth : 1920)
    height: Math.min(1080, Screen.desktopAvailableHeight > 0 ? Screen.desktopAvailableHeight : 1080)
    visible: true
    title: qsTr("Lãnh đạo: sổ tiếp công dân và thống kê")
    color: Theme.bg

    // Read at a desk with a mouse: a little denser than the kiosk.
    Binding { target: Theme; property: "base"; value: Math.min(window.width, window.height) * 0.9 }

    // A tab of the view: large, the chosen one on white like its page.
    component LeaderTab: TabButton {
        id: tab
        implicitHeight: Theme.touch * 0.8
        font.pixelSize: Theme.fontBody
        font.bold: tab.checked
        contentItem: Text {
            text: tab.text
            font: tab.font
            color: !tab.enabled ? Theme.border : tab.checked ? Theme.primary : Theme.text
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
        }
        background: Rectangle {
            color: tab.checked ? Theme.surface : Theme.bg
            border.color: tab.visualFocus ? Theme.accent : Theme.border
            border.width: tab.visualFocus ? 3 : 1
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 5
                color: tab.checked ? Theme.primary : "transparent"
            }
        }
    }

    header: AppHeader {
        title: Leader.remote ? qsTr("Toàn tỉnh · %1").arg(Leader.sourceLabel) : Leader.officeName
        userName: Leader.userName
        signedIn: Leader.signedIn
        language: Leader.language
        onLanguageToggled: Leader.language = (Leader.language === "vi" ? "en" : "vi")
        onSignOutRequested: Leader.signOut()
    }

    SignInPanel {
        id: signIn
        anchors.fill: parent
        anchors.bottomMargin: dock.height
        visible: !Leader.signedIn
        title: qsTr("Đăng nhập: sổ tiếp công dân và thống kê")
        reason: Leader.signOutReason === "idle" ? qsTr("Đã tự đăng xuất vì lâu không thao tác.") : ""
        error: Leader.signedIn ? "" : LeaderWords.errorText(Leader.errorKind)
        onSignInRequested: (login, pin) => signIn.finished(Leader.signIn(login, pin))
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        anchors.bottomMargin: dock.height + Theme.gap / 2
        visible: Leader.signedIn
        spacing: Theme.gap / 3

        TabBar {
            id: tabs
            objectName: "leaderTabs"
            Layout.fillWidth: true
            background: Rectangle { color: Theme.bg }
            LeaderTab { objectName: "overviewTab"; text: qsTr("Tổng quan"); enabled: Leader.mayReadStatistics }
            LeaderTab { objectName: "logTab"; text: qsTr("Sổ tiếp công dân") }
            LeaderTab { objectName: "statisticsTab"; text: qsTr("Thống kê"); enabled: Leader.mayReadStatistics }
            // An officer reads the log book only.
            Connections {
                target: Leader
                function onSessionChanged() {
                    if (Leader.signedIn)
                        tabs.currentIndex = Leader.mayReadStatistics ? 0 : 1
                }
            }
        }
        // Errors other than a period's (said beside its picker) and a record's.
        Text {
            objectName: "viewError"
            Layout.fillWidth: true
            visible: text.length > 0 && !record.visible
            text: ["from", "to", "period"].indexOf(Leader.errorField) >= 0 ? "" : LeaderWords.errorText(Leader.errorKind)
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            font.bold: true
            wrapMode: Text.WordWrap
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex
            LeaderOverview {}
            LeaderLog {}
            LeaderStatistics {}
        }
    }

    LeaderRecord {
        id: record
        objectName: "recordPanel"
        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        anchors.bottomMargin: dock.height + Theme.gap / 2
        visible: Leader.signedIn && Leader.record.id !== undefined
    }

    KeyboardDock { id: dock }
}
