import QtQuick
import QtQuick.Layouts
import TiepDan.Backend

// Office, today's reception sessions and who receives; the three tasks.
Item {
    id: root
    signal takeNumber()
    signal bookLeader()
    signal checkStatus()
    signal officerRequested()
    signal recentTicket()
    readonly property bool portrait: width < height

    TopBar {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        showBack: false
        onOfficerRequested: root.officerRequested()
    }

    GridLayout {
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        columns: root.portrait ? 1 : 2
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: Theme.gap
            // After a restart: the number taken just before it, for one minute.
            BigButton {
                objectName: "recentTicketButton"
                Layout.fillWidth: true
                visible: Kiosk.recentTicket.length > 0
                text: qsTr("Xem lại số %1").arg(Kiosk.recentTicket)
                subtitle: qsTr("Ki-ốt vừa khởi động lại. Quý công dân vừa lấy số này? Bấm để xem lại hoặc in lại.")
                onClicked: root.recentTicket()
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Xin kính chào quý công dân")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "takeNumberButton"
                Layout.fillWidth: true
                Layout.fillHeight: true
                primary: true
                text: qsTr("Lấy số thứ tự")
                subtitle: qsTr("Khiếu nại, tố cáo, kiến nghị, phản ánh")
                onClicked: root.takeNumber()
            }
            BigButton {
                objectName: "bookLeaderButton"
                Layout.fillWidth: true
                Layout.fillHeight: true
                text: qsTr("Đăng ký gặp Lãnh đạo")
                subtitle: qsTr("Các ngày Lãnh đạo tiếp công dân định kỳ")
                onClicked: root.bookLeader()
            }
            BigButton {
                objectName: "statusButton"
                Layout.fillWidth: true
                Layout.fillHeight: true
                text: qsTr("Tra cứu bằng mã QR")
                subtitle: qsTr("Quét phiếu hoặc phiếu hẹn để xem tình trạng")
                onClicked: root.checkStatus()
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: 2

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Theme.gap / 2
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Lịch tiếp công dân hôm nay")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    Layout.fillWidth: true
                    text: Qt.formatDate(new Date(Kiosk.today), "dd/MM/yyyy")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
                Text {
                    visible: Kiosk.todaySessions.count === 0
                    Layout.fillWidth: true
                    text: qsTr("Hôm nay không có buổi tiếp công dân.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Theme.gap / 2
                    model: Kiosk.todaySessions
                    delegate: Column {
                        id: session
                        required property string start
                        required property string end
                        required property string kind
                        required property string nameVi
                        required property string nameEn
                        required property string receiverVi
                        required property string receiverEn
                        width: ListView.view.width
                        Text {
                            width: parent.width
                            text: (Kiosk.language === "vi" ? session.nameVi : session.nameEn) + "  " + session.start + " – "
                                  + session.end
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                        }
                        Text {
                            width: parent.width
                            text: session.kind === "periodic"
                                  ? qsTr("Lãnh đạo tiếp định kỳ: %1").arg(Kiosk.language === "vi" ? session.receiverVi : session.receiverEn)
                                  : session.kind === "adhoc"
                                    ? qsTr("Lãnh đạo tiếp đột xuất: %1").arg(Kiosk.language === "vi" ? session.receiverVi : session.receiverEn)
                                    : qsTr("Cán bộ tiếp công dân thường xuyên")
                            font.pixelSize: Theme.fontSmall
                            color: session.kind === "regular" ? Theme.muted : Theme.primary
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
        }
    }
}
