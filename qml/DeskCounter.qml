import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TiepDan.Backend

// The counter's current ticket and what the officer does with it. Actions
// that send a citizen away from this counter (transfer, no-show, cancel)
// are confirmed first, naming the ticket and where it goes.
Rectangle {
    id: root
    signal recordRequested(bool withTicket)
    // The desk's error in words (DeskMain words Desk.errorKind).
    property string errorText
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
            text: qsTr("Đang tiếp tại quầy")
            font.pixelSize: Theme.fontBody
            color: Theme.muted
        }
        Text {
            objectName: "currentLabel"
            Layout.fillWidth: true
            text: Desk.currentLabel.length > 0 ? Desk.currentLabel : "—"
            font.pixelSize: Theme.fontHuge * 0.8
            font.bold: true
            color: Theme.primary
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "currentState"
            Layout.fillWidth: true
            visible: Desk.currentLabel.length > 0
            text: Words.ticketState(Desk.currentState)
                  + (Desk.currentRecalls > 0 ? "  ·  " + qsTr("đã gọi lại %1 lần").arg(Desk.currentRecalls) : "")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "deskError"
            Layout.fillWidth: true
            visible: Desk.signedIn && Desk.errorKind.length > 0
            text: root.errorText
            font.pixelSize: Theme.fontSmall
            color: Theme.danger
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "noShowHint"
            Layout.fillWidth: true
            visible: Desk.currentState === "called" && Desk.currentRecalls < Desk.noShowAfterRecalls
            text: qsTr("Chưa đến được: gọi lại thêm %1 lần rồi mới đánh dấu vắng mặt.").arg(Desk.noShowAfterRecalls - Desk.currentRecalls)
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Item { Layout.fillHeight: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            BigButton {
                objectName: "recordButton"
                Layout.fillWidth: true
                text: qsTr("Ghi sổ tiếp công dân")
                enabled: Desk.currentState === "serving"
                onClicked: root.recordRequested(true)
            }
            BigButton {
                objectName: "recordWithoutTicketButton"
                Layout.fillWidth: true
                text: qsTr("Ghi sổ (không có phiếu)")
                onClicked: root.recordRequested(false)
            }
        }
        BigButton {
            objectName: "callNextButton"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Gọi số tiếp theo")
            onClicked: Desk.callNext()
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 3
            columnSpacing: Theme.gap / 2
            rowSpacing: Theme.gap / 2
            enabled: Desk.currentLabel.length > 0
            ActionButton {
                objectName: "recallButton"
                Layout.fillWidth: true
                text: qsTr("Gọi lại")
                enabled: Desk.currentState === "called"
                onClicked: Desk.act(Desk.currentLabel, "recall")
            }
            ActionButton {
                objectName: "startButton"
                Layout.fillWidth: true
                tone: "primary"
                text: qsTr("Bắt đầu tiếp")
                enabled: Desk.currentState === "called"
                onClicked: Desk.act(Desk.currentLabel, "start")
            }
            ActionButton {
                objectName: "finishButton"
                Layout.fillWidth: true
                text: qsTr("Xong")
                enabled: Desk.currentState === "serving"
                onClicked: Desk.act(Desk.currentLabel, "finish")
            }
            ActionButton {
                objectName: "parkButton"
                Layout.fillWidth: true
                text: qsTr("Hoãn lại")
                enabled: Desk.currentState === "called" || Desk.currentState === "serving"
                onClicked: Desk.act(Desk.currentLabel, "park")
            }
            ActionButton {
                objectName: "noShowButton"
                Layout.fillWidth: true
                text: qsTr("Vắng mặt")
                enabled: Desk.currentState === "called" && Desk.currentRecalls >= Desk.noShowAfterRecalls
                onClicked: root.confirm("no_show")
            }
            ActionButton {
                objectName: "transferButton"
                Layout.fillWidth: true
                text: qsTr("Chuyển quầy…")
                enabled: Desk.currentState === "called" || Desk.currentState === "serving"
                onClicked: transferDialog.openFor(Desk.currentLabel)
            }
            ActionButton {
                objectName: "cancelTicketButton"
                Layout.fillWidth: true
                Layout.columnSpan: 3
                tone: "danger"
                text: qsTr("Hủy số này")
                enabled: Desk.currentState === "called"
                onClicked: root.confirm("cancel")
            }
        }
    }

    // Asks before the action, naming the ticket (no-show, cancel).
    function confirm(action) {
        actionDialog.action = action
        actionDialog.label = Desk.currentLabel
        actionDialog.open()
    }
    ConfirmDialog {
        id: actionDialog
        objectName: "actionDialog"
        property string action
        property string label
        danger: true
        title: action === "cancel" ? qsTr("Hủy số %1?").arg(label) : qsTr("Đánh dấu số %1 vắng mặt?").arg(label)
        message: action === "cancel"
                 ? qsTr("Số bị hủy không được gọi lại. Công dân cần lấy số mới nếu muốn được tiếp.")
                 : qsTr("Công dân không có mặt khi được gọi. Số sẽ rời khỏi hàng chờ.")
        confirmText: action === "cancel" ? qsTr("Hủy số") : qsTr("Vắng mặt")
        onConfirmed: Desk.act(label, action)
    }

    // Transfer: pick the counter, then confirm; nothing moves on a pick alone.
    Popup {
        id: transferDialog
        objectName: "transferDialog"
        property string label
        // Read when opened: the counters' names in the screen's language
        // (each a counterChoice).
        property var counters: []
        readonly property var target: counterList.currentIndex >= 0 ? counters[counterList.currentIndex] : null
        function openFor(ticket) {
            label = ticket
            counters = Desk.otherCounters()
            counterList.currentIndex = -1
            open()
        }
        modal: true
        focus: true
        closePolicy: Popup.CloseOnEscape
        anchors.centerIn: Overlay.overlay
        width: Math.min(root.Window.width - 2 * Theme.gap, Theme.touch * 9)
        padding: Theme.gap
        background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.accent; border.width: 3 }
        Overlay.modal: Rectangle { color: "#99000000" }
        // The popup's content (not its deferred contentItem: ids inside).
        ColumnLayout {
            width: parent.width
            spacing: Theme.gap / 2
            Text {
                Layout.fillWidth: true
                text: qsTr("Chuyển số %1 đến quầy nào?").arg(transferDialog.label)
                font.pixelSize: Theme.fontTitle * 0.8
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            ListView {
                id: counterList
                Layout.fillWidth: true
                Layout.preferredHeight: contentHeight
                interactive: false
                spacing: Theme.gap / 4
                model: transferDialog.counters
                currentIndex: -1
                delegate: CheckTile {
                    required property counterChoice modelData
                    required property int index
                    objectName: "transferTo_" + modelData.number
                    width: ListView.view.width
                    checkable: false
                    checked: ListView.isCurrentItem
                    text: modelData.name
                    font.pixelSize: Theme.fontBody
                    onClicked: ListView.view.currentIndex = index
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap / 2
                spacing: Theme.gap / 2
                ActionButton {
                    objectName: "transferCancel"
                    Layout.fillWidth: true
                    text: qsTr("Quay lại")
                    onClicked: transferDialog.close()
                }
                ActionButton {
                    objectName: "transferConfirm"
                    Layout.fillWidth: true
                    tone: "primary"
                    enabled: transferDialog.target !== null
                    text: transferDialog.target !== null ? qsTr("Chuyển đến %1").arg(transferDialog.target.name)
                                                         : qsTr("Chọn quầy")
                    onClicked: {
                        transferDialog.close()
                        Desk.transfer(transferDialog.label, transferDialog.target.number)
                    }
                }
            }
        }
    }
}
