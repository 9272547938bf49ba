import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A date as every paper and screen of the office writes it: dd/MM/yyyy,
// typed (1/12/2026, 01.12.2026 and 2026-12-01 are understood too) or picked
// on a calendar. `iso` is yyyy-MM-dd, "" while empty; `valid` is false for
// text that is not a date (the field says so).
ColumnLayout {
    id: root
    property alias label: caption.text
    property string error: ""
    // The text as typed; setting it (a tour, a restored draft) sets `iso` too.
    property alias text: input.text
    readonly property string iso: parse(input.text)
    readonly property bool valid: input.text.trim().length === 0 || iso !== ""
    signal edited()
    spacing: 4

    function pad(n) { return (n < 10 ? "0" : "") + n }
    function isoOf(y, m, d) {
        const probe = new Date(y, m - 1, d)
        if (probe.getFullYear() !== y || probe.getMonth() !== m - 1 || probe.getDate() !== d || y < 1900 || y > 2999)
            return ""
        return y + "-" + pad(m) + "-" + pad(d)
    }
    function parse(text) {
        let m = /^\s*(\d{1,2})\s*[\/.\-]\s*(\d{1,2})\s*[\/.\-]\s*(\d{4})\s*$/.exec(text)
        if (m)
            return isoOf(+m[3], +m[2], +m[1])
        m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text)
        return m ? isoOf(+m[1], +m[2], +m[3]) : ""
    }
    function shown(isoDate) {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate || "")
        return m ? m[3] + "/" + m[2] + "/" + m[1] : ""
    }
    // Sets the date from outside (a preset period, the filter in force).
    function setIso(isoDate) {
        input.text = shown(isoDate)
    }

    Text {
        id: caption
        Layout.fillWidth: true
        visible: text.length > 0
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
        elide: Text.ElideRight
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        TextField {
            id: input
            objectName: root.objectName.length > 0 ? root.objectName + "Input" : ""
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch * 0.72
            Layout.minimumWidth: Theme.touch * 2.2
            placeholderText: qsTr("ngày/tháng/năm")
            inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            onTextEdited: root.edited()
            // Written out in full once typed (1/12/2026 -> 01/12/2026).
            onEditingFinished: if (root.iso.length > 0) text = root.shown(root.iso)
            background: Rectangle {
                radius: Theme.radius / 2
                color: Theme.surface
                border.width: input.activeFocus ? 4 : 2
                border.color: root.error.length > 0 || !root.valid ? Theme.danger
                            : (input.activeFocus ? Theme.accent : Theme.border)
            }
        }
        ActionButton {
            objectName: root.objectName.length > 0 ? root.objectName + "Calendar" : ""
            Layout.preferredHeight: Theme.touch * 0.72
            text: qsTr("Lịch")
            onClicked: calendar.openAt(root.iso)
        }
    }
    Text {
        Layout.fillWidth: true
        visible: root.error.length > 0 || !root.valid
        text: root.error.length > 0 ? root.error : qsTr("Ngày viết theo dạng ngày/tháng/năm, ví dụ 01/12/2026.")
        font.pixelSize: Theme.fontSmall
        color: Theme.danger
        wrapMode: Text.WordWrap
    }

    Popup {
        id: calendar
        objectName: root.objectName.length > 0 ? root.objectName + "Popup" : ""
        y: input.y + input.height + 4
        padding: Theme.gap / 2
        modal: true
        focus: true
        property int year: 2026
        property int month: 0 // 0-11, as MonthGrid counts
        // The field's date as "yyyy-m-d" with m counted 0-11 (a day's model).
        readonly property string chosen: {
            const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(root.iso)
            return m ? +m[1] + "-" + (+m[2] - 1) + "-" + (+m[3]) : ""
        }
        function openAt(isoDate) {
            const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate || "")
            const d = m ? new Date(+m[1], +m[2] - 1, +m[3]) : new Date()
            year = d.getFullYear()
            month = d.getMonth()
            open()
        }
        function step(delta) {
            const d = new Date(year, month + delta, 1)
            year = d.getFullYear()
            month = d.getMonth()
        }
        background: Rectangle { radius: Theme.radius / 2; color: Theme.surface; border.color: Theme.accent; border.width: 2 }
        contentItem: ColumnLayout {
            spacing: 4
            RowLayout {
                Layout.fillWidth: true
                ActionButton { objectName: "calendarPrevious"; text: "‹"; onClicked: calendar.step(-1) }
                Text {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Tháng %1/%2").arg(calendar.month + 1).arg(calendar.year)
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.text
                }
                ActionButton { objectName: "calendarNext"; text: "›"; onClicked: calendar.step(1) }
            }
            // In the screen's language: the window's locale (set by the program).
            DayOfWeekRow {
                Layout.fillWidth: true
                font.pixelSize: Math.round(Theme.fontSmall * 0.8)
            }
            MonthGrid {
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.touch * 6
                Layout.preferredHeight: Theme.touch * 4.2
                month: calendar.month
                year: calendar.year
                // The day's midnight, as UTC or local time: its noon is that day in UTC.
                onClicked: (date) => {
                    const noon = new Date(date.getTime() + 12 * 3600 * 1000)
                    root.setIso(root.isoOf(noon.getUTCFullYear(), noon.getUTCMonth() + 1, noon.getUTCDate()))
                    calendar.close()
                    root.edited()
                }
                delegate: Rectangle {
                    required property var model
                    objectName: "day_" + model.year + "-" + (model.month < 9 ? "0" : "") + (model.month + 1) + "-"
                                + (model.day < 10 ? "0" : "") + model.day
                    // MonthGrid gives a day only its model: whether it is the
                    // field's date (and which month is shown) is read by id.
                    // qmllint disable unqualified
                    readonly property bool chosen: model.year + "-" + model.month + "-" + model.day === calendar.chosen
                    opacity: model.month === calendar.month ? 1 : 0.35
                    // qmllint enable unqualified
                    radius: 4
                    color: chosen ? Theme.accent : (model.today ? "#fff4d6" : "transparent")
                    Text {
                        anchors.centerIn: parent
                        text: parent.model.day
                        font.pixelSize: Theme.fontSmall
                        color: parent.chosen ? "#ffffff" : Theme.text
                    }
                }
            }
        }
    }
}
