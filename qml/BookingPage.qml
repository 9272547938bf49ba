import QtQuick
import TiepDan.Backend

// Book a place in a periodic leader reception session.
Item {
    id: root
    signal back()
    signal chosen()

    TopBar { id: bar; anchors.left: parent.left; anchors.right: parent.right; onBack: root.back() }
    Text {
        id: heading
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.gap
        text: qsTr("Chọn buổi Lãnh đạo tiếp công dân")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    Text {
        id: error
        anchors.top: heading.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.gap
        visible: Kiosk.errorField === "sessionFull"
        text: qsTr("Buổi này đã hết chỗ. Vui lòng chọn buổi khác.")
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
    }
    Text {
        anchors.centerIn: parent
        visible: Kiosk.leaderSessions.count === 0
        text: qsTr("Chưa có lịch Lãnh đạo tiếp công dân trong thời gian tới.")
        font.pixelSize: Theme.fontBody
        color: Theme.text
    }
    ListView {
        anchors.top: error.visible ? error.bottom : heading.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        clip: true
        spacing: Theme.gap / 2
        model: Kiosk.leaderSessions
        delegate: BigButton {
            id: sessionButton
            required property string sessionKey
            required property date date
            required property string start
            required property string end
            required property string receiverVi
            required property string receiverEn
            required property int placesLeft
            required property int capacity
            required property int index
            objectName: "session_" + index
            width: ListView.view.width
            enabled: placesLeft > 0
            text: Qt.formatDate(date, "dd/MM/yyyy") + "   " + start + " – " + end
            subtitle: (Kiosk.language === "vi" ? receiverVi : receiverEn) + " · "
                      + (placesLeft > 0 ? qsTr("còn %1/%2 chỗ").arg(placesLeft).arg(capacity) : qsTr("hết chỗ"))
            onClicked: Kiosk.chooseSession(sessionKey)
        }
    }
    Connections {
        target: Kiosk
        function onSessionChosen() { root.chosen() }
    }
}
