import QtQuick
import QtQuick.Layouts
import TiepDan.Backend

// The ticket (or appointment slip) on screen, with its QR, whatever the printer did.
// For its first seconds the page ignores taps: the second tap of a double
// tap on "Lấy số", or an impatient one, must not take the number away.
Item {
    id: root
    signal done()
    readonly property bool appointment: Kiosk.ticketKind === "appointment"
    property bool settled: false
    Timer { interval: 2000; running: true; onTriggered: root.settled = true }

    TopBar { id: bar; anchors.left: parent.left; anchors.right: parent.right; showBack: false }

    GridLayout {
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: actions.top
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
                objectName: "ticketService"
                Layout.fillWidth: true
                visible: Kiosk.ticketService.length > 0 && !root.appointment
                text: Kiosk.ticketService
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "ticketReceiver"
                Layout.fillWidth: true
                visible: root.appointment && Kiosk.ticketReceiver.length > 0
                text: qsTr("Người tiếp: %1").arg(Kiosk.ticketReceiver) + (Kiosk.ticketPlace.length > 0 ? " · " + qsTr("Nơi tiếp: %1").arg(Kiosk.ticketPlace) : "")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
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
                objectName: "ticketWhere"
                Layout.fillWidth: true
                visible: !root.appointment
                text: Kiosk.ticketCounters.length > 0
                      ? qsTr("Mời ngồi chờ tại phòng tiếp dân. Số của quý công dân sẽ được gọi trên màn hình và loa, đến quầy %1.").arg(Kiosk.ticketCounters)
                      : qsTr("Mời ngồi chờ tại phòng tiếp dân. Số của quý công dân sẽ được gọi trên màn hình và loa.")
                font.pixelSize: Theme.fontSmall
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
                    : Kiosk.printStatus === "recovered" ? qsTr("Ki-ốt vừa khởi động lại. Đây là số được lấy ngay trước đó; có thể in lại phiếu.")
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
            sourceSize.width: side
            sourceSize.height: side
            fillMode: Image.PreserveAspectFit
            smooth: false
            source: Kiosk.ticketPayload.length > 0 ? "image://qr/" + encodeURIComponent(Kiosk.ticketPayload) : ""
        }
    }
    RowLayout {
        id: actions
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        spacing: Theme.gap
        BigButton {
            id: reprintButton
            objectName: "reprintButton"
            Layout.fillWidth: true
            visible: Kiosk.printStatus === "failed" || Kiosk.printStatus === "recovered"
            enabled: root.settled
            text: qsTr("In lại phiếu")
            onClicked: Kiosk.reprint()
        }
        Item { Layout.fillWidth: true; visible: !reprintButton.visible }
        // On the right half only, and live after two seconds (the bar fills).
        BigButton {
            id: doneButton
            objectName: "doneButton"
            Layout.fillWidth: true
            primary: true
            enabled: root.settled
            text: qsTr("Xong")
            onClicked: root.done()
            Rectangle {
                anchors.left: parent.left
                anchors.bottom: parent.bottom
                height: 6
                radius: 3
                color: Theme.accent
                visible: !root.settled
                NumberAnimation on width { from: 0; to: doneButton.width; duration: 2000; running: true }
            }
        }
    }
    // Swallows taps while the page settles (nothing under it may react either).
    MouseArea {
        anchors.fill: parent
        enabled: !root.settled
        z: 10
    }
}
