import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TiepDan.Backend

// The waiting-room display (reception-kiosk --mode display): read from
// across the room. Called numbers are at least 10 % of the window's
// shorter side (the latest one 14 %);
// numbers only, never names. Display (DisplayController) decides what is
// shown and spoken; this screen only lays it out.
ApplicationWindow {
    id: window
    width: 1920
    height: 1080
    visible: true
    title: qsTr("Màn hình gọi số")
    color: "#0b1f3a"

    readonly property real unit: Math.min(width, height) / 1080
    readonly property color ink: Theme.displayInk
    readonly property color soft: Theme.displaySoft
    readonly property color gold: Theme.displayGold

    Rectangle {
        id: band
        anchors.left: parent.left
        anchors.right: parent.right
        height: 110 * window.unit
        color: "#b3121b"
        Text {
            anchors.left: parent.left
            anchors.leftMargin: 32 * window.unit
            anchors.right: clock.left
            anchors.verticalCenter: parent.verticalCenter
            text: Display.officeName
            color: window.ink
            font.pixelSize: 44 * window.unit
            font.bold: true
            elide: Text.ElideRight
        }
        Text {
            id: clock
            objectName: "clock"
            anchors.right: parent.right
            anchors.rightMargin: 32 * window.unit
            anchors.verticalCenter: parent.verticalCenter
            color: window.ink
            font.pixelSize: 44 * window.unit
            text: Qt.formatDateTime(new Date(), "HH:mm  dd/MM/yyyy")
            Timer {
                interval: 10000
                running: true
                repeat: true
                onTriggered: clock.text = Qt.formatDateTime(new Date(), "HH:mm  dd/MM/yyyy")
            }
        }
    }

    GridLayout {
        anchors.top: band.bottom
        anchors.bottom: notice.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: 32 * window.unit
        columns: window.width > window.height ? 2 : 1
        columnSpacing: 32 * window.unit
        rowSpacing: 32 * window.unit

        // Now calling: the latest call first, larger.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: 12 * window.unit
            Text {
                text: qsTr("Đang mời")
                color: window.soft
                font.pixelSize: 48 * window.unit
                font.bold: true
            }
            Text {
                visible: Display.calls.count === 0
                text: qsTr("Chưa có số nào được gọi")
                color: window.soft
                font.pixelSize: 44 * window.unit
            }
            // A Column, not the layout itself: Repeater items in a Layout
            // crash Qt 6.4 when the model resets while laying out.
            Column {
                id: callColumn
                Layout.fillWidth: true
                spacing: 12 * window.unit
                Repeater {
                model: Display.calls
                // Sizes from the window as DisplayMain's `unit` (attached Window).
                delegate: Rectangle {
                    id: callRow
                    required property int index
                    required property string label
                    required property int counter
                    required property string state
                    readonly property real unit: Math.min(Window.width, Window.height) / 1080
                    width: parent ? parent.width : 0
                    height: (index === 0 ? 190 : 140) * unit
                    visible: index < 4
                    radius: 16 * unit
                    color: index === 0 ? "#16365f" : "#112a4a"
                    border.color: index === 0 ? Theme.displayGold : "transparent"
                    border.width: 4 * unit
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 32 * callRow.unit
                        anchors.rightMargin: 32 * callRow.unit
                        Text {
                            objectName: callRow.index === 0 ? "latestCall" : ""
                            Layout.fillWidth: true
                            text: callRow.label
                            color: callRow.index === 0 ? Theme.displayGold : Theme.displayInk
                            font.pixelSize: (callRow.index === 0 ? 150 : 112) * callRow.unit
                            font.bold: true
                        }
                        Text {
                            text: qsTr("Quầy %1").arg(callRow.counter)
                            color: Theme.displayInk
                            font.pixelSize: (callRow.index === 0 ? 96 : 72) * callRow.unit
                            font.bold: callRow.index === 0
                        }
                    }
                }
                }
            }
            Item { Layout.fillHeight: true }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            spacing: 16 * window.unit
            Text {
                text: qsTr("Số tiếp theo")
                color: window.soft
                font.pixelSize: 48 * window.unit
                font.bold: true
            }
            Flow {
                Layout.fillWidth: true
                spacing: 16 * window.unit
                Repeater {
                    model: Display.nextLabels
                    delegate: Rectangle {
                        id: nextBox
                        required property string modelData
                        readonly property real unit: Math.min(Window.width, Window.height) / 1080
                        width: nextText.implicitWidth + 40 * unit
                        height: 96 * unit
                        radius: 12 * unit
                        color: "#112a4a"
                        Text {
                            id: nextText
                            anchors.centerIn: parent
                            text: nextBox.modelData
                            color: Theme.displayInk
                            font.pixelSize: 60 * nextBox.unit
                            font.bold: true
                        }
                    }
                }
            }
            Text {
                visible: Display.nextLabels.length === 0
                text: qsTr("Không có ai đang chờ")
                color: window.soft
                font.pixelSize: 40 * window.unit
            }
            Item { Layout.preferredHeight: 16 * window.unit }
            Text {
                text: qsTr("Lịch tiếp công dân hôm nay")
                color: window.soft
                font.pixelSize: 40 * window.unit
                font.bold: true
            }
            Column {
                id: sessionColumn
                Layout.fillWidth: true
                spacing: 8 * window.unit
                Repeater {
                model: Display.todaySessions
                delegate: Text {
                    required property string start
                    required property string end
                    required property string nameVi
                    required property string nameEn
                    required property string kind
                    required property string receiverVi
                    required property string receiverEn
                    width: parent ? parent.width : 0
                    text: (Display.language === "vi" ? nameVi : nameEn) + "  " + start + " – " + end
                          + (kind === "periodic" || kind === "adhoc"
                             ? "\n" + qsTr("Lãnh đạo tiếp: %1").arg(Display.language === "vi" ? receiverVi : receiverEn) : "")
                    color: Theme.displayInk
                    font.pixelSize: 36 * Math.min(Window.width, Window.height) / 1080
                    wrapMode: Text.WordWrap
                }
                }
            }
            Text {
                visible: Display.todaySessions.count === 0
                text: qsTr("Hôm nay không có buổi tiếp công dân.")
                color: window.ink
                font.pixelSize: 36 * window.unit
            }
            Item { Layout.fillHeight: true }
        }
    }

    Rectangle {
        id: notice
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 90 * window.unit
        color: "#081629"
        objectName: "notice"
        Text {
            anchors.fill: parent
            anchors.leftMargin: 32 * window.unit
            anchors.rightMargin: 32 * window.unit
            verticalAlignment: Text.AlignVCenter
            // Off the hub, the board may be behind: said for the staff, in the notice line.
            text: !Display.online ? qsTr("Màn hình đang mất kết nối với máy chủ văn phòng, đang kết nối lại…")
                  : Display.speaking.length > 0
                  ? Display.speaking
                  : qsTr("Xin quý công dân giữ phiếu số thứ tự và chú ý màn hình, loa gọi số.")
            color: !Display.online ? "#ff8a80" : Display.speaking.length > 0 ? window.gold : window.soft
            font.pixelSize: 36 * window.unit
            elide: Text.ElideRight
        }
    }
}
