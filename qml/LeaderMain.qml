import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TiepDan.Backend

// The leader view (reception-kiosk --mode leader): sign in, then an
// overview (deadline watch and the year so far), the reception log book
// (filters, a lazily fetched list, a record with its history and
// deadlines) and statistics beside the same period a year earlier. Every
// read goes through Leader (LeaderController), which checks the signed-in
// role; this screen only shows and forwards.
ApplicationWindow {
    id: window
    width: 1920
    height: 1080
    visible: true
    title: qsTr("Lãnh đạo: sổ tiếp công dân và thống kê")
    color: Theme.bg

    // Read at a desk: denser than the kiosk, still large.
    Binding { target: Theme; property: "base"; value: Math.min(window.width, window.height) * 0.72 }

    function errorText(kind) {
        switch (kind) {
        case "denied": return Leader.signedIn ? qsTr("Tài khoản này không được phép xem nội dung này.")
                                              : qsTr("Sai tên đăng nhập hoặc mã PIN, hoặc tài khoản đang bị khóa.")
        case "notFound": return qsTr("Không tìm thấy bản ghi.")
        case "invalid":
            switch (Leader.errorField) {
            case "period": return qsTr("Kỳ không hợp lệ: nhập hai ngày dạng NNNN-TT-NN, ngày đầu không sau ngày cuối.")
            case "reason": return qsTr("Ghi rõ lý do mở danh tính (ít nhất 5 ký tự).")
            default: return qsTr("Thông tin chưa đúng.")
            }
        case "": return ""
        default: return qsTr("Không đọc được dữ liệu. Báo quản trị viên.")
        }
    }
    function kindText(k) {
        switch (k) {
        case "complaint": return qsTr("Khiếu nại")
        case "denunciation": return qsTr("Tố cáo")
        case "petition": return qsTr("Kiến nghị")
        case "feedback": return qsTr("Phản ánh")
        default: return k
        }
    }
    function kindsText(list) {
        var out = []
        for (var i = 0; i < list.length; ++i)
            out.push(kindText(list[i]))
        return out.join(", ")
    }
    function directionText(d) {
        switch (d) {
        case "accept": return qsTr("Thụ lý")
        case "return_guide": return qsTr("Trả lại đơn, hướng dẫn")
        case "transfer": return qsTr("Chuyển đơn")
        case "pending": return qsTr("Chưa xử lý")
        default: return d
        }
    }
    function receiverText(r) {
        switch (r) {
        case "officer": return qsTr("Cán bộ tiếp")
        case "head": return qsTr("Thủ trưởng")
        case "deputy": return qsTr("Cấp phó được ủy quyền")
        default: return r
        }
    }
    function receptionKindText(k) {
        switch (k) {
        case "regular": return qsTr("Thường xuyên")
        case "periodic": return qsTr("Định kỳ")
        case "adhoc": return qsTr("Đột xuất")
        default: return k
        }
    }
    function leaderText(k) {
        switch (k) {
        case "all": return qsTr("Lãnh đạo (tất cả)")
        case "head-periodic": return qsTr("Thủ trưởng, định kỳ")
        case "head-adhoc": return qsTr("Thủ trưởng, đột xuất")
        case "head-regular": return qsTr("Thủ trưởng, thường xuyên")
        case "deputy": return qsTr("Cấp phó được ủy quyền")
        default: return k
        }
    }
    function figureText(k) {
        switch (k) {
        case "visits": return qsTr("Lượt tiếp")
        case "persons": return qsTr("Số người")
        case "cases": return qsTr("Số vụ việc")
        case "firstVisits": return qsTr("Lần đầu")
        case "repeatVisits": return qsTr("Tái diễn")
        case "refused": return qsTr("Từ chối tiếp")
        case "groups": return qsTr("Số đoàn đông người")
        case "groupPersons": return qsTr("Số người trong đoàn")
        case "groupCases": return qsTr("Số vụ việc của đoàn")
        case "tickets": return qsTr("Số phiếu")
        case "served": return qsTr("Đã tiếp xong")
        case "noShows": return qsTr("Vắng mặt")
        case "avgWaitMinutes": return qsTr("Chờ trung bình (phút)")
        case "avgServiceMinutes": return qsTr("Tiếp trung bình (phút)")
        default: return k
        }
    }
    function actionText(a) {
        switch (a) {
        case "record.add": return qsTr("Ghi vào sổ")
        case "identity.unseal": return qsTr("Mở danh tính được bảo mật")
        default: return a
        }
    }
    function dueText(days) {
        if (days < 0) return qsTr("Quá hạn %1 ngày").arg(-days)
        if (days === 0) return qsTr("Hết hạn hôm nay")
        return qsTr("Còn %1 ngày").arg(days)
    }

    header: Rectangle {
        implicitHeight: Theme.touch
        color: Theme.primary
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.gap
            anchors.rightMargin: Theme.gap / 2
            spacing: Theme.gap
            Text {
                Layout.fillWidth: true
                text: Leader.remote ? qsTr("Toàn tỉnh · %1").arg(Leader.sourceLabel) : Leader.officeName
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontBody
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                visible: Leader.signedIn
                text: Leader.userName
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontSmall
            }
            Button {
                implicitHeight: Theme.touch * 0.75
                text: Leader.language === "vi" ? "English" : "Tiếng Việt"
                font.pixelSize: Theme.fontSmall
                onClicked: Leader.language = (Leader.language === "vi" ? "en" : "vi")
            }
            Button {
                objectName: "signOutButton"
                visible: Leader.signedIn
                implicitHeight: Theme.touch * 0.75
                text: qsTr("Đăng xuất")
                font.pixelSize: Theme.fontSmall
                onClicked: Leader.signOut()
            }
        }
    }

    // --- sign-in ------------------------------------------------------------
    Item {
        anchors.fill: parent
        visible: !Leader.signedIn
        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.gap, Theme.touch * 8)
            height: signInColumn.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: 2
            ColumnLayout {
                id: signInColumn
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Theme.gap / 2
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Đăng nhập: sổ tiếp công dân và thống kê")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: Leader.signOutReason === "idle"
                    text: qsTr("Đã tự đăng xuất vì lâu không thao tác.")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                    wrapMode: Text.WordWrap
                }
                Field {
                    id: loginField
                    objectName: "loginField"
                    Layout.fillWidth: true
                    label: qsTr("Tên đăng nhập")
                    input.inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase | Qt.ImhNoPredictiveText
                }
                Field {
                    id: pinField
                    objectName: "pinField"
                    Layout.fillWidth: true
                    label: qsTr("Mã PIN hoặc mật khẩu")
                    input.echoMode: TextInput.Password
                }
                Connections {
                    target: pinField.input
                    function onAccepted() { signInButton.clicked() }
                }
                Text {
                    Layout.fillWidth: true
                    visible: Leader.errorKind.length > 0
                    text: window.errorText(Leader.errorKind)
                    color: Theme.danger
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                BigButton {
                    id: signInButton
                    objectName: "signInButton"
                    Layout.fillWidth: true
                    primary: true
                    text: qsTr("Đăng nhập")
                    onClicked: {
                        if (Leader.signIn(loginField.text, pinField.text))
                            loginField.text = ""
                        pinField.text = ""
                    }
                }
            }
        }
    }

    // --- signed in: three pages ---------------------------------------------
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        visible: Leader.signedIn
        spacing: Theme.gap / 2

        TabBar {
            id: tabs
            objectName: "leaderTabs"
            Layout.fillWidth: true
            font.pixelSize: Theme.fontBody
            TabButton { text: qsTr("Tổng quan"); height: Theme.touch * 0.8 }
            TabButton { text: qsTr("Sổ tiếp công dân"); height: Theme.touch * 0.8 }
            TabButton { text: qsTr("Thống kê"); height: Theme.touch * 0.8 }
        }
        Text {
            Layout.fillWidth: true
            visible: Leader.errorKind.length > 0
            text: window.errorText(Leader.errorKind)
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            // --- overview: the deadline watch and this year so far -------------
            RowLayout {
                spacing: Theme.gap
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 3
                    color: Theme.surface
                    border.color: Theme.border
                    radius: Theme.radius / 2
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.gap / 2
                        RowLayout {
                            Layout.fillWidth: true
                            Text {
                                Layout.fillWidth: true
                                text: qsTr("Theo dõi thời hạn: %1 việc đến hạn trong %2 ngày, %3 quá hạn")
                                          .arg(Leader.deadlines.length).arg(Leader.withinDays).arg(Leader.overdueCount)
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Leader.overdueCount > 0 ? Theme.danger : Theme.text
                                wrapMode: Text.WordWrap
                            }
                            Button {
                                text: qsTr("7 ngày")
                                font.pixelSize: Theme.fontSmall
                                implicitHeight: Theme.touch * 0.7
                                highlighted: Leader.withinDays === 7
                                onClicked: Leader.withinDays = 7
                            }
                            Button {
                                text: qsTr("30 ngày")
                                font.pixelSize: Theme.fontSmall
                                implicitHeight: Theme.touch * 0.7
                                highlighted: Leader.withinDays === 30
                                onClicked: Leader.withinDays = 30
                            }
                        }
                        ListView {
                            id: watchList
                            objectName: "deadlineList"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            model: Leader.deadlines
                            spacing: 4
                            ScrollBar.vertical: ScrollBar { width: Theme.gap / 2 }
                            delegate: Rectangle {
                                required property var modelData
                                width: watchList.width - Theme.gap
                                height: watchRow.implicitHeight + Theme.gap / 2
                                radius: 6
                                color: modelData.daysLeft < 0 ? "#fde8ea" : modelData.daysLeft <= 2 ? "#fff4d6" : Theme.bg
                                border.color: Theme.border
                                RowLayout {
                                    id: watchRow
                                    anchors.fill: parent
                                    anchors.margins: Theme.gap / 4
                                    spacing: Theme.gap / 2
                                    Text {
                                        Layout.preferredWidth: Theme.touch * 2.6
                                        text: window.dueText(modelData.daysLeft)
                                        font.pixelSize: Theme.fontSmall
                                        font.bold: true
                                        color: modelData.daysLeft < 0 ? Theme.danger : Theme.text
                                    }
                                    Text {
                                        Layout.preferredWidth: Theme.touch * 1.8
                                        text: modelData.due
                                        font.pixelSize: Theme.fontSmall
                                        color: Theme.text
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        text: (modelData.office.length > 0 ? modelData.office + " · " : "")
                                              + (Leader.language === "en" ? modelData.labelEn : modelData.labelVi)
                                              + " · " + qsTr("sổ số %1, tính từ %2").arg(modelData.book).arg(modelData.received)
                                        font.pixelSize: Theme.fontSmall
                                        color: Theme.text
                                        elide: Text.ElideRight
                                    }
                                    Text {
                                        text: modelData.legalBasis
                                        font.pixelSize: Math.round(Theme.fontSmall * 0.85)
                                        color: Theme.muted
                                        Layout.maximumWidth: Theme.touch * 4
                                        elide: Text.ElideRight
                                    }
                                }
                            }
                            Text {
                                anchors.centerIn: parent
                                visible: watchList.count === 0
                                text: qsTr("Không có việc nào sắp đến hạn.")
                                font.pixelSize: Theme.fontBody
                                color: Theme.muted
                            }
                        }
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 2
                    color: Theme.surface
                    border.color: Theme.border
                    radius: Theme.radius / 2
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.gap / 2
                        spacing: Theme.gap / 3
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("Kỳ đang xem: %1 – %2 (cùng kỳ năm trước %3 – %4)")
                                      .arg(Leader.statistics.from || "").arg(Leader.statistics.to || "")
                                      .arg(Leader.statistics.previousFrom || "").arg(Leader.statistics.previousTo || "")
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        StatBlock {
                            Layout.fillWidth: true
                            title: qsTr("Tiếp công dân")
                            figures: Leader.statistics.totals || []
                            labelOf: window.figureText
                        }
                        Item { Layout.fillHeight: true }
                    }
                }
            }

            // --- the log book ---------------------------------------------------
            ColumnLayout {
                spacing: Theme.gap / 3
                // The fields show the filter in force (also when set from C++).
                Connections {
                    target: Leader
                    function onFilterChanged() {
                        var f = Leader.filter
                        textFilter.text = f.text || ""; fromFilter.text = f.from || ""; toFilter.text = f.to || ""
                        receiverNameFilter.text = f.receiverName || ""
                        kindFilter.select(f.kind); directionFilter.select(f.direction); receiverFilter.select(f.receiverRole)
                        groupFilter.select(f.group); visitFilter.select(f.visit); officeFilter.select(f.office)
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gap / 3
                    Field {
                        id: textFilter
                        objectName: "textFilter"
                        width: Theme.touch * 5
                        label: qsTr("Tìm (có dấu hoặc không dấu)")
                        Connections {
                            target: textFilter.input
                            function onAccepted() { filterButton.clicked() }
                        }
                    }
                    Field { id: fromFilter; objectName: "fromFilter"; width: Theme.touch * 3; label: qsTr("Từ ngày (NNNN-TT-NN)") }
                    Field { id: toFilter; objectName: "toFilter"; width: Theme.touch * 3; label: qsTr("Đến ngày") }
                    FilterBox {
                        id: kindFilter
                        label: qsTr("Loại việc")
                        choices: [{ value: "", text: qsTr("Tất cả") }, { value: "complaint", text: qsTr("Khiếu nại") },
                                  { value: "denunciation", text: qsTr("Tố cáo") }, { value: "petition", text: qsTr("Kiến nghị") },
                                  { value: "feedback", text: qsTr("Phản ánh") }]
                    }
                    FilterBox {
                        id: directionFilter
                        label: qsTr("Hướng xử lý")
                        choices: [{ value: "", text: qsTr("Tất cả") }, { value: "accept", text: qsTr("Thụ lý") },
                                  { value: "return_guide", text: qsTr("Trả lại đơn, hướng dẫn") },
                                  { value: "transfer", text: qsTr("Chuyển đơn") }, { value: "pending", text: qsTr("Chưa xử lý") }]
                    }
                    FilterBox {
                        id: receiverFilter
                        label: qsTr("Người tiếp")
                        choices: [{ value: "", text: qsTr("Tất cả") }, { value: "officer", text: qsTr("Cán bộ tiếp") },
                                  { value: "head", text: qsTr("Thủ trưởng") }, { value: "deputy", text: qsTr("Cấp phó được ủy quyền") }]
                    }
                    // The department server does not filter by name (RemoteLeaderSource).
                    Field { id: receiverNameFilter; visible: !Leader.remote; width: Theme.touch * 3; label: qsTr("Họ tên người tiếp") }
                    FilterBox {
                        id: groupFilter
                        label: qsTr("Đoàn đông người")
                        choices: [{ value: "", text: qsTr("Tất cả") }, { value: "yes", text: qsTr("Đoàn") }, { value: "no", text: qsTr("Không phải đoàn") }]
                    }
                    FilterBox {
                        id: visitFilter
                        label: qsTr("Lần tiếp")
                        choices: [{ value: "", text: qsTr("Tất cả") }, { value: "first", text: qsTr("Lần đầu") }, { value: "repeat", text: qsTr("Tái diễn") }]
                    }
                    FilterBox {
                        id: officeFilter
                        visible: Leader.remote
                        label: qsTr("Đơn vị")
                        choices: {
                            var c = [{ value: "", text: qsTr("Tất cả đơn vị") }]
                            for (var i = 0; i < Leader.offices.length; ++i)
                                c.push({ value: Leader.offices[i], text: Leader.offices[i] })
                            return c
                        }
                    }
                    Button {
                        id: filterButton
                        objectName: "filterButton"
                        text: qsTr("Lọc")
                        font.pixelSize: Theme.fontBody
                        implicitHeight: Theme.touch * 0.8
                        highlighted: true
                        onClicked: Leader.applyFilter({ text: textFilter.text, from: fromFilter.text, to: toFilter.text,
                                                        kind: kindFilter.value, direction: directionFilter.value,
                                                        receiverRole: receiverFilter.value, receiverName: receiverNameFilter.text,
                                                        group: groupFilter.value, visit: visitFilter.value,
                                                        office: officeFilter.value })
                    }
                    Button {
                        text: qsTr("Bỏ lọc")
                        font.pixelSize: Theme.fontBody
                        implicitHeight: Theme.touch * 0.8
                        onClicked: {
                            textFilter.text = ""; fromFilter.text = ""; toFilter.text = ""; receiverNameFilter.text = ""
                            kindFilter.currentIndex = 0; directionFilter.currentIndex = 0; receiverFilter.currentIndex = 0
                            groupFilter.currentIndex = 0; visitFilter.currentIndex = 0; officeFilter.currentIndex = 0
                            Leader.applyFilter({})
                        }
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: Leader.log.complete ? qsTr("%1 bản ghi").arg(Leader.log.count)
                                              : qsTr("%1 bản ghi đầu tiên (cuộn xuống để xem thêm)").arg(Leader.log.count)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
                ListView {
                    id: logList
                    objectName: "logList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: Leader.log
                    reuseItems: true
                    ScrollBar.vertical: ScrollBar { width: Theme.gap / 2 }
                    delegate: Rectangle {
                        required property int index
                        required property string recordId
                        required property string book
                        required property string date
                        required property string name
                        required property string idNumber
                        required property string content
                        required property var kinds
                        required property int people
                        required property bool group
                        required property bool repeat
                        required property string direction
                        required property string receiver
                        required property bool sealed
                        required property bool anonymous
                        required property string office
                        width: logList.width - Theme.gap / 2
                        height: Theme.touch * 1.1
                        color: index % 2 ? Theme.bg : Theme.surface
                        border.color: Theme.border
                        MouseArea {
                            anchors.fill: parent
                            onClicked: Leader.openRecord(recordId)
                        }
                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: Theme.gap / 3
                            anchors.rightMargin: Theme.gap / 3
                            spacing: Theme.gap / 2
                            Text {
                                Layout.preferredWidth: Theme.touch * 2.2
                                text: book + (office.length > 0 ? "\n" + office : "") + "\n" + date
                                font.pixelSize: Math.round(Theme.fontSmall * 0.85)
                                color: Theme.muted
                            }
                            Text {
                                Layout.preferredWidth: Theme.touch * 3.2
                                text: sealed ? (anonymous ? qsTr("(nặc danh)") : qsTr("(bảo mật)"))
                                             : name + (idNumber.length > 0 ? "\n" + idNumber : "")
                                font.pixelSize: Theme.fontSmall
                                font.italic: sealed
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            Text {
                                Layout.fillWidth: true
                                text: content
                                font.pixelSize: Theme.fontSmall
                                color: Theme.text
                                wrapMode: Text.WordWrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                            }
                            Text {
                                Layout.preferredWidth: Theme.touch * 3.8
                                Layout.maximumWidth: Theme.touch * 3.8
                                clip: true
                                text: window.kindsText(kinds) + " · " + window.directionText(direction)
                                      + "\n" + window.receiverText(receiver)
                                      + (group ? " · " + qsTr("đoàn %1 người").arg(people) : "")
                                      + (repeat ? " · " + qsTr("tái diễn") : "")
                                font.pixelSize: Math.round(Theme.fontSmall * 0.85)
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                        }
                    }
                    Text {
                        anchors.centerIn: parent
                        visible: logList.count === 0
                        text: qsTr("Không có bản ghi nào khớp.")
                        font.pixelSize: Theme.fontBody
                        color: Theme.muted
                    }
                }
            }

            // --- statistics -----------------------------------------------------
            ColumnLayout {
                spacing: Theme.gap / 3
                // The fields show the period in force (also when set from C++).
                Connections {
                    target: Leader
                    function onStatisticsChanged() {
                        var s = Leader.statistics
                        if (!s.kind)
                            return
                        periodKind.select(s.kind)
                        if (s.year) periodYear.text = s.year
                        if (s.n) periodN.text = s.n
                        if (s.fromIso) { rangeFrom.text = s.fromIso; rangeTo.text = s.toIso }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap / 2
                    FilterBox {
                        id: periodKind
                        objectName: "periodKind"
                        label: qsTr("Kỳ báo cáo")
                        choices: [{ value: "month", text: qsTr("Tháng") }, { value: "quarter", text: qsTr("Quý") },
                                  { value: "half", text: qsTr("6 tháng") }, { value: "nine", text: qsTr("9 tháng") },
                                  { value: "year", text: qsTr("Năm") }, { value: "range", text: qsTr("Khoảng ngày") }]
                        Component.onCompleted: currentIndex = 4
                    }
                    Field {
                        id: periodYear
                        visible: periodKind.value !== "range"
                        Layout.preferredWidth: Theme.touch * 1.6
                        label: qsTr("Năm")
                        text: Leader.today.substring(0, 4)
                        input.inputMethodHints: Qt.ImhDigitsOnly
                    }
                    Field {
                        id: periodN
                        visible: periodKind.value === "month" || periodKind.value === "quarter"
                        Layout.preferredWidth: Theme.touch * 1.6
                        label: periodKind.value === "month" ? qsTr("Tháng") : qsTr("Quý")
                        text: "1"
                        input.inputMethodHints: Qt.ImhDigitsOnly
                    }
                    Field { id: rangeFrom; visible: periodKind.value === "range"; Layout.preferredWidth: Theme.touch * 2.4; label: qsTr("Từ ngày (NNNN-TT-NN)") }
                    Field { id: rangeTo; visible: periodKind.value === "range"; Layout.preferredWidth: Theme.touch * 2.4; label: qsTr("Đến ngày") }
                    Button {
                        objectName: "showStatisticsButton"
                        Layout.alignment: Qt.AlignBottom
                        text: qsTr("Xem thống kê")
                        font.pixelSize: Theme.fontBody
                        implicitHeight: Theme.touch * 0.8
                        highlighted: true
                        onClicked: periodKind.value === "range" ? Leader.showRange(rangeFrom.text, rangeTo.text)
                                                                : Leader.showPeriod(periodKind.value, parseInt(periodYear.text), parseInt(periodN.text))
                    }
                    Item { Layout.fillWidth: true }
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Từ %1 đến %2, so với cùng kỳ năm trước (%3 – %4). Vạch đậm: kỳ này; vạch nhạt: cùng kỳ năm trước.")
                              .arg(Leader.statistics.from || "").arg(Leader.statistics.to || "")
                              .arg(Leader.statistics.previousFrom || "").arg(Leader.statistics.previousTo || "")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                    wrapMode: Text.WordWrap
                }
                ScrollView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    contentWidth: availableWidth
                    GridLayout {
                        width: parent.width
                        columns: 2
                        columnSpacing: Theme.gap
                        rowSpacing: Theme.gap / 2
                        StatBlock { title: qsTr("Tiếp công dân"); figures: Leader.statistics.totals || []; labelOf: window.figureText }
                        StatBlock { title: qsTr("Đoàn đông người"); figures: Leader.statistics.groups || []; labelOf: window.figureText }
                        StatBlock { title: qsTr("Vụ việc theo loại"); figures: Leader.statistics.byKind || []; labelOf: window.kindText }
                        StatBlock { title: qsTr("Lượt tiếp theo hướng xử lý"); figures: Leader.statistics.byDirection || []; labelOf: window.directionText }
                        StatBlock { title: qsTr("Vụ việc đã giải quyết theo loại (kết quả do cấp tỉnh gửi về)"); figures: Leader.statistics.resolvedByKind || []; labelOf: window.kindText }
                        Column {
                            Layout.columnSpan: 2
                            Layout.fillWidth: true
                            spacing: 2
                            Text {
                                text: qsTr("Lãnh đạo tiếp: số kỳ, lượt, người, vụ việc (cùng kỳ năm trước trong ngoặc)")
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                            }
                            Repeater {
                                model: Leader.statistics.leaders || []
                                delegate: Row {
                                    required property var modelData
                                    spacing: Theme.gap
                                    Text { width: Theme.touch * 4.5; text: window.leaderText(modelData.key); font.pixelSize: Theme.fontSmall; color: Theme.text }
                                    Text { width: Theme.touch * 2.5; text: qsTr("%1 kỳ (%2)").arg(modelData.sessions).arg(modelData.previousSessions); font.pixelSize: Theme.fontSmall; color: Theme.text }
                                    Text { width: Theme.touch * 2.5; text: qsTr("%1 lượt (%2)").arg(modelData.visits).arg(modelData.previousVisits); font.pixelSize: Theme.fontSmall; color: Theme.text }
                                    Text { width: Theme.touch * 2.5; text: qsTr("%1 người (%2)").arg(modelData.persons).arg(modelData.previousPersons); font.pixelSize: Theme.fontSmall; color: Theme.text }
                                    Text { width: Theme.touch * 2.5; text: qsTr("%1 vụ việc (%2)").arg(modelData.cases).arg(modelData.previousCases); font.pixelSize: Theme.fontSmall; color: Theme.text }
                                }
                            }
                        }
                        StatBlock { title: qsTr("Xếp hàng"); figures: Leader.statistics.queue || []; labelOf: window.figureText }
                    }
                }
            }
        }
    }

    // --- one record: every column, deadlines, history ------------------------
    Rectangle {
        id: recordPanel
        objectName: "recordPanel"
        anchors.fill: parent
        anchors.margins: Theme.gap
        visible: Leader.signedIn && Leader.record.id !== undefined
        color: Theme.surface
        border.color: Theme.accent
        border.width: 3
        radius: Theme.radius
        property var r: Leader.record

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.gap / 2
            spacing: Theme.gap / 3
            RowLayout {
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Sổ số %1 · %2").arg(recordPanel.r.book || "").arg(recordPanel.r.date || "")
                          + (recordPanel.r.office ? " · " + recordPanel.r.office : "")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }
                Button {
                    objectName: "closeRecordButton"
                    text: qsTr("Đóng")
                    font.pixelSize: Theme.fontBody
                    implicitHeight: Theme.touch * 0.8
                    onClicked: Leader.closeRecord()
                }
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentWidth: availableWidth
                Column {
                    id: recordColumn
                    width: parent.width
                    spacing: Theme.gap / 4
                    RecordLine {
                        label: qsTr("Họ tên, địa chỉ")
                        value: recordPanel.r.sealed && !recordPanel.r.unsealed
                               ? (recordPanel.r.anonymous ? qsTr("(nặc danh)") : qsTr("(bảo mật: chỉ lãnh đạo được mở, việc mở được ghi lại)"))
                               : (recordPanel.r.name || "") + (recordPanel.r.address ? ", " + recordPanel.r.address : "")
                    }
                    RecordLine { label: qsTr("Số CCCD/hộ chiếu"); value: recordPanel.r.sealed && !recordPanel.r.unsealed ? "" : (recordPanel.r.idNumber || "") }
                    RecordLine { label: qsTr("Người đại diện"); value: recordPanel.r.representatives || ""; visible: value.length > 0 }
                    RecordLine { label: qsTr("Nội dung vụ việc"); value: recordPanel.r.content || "" }
                    RecordLine {
                        label: qsTr("Phân loại, số người")
                        value: window.kindsText(recordPanel.r.kinds || []) + " · " + qsTr("%1 người").arg(recordPanel.r.people || 0)
                               + (recordPanel.r.repeat ? " · " + qsTr("tái diễn") : " · " + qsTr("lần đầu"))
                    }
                    RecordLine { label: qsTr("Cơ quan đã giải quyết"); value: recordPanel.r.previousAgency || "" }
                    RecordLine {
                        label: qsTr("Hướng xử lý")
                        value: window.directionText(recordPanel.r.direction || "")
                               + (recordPanel.r.transferAgency ? ": " + recordPanel.r.transferAgency : "")
                               + (recordPanel.r.refusal && recordPanel.r.refusal !== "none" ? " · " + qsTr("từ chối tiếp") + " " + (recordPanel.r.refusalNote || "") : "")
                    }
                    RecordLine { label: qsTr("Theo dõi kết quả"); value: recordPanel.r.followUp || "" }
                    RecordLine { label: qsTr("Ghi chú"); value: recordPanel.r.notes || "" }
                    RecordLine {
                        label: qsTr("Người tiếp, hình thức")
                        value: window.receiverText(recordPanel.r.receiver || "") + (recordPanel.r.receiverName ? " " + recordPanel.r.receiverName : "")
                               + " · " + window.receptionKindText(recordPanel.r.receptionKind || "")
                               + (recordPanel.r.ticket ? " · " + qsTr("phiếu %1").arg(recordPanel.r.ticket) : "")
                    }
                    RecordLine {
                        label: qsTr("Thông báo kết luận")
                        visible: (recordPanel.r.conclusion || "").length > 0
                        value: (recordPanel.r.conclusion || "") + (recordPanel.r.conclusionDue ? " — " + qsTr("hạn thực hiện %1").arg(recordPanel.r.conclusionDue) : "")
                    }
                    Text {
                        text: qsTr("Thời hạn")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        visible: (recordPanel.r.deadlines || []).length > 0
                    }
                    Repeater {
                        model: recordPanel.r.deadlines || []
                        delegate: Text {
                            required property var modelData
                            width: recordColumn.width
                            text: "• " + (Leader.language === "en" ? modelData.labelEn : modelData.labelVi) + ": " + modelData.due
                                  + " (" + window.dueText(modelData.daysLeft) + ") — " + modelData.legalBasis
                            font.pixelSize: Theme.fontSmall
                            color: modelData.daysLeft < 0 ? Theme.danger : Theme.text
                            wrapMode: Text.WordWrap
                        }
                    }
                    Text {
                        text: qsTr("Lịch sử")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                    }
                    Repeater {
                        model: recordPanel.r.history || []
                        delegate: Text {
                            required property var modelData
                            width: recordColumn.width
                            text: "• " + modelData.at + " · " + modelData.actor + " · " + window.actionText(modelData.action)
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                    }
                    RowLayout {
                        width: recordColumn.width
                        visible: recordPanel.r.sealed === true && !recordPanel.r.unsealed && !recordPanel.r.anonymous && Leader.mayOpenSealed
                        spacing: Theme.gap / 2
                        Field {
                            id: unsealReason
                            objectName: "unsealReason"
                            Layout.fillWidth: true
                            label: qsTr("Lý do mở danh tính người tố cáo (được ghi vào nhật ký)")
                        }
                        Button {
                            objectName: "unsealButton"
                            Layout.alignment: Qt.AlignBottom
                            text: qsTr("Mở danh tính")
                            font.pixelSize: Theme.fontBody
                            implicitHeight: Theme.touch * 0.8
                            onClicked: if (Leader.unseal(unsealReason.text)) unsealReason.text = ""
                        }
                    }
                    Text {
                        width: recordColumn.width
                        visible: Leader.errorKind.length > 0
                        text: window.errorText(Leader.errorKind)
                        color: Theme.danger
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }

    // A labelled choice whose value is the chosen entry's `value`.
    component FilterBox: Column {
        property alias label: boxLabel.text
        property var choices: []
        property alias currentIndex: box.currentIndex
        readonly property string value: box.currentIndex >= 0 && box.currentIndex < choices.length ? choices[box.currentIndex].value : ""
        function select(v) {
            for (var i = 0; i < choices.length; ++i)
                if (choices[i].value === (v || "")) { box.currentIndex = i; return }
            box.currentIndex = 0
        }
        spacing: 6
        Text { id: boxLabel; font.pixelSize: Theme.fontSmall; color: Theme.muted }
        ComboBox {
            id: box
            width: Theme.touch * 3
            height: Theme.touch * 0.8
            font.pixelSize: Theme.fontSmall
            model: parent.choices
            textRole: "text"
        }
    }

    // One figure now and a year earlier, as numbers and two bars.
    component FigureBar: Item {
        property var figure: ({ current: 0, previous: 0 })
        property string label
        property real scaleMax: Math.max(1, figure.current, figure.previous)
        height: Theme.fontSmall * 1.7
        Text { id: figLabel; width: Theme.touch * 3.6; anchors.verticalCenter: parent.verticalCenter; text: label; font.pixelSize: Theme.fontSmall; color: Theme.text; elide: Text.ElideRight }
        Text { id: figNow; x: figLabel.width; width: Theme.touch * 1.2; anchors.verticalCenter: parent.verticalCenter; text: figure.current; font.pixelSize: Theme.fontSmall; font.bold: true; color: Theme.text; horizontalAlignment: Text.AlignRight }
        Text { id: figBefore; x: figNow.x + figNow.width; width: Theme.touch * 1.3; anchors.verticalCenter: parent.verticalCenter; text: "(" + figure.previous + ")"; font.pixelSize: Theme.fontSmall; color: Theme.muted; horizontalAlignment: Text.AlignRight }
        Item {
            id: bars
            x: figBefore.x + figBefore.width + Theme.gap / 2
            width: Math.max(0, parent.width - x)
            height: parent.height
            Rectangle { y: parent.height * 0.12; width: bars.width * figure.current / scaleMax; height: parent.height * 0.42; color: Theme.accent; radius: 3 }
            Rectangle { y: parent.height * 0.6; width: bars.width * figure.previous / scaleMax; height: parent.height * 0.28; color: Theme.border; radius: 3 }
        }
    }

    // A titled table of FigureBars sharing one scale.
    component StatBlock: Column {
        id: block
        property string title
        property var figures: []
        property var labelOf
        readonly property real scaleMax: {
            var m = 1
            for (var i = 0; i < figures.length; ++i)
                m = Math.max(m, figures[i].current, figures[i].previous)
            return m
        }
        Layout.fillWidth: true
        Layout.preferredWidth: 100 // equal columns in a GridLayout
        Layout.alignment: Qt.AlignTop
        spacing: 2
        Text { text: block.title; font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text }
        Repeater {
            model: block.figures
            delegate: FigureBar { required property var modelData; width: block.width; figure: modelData; label: block.labelOf(modelData.key); scaleMax: block.scaleMax }
        }
    }

    component RecordLine: RowLayout {
        property string label
        property string value
        width: recordColumn.width
        spacing: Theme.gap / 2
        Text { Layout.preferredWidth: Theme.touch * 3.4; Layout.alignment: Qt.AlignTop; text: label; font.pixelSize: Theme.fontSmall; color: Theme.muted; wrapMode: Text.WordWrap }
        Text { Layout.fillWidth: true; text: value.length > 0 ? value : "—"; font.pixelSize: Theme.fontSmall; color: Theme.text; wrapMode: Text.WordWrap }
    }
}
