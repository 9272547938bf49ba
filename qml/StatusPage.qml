import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TiepDan.Backend

// Scan a ticket or appointment QR (the USB scanner types like a keyboard
// and ends with Enter) and see where it stands. No personal data asked.
Item {
    id: root
    signal back()
    signal checkedIn()

    // The department's latest result (down-sync), with its date and note.
    function departmentResult() {
        var text
        switch (Kiosk.statusResult) {
        case "accepted": text = qsTr("Vụ việc đã được thụ lý để giải quyết.") + (Kiosk.statusDeadline.length > 0 ? " " + qsTr("Hạn giải quyết: %1.").arg(Kiosk.statusDeadline) : ""); break
        case "transferred": text = qsTr("Đơn đã được chuyển đến cơ quan có thẩm quyền."); break
        case "returned": text = qsTr("Đơn đã được trả lại kèm hướng dẫn."); break
        case "resolved": text = qsTr("Vụ việc đã được giải quyết."); break
        case "withdrawn": text = qsTr("Đơn đã được rút; vụ việc kết thúc."); break
        default: text = qsTr("Kết quả xử lý: %1.").arg(Kiosk.statusResult)
        }
        text += " " + qsTr("(cập nhật ngày %1)").arg(Kiosk.statusResultDate)
        if (Kiosk.statusResultNote.length > 0)
            text += "\n" + qsTr("Ghi chú: %1").arg(Kiosk.statusResultNote)
        return text
    }

    function describe() {
        switch (Kiosk.statusKind) {
        case "waiting": return Kiosk.statusPeopleAhead === 0
                    ? qsTr("Số %1 đang chờ. Quý công dân là người tiếp theo.").arg(Kiosk.statusLabel)
                    : qsTr("Số %1 đang chờ; còn %2 người trước.").arg(Kiosk.statusLabel).arg(Kiosk.statusPeopleAhead)
        case "called": return qsTr("Số %1 đã được mời đến quầy %2.").arg(Kiosk.statusLabel).arg(Kiosk.statusCounter)
        case "serving": return qsTr("Số %1 đang được tiếp tại quầy %2.").arg(Kiosk.statusLabel).arg(Kiosk.statusCounter)
        case "parked": return qsTr("Số %1 đang tạm dừng; cán bộ sẽ mời lại.").arg(Kiosk.statusLabel)
        case "transferred": return qsTr("Số %1 được chuyển sang quầy khác; vui lòng chờ gọi.").arg(Kiosk.statusLabel)
        case "done": return qsTr("Số %1 đã được tiếp xong.").arg(Kiosk.statusLabel)
        case "no_show": return qsTr("Số %1 đã được gọi nhưng không có mặt. Vui lòng lấy số mới.").arg(Kiosk.statusLabel)
        case "cancelled": return qsTr("Số %1 đã bị huỷ.").arg(Kiosk.statusLabel)
        case "recorded":
            if (Kiosk.statusResult.length > 0)
                return departmentResult()
            if (Kiosk.statusDirection === "accept")
                return qsTr("Vụ việc đã được thụ lý để giải quyết.") + (Kiosk.statusDeadline.length > 0 ? " " + qsTr("Hạn giải quyết: %1.").arg(Kiosk.statusDeadline) : "")
            if (Kiosk.statusDirection === "transfer")
                return qsTr("Đơn đã được chuyển đến cơ quan có thẩm quyền.")
            if (Kiosk.statusDirection === "return_guide")
                return qsTr("Đơn đã được trả lại kèm hướng dẫn.")
            return qsTr("Buổi tiếp đã được ghi sổ; vụ việc đang được xem xét.")
        case "booked": return qsTr("Phiếu hẹn %1 cho ngày %2 còn hiệu lực.").arg(Kiosk.statusLabel).arg(Kiosk.statusDeadline)
        case "checked_in": return qsTr("Phiếu hẹn %1 đã được sử dụng.").arg(Kiosk.statusLabel)
        case "forged": return qsTr("Mã này không hợp lệ: không phải do cơ quan cấp hoặc đã bị sửa.")
        case "otheroffice": return qsTr("Phiếu này do cơ quan khác cấp.")
        case "notfound": return qsTr("Không tìm thấy phiếu này.")
        case "invalid": return qsTr("Không đọc được mã. Vui lòng quét lại.")
        }
        return ""
    }

    TopBar { id: bar; anchors.left: parent.left; anchors.right: parent.right; onBack: root.back() }

    ColumnLayout {
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.gap * 2
        spacing: Theme.gap
        Text {
            Layout.fillWidth: true
            text: qsTr("Đưa mã QR trên phiếu vào máy quét")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Không cần cung cấp thông tin cá nhân.")
            font.pixelSize: Theme.fontBody
            color: Theme.muted
        }
        TextField {
            id: scanInput
            objectName: "scanInput"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.fontSmall
            placeholderText: qsTr("Mã sẽ hiện ở đây khi quét")
            focus: true
            // A scanner is a keyboard: never pop up the on-screen one here.
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhHiddenText
            echoMode: TextInput.Normal
            onAccepted: {
                if (Kiosk.scan(text) && Kiosk.statusKind === "checkedin")
                    root.checkedIn()
                text = ""
            }
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: result.implicitHeight + 2 * Theme.gap
            visible: Kiosk.statusKind.length > 0
            radius: Theme.radius
            color: Theme.surface
            border.color: (Kiosk.statusKind === "forged" || Kiosk.statusKind === "invalid") ? Theme.danger : Theme.accent
            border.width: 3
            Text {
                id: result
                objectName: "statusText"
                anchors.fill: parent
                anchors.margins: Theme.gap
                text: root.describe()
                font.pixelSize: Theme.fontTitle * 0.8
                color: Theme.text
                wrapMode: Text.WordWrap
            }
        }
    }
}
