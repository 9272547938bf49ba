import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TiepDan.Backend

// Today's queue with waiting times; a waiting ticket can be called out of
// order and a parked one taken back.
Rectangle {
    id: root
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: 2

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        spacing: Theme.gap / 2
        Text {
            Layout.fillWidth: true
            text: qsTr("Hàng chờ hôm nay: %1 người đang chờ").arg(Desk.queue.waiting)
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
        }
        ListView {
            id: queueList
            objectName: "queueList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: Desk.queue
            ScrollBar.vertical: ScrollBar { width: Theme.gap / 2 }
            delegate: Rectangle {
                id: row
                required property string label
                required property string serviceVi
                required property string serviceEn
                required property string state
                required property int waitMinutes
                required property string priority
                required property int groupSize
                required property int counter
                width: ListView.view.width - Theme.gap / 2
                height: Theme.touch * 0.85
                radius: Theme.radius / 2
                color: row.state === "waiting" ? Theme.bg : Theme.surface
                border.color: Theme.border
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.gap / 2
                    anchors.rightMargin: Theme.gap / 2
                    spacing: Theme.gap / 2
                    Text {
                        Layout.preferredWidth: Theme.touch * 1.6
                        text: row.label
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                    }
                    Text {
                        Layout.fillWidth: true
                        text: (Desk.language === "vi" ? row.serviceVi : row.serviceEn)
                              + (row.groupSize > 1 ? "  ·  " + qsTr("đoàn %1 người").arg(row.groupSize) : "")
                              + (row.priority.length > 0 ? "  ·  " + qsTr("ưu tiên") : "")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Text {
                        text: Words.ticketState(row.state) + (row.counter > 0 && row.state !== "waiting"
                                                                ? " " + qsTr("quầy %1").arg(row.counter) : "")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                    Text {
                        Layout.preferredWidth: Theme.touch * 1.4
                        horizontalAlignment: Text.AlignRight
                        text: qsTr("%1 phút").arg(row.waitMinutes)
                        font.pixelSize: Theme.fontSmall
                        color: row.waitMinutes >= 30 ? Theme.danger : Theme.muted
                    }
                    ActionButton {
                        objectName: "callTicket_" + row.label
                        visible: row.state === "waiting" || row.state === "parked"
                        text: row.state === "parked" ? qsTr("Nhận lại") : qsTr("Gọi số này")
                        onClicked: Desk.act(row.label, row.state === "parked" ? "resume" : "call")
                    }
                }
            }
            Text {
                anchors.centerIn: parent
                visible: queueList.count === 0
                text: qsTr("Chưa có ai lấy số hôm nay.")
                font.pixelSize: Theme.fontBody
                color: Theme.muted
            }
        }
    }
}
