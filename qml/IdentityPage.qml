import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import TiepDan.Backend

// Optional identity, priority and group size, then the ticket.
Item {
    id: root
    signal back()
    signal done()

    function message(field) {
        if (Kiosk.errorField !== field)
            return ""
        switch (field) {
        case "name": return qsTr("Họ và tên chỉ gồm chữ cái, từ %1 đến %2 ký tự.").arg(Limits.nameMin).arg(Limits.nameMax)
        case "idNumber": return qsTr("Số căn cước gồm 12 chữ số (CMND cũ: 9 chữ số).")
        case "phone": return qsTr("Số điện thoại gồm 10 chữ số, ví dụ 0912345678.")
        case "address": return qsTr("Địa chỉ dài quá %1 ký tự hoặc có ký tự không hợp lệ.").arg(Limits.number(Limits.addressMax))
        }
        return ""
    }

    // Keeps the focused field above the on-screen keyboard.
    function ensureVisible(item) {
        const y = item.mapToItem(flick.contentItem, 0, 0).y
        if (y < flick.contentY || y + item.height > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(y - Theme.gap, flick.contentHeight - flick.height))
    }

    TopBar { id: bar; anchors.left: parent.left; anchors.right: parent.right; onBack: root.back() }

    Flickable {
        id: flick
        // The keyboard shrinks the page: bring the focused field back into view.
        onHeightChanged: if (Window.activeFocusItem && Window.activeFocusItem instanceof TextField)
                             Qt.callLater(root.ensureVisible, Window.activeFocusItem)
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: actions.top
        anchors.margins: Theme.gap
        contentHeight: form.height
        clip: true

        ColumnLayout {
            id: form
            width: parent.width
            spacing: Theme.gap * 0.6

            Text {
                Layout.fillWidth: true
                text: qsTr("Thông tin người đến (không bắt buộc)")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: Kiosk.serviceConfidential
                      ? qsTr("Thông tin của người tố cáo được mã hoá và giữ bí mật theo Luật Tố cáo. Phiếu chỉ in số thứ tự.")
                      : qsTr("Phiếu chỉ in số thứ tự, không in họ tên. Công dân được mời theo số.")
                font.pixelSize: Theme.fontSmall
                color: Kiosk.serviceConfidential ? Theme.primary : Theme.muted
                wrapMode: Text.WordWrap
            }
            GridLayout {
                Layout.fillWidth: true
                columns: root.width > root.height ? 2 : 1
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap / 2
                Field {
                    objectName: "nameField"
                    input.onActiveFocusChanged: if (input.activeFocus) Qt.callLater(root.ensureVisible, this)
                    Layout.fillWidth: true
                    label: qsTr("Họ và tên")
                    text: Kiosk.name
                    maximumLength: Limits.nameMax
                    inputMethodHints: Qt.ImhPreferUppercase
                    error: root.message("name")
                    input.onTextEdited: Kiosk.name = input.text
                }
                Field {
                    objectName: "idField"
                    input.onActiveFocusChanged: if (input.activeFocus) Qt.callLater(root.ensureVisible, this)
                    Layout.fillWidth: true
                    label: qsTr("Số căn cước / CMND / hộ chiếu")
                    text: Kiosk.idNumber
                    maximumLength: 20
                    inputMethodHints: Qt.ImhPreferNumbers
                    error: root.message("idNumber")
                    input.onTextEdited: Kiosk.idNumber = input.text
                }
                Field {
                    objectName: "phoneField"
                    input.onActiveFocusChanged: if (input.activeFocus) Qt.callLater(root.ensureVisible, this)
                    Layout.fillWidth: true
                    label: qsTr("Số điện thoại")
                    text: Kiosk.phone
                    maximumLength: 16
                    inputMethodHints: Qt.ImhDialableCharactersOnly
                    error: root.message("phone")
                    input.onTextEdited: Kiosk.phone = input.text
                }
                Field {
                    objectName: "addressField"
                    input.onActiveFocusChanged: if (input.activeFocus) Qt.callLater(root.ensureVisible, this)
                    Layout.fillWidth: true
                    label: qsTr("Địa chỉ")
                    text: Kiosk.address
                    maximumLength: Limits.addressMax
                    error: root.message("address")
                    input.onTextEdited: Kiosk.address = input.text
                }
            }

            Text {
                visible: Kiosk.priorityCategories.length > 0 && Kiosk.sessionKey.length === 0
                text: qsTr("Ưu tiên")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            Flow {
                Layout.fillWidth: true
                visible: Kiosk.priorityCategories.length > 0 && Kiosk.sessionKey.length === 0
                spacing: Theme.gap / 2
                Repeater {
                    model: Kiosk.priorityCategories
                    delegate: BigButton {
                        required property string modelData
                        objectName: "priority_" + modelData
                        padding: Theme.gap / 2
                        primary: Kiosk.priorityCategory === modelData
                        text: Words.priority(modelData)
                        onClicked: Kiosk.priorityCategory = (Kiosk.priorityCategory === modelData ? "" : modelData)
                    }
                }
            }

            Text {
                text: qsTr("Số người cùng đến")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            RowLayout {
                spacing: Theme.gap
                BigButton {
                    objectName: "groupMinus"
                    padding: Theme.gap / 2
                    text: "−"
                    Layout.preferredWidth: Theme.touch * 1.4
                    enabled: Kiosk.groupSize > 1
                    onClicked: Kiosk.groupSize = Kiosk.groupSize - 1
                }
                Text {
                    objectName: "groupSizeText"
                    text: Kiosk.groupSize
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    Layout.minimumWidth: Theme.touch
                    horizontalAlignment: Text.AlignHCenter
                }
                BigButton {
                    objectName: "groupPlus"
                    padding: Theme.gap / 2
                    text: "+"
                    Layout.preferredWidth: Theme.touch * 1.4
                    enabled: Kiosk.groupSize < 200
                    onClicked: Kiosk.groupSize = Kiosk.groupSize + 1
                }
                Text {
                    Layout.fillWidth: true
                    visible: Kiosk.groupSize >= Kiosk.groupMinPeople
                    text: qsTr("Đoàn đông người: vui lòng cử người đại diện.")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.primary
                    wrapMode: Text.WordWrap
                }
            }
            Text {
                Layout.fillWidth: true
                visible: Kiosk.errorField === "storage" || Kiosk.errorField === "sessionFull"
                text: Kiosk.errorField === "sessionFull"
                      ? qsTr("Buổi này vừa hết chỗ. Vui lòng chọn buổi khác.")
                      : qsTr("Không lấy được số. Vui lòng thử lại hoặc liên hệ cán bộ tiếp dân.")
                font.pixelSize: Theme.fontBody
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
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
            objectName: "takeTicketButton"
            Layout.fillWidth: true
            primary: true
            text: Kiosk.sessionKey.length > 0 ? qsTr("Xác nhận đăng ký") : qsTr("Lấy số")
            // One ticket per tap: a second tap while this one is issued does nothing.
            property bool busy: false
            onClicked: {
                if (busy)
                    return
                busy = true
                if (Kiosk.takeTicket())
                    root.done()
                else
                    busy = false
            }
        }
    }
}
