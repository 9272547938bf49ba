pragma Singleton
import QtQuick
import TiepDan.Backend

// Words of the desk's screens for what DeskController reports as codes:
// ticket states and error kinds.
QtObject {
    function errorText(kind) {
        switch (kind) {
        case "denied": return Desk.signedIn ? qsTr("Tài khoản này không được phép làm việc này.")
                                            : qsTr("Sai tên đăng nhập hoặc mã PIN, hoặc tài khoản đang bị khóa.")
        case "notFound": return qsTr("Không còn ai chờ ở quầy này.")
        case "conflict": return qsTr("Số này không ở trạng thái cho phép thao tác đó.")
        case "invalid": return qsTr("Thông tin chưa đúng.")
        case "offline": return qsTr("Chưa làm được: mất kết nối với máy chủ văn phòng. Thử lại khi có kết nối.")
        case "": return ""
        default: return qsTr("Lỗi lưu dữ liệu. Báo quản trị viên.")
        }
    }
    function stateText(state) {
        switch (state) {
        case "waiting": return qsTr("Đang chờ")
        case "called": return qsTr("Đã gọi")
        case "serving": return qsTr("Đang tiếp")
        case "parked": return qsTr("Tạm hoãn")
        case "transferred": return qsTr("Chuyển quầy")
        case "done": return qsTr("Đã xong")
        case "no_show": return qsTr("Vắng mặt")
        case "cancelled": return qsTr("Đã hủy")
        default: return state
        }
    }
    // Why the desk is at the sign-in screen again.
    function signOutText(reason) {
        switch (reason) {
        case "idle": return qsTr("Đã tự đăng xuất vì lâu không thao tác.")
        case "restart": return qsTr("Máy chủ văn phòng (máy ki-ốt) vừa khởi động lại nên phiên làm việc đã hết. Vui lòng đăng nhập lại.")
        case "denied": return qsTr("Phiên làm việc đã kết thúc (tài khoản bị khóa, đổi quyền hoặc hết hạn). Vui lòng đăng nhập lại.")
        default: return ""
        }
    }
}
