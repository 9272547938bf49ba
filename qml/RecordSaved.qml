import QtQuick
import QtQuick.Layouts
import TiepDan.Backend

// The record just saved (Desk.lastRecord): its book number, who came (or
// "(bảo mật)"), the matter's legal deadlines, and for a head's or deputy's
// reception the conclusion notice to save for printing.
ColumnLayout {
    id: root
    signal finished()
    readonly property savedRecord saved: Desk.lastRecord
    spacing: Theme.gap / 2
    Text {
        objectName: "savedTitle"
        Layout.fillWidth: true
        text: qsTr("Đã ghi vào sổ tiếp công dân: số %1, %2").arg(root.saved.book).arg(root.saved.date)
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    Text {
        Layout.fillWidth: true
        text: root.saved.sealed
              ? (root.saved.anonymous ? qsTr("Tố cáo nặc danh: không có danh tính.")
                                           : qsTr("Người tố cáo: (bảo mật). Danh tính đã được niêm phong; chỉ lãnh đạo được mở và việc mở được ghi lại."))
              : qsTr("Công dân: %1").arg(root.saved.name)
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    Text {
        Layout.fillWidth: true
        visible: root.saved.repeat
        text: qsTr("Lần tiếp tái diễn: đã ghi vào vụ việc đang mở của người này.")
        font.pixelSize: Theme.fontBody
        color: Theme.accent
        wrapMode: Text.WordWrap
    }
    Text {
        Layout.fillWidth: true
        visible: root.saved.deadlines.length > 0
        text: qsTr("Thời hạn theo quy định:")
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
    }
    Column {
        Layout.fillWidth: true
        spacing: 4
        Repeater {
            model: root.saved.deadlines
            delegate: Text {
                required property recordDeadline modelData
                width: parent ? parent.width : 0
                text: "• " + (Desk.language === "en" ? modelData.labelEn : modelData.labelVi) + ": " + modelData.due
                      + " — " + modelData.legalBasis
                font.pixelSize: Theme.fontSmall
                color: Theme.text
                wrapMode: Text.WordWrap
            }
        }
    }
    Item { Layout.fillHeight: true }
    Text {
        objectName: "noticeSaved"
        Layout.fillWidth: true
        visible: Desk.noticePath.length > 0
        text: qsTr("Đã lưu thông báo kết luận để in: %1").arg(Desk.noticePath)
        font.pixelSize: Theme.fontSmall
        color: Theme.accent
        wrapMode: Text.WrapAnywhere
    }
    BigButton {
        objectName: "saveNoticeButton"
        Layout.fillWidth: true
        visible: root.saved.hasConclusion
        text: Desk.noticePath.length > 0 ? qsTr("Lưu lại thông báo kết luận (PDF)") : qsTr("Lưu thông báo kết luận (PDF)")
        onClicked: Desk.saveConclusionNotice()
    }
    Text {
        Layout.fillWidth: true
        visible: root.saved.hasConclusion && Desk.errorKind.length > 0
        text: Desk.errorKind === "offline" ? qsTr("Chưa lưu được thông báo: mất kết nối với máy chủ văn phòng.")
                                           : qsTr("Chưa lưu được thông báo kết luận. Báo quản trị viên.")
        font.pixelSize: Theme.fontSmall
        color: Theme.danger
        wrapMode: Text.WordWrap
    }
    BigButton {
        objectName: "savedCloseButton"
        Layout.fillWidth: true
        primary: true
        text: qsTr("Xong")
        onClicked: root.finished()
    }
}
