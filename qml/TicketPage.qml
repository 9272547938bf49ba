import QtQuick
import QtQuick.Layouts
import TiepDan.Backend

// The ticket (or appointment slip) on screen, with its QR, whatever the printer did.
Item {
    id: root
    signal done()
    readonly property bool appointment: Kiosk.ticketKind === "appointment"

    TopBar { id: bar; anchors.left: parent.left; anchors.right: parent.right; showBack: false }

    GridLayout {
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: doneButton.top
        anchors.margins: Theme.gap
        columns: root.width > root.height ? 2 : 1
        columnSpacing: Theme.gap * 2

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            Text {
                Layout.fillWidth: true
                text: root.appointment ? qsTr("Mã phiếu hẹn của quý công dân") : qsTr("Số thứ tự của quý công dân")
                font.pixelSize: Theme.fontBody
                color: Theme.muted
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                objectName: "ticketLabel"
                Layout.fillWidth: true
                text: Kiosk.ticketLabel
                font.pixelSize: root.appointment ? Theme.fontHuge * 0.55 : Theme.fontHuge
                font.bold: true
                color: Theme.primary
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                Layout.fillWidth: true
                text: root.appointment ? qsTr("Buổi tiếp: %1").arg(Kiosk.ticketTime) : qsTr("Giờ lấy số: %1").arg(Kiosk.ticketTime)
                font.pixelSize: Theme.fontBody
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                visible: !root.appointment
                text: Kiosk.ticketPeopleAhead === 0
                      ? qsTr("Không có ai đợi trước. Vui lòng chờ gọi số.")
                      : qsTr("Số người chờ trước: %1 · Thời gian chờ dự kiến: khoảng %2 phút").arg(Kiosk.ticketPeopleAhead).arg(Kiosk.ticketWaitMinutes)
                font.pixelSize: Theme.fontBody
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                visible: root.appointment
                text: qsTr("Vui lòng mang phiếu hẹn và quét mã tại ki-ốt khi đến.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "printStatus"
                Layout.fillWidth: true
                text: Kiosk.printStatus === "printed" ? qsTr("Phiếu đã được in. Vui lòng nhận phiếu bên dưới.")
                    : Kiosk.printStatus === "failed" ? qsTr("Máy in đang gặp sự cố. Vui lòng chụp lại mã QR trên màn hình; cán bộ đã được thông báo.")
                    : qsTr("Vui lòng ghi nhớ số hoặc chụp lại mã QR.")
                font.pixelSize: Theme.fontSmall
                color: Kiosk.printStatus === "failed" ? Theme.danger : Theme.muted
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
        }
        Image {
            objectName: "ticketQr"
            Layout.alignment: Qt.AlignHCenter
            readonly property real side: Math.min(root.width, root.height) * 0.42
            Layout.preferredWidth: side
            Layout.preferredHeight: side
            sourceSize: Qt.size(side, side)
            fillMode: Image.PreserveAspectFit
            smooth: false
            source: Kiosk.ticketPayload.length > 0 ? "image://qr/" + encodeURIComponent(Kiosk.ticketPayload) : ""
        }
    }
    BigButton {
        id: doneButton
        objectName: "doneButton"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        primary: true
        text: qsTr("Xong")
        onClicked: root.done()
    }
}
