import QtQuick
import TiepDan.Backend

// Choose what the visit is about.
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
        text: qsTr("Quý công dân cần giải quyết việc gì?")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    GridView {
        id: grid
        anchors.top: heading.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        readonly property int columns: width > height ? 2 : 1
        cellWidth: width / columns
        cellHeight: Math.max(Theme.touch * 1.8, Math.min(height / Math.ceil(count / columns), Theme.touch * 2.6))
        interactive: contentHeight > height
        model: Kiosk.services
        delegate: Item {
            id: cell
            required property string serviceId
            required property string prefix
            required property string nameVi
            required property string nameEn
            required property bool confidential
            width: (GridView.view as GridView).cellWidth
            height: (GridView.view as GridView).cellHeight
            BigButton {
                objectName: "service_" + cell.serviceId
                anchors.fill: parent
                anchors.margins: Theme.gap / 2
                text: Kiosk.language === "vi" ? cell.nameVi : cell.nameEn
                subtitle: cell.confidential ? qsTr("Thông tin người tố cáo được giữ bí mật") : ""
                onClicked: Kiosk.chooseService(cell.serviceId)
            }
        }
    }
    Connections {
        target: Kiosk
        function onServiceChosen() { root.chosen() }
    }
}
