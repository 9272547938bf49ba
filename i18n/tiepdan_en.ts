<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>BookingPage</name>
    <message>
        <location filename="../qml/BookingPage.qml" line="18" />
        <source>Chọn buổi Lãnh đạo tiếp công dân</source>
        <translation>Choose a leader reception session</translation>
    </message>
    <message>
        <location filename="../qml/BookingPage.qml" line="31" />
        <source>Buổi này đã hết chỗ. Vui lòng chọn buổi khác.</source>
        <translation>This session is full. Please choose another one.</translation>
    </message>
    <message>
        <location filename="../qml/BookingPage.qml" line="39" />
        <source>Chưa có lịch Lãnh đạo tiếp công dân trong thời gian tới.</source>
        <translation>No leader reception sessions are scheduled yet.</translation>
    </message>
    <message>
        <location filename="../qml/BookingPage.qml" line="68" />
        <source>còn %1/%2 chỗ</source>
        <translation>%1 of %2 places left</translation>
    </message>
    <message>
        <location filename="../qml/BookingPage.qml" line="68" />
        <source>hết chỗ</source>
        <translation>full</translation>
    </message>
</context>
<context>
    <name>DeskMain</name>
    <message>
        <location filename="../qml/DeskMain.qml" line="15" />
        <source>Quầy tiếp công dân</source>
        <translation>Reception desk</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="24" />
        <source>Tài khoản này không được phép làm việc này.</source>
        <translation>This account may not do that.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="25" />
        <source>Sai tên đăng nhập hoặc mã PIN, hoặc tài khoản đang bị khóa.</source>
        <translation>Wrong login or PIN, or the account is locked.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="26" />
        <source>Không còn ai chờ ở quầy này.</source>
        <translation>Nobody is waiting for this counter.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="27" />
        <source>Số này không ở trạng thái cho phép thao tác đó.</source>
        <translation>This ticket's state does not allow that.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="28" />
        <source>Thông tin chưa đúng.</source>
        <translation>Something entered is not right.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="29" />
        <source>Chưa làm được: mất kết nối với máy chủ văn phòng. Thử lại khi có kết nối.</source>
        <translation>Not done: the connection to the office server is lost. Try again once it is back.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="31" />
        <source>Lỗi lưu dữ liệu. Báo quản trị viên.</source>
        <translation>The data could not be saved. Tell the administrator.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="36" />
        <source>Đang chờ</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="37" />
        <source>Đã gọi</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="38" />
        <source>Đang tiếp</source>
        <translation>Being received</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="39" />
        <source>Tạm hoãn</source>
        <translation>Parked</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="40" />
        <source>Chuyển quầy</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="41" />
        <source>Đã xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="42" />
        <location filename="../qml/DeskMain.qml" line="514" />
        <source>Vắng mặt</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="43" />
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="52" />
        <source>Đồng bộ với máy chủ Sở: chưa bật · %1 bản ghi chờ gửi</source>
        <translation>Sync with the department server: off · %1 records waiting</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="53" />
        <source>Đồng bộ: %1 chờ gửi</source>
        <translation>Sync: %1 waiting</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="54" />
        <source>gửi được lần cuối %1</source>
        <translation>last delivered %1</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="55" />
        <source>chưa gửi được lần nào</source>
        <translation>nothing delivered yet</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="57" />
        <source>lỗi: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="59" />
        <source>%1 bị máy chủ từ chối: %2</source>
        <translation>%1 refused by the server: %2</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="121" />
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="141" />
        <source>Mất kết nối với máy chủ văn phòng (%1), đang tự kết nối lại. Chưa gọi số được; nội dung đang ghi vẫn được giữ.</source>
        <translation>Lost the office server (%1); reconnecting by itself. Tickets cannot be called now; what you are writing is kept.</translation>
    </message>
    <message>
        <source>Mất kết nối với máy chủ văn phòng (%1). Đang tự kết nối lại… Chưa gọi số được; nội dung đang ghi vẫn giữ nguyên.</source>
        <translation type="vanished">Connection to the office server (%1) lost. Reconnecting by itself… Tickets cannot be called now; what you are writing is kept.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="171" />
        <source>Văn phòng mới: tạo tài khoản quản trị đầu tiên</source>
        <translation>New office: create the first administrator</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="179" />
        <source>Quản trị viên thêm tài khoản cho cán bộ và lãnh đạo sau đó.</source>
        <translation>The administrator then adds accounts for officers and leaders.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="188" />
        <source>Tên đăng nhập (chữ thường, số, dấu chấm)</source>
        <translation>Login (lower-case letters, digits, dots)</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="189" />
        <source>Tên đăng nhập 3-32 ký tự: a-z, 0-9, '.', '_' hoặc '-'.</source>
        <translation>A login has 3-32 characters: a-z, 0-9, '.', '_' or '-'.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="194" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="195" />
        <source>Họ và tên chưa hợp lệ.</source>
        <translation>The full name is not valid.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="200" />
        <source>Mã PIN hoặc mật khẩu (6 ký tự trở lên)</source>
        <translation>PIN or password (6 characters or more)</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="202" />
        <source>Mã PIN cần 6 đến 64 ký tự và khác tên đăng nhập.</source>
        <translation>The PIN needs 6 to 64 characters and must differ from the login.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="207" />
        <source>Nhập lại mã PIN</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="209" />
        <source>Hai mã PIN không giống nhau.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="215" />
        <source>Tạo tài khoản quản trị</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="250" />
        <source>Đăng nhập quầy tiếp công dân</source>
        <translation>Sign in to the reception desk</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="259" />
        <source>Đã tự đăng xuất vì lâu không thao tác.</source>
        <translation>Signed out after a long time without activity.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="268" />
        <source>Tên đăng nhập</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="275" />
        <source>Mã PIN hoặc mật khẩu</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="295" />
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="311" />
        <source>Quản trị viên không gọi số. Thêm tài khoản cán bộ, lãnh đạo bằng lệnh: receptionctl user add TÊN --name "Họ và tên" --role officer --as %1</source>
        <translation>Administrators do not call tickets. Add officers and leaders with: receptionctl user add LOGIN --name "Full name" --role officer --as %1</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="341" />
        <source>Hàng chờ hôm nay: %1 người đang chờ</source>
        <translation>Today's queue: %1 waiting</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="384" />
        <source>đoàn %1 người</source>
        <translation>group of %1</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="385" />
        <source>ưu tiên</source>
        <translation>priority</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="392" />
        <source>quầy %1</source>
        <translation>counter %1</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="399" />
        <source>%1 phút</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="408" />
        <source>Gọi số này</source>
        <translation>Call this one</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="408" />
        <source>Nhận lại</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="433" />
        <source>Đang tiếp tại quầy</source>
        <translation>At this counter</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="450" />
        <source>đã gọi lại %1 lần</source>
        <translation>recalled %1 times</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="471" />
        <source>Ghi sổ tiếp công dân</source>
        <translation>Record the visit</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="483" />
        <source>Ghi sổ (không có phiếu)</source>
        <translation>Record (no ticket)</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="491" />
        <source>Gọi số tiếp theo</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="502" />
        <source>Gọi lại</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="508" />
        <source>Bắt đầu tiếp</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="520" />
        <source>Hoãn lại</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="526" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="539" />
        <source>Chuyển đến: %1</source>
        <translation>Transfer to: %1</translation>
    </message>
</context>
<context>
    <name>DisplayMain</name>
    <message>
        <location filename="../qml/DisplayMain.qml" line="16" />
        <source>Màn hình gọi số</source>
        <translation>Call display</translation>
    </message>
    <message>
        <location filename="../qml/DisplayMain.qml" line="76" />
        <source>Đang mời</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <location filename="../qml/DisplayMain.qml" line="83" />
        <source>Chưa có số nào được gọi</source>
        <translation>No number called yet</translation>
    </message>
    <message>
        <location filename="../qml/DisplayMain.qml" line="121" />
        <source>Quầy %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../qml/DisplayMain.qml" line="139" />
        <source>Số tiếp theo</source>
        <translation>Next numbers</translation>
    </message>
    <message>
        <location filename="../qml/DisplayMain.qml" line="168" />
        <source>Không có ai đang chờ</source>
        <translation>Nobody is waiting</translation>
    </message>
    <message>
        <location filename="../qml/DisplayMain.qml" line="174" />
        <source>Lịch tiếp công dân hôm nay</source>
        <translation>Today's reception schedule</translation>
    </message>
    <message>
        <location filename="../qml/DisplayMain.qml" line="196" />
        <source>Lãnh đạo tiếp: %1</source>
        <translation>Received by: %1</translation>
    </message>
    <message>
        <location filename="../qml/DisplayMain.qml" line="205" />
        <source>Hôm nay không có buổi tiếp công dân.</source>
        <translation>There is no reception today.</translation>
    </message>
    <message>
        <location filename="../qml/DisplayMain.qml" line="227" />
        <source>Màn hình đang mất kết nối với máy chủ văn phòng, đang kết nối lại…</source>
        <translation>This screen has lost the office server; reconnecting…</translation>
    </message>
    <message>
        <location filename="../qml/DisplayMain.qml" line="230" />
        <source>Xin quý công dân giữ phiếu số thứ tự và chú ý màn hình, loa gọi số.</source>
        <translation>Please keep your ticket and watch the screen; numbers are also called aloud.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../qml/IdentityPage.qml" line="17" />
        <source>Họ và tên chỉ gồm chữ cái, từ 2 đến 100 ký tự.</source>
        <translation>A full name has letters only, 2 to 100 characters.</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="18" />
        <source>Số căn cước gồm 12 chữ số (CMND cũ: 9 chữ số).</source>
        <translation>A citizen ID has 12 digits (old ID card: 9 digits).</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="19" />
        <source>Số điện thoại gồm 10 chữ số, ví dụ 0912345678.</source>
        <translation>A phone number has 10 digits, e.g. 0912345678.</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="20" />
        <source>Địa chỉ quá dài hoặc có ký tự không hợp lệ.</source>
        <translation>The address is too long or has characters that are not allowed.</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="54" />
        <source>Thông tin người đến (không bắt buộc)</source>
        <translation>About you (optional)</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="63" />
        <source>Thông tin của người tố cáo được mã hoá và giữ bí mật theo Luật Tố cáo. Phiếu chỉ in số thứ tự.</source>
        <translation>A denunciator's details are encrypted and kept confidential under the Law on Denunciations. The ticket shows only a number.</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="64" />
        <source>Phiếu chỉ in số thứ tự, không in họ tên. Công dân được mời theo số.</source>
        <translation>The ticket shows only a number, never your name. You will be called by number.</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="78" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="88" />
        <source>Số căn cước / CMND / hộ chiếu</source>
        <translation>Citizen ID / ID card / passport number</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="99" />
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="110" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="120" />
        <source>Ưu tiên</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="136" />
        <source>Người cao tuổi</source>
        <translation>Elderly person</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="137" />
        <source>Người khuyết tật</source>
        <translation>Person with a disability</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="138" />
        <source>Phụ nữ mang thai</source>
        <translation>Pregnant woman</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="139" />
        <source>Người có công với cách mạng</source>
        <translation>Person with meritorious service</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="147" />
        <source>Số người cùng đến</source>
        <translation>Number of people with you</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="182" />
        <source>Đoàn đông người: vui lòng cử người đại diện.</source>
        <translation>Large group: please appoint representatives.</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="192" />
        <source>Buổi này vừa hết chỗ. Vui lòng chọn buổi khác.</source>
        <translation>This session has just become full. Please choose another one.</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="193" />
        <source>Không lấy được số. Vui lòng thử lại hoặc liên hệ cán bộ tiếp dân.</source>
        <translation>The ticket could not be issued. Please try again or ask a reception officer.</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="212" />
        <source>Xác nhận đăng ký</source>
        <translation>Confirm booking</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="212" />
        <source>Lấy số</source>
        <translation>Get a ticket</translation>
    </message>
</context>
<context>
    <name>IdleBanner</name>
    <message>
        <location filename="../qml/IdleBanner.qml" line="14" />
        <source>Bạn còn ở đây không?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../qml/IdleBanner.qml" line="23" />
        <source>Màn hình sẽ trở về trang đầu và xoá thông tin đã nhập sau %1 giây.</source>
        <translation>In %1 seconds the screen returns to the start and clears what you entered.</translation>
    </message>
    <message>
        <location filename="../qml/IdleBanner.qml" line="32" />
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>LeaderMain</name>
    <message>
        <location filename="../qml/LeaderMain.qml" line="17" />
        <source>Lãnh đạo: sổ tiếp công dân và thống kê</source>
        <translation>Leaders: reception log book and statistics</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="25" />
        <source>Tài khoản này không được phép xem nội dung này.</source>
        <translation>This account may not see this.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="26" />
        <source>Sai tên đăng nhập hoặc mã PIN, hoặc tài khoản đang bị khóa.</source>
        <translation>Wrong login or PIN, or the account is locked.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="27" />
        <source>Không tìm thấy bản ghi.</source>
        <translation>Record not found.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="30" />
        <source>Kỳ không hợp lệ: nhập hai ngày dạng NNNN-TT-NN, ngày đầu không sau ngày cuối.</source>
        <translation>Invalid period: enter two dates as YYYY-MM-DD, the first not after the second.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="31" />
        <source>Ghi rõ lý do mở danh tính (ít nhất 5 ký tự).</source>
        <translation>State why the identity is opened (at least 5 characters).</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="32" />
        <source>Thông tin chưa đúng.</source>
        <translation>Something entered is not right.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="35" />
        <source>Không đọc được dữ liệu. Báo quản trị viên.</source>
        <translation>The data could not be read. Tell the administrator.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="40" />
        <location filename="../qml/LeaderMain.qml" line="429" />
        <source>Khiếu nại</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="41" />
        <location filename="../qml/LeaderMain.qml" line="430" />
        <source>Tố cáo</source>
        <translation>Denunciation</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="42" />
        <location filename="../qml/LeaderMain.qml" line="430" />
        <source>Kiến nghị</source>
        <translation>Petition</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="43" />
        <location filename="../qml/LeaderMain.qml" line="431" />
        <source>Phản ánh</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="55" />
        <location filename="../qml/LeaderMain.qml" line="436" />
        <source>Thụ lý</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="56" />
        <location filename="../qml/LeaderMain.qml" line="437" />
        <source>Trả lại đơn, hướng dẫn</source>
        <translation>Returned with guidance</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="57" />
        <location filename="../qml/LeaderMain.qml" line="438" />
        <source>Chuyển đơn</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="58" />
        <location filename="../qml/LeaderMain.qml" line="438" />
        <source>Chưa xử lý</source>
        <translation>Not yet handled</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="64" />
        <location filename="../qml/LeaderMain.qml" line="443" />
        <source>Cán bộ tiếp</source>
        <translation>Reception officer</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="65" />
        <location filename="../qml/LeaderMain.qml" line="444" />
        <source>Thủ trưởng</source>
        <translation>Head of agency</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="66" />
        <location filename="../qml/LeaderMain.qml" line="84" />
        <location filename="../qml/LeaderMain.qml" line="444" />
        <source>Cấp phó được ủy quyền</source>
        <translation>Delegated deputy</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="72" />
        <source>Thường xuyên</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="73" />
        <source>Định kỳ</source>
        <translation>Periodic</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="74" />
        <source>Đột xuất</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="80" />
        <source>Lãnh đạo (tất cả)</source>
        <translation>Leaders (all)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="81" />
        <source>Thủ trưởng, định kỳ</source>
        <translation>Head, periodic</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="82" />
        <source>Thủ trưởng, đột xuất</source>
        <translation>Head, ad hoc</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="83" />
        <source>Thủ trưởng, thường xuyên</source>
        <translation>Head, regular</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="90" />
        <source>Lượt tiếp</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="91" />
        <source>Số người</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="92" />
        <source>Số vụ việc</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="93" />
        <location filename="../qml/LeaderMain.qml" line="456" />
        <source>Lần đầu</source>
        <translation>First visits</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="94" />
        <location filename="../qml/LeaderMain.qml" line="456" />
        <source>Tái diễn</source>
        <translation>Repeat visits</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="95" />
        <source>Từ chối tiếp</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="96" />
        <source>Số đoàn đông người</source>
        <translation>Group delegations</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="97" />
        <source>Số người trong đoàn</source>
        <translation>Persons in groups</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="98" />
        <source>Số vụ việc của đoàn</source>
        <translation>Group cases</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="99" />
        <source>Số phiếu</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="100" />
        <source>Đã tiếp xong</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="101" />
        <source>Vắng mặt</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="102" />
        <source>Chờ trung bình (phút)</source>
        <translation>Average wait (minutes)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="103" />
        <source>Tiếp trung bình (phút)</source>
        <translation>Average service (minutes)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="109" />
        <source>Ghi vào sổ</source>
        <translation>Recorded in the book</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="110" />
        <source>Mở danh tính được bảo mật</source>
        <translation>Sealed identity opened</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="115" />
        <source>Quá hạn %1 ngày</source>
        <translation>Overdue by %1 days</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="116" />
        <source>Hết hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="117" />
        <source>Còn %1 ngày</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="130" />
        <source>Toàn tỉnh · %1</source>
        <translation>Province-wide · %1</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="152" />
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="178" />
        <source>Đăng nhập: sổ tiếp công dân và thống kê</source>
        <translation>Sign in: reception log book and statistics</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="187" />
        <source>Đã tự đăng xuất vì lâu không thao tác.</source>
        <translation>Signed out after a long time without activity.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="196" />
        <source>Tên đăng nhập</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="203" />
        <source>Mã PIN hoặc mật khẩu</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="223" />
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="246" />
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="247" />
        <source>Sổ tiếp công dân</source>
        <translation>Reception log book</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="248" />
        <source>Thống kê</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="281" />
        <source>Theo dõi thời hạn: %1 việc đến hạn trong %2 ngày, %3 quá hạn</source>
        <translation>Deadline watch: %1 matters due within %2 days, %3 overdue</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="289" />
        <source>7 ngày</source>
        <translation>7 days</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="296" />
        <source>30 ngày</source>
        <translation>30 days</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="341" />
        <source>sổ số %1, tính từ %2</source>
        <translation>book no. %1, counted from %2</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="358" />
        <source>Không có việc nào sắp đến hạn.</source>
        <translation>Nothing is due soon.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="378" />
        <source>Kỳ đang xem: %1 – %2 (cùng kỳ năm trước %3 – %4)</source>
        <translation>Period shown: %1 – %2 (a year earlier %3 – %4)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="388" />
        <location filename="../qml/LeaderMain.qml" line="664" />
        <source>Tiếp công dân</source>
        <translation>Citizen reception</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="418" />
        <source>Tìm (có dấu hoặc không dấu)</source>
        <translation>Search (with or without diacritics)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="424" />
        <location filename="../qml/LeaderMain.qml" line="632" />
        <source>Từ ngày (NNNN-TT-NN)</source>
        <translation>From (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="425" />
        <location filename="../qml/LeaderMain.qml" line="633" />
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="428" />
        <source>Loại việc</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="429" />
        <location filename="../qml/LeaderMain.qml" line="436" />
        <location filename="../qml/LeaderMain.qml" line="443" />
        <location filename="../qml/LeaderMain.qml" line="451" />
        <location filename="../qml/LeaderMain.qml" line="456" />
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="435" />
        <location filename="../qml/LeaderMain.qml" line="758" />
        <source>Hướng xử lý</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="442" />
        <source>Người tiếp</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="447" />
        <source>Họ tên người tiếp</source>
        <translation>Receiver's name</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="450" />
        <location filename="../qml/LeaderMain.qml" line="665" />
        <source>Đoàn đông người</source>
        <translation>Group delegation</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="451" />
        <source>Đoàn</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="451" />
        <source>Không phải đoàn</source>
        <translation>Not a group</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="455" />
        <source>Lần tiếp</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="461" />
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="463" />
        <source>Tất cả đơn vị</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="472" />
        <source>Lọc</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="483" />
        <source>Bỏ lọc</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="496" />
        <source>%1 bản ghi</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="497" />
        <source>%1 bản ghi đầu tiên (cuộn xuống để xem thêm)</source>
        <translation>first %1 records (scroll down for more)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="548" />
        <location filename="../qml/LeaderMain.qml" line="745" />
        <source>(nặc danh)</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="548" />
        <source>(bảo mật)</source>
        <translation>(confidential)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="570" />
        <source>đoàn %1 người</source>
        <translation>group of %1</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="571" />
        <location filename="../qml/LeaderMain.qml" line="754" />
        <source>tái diễn</source>
        <translation>repeat visit</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="581" />
        <source>Không có bản ghi nào khớp.</source>
        <translation>No record matches.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="610" />
        <source>Kỳ báo cáo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="611" />
        <location filename="../qml/LeaderMain.qml" line="628" />
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="611" />
        <location filename="../qml/LeaderMain.qml" line="628" />
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="612" />
        <source>6 tháng</source>
        <translation>6 months</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="612" />
        <source>9 tháng</source>
        <translation>9 months</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="613" />
        <location filename="../qml/LeaderMain.qml" line="620" />
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="613" />
        <source>Khoảng ngày</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="637" />
        <source>Xem thống kê</source>
        <translation>Show statistics</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="648" />
        <source>Từ %1 đến %2, so với cùng kỳ năm trước (%3 – %4). Vạch đậm: kỳ này; vạch nhạt: cùng kỳ năm trước.</source>
        <translation>From %1 to %2, compared with a year earlier (%3 – %4). Dark bar: this period; light bar: a year earlier.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="666" />
        <source>Vụ việc theo loại</source>
        <translation>Cases by kind</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="667" />
        <source>Lượt tiếp theo hướng xử lý</source>
        <translation>Visits by handling</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="668" />
        <source>Vụ việc đã giải quyết theo loại (kết quả do cấp tỉnh gửi về)</source>
        <translation>Cases resolved, by kind (results sent by the provincial agency)</translation>
    </message>
    <message>
        <source>Vụ việc đã giải quyết theo loại (kết quả do Cục gửi về)</source>
        <translation type="vanished">Cases resolved, by kind (results sent by the department)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="674" />
        <source>Lãnh đạo tiếp: số kỳ, lượt, người, vụ việc (cùng kỳ năm trước trong ngoặc)</source>
        <translation>Received by leaders: sessions, visits, persons, cases (a year earlier in brackets)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="685" />
        <source>%1 kỳ (%2)</source>
        <translation>%1 sessions (%2)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="686" />
        <source>%1 lượt (%2)</source>
        <translation>%1 visits (%2)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="687" />
        <source>%1 người (%2)</source>
        <translation>%1 persons (%2)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="688" />
        <source>%1 vụ việc (%2)</source>
        <translation>%1 cases (%2)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="692" />
        <source>Xếp hàng</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="720" />
        <source>Sổ số %1 · %2</source>
        <translation>Book no. %1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="728" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="743" />
        <source>Họ tên, địa chỉ</source>
        <translation>Name, address</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="745" />
        <source>(bảo mật: chỉ lãnh đạo được mở, việc mở được ghi lại)</source>
        <translation>(confidential: only leaders may open it, and the opening is recorded)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="748" />
        <source>Số CCCD/hộ chiếu</source>
        <translation>ID / passport number</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="749" />
        <source>Người đại diện</source>
        <translation>Representatives</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="750" />
        <source>Nội dung vụ việc</source>
        <translation>Content of the matter</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="752" />
        <source>Phân loại, số người</source>
        <translation>Classification, people</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="753" />
        <source>%1 người</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="754" />
        <source>lần đầu</source>
        <translation>first visit</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="756" />
        <source>Cơ quan đã giải quyết</source>
        <translation>Agency that already handled it</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="761" />
        <source>từ chối tiếp</source>
        <translation>reception refused</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="763" />
        <source>Theo dõi kết quả</source>
        <translation>Follow-up of the result</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="764" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="766" />
        <source>Người tiếp, hình thức</source>
        <translation>Received by, kind of reception</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="769" />
        <source>phiếu %1</source>
        <translation>ticket %1</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="772" />
        <source>Thông báo kết luận</source>
        <translation>Conclusion notice</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="774" />
        <source>hạn thực hiện %1</source>
        <translation>to be carried out by %1</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="777" />
        <source>Thời hạn</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="796" />
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="820" />
        <source>Lý do mở danh tính người tố cáo (được ghi vào nhật ký)</source>
        <translation>Why the denunciator's identity is opened (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="825" />
        <source>Mở danh tính</source>
        <translation>Open the identity</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="11" />
        <source>Tiếp công dân</source>
        <translation>Citizen reception</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/PinPad.qml" line="29" />
        <source>Đã nhập sai nhiều lần. Vui lòng thử lại sau.</source>
        <translation>Too many wrong PINs. Please try again later.</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="29" />
        <source>Mã PIN của cán bộ</source>
        <translation>Officer PIN</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="39" />
        <source>Sai mã PIN</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="78" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../qml/RecordForm.qml" line="35" />
        <source>Danh tính công dân khai ở kiosk (đã niêm phong) được mở để ghi sổ; việc mở được ghi vào nhật ký.</source>
        <translation>The identity given at the kiosk (sealed) is opened for this recording; the opening is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="36" />
        <source>Đã điền thông tin công dân khai ở kiosk.</source>
        <translation>Filled in from what the citizen gave at the kiosk.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="79" />
        <source>Họ tên chỉ gồm chữ cái, khoảng trắng và . ' - (2 đến 100 ký tự).</source>
        <translation>A name has only letters, spaces and . ' - (2 to 100 characters).</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="80" />
        <source>Địa chỉ quá dài hoặc có ký tự không hợp lệ.</source>
        <translation>The address is too long or has characters that are not allowed.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="81" />
        <source>Số CCCD/CMND/hộ chiếu không hợp lệ (CCCD có 12 chữ số).</source>
        <translation>Not a valid ID card or passport number (a citizen ID card has 12 digits).</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="82" />
        <source>Số điện thoại không hợp lệ.</source>
        <translation>Not a valid phone number.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="83" />
        <source>Chỉ đoàn từ 5 người trở lên cử người đại diện, và không quá số người được cử.</source>
        <translation>Only a group of 5 or more appoints representatives, and no more than it may.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="84" />
        <source>Nhập nội dung vụ việc (tối đa 20.000 ký tự).</source>
        <translation>Enter the content of the matter (at most 20,000 characters).</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="85" />
        <source>Chọn ít nhất một loại: khiếu nại, tố cáo, kiến nghị, phản ánh.</source>
        <translation>Choose at least one kind: complaint, denunciation, petition, feedback.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="86" />
        <source>Số người từ 1 đến 500.</source>
        <translation>The number of people is 1 to 500.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="87" />
        <source>Ghi cơ quan nhận đơn chuyển (chỉ khi chuyển đơn).</source>
        <translation>Name the agency the matter goes to (only for a transfer).</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="88" />
        <source>Đã từ chối tiếp thì không chọn hướng xử lý.</source>
        <translation>A refused reception has no handling direction.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="89" />
        <source>Từ chối vì vụ việc đã giải quyết đúng: ghi số thông báo từ chối.</source>
        <translation>Refused as already settled: enter the number of the refusal notice.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="90" />
        <source>Thông báo kết luận chỉ có khi Thủ trưởng hoặc cấp phó tiếp, và cần nội dung.</source>
        <translation>A conclusion notice ends a reception by the head or a deputy, and needs its text.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="91" />
        <source>Hạn thực hiện là một ngày (NN/TT/NNNN) không trước ngày tiếp.</source>
        <translation>The follow-up deadline is a date (DD/MM/YYYY) not before the reception.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="92" />
        <source>Chọn một phiên tiếp của hôm nay.</source>
        <translation>Choose one of today's sessions.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="93" />
        <source>Chỉ đơn tố cáo mới được ghi không có danh tính, và khi đó để trống họ tên, địa chỉ, số giấy tờ.</source>
        <translation>Only a denunciation may be recorded without identity; then leave name, address and ID number empty.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="94" />
        <source>Thông tin này chưa đúng.</source>
        <translation>This is not right yet.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="107" />
        <source>Đã ghi vào sổ tiếp công dân: số %1, %2</source>
        <translation>Recorded in the reception log book: no. %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="116" />
        <source>Tố cáo nặc danh: không có danh tính.</source>
        <translation>Anonymous denunciation: no identity.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="117" />
        <source>Người tố cáo: (bảo mật). Danh tính đã được niêm phong; chỉ lãnh đạo được mở và việc mở được ghi lại.</source>
        <translation>Denunciator: (confidential). The identity is sealed; only leaders may open it, and the opening is recorded.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="118" />
        <source>Công dân: %1</source>
        <translation>Citizen: %1</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="126" />
        <source>Lần tiếp tái diễn: đã ghi vào vụ việc đang mở của người này.</source>
        <translation>Repeat visit: recorded on this person's open matter.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="134" />
        <source>Thời hạn theo quy định:</source>
        <translation>Legal deadlines:</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="161" />
        <source>Đã lưu thông báo kết luận để in: %1</source>
        <translation>Conclusion notice saved for printing: %1</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="170" />
        <source>Lưu lại thông báo kết luận (PDF)</source>
        <translation>Save the conclusion notice again (PDF)</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="170" />
        <source>Lưu thông báo kết luận (PDF)</source>
        <translation>Save the conclusion notice (PDF)</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="176" />
        <source>Chưa lưu được thông báo: mất kết nối với máy chủ văn phòng.</source>
        <translation>Notice not saved: the connection to the office server is lost.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="177" />
        <source>Chưa lưu được thông báo kết luận. Báo quản trị viên.</source>
        <translation>The conclusion notice could not be saved. Tell the administrator.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="186" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="200" />
        <source>Ghi sổ tiếp công dân · phiếu %1</source>
        <translation>Record the visit · ticket %1</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="201" />
        <source>Ghi sổ tiếp công dân · không có phiếu</source>
        <translation>Record the visit · no ticket</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="235" />
        <source>Tố cáo nặc danh (không có danh tính)</source>
        <translation>Anonymous denunciation (no identity)</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="245" />
        <source>(4) Số CCCD/CMND/hộ chiếu</source>
        <translation>(4) ID card / passport number</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="252" />
        <source>Tra cứu</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="263" />
        <source>Đã đến %1 lần, lần gần nhất %2.</source>
        <translation>Came %1 times, last on %2.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="264" />
        <source>Chưa có lần tiếp nào với số giấy tờ này.</source>
        <translation>No earlier visit with this ID number.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="265" />
        <source>Có vụ việc cùng loại đang mở: lần này là tiếp tái diễn.</source>
        <translation>An open matter of this kind exists: this is a repeat visit.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="282" />
        <source>(3) Họ và tên</source>
        <translation>(3) Full name</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="289" />
        <source>(3) Địa chỉ</source>
        <translation>(3) Address</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="296" />
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="301" />
        <source>(6) Số người</source>
        <translation>(6) Number of people</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="325" />
        <source>Người đại diện của đoàn (mỗi người một dòng)</source>
        <translation>The group's representatives (one per line)</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="331" />
        <source>(7) Cơ quan đã giải quyết</source>
        <translation>(7) Agency that already handled it</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="346" />
        <source>(5) Nội dung vụ việc</source>
        <translation>(5) Content of the matter</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="349" />
        <source>(6) Phân loại (chọn một hay nhiều)</source>
        <translation>(6) Classification (one or more)</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="353" />
        <source>Khiếu nại</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="354" />
        <source>Tố cáo</source>
        <translation>Denunciation</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="355" />
        <source>Kiến nghị</source>
        <translation>Petition</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="356" />
        <source>Phản ánh</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="357" />
        <source>Khiếu nại về thi hành án</source>
        <translation>About an enforcement act</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="370" />
        <source>Tố cáo: danh tính người tố cáo được niêm phong khi lưu; sau đó chỉ hiện (bảo mật).</source>
        <translation>Denunciation: the denunciator's identity is sealed when saved; afterwards it shows as (confidential).</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="378" />
        <source>(8-10) Hướng xử lý</source>
        <translation>(8-10) Handling direction</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="379" />
        <source>Chưa xử lý</source>
        <translation>Not yet handled</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="379" />
        <source>Thụ lý để giải quyết</source>
        <translation>Accept for resolution</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="380" />
        <source>Trả lại đơn và hướng dẫn</source>
        <translation>Return and guide</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="381" />
        <source>Chuyển đơn đến cơ quan có thẩm quyền</source>
        <translation>Transfer to the competent agency</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="387" />
        <source>(10) Cơ quan nhận đơn chuyển</source>
        <translation>(10) Agency it is transferred to</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="393" />
        <source>(11) Theo dõi kết quả giải quyết</source>
        <translation>(11) Follow-up of the result</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="399" />
        <source>(12) Ghi chú</source>
        <translation>(12) Notes</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="408" />
        <source>Người tiếp</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="409" />
        <source>Cán bộ tiếp</source>
        <translation>Reception officer</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="409" />
        <source>Thủ trưởng</source>
        <translation>Head of agency</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="410" />
        <source>Cấp phó được ủy quyền</source>
        <translation>Delegated deputy</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="414" />
        <source>Hình thức tiếp</source>
        <translation>Kind of reception</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="415" />
        <source>Thường xuyên</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="415" />
        <source>Định kỳ</source>
        <translation>Periodic</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="416" />
        <source>Đột xuất</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="423" />
        <source>Họ tên lãnh đạo tiếp</source>
        <translation>Name of the receiving leader</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="431" />
        <source>Phiên tiếp của lãnh đạo hôm nay</source>
        <translation>Today's leader session</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="433" />
        <source>Không theo phiên</source>
        <translation>Not in a session</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="445" />
        <source>Thông báo kết luận của lãnh đạo</source>
        <translation>The leader's conclusion notice</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="453" />
        <source>Hạn thực hiện kết luận (NN/TT/NNNN)</source>
        <translation>Follow-up deadline (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="458" />
        <source>Từ chối tiếp (nếu có)</source>
        <translation>Reception refused (if so)</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="459" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="460" />
        <source>Say rượu, mất khả năng kiểm soát hành vi</source>
        <translation>Intoxicated, not in control of behaviour</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="461" />
        <source>Đe dọa, xúc phạm hoặc vi phạm nội quy</source>
        <translation>Threatening, insulting or breaking the rules</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="462" />
        <source>Vụ việc đã giải quyết đúng, đã trả lời bằng văn bản</source>
        <translation>Already settled correctly and answered in writing</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="476" />
        <source>Căn cứ từ chối (số thông báo)</source>
        <translation>Ground of refusal (notice number)</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="488" />
        <source>Chưa lưu: sửa ô được đánh dấu đỏ. Những gì đã nhập vẫn giữ nguyên.</source>
        <translation>Not saved: correct the field marked red. Everything typed is kept.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="489" />
        <source>Tài khoản này không được ghi sổ tiếp công dân.</source>
        <translation>This account may not record visits.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="490" />
        <source>Chưa lưu được vì mất kết nối với máy chủ văn phòng; những gì đã nhập vẫn giữ nguyên. Bấm "Lưu vào sổ" lại khi có kết nối.</source>
        <translation>Not saved: the connection to the office server is lost; everything you entered is kept. Press "Save in the book" again once it is back.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="491" />
        <source>Chưa lưu được vì lỗi dữ liệu. Báo quản trị viên; những gì đã nhập vẫn giữ nguyên.</source>
        <translation>Not saved because of a data error. Tell the administrator; everything typed is kept.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="503" />
        <source>Lưu vào sổ</source>
        <translation>Save in the book</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="508" />
        <source>Đóng, không lưu</source>
        <translation>Close without saving</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../qml/ServicePage.qml" line="18" />
        <source>Quý công dân cần giải quyết việc gì?</source>
        <translation>What would you like help with?</translation>
    </message>
    <message>
        <location filename="../qml/ServicePage.qml" line="49" />
        <source>Thông tin người tố cáo được giữ bí mật</source>
        <translation>The denunciator's identity is kept confidential</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../qml/StatusPage.qml" line="33" />
        <source>Số %1 đang chờ. Quý công dân là người tiếp theo.</source>
        <translation>Number %1 is waiting. You are next.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="34" />
        <source>Số %1 đang chờ; còn %2 người trước.</source>
        <translation>Number %1 is waiting; %2 people are ahead.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="35" />
        <source>Số %1 đã được mời đến quầy %2.</source>
        <translation>Number %1 has been called to counter %2.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="36" />
        <source>Số %1 đang được tiếp tại quầy %2.</source>
        <translation>Number %1 is being received at counter %2.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="37" />
        <source>Số %1 đang tạm dừng; cán bộ sẽ mời lại.</source>
        <translation>Number %1 is on hold; an officer will call it again.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="38" />
        <source>Số %1 được chuyển sang quầy khác; vui lòng chờ gọi.</source>
        <translation>Number %1 was moved to another counter; please wait to be called.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="39" />
        <source>Số %1 đã được tiếp xong.</source>
        <translation>Number %1 has been received.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="40" />
        <source>Số %1 đã được gọi nhưng không có mặt. Vui lòng lấy số mới.</source>
        <translation>Number %1 was called but nobody came. Please take a new ticket.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="41" />
        <source>Số %1 đã bị huỷ.</source>
        <translation>Number %1 was cancelled.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="17" />
        <location filename="../qml/StatusPage.qml" line="46" />
        <source>Vụ việc đã được thụ lý để giải quyết.</source>
        <translation>Your matter has been accepted for resolution.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="17" />
        <location filename="../qml/StatusPage.qml" line="46" />
        <source>Hạn giải quyết: %1.</source>
        <translation>Resolution due by %1.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="18" />
        <location filename="../qml/StatusPage.qml" line="48" />
        <source>Đơn đã được chuyển đến cơ quan có thẩm quyền.</source>
        <translation>Your petition was transferred to the competent agency.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="19" />
        <location filename="../qml/StatusPage.qml" line="50" />
        <source>Đơn đã được trả lại kèm hướng dẫn.</source>
        <translation>Your petition was returned with guidance.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="20" />
        <source>Vụ việc đã được giải quyết.</source>
        <translation>The matter has been resolved.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="21" />
        <source>Đơn đã được rút; vụ việc kết thúc.</source>
        <translation>The application was withdrawn; the matter is closed.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="22" />
        <source>Kết quả xử lý: %1.</source>
        <translation>Handling result: %1.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="24" />
        <source>(cập nhật ngày %1)</source>
        <translation>(updated %1)</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="26" />
        <source>Ghi chú: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="51" />
        <source>Buổi tiếp đã được ghi sổ; vụ việc đang được xem xét.</source>
        <translation>Your visit is recorded; the matter is being considered.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="52" />
        <source>Phiếu hẹn %1 cho ngày %2 còn hiệu lực.</source>
        <translation>Appointment %1 for %2 is valid.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="53" />
        <source>Phiếu hẹn %1 đã được sử dụng.</source>
        <translation>Appointment %1 has already been used.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="54" />
        <source>Mã này không hợp lệ: không phải do cơ quan cấp hoặc đã bị sửa.</source>
        <translation>This code is not valid: it was not issued by this office or it was altered.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="55" />
        <source>Phiếu này do cơ quan khác cấp.</source>
        <translation>This ticket was issued by another office.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="56" />
        <source>Không tìm thấy phiếu này.</source>
        <translation>This ticket was not found.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="57" />
        <source>Không đọc được mã. Vui lòng quét lại.</source>
        <translation>The code could not be read. Please scan again.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="72" />
        <source>Đưa mã QR trên phiếu vào máy quét</source>
        <translation>Hold the QR code on your ticket to the scanner</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="80" />
        <source>Không cần cung cấp thông tin cá nhân.</source>
        <translation>No personal details are needed.</translation>
    </message>
    <message>
        <location filename="../qml/StatusPage.qml" line="90" />
        <source>Mã sẽ hiện ở đây khi quét</source>
        <translation>The code appears here when scanned</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <location filename="../qml/TicketPage.qml" line="27" />
        <source>Mã phiếu hẹn của quý công dân</source>
        <translation>Your appointment code</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="27" />
        <source>Số thứ tự của quý công dân</source>
        <translation>Your number</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="43" />
        <source>Buổi tiếp: %1</source>
        <translation>Session: %1</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="43" />
        <source>Giờ lấy số: %1</source>
        <translation>Issued: %1</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="53" />
        <source>Không có ai đợi trước. Vui lòng chờ gọi số.</source>
        <translation>Nobody is ahead of you. Please wait to be called.</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="54" />
        <source>Số người chờ trước: %1 · Thời gian chờ dự kiến: khoảng %2 phút</source>
        <translation>People ahead: %1 · Expected wait: about %2 minutes</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="63" />
        <source>Vui lòng mang phiếu hẹn và quét mã tại ki-ốt khi đến.</source>
        <translation>Please bring this slip and scan it at the kiosk when you arrive.</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="72" />
        <source>Phiếu đã được in. Vui lòng nhận phiếu bên dưới.</source>
        <translation>Your ticket has been printed. Please take it below.</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="73" />
        <source>Máy in đang gặp sự cố. Vui lòng chụp lại mã QR trên màn hình; cán bộ đã được thông báo.</source>
        <translation>The printer has a problem. Please take a photo of the QR code on screen; the officers have been told.</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="74" />
        <source>Vui lòng ghi nhớ số hoặc chụp lại mã QR.</source>
        <translation>Please remember your number or take a photo of the QR code.</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="101" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="21" />
        <source>‹ Quay lại</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="62" />
        <source>Tương phản cao</source>
        <translation>High contrast</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../qml/WelcomePage.qml" line="39" />
        <source>Xin kính chào quý công dân</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="50" />
        <source>Lấy số thứ tự</source>
        <translation>Take a number</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="51" />
        <source>Khiếu nại, tố cáo, kiến nghị, phản ánh</source>
        <translation>Complaints, denunciations, petitions, feedback</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="58" />
        <source>Đăng ký gặp Lãnh đạo</source>
        <translation>Book a meeting with the leader</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="59" />
        <source>Các ngày Lãnh đạo tiếp công dân định kỳ</source>
        <translation>The leaders' periodic reception days</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="66" />
        <source>Tra cứu bằng mã QR</source>
        <translation>Check with your QR code</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="67" />
        <source>Quét phiếu hoặc phiếu hẹn để xem tình trạng</source>
        <translation>Scan a ticket or appointment slip to see where it stands</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="87" />
        <source>Lịch tiếp công dân hôm nay</source>
        <translation>Today's reception schedule</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="101" />
        <source>Hôm nay không có buổi tiếp công dân.</source>
        <translation>There is no reception today.</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="131" />
        <source>Lãnh đạo tiếp định kỳ: %1</source>
        <translation>Periodic reception by the leader: %1</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="133" />
        <source>Lãnh đạo tiếp đột xuất: %1</source>
        <translation>Ad-hoc reception by the leader: %1</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="134" />
        <source>Cán bộ tiếp công dân thường xuyên</source>
        <translation>Regular reception officers</translation>
    </message>
</context>
</TS>