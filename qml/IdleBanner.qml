import QtQuick
import TiepDan.Backend

// The countdown before the kiosk wipes the form and returns to welcome.
Rectangle {
    objectName: "idleBanner"
    color: "#cc000000"
    MouseArea { anchors.fill: parent; onClicked: Kiosk.touch() }
    Column {
        anchors.centerIn: parent
        width: parent.width * 0.7
        spacing: Theme.gap
        Text {
            width: parent.width
            text: qsTr("Bạn còn ở đây không?")
            color: "#ffffff"
            font.pixelSize: Theme.fontTitle
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "idleCountdown"
            width: parent.width
            text: qsTr("Màn hình sẽ trở về trang đầu và xoá thông tin đã nhập sau %1 giây.").arg(Kiosk.idleSecondsLeft)
            color: "#ffffff"
            font.pixelSize: Theme.fontBody
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        BigButton {
            objectName: "idleContinueButton"
            anchors.horizontalCenter: parent.horizontalCenter
            primary: true
            text: qsTr("Tiếp tục")
            onClicked: Kiosk.touch()
        }
    }
}
