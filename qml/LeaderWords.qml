pragma Singleton
import QtQuick
import TiepDan.Backend

// Words of the leader view for what LeaderController reports as codes:
// kinds, directions, receivers, figures, history actions, errors, exports.
// The one place these words live for the leader screens.
QtObject {
    function errorText(kind) {
        switch (kind) {
        case "denied": return Leader.signedIn ? qsTr("Tài khoản này không được phép xem nội dung này.")
                                              : qsTr("Sai tên đăng nhập hoặc mã PIN, hoặc tài khoản đang bị khóa.")
        case "notFound": return qsTr("Không tìm thấy bản ghi.")
        case "invalid":
            switch (Leader.errorField) {
            case "reason": return qsTr("Ghi rõ lý do mở danh tính (ít nhất 5 ký tự).")
            case "from": case "to": case "period": return periodErrorText(Leader.errorField)
            default: return qsTr("Thông tin chưa đúng.")
            }
        case "": return ""
        default: return qsTr("Không đọc được dữ liệu. Báo quản trị viên.")
        }
    }
    // A refused period or date filter, by the field at fault.
    function periodErrorText(field) {
        switch (field) {
        case "": return ""
        case "from": return qsTr("Ngày bắt đầu chưa đúng: viết ngày/tháng/năm, ví dụ 01/12/2026.")
        case "to": return qsTr("Ngày kết thúc chưa đúng: viết ngày/tháng/năm, ví dụ 31/12/2026.")
        case "period": return qsTr("Kỳ không hợp lệ: ngày kết thúc phải cùng ngày hoặc sau ngày bắt đầu, và kỳ dài không quá 10 năm.")
        default: return qsTr("Bộ lọc chưa đúng. Chọn lại rồi bấm Lọc.")
        }
    }
    // [{value, text}] for a ChoiceBox: "" (every value) first, then `keys`
    // worded by `wordOf`.
    function choices(keys, wordOf, allText) {
        const out = [{ value: "", text: allText || qsTr("Tất cả") }]
        for (let i = 0; i < keys.length; ++i)
            out.push({ value: keys[i], text: wordOf(keys[i]) })
        return out
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
        const out = []
        for (let i = 0; i < list.length; ++i)
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
    function groupText(g) { return g === "yes" ? qsTr("Đoàn") : qsTr("Không phải đoàn") }
    function visitText(v) { return v === "first" ? qsTr("Lần đầu") : qsTr("Tái diễn") }
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
        case "avgWaitMinutes": return qsTr("Chờ trung bình")
        case "avgServiceMinutes": return qsTr("Tiếp trung bình")
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
    // One line of a record's history: when, who, what (and why, for an opening).
    function historyText(h) {
        return h.at + " · " + h.actor + " · " + actionText(h.action)
               + (h.reason ? " — " + qsTr("lý do: %1").arg(h.reason) : "")
    }
    function dueText(days) {
        if (days < 0) return qsTr("Quá hạn %1 ngày").arg(-days)
        if (days === 0) return qsTr("Hết hạn hôm nay")
        return qsTr("Còn %1 ngày").arg(days)
    }
    // The last export or print (Leader.exportStatus), in words.
    function exportText(s) {
        if (!s || s.ok === undefined)
            return ""
        if (s.ok && s.format === "print")
            return qsTr("Đã gửi lệnh in %1 đến máy in.").arg(s.job)
        if (s.ok)
            return qsTr("Đã lưu %1 bản ghi vào tệp: %2").arg(s.records).arg(s.path)
        switch (s.error) {
        case "period": return qsTr("Chưa xuất được: chưa có kỳ hợp lệ. Chọn kỳ trước.")
        case "tooMany": return qsTr("Kỳ này có quá nhiều bản ghi cho một tệp. Chọn kỳ ngắn hơn hoặc một đơn vị.")
        case "folder": return qsTr("Không ghi được tệp vào thư mục %1 (%2).").arg(Leader.exportFolder).arg(s.detail)
        case "noPrinter": return qsTr("Không in được: máy này chưa có máy in mặc định. Nhờ quản trị viên cài máy in.")
        case "printerUnknown": return qsTr("Không in được: không có máy in tên này (%1).").arg(s.detail)
        case "printService": return qsTr("Không in được: dịch vụ in (CUPS) không chạy hoặc chưa cài (%1).").arg(s.detail)
        case "print": return qsTr("Không in được: %1").arg(s.detail)
        default: return qsTr("Không xuất được: %1").arg(s.detail)
        }
    }
}
