import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TiepDan.Backend

// The officer desk (reception-kiosk --mode desk): sign in, then today's
// queue on the left and the counter's current ticket with its actions on
// the right. Every action goes through Desk (DeskController), which checks
// the signed-in role; this screen only shows and forwards. What is typed in
// the recording form is kept as a draft on this PC (Desk.draft): closing
// the window asks first, and a draft left behind is offered back.
ApplicationWindow {
    id: window
    width: 1920
    height: 1080
    visible: true
    title: qsTr("Quầy tiếp công dân")
    color: Theme.bg

    // A desk PC is read at arm's length: a little denser than the kiosk.
    Binding { target: Theme; property: "base"; value: Math.min(window.width, window.height) * 0.8 }

    // The officer chose to close with the draft kept.
    property bool closeConfirmed: false
    onClosing: (close) => {
        if (closeConfirmed || !recordForm.visible || !recordForm.dirty)
            return
        close.accepted = false
        closeDialog.open()
    }

    // What DeskController reports as codes, in words: its error kinds and
    // why the desk is at the sign-in screen again.
    function errorText(kind) {
        switch (kind) {
        case "denied": return Desk.signedIn ? qsTr("Tài khoản này không được phép làm việc này.")
                                            : qsTr("Sai tên đăng nhập hoặc mã PIN, hoặc tài khoản đang bị khóa.")
        case "notFound": return qsTr("Không còn ai chờ ở quầy này.")
        case "conflict": return qsTr("Số này không ở trạng thái cho phép thao tác đó.")
        case "invalid": return qsTr("Thông tin chưa đúng.")
        case "offline": return qsTr("Chưa làm được: mất kết nối với máy chủ văn phòng. Thử lại khi có kết nối.")
        case "": return ""
        default: return qsTr("Lỗi lưu dữ liệu. Báo quản trị viên.")
        }
    }
    function signOutText(reason) {
        switch (reason) {
        case "idle": return qsTr("Đã tự đăng xuất vì lâu không thao tác.")
        case "restart": return qsTr("Máy chủ văn phòng (máy ki-ốt) vừa khởi động lại nên phiên làm việc đã hết. Vui lòng đăng nhập lại.")
        case "denied": return qsTr("Phiên làm việc đã kết thúc (tài khoản bị khóa, đổi quyền hoặc hết hạn). Vui lòng đăng nhập lại.")
        default: return ""
        }
    }

    // Delivery to the department server, in one line (details:
    // receptionctl sync status).
    function syncText() {
        if (!Desk.syncEnabled)
            return qsTr("Đồng bộ với máy chủ Sở: chưa bật · %1 bản ghi chờ gửi").arg(Desk.syncPending)
        var parts = [qsTr("Đồng bộ: %1 chờ gửi").arg(Desk.syncPending)]
        parts.push(Desk.syncLastSuccess.length > 0 ? qsTr("gửi được lần cuối %1").arg(Desk.syncLastSuccess)
                                                   : qsTr("chưa gửi được lần nào"))
        if (Desk.syncPending > 0 && Desk.syncLastError.length > 0)
            parts.push(qsTr("lỗi: %1").arg(Desk.syncLastError))
        if (Desk.syncRejected > 0)
            parts.push(qsTr("%1 bị máy chủ từ chối: %2").arg(Desk.syncRejected).arg(Desk.syncRejectedReason))
        return parts.join(" · ")
    }

    footer: Rectangle {
        visible: Desk.signedIn
        implicitHeight: syncLine.implicitHeight + Theme.gap
        color: Theme.surface
        border.color: Theme.border
        Text {
            id: syncLine
            objectName: "syncLine"
            anchors.fill: parent
            anchors.leftMargin: Theme.gap
            anchors.rightMargin: Theme.gap
            verticalAlignment: Text.AlignVCenter
            text: window.syncText()
            color: Desk.syncRejected > 0 || (Desk.syncPending > 0 && Desk.syncLastError.length > 0) ? Theme.danger : Theme.muted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }

    header: ColumnLayout {
        spacing: 0
        AppHeader {
            Layout.fillWidth: true
            title: Desk.officeName + "  ·  " + Desk.counterName
            userName: Desk.userName
            signedIn: Desk.signedIn
            language: Desk.language
            onLanguageToggled: Desk.language = (Desk.language === "vi" ? "en" : "vi")
            onSignOutRequested: {
                if (recordForm.visible && recordForm.dirty)
                    recordForm.keepDraft()
                Desk.signOut()
            }
        }
        // The LAN to the kiosk PC (the office hub) is gone: said plainly, and
        // the queue's actions wait (docs/lan-hub.md). The desk reconnects by itself.
        Rectangle {
            objectName: "offlineBanner"
            Layout.fillWidth: true
            visible: !Desk.online
            implicitHeight: offlineText.implicitHeight + Theme.gap
            color: Theme.warning
            Text {
                id: offlineText
                anchors.fill: parent
                anchors.leftMargin: Theme.gap
                anchors.rightMargin: Theme.gap
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Mất kết nối với máy chủ văn phòng (%1), đang tự kết nối lại. Chưa gọi số được; nội dung đang ghi vẫn được giữ.").arg(Desk.officeAddress)
                color: Theme.textOnWarning
                font.pixelSize: Theme.fontSmall
                font.bold: true
                wrapMode: Text.WordWrap
            }
        }
        // A recording left unsaved last time (window closed, PC restarted).
        Rectangle {
            objectName: "draftBanner"
            Layout.fillWidth: true
            visible: Desk.signedIn && Desk.draft.exists && !recordForm.visible
            implicitHeight: draftRow.implicitHeight + Theme.gap / 2
            color: "#e6effa"
            RowLayout {
                id: draftRow
                anchors.fill: parent
                anchors.leftMargin: Theme.gap
                anchors.rightMargin: Theme.gap / 2
                spacing: Theme.gap / 2
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Có bản ghi sổ đang nhập dở, lưu lúc %1.").arg(Desk.draft.keptAt)
                          + (Desk.draft.identityLeftOut ? " " + qsTr("Danh tính người tố cáo không được lưu trên máy này, cần nhập lại.") : "")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                ActionButton {
                    objectName: "draftRestoreButton"
                    tone: "primary"
                    text: qsTr("Mở lại bản nháp")
                    onClicked: window.openRecord(false, Desk.draft.form())
                }
                ActionButton {
                    objectName: "draftDiscardButton"
                    text: qsTr("Bỏ bản nháp")
                    onClicked: discardDialog.open()
                }
            }
        }
    }

    function openRecord(withTicket, draft) {
        Desk.clearError()
        recordForm.withTicket = withTicket
        recordForm.visible = true
        if (draft)
            recordForm.load(draft)
        else if (withTicket)
            recordForm.prefillFromTicket()
    }

    Item {
        id: content
        anchors.fill: parent
        anchors.bottomMargin: keyboardDock.height

        DeskFirstAdmin {
            anchors.fill: parent
            visible: !Desk.signedIn && Desk.needsFirstAdmin
        }

        SignInPanel {
            id: signIn
            anchors.fill: parent
            visible: !Desk.signedIn && !Desk.needsFirstAdmin
            title: qsTr("Đăng nhập quầy tiếp công dân")
            reason: window.signOutText(Desk.signOutReason)
            error: !Desk.signedIn && Desk.errorKind.length > 0 ? window.errorText(Desk.errorKind) : ""
            onSignInRequested: (login, pin) => signIn.finished(Desk.signIn(login, pin))
        }

        // --- an administrator's desk: no queue -------------------------------
        Text {
            anchors.centerIn: parent
            width: parent.width * 0.7
            visible: Desk.signedIn && Desk.userRole === "admin"
            text: qsTr("Quản trị viên không gọi số. Thêm tài khoản cán bộ, lãnh đạo bằng lệnh: receptionctl user add TÊN --name \"Họ và tên\" --role officer --as %1").arg(Desk.userLogin)
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }

        RowLayout {
            anchors.fill: parent
            anchors.margins: Theme.gap
            spacing: Theme.gap
            visible: Desk.signedIn && Desk.userRole !== "admin"
            enabled: Desk.online
            DeskQueue {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
            }
            DeskCounter {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                errorText: window.errorText(Desk.errorKind)
                onRecordRequested: (withTicket) => window.openRecord(withTicket)
            }
        }

        // --- recording a visit (over the queue) -------------------------------
        RecordForm {
            id: recordForm
            objectName: "recordForm"
            anchors.fill: parent
            anchors.margins: Theme.gap / 2
            visible: false
            onClosed: visible = false
            // Signed out (idle, or by hand): the form closes with the session;
            // what was typed stays as the officer's draft.
            Connections {
                target: Desk
                function onSessionChanged() {
                    if (!Desk.signedIn && recordForm.visible) {
                        recordForm.visible = false
                        recordForm.clear()
                    }
                }
            }
        }
    }

    KeyboardDock { id: keyboardDock }

    ConfirmDialog {
        id: closeDialog
        objectName: "closeDialog"
        title: qsTr("Bản ghi sổ đang nhập chưa được lưu")
        message: qsTr("Nội dung sẽ được giữ làm bản nháp trên máy này và mở lại được ở lần đăng nhập sau.")
                 + (recordForm.confidential ? " " + qsTr("Danh tính người tố cáo không được lưu trên máy; khi mở lại cần nhập lại.") : "")
        confirmText: qsTr("Giữ bản nháp và đóng")
        cancelText: qsTr("Quay lại ghi tiếp")
        onConfirmed: {
            recordForm.keepDraft()
            window.closeConfirmed = true
            window.close()
        }
    }
    ConfirmDialog {
        id: discardDialog
        objectName: "discardDialog"
        danger: true
        title: qsTr("Bỏ bản ghi đang nhập dở?")
        message: qsTr("Nội dung của bản nháp sẽ bị xóa và không lấy lại được.")
        confirmText: qsTr("Bỏ bản nháp")
        onConfirmed: Desk.draft.discard()
    }
}
