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

    // What LeaderController reports as codes, in words: its error kinds
    // (a refused date or period by its field) and a refused period or filter.
    function errorText(kind) {
        switch (kind) {
        case "denied": return Leader.signedIn ? qsTr("Tài khoản này không được phép xem nội dung này.")
                                              : qsTr("Sai tên đăng nhập hoặc mã PIN, hoặc tài khoản đang bị khóa.")
        case "notFound": return qsTr("Không tìm thấy bản ghi.")
        case "invalid":
            switch (Leader.errorField) {
            case "reason": return qsTr("Ghi rõ lý do mở danh tính (ít nhất %1 ký tự).").arg(Limits.unsealReasonMin)
            case "from": case "to": case "period": return periodErrorText(Leader.errorField)
            default: return qsTr("Thông tin chưa đúng.")
            }
        case "": return ""
        default: return qsTr("Không đọc được dữ liệu. Báo quản trị viên.")
        }
    }
    function periodErrorText(field) {
        switch (field) {
        case "": return ""
        case "from": return qsTr("Ngày bắt đầu chưa đúng: viết ngày/tháng/năm, ví dụ 01/12/2026.")
        case "to": return qsTr("Ngày kết thúc chưa đúng: viết ngày/tháng/năm, ví dụ 31/12/2026.")
        case "period": return qsTr("Kỳ không hợp lệ: ngày kết thúc phải cùng ngày hoặc sau ngày bắt đầu, và kỳ dài không quá 10 năm.")
        default: return qsTr("Bộ lọc chưa đúng. Chọn lại rồi bấm Lọc.")
        }
    }
    // A refused date or period is said beside its fields, not as the view's error.
    readonly property bool periodRefused: Leader.errorField === "from" || Leader.errorField === "to"
                                          || Leader.errorField === "period"

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
        error: Leader.signedIn ? "" : window.errorText(Leader.errorKind)
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
            text: window.periodRefused ? "" : window.errorText(Leader.errorKind)
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
            LeaderLog { filterErrorText: window.periodErrorText(Leader.filterError) }
            LeaderStatistics { periodErrorText: window.periodErrorText(Leader.periodError) }
        }
    }

    LeaderRecord {
        id: record
        objectName: "recordPanel"
        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        anchors.bottomMargin: dock.height + Theme.gap / 2
        visible: Leader.signedIn && Leader.record.open
        errorText: window.errorText(Leader.errorKind)
    }

    KeyboardDock { id: dock }
}
