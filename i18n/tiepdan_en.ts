<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AppHeader</name>
    <message>
        <location filename="../qml/AppHeader.qml" line="43" />
        <source>Bàn phím ảo</source>
        <translation>On-screen keyboard</translation>
    </message>
    <message>
        <location filename="../qml/AppHeader.qml" line="56" />
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <location filename="../qml/BookingPage.qml" line="17" />
        <source>Chọn buổi Lãnh đạo tiếp công dân</source>
        <translation>Choose a leader reception session</translation>
    </message>
    <message>
        <location filename="../qml/BookingPage.qml" line="30" />
        <source>Buổi này đã hết chỗ. Vui lòng chọn buổi khác.</source>
        <translation>This session is full. Please choose another one.</translation>
    </message>
    <message>
        <location filename="../qml/BookingPage.qml" line="38" />
        <source>Chưa có lịch Lãnh đạo tiếp công dân trong thời gian tới.</source>
        <translation>No leader reception sessions are scheduled yet.</translation>
    </message>
    <message>
        <location filename="../qml/BookingPage.qml" line="67" />
        <source>còn %1/%2 chỗ</source>
        <translation>%1 of %2 places left</translation>
    </message>
    <message>
        <location filename="../qml/BookingPage.qml" line="67" />
        <source>hết chỗ</source>
        <translation>full</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../qml/ConfirmDialog.qml" line="12" />
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/ConfirmDialog.qml" line="13" />
        <source>Quay lại</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../qml/DateField.qml" line="60" />
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location filename="../qml/DateField.qml" line="78" />
        <source>Lịch</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../qml/DateField.qml" line="85" />
        <source>Ngày viết theo dạng ngày/tháng/năm, ví dụ 01/12/2026.</source>
        <translation>Write the date as day/month/year, e.g. 01/12/2026.</translation>
    </message>
    <message>
        <location filename="../qml/DateField.qml" line="126" />
        <source>Tháng %1/%2</source>
        <translation>Month %1/%2</translation>
    </message>
</context>
<context>
    <name>DeskCounter</name>
    <message>
        <location filename="../qml/DeskCounter.qml" line="25" />
        <source>Đang tiếp tại quầy</source>
        <translation>At this counter</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="43" />
        <source>đã gọi lại %1 lần</source>
        <translation>recalled %1 times</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="62" />
        <source>Chưa đến được: gọi lại thêm %1 lần rồi mới đánh dấu vắng mặt.</source>
        <translation>Not yet: recall %1 more time(s) before marking a no-show.</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="75" />
        <source>Ghi sổ tiếp công dân</source>
        <translation>Record the visit</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="82" />
        <source>Ghi sổ (không có phiếu)</source>
        <translation>Record (no ticket)</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="90" />
        <source>Gọi số tiếp theo</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="102" />
        <source>Gọi lại</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="110" />
        <source>Bắt đầu tiếp</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="117" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="124" />
        <source>Hoãn lại</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="131" />
        <location filename="../qml/DeskCounter.qml" line="170" />
        <source>Vắng mặt</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="138" />
        <source>Chuyển quầy…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="147" />
        <source>Hủy số này</source>
        <translation>Cancel this ticket</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="166" />
        <source>Hủy số %1?</source>
        <translation>Cancel ticket %1?</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="166" />
        <source>Đánh dấu số %1 vắng mặt?</source>
        <translation>Mark ticket %1 as a no-show?</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="168" />
        <source>Số bị hủy không được gọi lại. Công dân cần lấy số mới nếu muốn được tiếp.</source>
        <translation>A cancelled ticket is not called again. The citizen needs a new ticket to be received.</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="169" />
        <source>Công dân không có mặt khi được gọi. Số sẽ rời khỏi hàng chờ.</source>
        <translation>The citizen did not come when called. The ticket leaves the queue.</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="170" />
        <source>Hủy số</source>
        <translation>Cancel ticket</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="203" />
        <source>Chuyển số %1 đến quầy nào?</source>
        <translation>Transfer ticket %1 to which counter?</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="236" />
        <source>Quay lại</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="244" />
        <source>Chuyển đến %1</source>
        <translation>Transfer to %1</translation>
    </message>
    <message>
        <location filename="../qml/DeskCounter.qml" line="245" />
        <source>Chọn quầy</source>
        <translation>Choose a counter</translation>
    </message>
</context>
<context>
    <name>DeskFirstAdmin</name>
    <message>
        <location filename="../qml/DeskFirstAdmin.qml" line="23" />
        <source>Văn phòng mới: tạo tài khoản quản trị đầu tiên</source>
        <translation>New office: create the first administrator</translation>
    </message>
    <message>
        <location filename="../qml/DeskFirstAdmin.qml" line="31" />
        <source>Quản trị viên thêm tài khoản cho cán bộ và lãnh đạo sau đó.</source>
        <translation>The administrator then adds accounts for officers and leaders.</translation>
    </message>
    <message>
        <location filename="../qml/DeskFirstAdmin.qml" line="40" />
        <source>Tên đăng nhập (chữ thường, số, dấu chấm)</source>
        <translation>Login (lower-case letters, digits, dots)</translation>
    </message>
    <message>
        <location filename="../qml/DeskFirstAdmin.qml" line="42" />
        <source>Tên đăng nhập 3-32 ký tự: a-z, 0-9, '.', '_' hoặc '-'.</source>
        <translation>A login has 3-32 characters: a-z, 0-9, '.', '_' or '-'.</translation>
    </message>
    <message>
        <location filename="../qml/DeskFirstAdmin.qml" line="47" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../qml/DeskFirstAdmin.qml" line="49" />
        <source>Họ và tên chưa hợp lệ.</source>
        <translation>The full name is not valid.</translation>
    </message>
    <message>
        <location filename="../qml/DeskFirstAdmin.qml" line="54" />
        <source>Mã PIN hoặc mật khẩu (6 ký tự trở lên)</source>
        <translation>PIN or password (6 characters or more)</translation>
    </message>
    <message>
        <location filename="../qml/DeskFirstAdmin.qml" line="56" />
        <source>Mã PIN cần 6 đến 64 ký tự và khác tên đăng nhập.</source>
        <translation>The PIN needs 6 to 64 characters and must differ from the login.</translation>
    </message>
    <message>
        <location filename="../qml/DeskFirstAdmin.qml" line="61" />
        <source>Nhập lại mã PIN</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../qml/DeskFirstAdmin.qml" line="63" />
        <source>Hai mã PIN không giống nhau.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <location filename="../qml/DeskFirstAdmin.qml" line="70" />
        <source>Tạo tài khoản quản trị</source>
        <translation>Create the administrator</translation>
    </message>
</context>
<context>
    <name>DeskMain</name>
    <message>
        <location filename="../qml/DeskMain.qml" line="17" />
        <source>Quầy tiếp công dân</source>
        <translation>Reception desk</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="36" />
        <source>Tài khoản này không được phép làm việc này.</source>
        <translation>This account may not do that.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="37" />
        <source>Sai tên đăng nhập hoặc mã PIN, hoặc tài khoản đang bị khóa.</source>
        <translation>Wrong login or PIN, or the account is locked.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="38" />
        <source>Không còn ai chờ ở quầy này.</source>
        <translation>Nobody is waiting for this counter.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="39" />
        <source>Số này không ở trạng thái cho phép thao tác đó.</source>
        <translation>This ticket's state does not allow that.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="40" />
        <source>Thông tin chưa đúng.</source>
        <translation>Something entered is not right.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="41" />
        <source>Chưa làm được: mất kết nối với máy chủ văn phòng. Thử lại khi có kết nối.</source>
        <translation>Not done: the connection to the office server is lost. Try again once it is back.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="43" />
        <source>Lỗi lưu dữ liệu. Báo quản trị viên.</source>
        <translation>The data could not be saved. Tell the administrator.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="49" />
        <source>Máy chủ văn phòng (máy ki-ốt) vừa khởi động lại nên phiên làm việc đã hết. Vui lòng đăng nhập lại.</source>
        <translation>The office hub (the kiosk PC) has just restarted, so your session ended. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="50" />
        <source>Phiên làm việc đã kết thúc (tài khoản bị khóa, đổi quyền hoặc hết hạn). Vui lòng đăng nhập lại.</source>
        <translation>Your session ended (account locked, role changed or expired). Please sign in again.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="59" />
        <source>Đồng bộ với máy chủ Sở: chưa bật · %1 bản ghi chờ gửi</source>
        <translation>Sync with the department server: off · %1 records waiting</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="60" />
        <source>Đồng bộ: %1 chờ gửi</source>
        <translation>Sync: %1 waiting</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="61" />
        <source>gửi được lần cuối %1</source>
        <translation>last delivered %1</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="62" />
        <source>chưa gửi được lần nào</source>
        <translation>nothing delivered yet</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="64" />
        <source>lỗi: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="66" />
        <source>%1 bị máy chủ từ chối: %2</source>
        <translation>%1 refused by the server: %2</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="140" />
        <source>Có bản ghi sổ đang nhập dở, lưu lúc %1.</source>
        <translation>There is an unfinished log book entry, kept at %1.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="141" />
        <source>Danh tính người tố cáo không được lưu trên máy này, cần nhập lại.</source>
        <translation>The denunciator's identity is not kept on this PC; type it again.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="149" />
        <source>Mở lại bản nháp</source>
        <translation>Reopen the draft</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="154" />
        <location filename="../qml/DeskMain.qml" line="267" />
        <source>Bỏ bản nháp</source>
        <translation>Discard the draft</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="250" />
        <source>Bản ghi sổ đang nhập chưa được lưu</source>
        <translation>The log book entry you are typing is not saved</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="251" />
        <source>Nội dung sẽ được giữ làm bản nháp trên máy này và mở lại được ở lần đăng nhập sau.</source>
        <translation>What you typed is kept as a draft on this PC and can be reopened when you next sign in.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="252" />
        <source>Danh tính người tố cáo không được lưu trên máy; khi mở lại cần nhập lại.</source>
        <translation>The denunciator's identity is not kept on this PC; type it again when you reopen the draft.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="253" />
        <source>Giữ bản nháp và đóng</source>
        <translation>Keep the draft and close</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="254" />
        <source>Quay lại ghi tiếp</source>
        <translation>Go back to the entry</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="265" />
        <source>Bỏ bản ghi đang nhập dở?</source>
        <translation>Throw away the unfinished entry?</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="266" />
        <source>Nội dung của bản nháp sẽ bị xóa và không lấy lại được.</source>
        <translation>The draft will be deleted and cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="118" />
        <source>Mất kết nối với máy chủ văn phòng (%1), đang tự kết nối lại. Chưa gọi số được; nội dung đang ghi vẫn được giữ.</source>
        <translation>Lost the office server (%1); reconnecting by itself. Tickets cannot be called now; what you are writing is kept.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="185" />
        <source>Đăng nhập quầy tiếp công dân</source>
        <translation>Sign in to the reception desk</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="48" />
        <source>Đã tự đăng xuất vì lâu không thao tác.</source>
        <translation>Signed out after a long time without activity.</translation>
    </message>
    <message>
        <location filename="../qml/DeskMain.qml" line="196" />
        <source>Quản trị viên không gọi số. Thêm tài khoản cán bộ, lãnh đạo bằng lệnh: receptionctl user add TÊN --name "Họ và tên" --role officer --as %1</source>
        <translation>Administrators do not call tickets. Add officers and leaders with: receptionctl user add LOGIN --name "Full name" --role officer --as %1</translation>
    </message>
</context>
<context>
    <name>DeskQueue</name>
    <message>
        <location filename="../qml/DeskQueue.qml" line="21" />
        <source>Hàng chờ hôm nay: %1 người đang chờ</source>
        <translation>Today's queue: %1 waiting</translation>
    </message>
    <message>
        <location filename="../qml/DeskQueue.qml" line="65" />
        <source>đoàn %1 người</source>
        <translation>group of %1</translation>
    </message>
    <message>
        <location filename="../qml/DeskQueue.qml" line="66" />
        <source>ưu tiên</source>
        <translation>priority</translation>
    </message>
    <message>
        <location filename="../qml/DeskQueue.qml" line="73" />
        <source>quầy %1</source>
        <translation>counter %1</translation>
    </message>
    <message>
        <location filename="../qml/DeskQueue.qml" line="80" />
        <source>%1 phút</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../qml/DeskQueue.qml" line="87" />
        <source>Nhận lại</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../qml/DeskQueue.qml" line="87" />
        <source>Gọi số này</source>
        <translation>Call this one</translation>
    </message>
    <message>
        <location filename="../qml/DeskQueue.qml" line="95" />
        <source>Chưa có ai lấy số hôm nay.</source>
        <translation>Nobody has taken a ticket today yet.</translation>
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
        <location filename="../qml/DisplayMain.qml" line="123" />
        <source>Quầy %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../qml/DisplayMain.qml" line="141" />
        <source>Số tiếp theo</source>
        <translation>Next numbers</translation>
    </message>
    <message>
        <location filename="../qml/DisplayMain.qml" line="172" />
        <source>Không có ai đang chờ</source>
        <translation>Nobody is waiting</translation>
    </message>
    <message>
        <location filename="../qml/DisplayMain.qml" line="178" />
        <source>Lịch tiếp công dân hôm nay</source>
        <translation>Today's reception schedule</translation>
    </message>
    <message>
        <location filename="../qml/DisplayMain.qml" line="200" />
        <source>Lãnh đạo tiếp: %1</source>
        <translation>Received by: %1</translation>
    </message>
    <message>
        <location filename="../qml/DisplayMain.qml" line="209" />
        <source>Hôm nay không có buổi tiếp công dân.</source>
        <translation>There is no reception today.</translation>
    </message>
    <message>
        <location filename="../qml/DisplayMain.qml" line="231" />
        <source>Màn hình đang mất kết nối với máy chủ văn phòng, đang kết nối lại…</source>
        <translation>This screen has lost the office server; reconnecting…</translation>
    </message>
    <message>
        <location filename="../qml/DisplayMain.qml" line="234" />
        <source>Xin quý công dân giữ phiếu số thứ tự và chú ý màn hình, loa gọi số.</source>
        <translation>Please keep your ticket and watch the screen; numbers are also called aloud.</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../qml/ExportBar.qml" line="27" />
        <source>Đã gửi lệnh in %1 đến máy in.</source>
        <translation>Print job %1 sent to the printer.</translation>
    </message>
    <message>
        <location filename="../qml/ExportBar.qml" line="29" />
        <source>Đã lưu %1 bản ghi vào tệp: %2</source>
        <translation>Saved %1 records to the file: %2</translation>
    </message>
    <message>
        <location filename="../qml/ExportBar.qml" line="31" />
        <source>Chưa xuất được: chưa có kỳ hợp lệ. Chọn kỳ trước.</source>
        <translation>Not exported: there is no valid period. Choose a period first.</translation>
    </message>
    <message>
        <location filename="../qml/ExportBar.qml" line="32" />
        <source>Kỳ này có quá nhiều bản ghi cho một tệp. Chọn kỳ ngắn hơn hoặc một đơn vị.</source>
        <translation>This period has too many records for one file. Choose a shorter period or one office.</translation>
    </message>
    <message>
        <location filename="../qml/ExportBar.qml" line="33" />
        <source>Không ghi được tệp vào thư mục %1 (%2).</source>
        <translation>Could not write the file to the folder %1 (%2).</translation>
    </message>
    <message>
        <location filename="../qml/ExportBar.qml" line="34" />
        <source>Không in được: máy này chưa có máy in mặc định. Nhờ quản trị viên cài máy in.</source>
        <translation>Not printed: this PC has no default printer. Ask the administrator to set one up.</translation>
    </message>
    <message>
        <location filename="../qml/ExportBar.qml" line="35" />
        <source>Không in được: không có máy in tên này (%1).</source>
        <translation>Not printed: there is no printer of this name (%1).</translation>
    </message>
    <message>
        <location filename="../qml/ExportBar.qml" line="36" />
        <source>Không in được: dịch vụ in (CUPS) không chạy hoặc chưa cài (%1).</source>
        <translation>Not printed: the printing service (CUPS) is not running or not installed (%1).</translation>
    </message>
    <message>
        <location filename="../qml/ExportBar.qml" line="37" />
        <source>Không in được: %1</source>
        <translation>Not printed: %1</translation>
    </message>
    <message>
        <location filename="../qml/ExportBar.qml" line="38" />
        <source>Không xuất được: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <location filename="../qml/ExportBar.qml" line="53" />
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../qml/ExportBar.qml" line="54" />
        <source>Xuất bảng tính (.ods)</source>
        <translation>Export spreadsheet (.ods)</translation>
    </message>
    <message>
        <location filename="../qml/ExportBar.qml" line="55" />
        <source>Xuất CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../qml/ExportBar.qml" line="56" />
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../qml/ExportBar.qml" line="74" />
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../qml/Field.qml" line="18" />
        <source>Đã đủ %1 ký tự, không nhập thêm được.</source>
        <translation>This field is full (%1 characters); no more can be typed.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
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
        <location filename="../qml/IdentityPage.qml" line="17" />
        <source>Họ và tên chỉ gồm chữ cái, từ %1 đến %2 ký tự.</source>
        <translation>A full name holds letters only, %1 to %2 characters.</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="20" />
        <source>Địa chỉ dài quá %1 ký tự hoặc có ký tự không hợp lệ.</source>
        <translation>The address is longer than %1 characters or holds characters that are not allowed.</translation>
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
        <location filename="../qml/IdentityPage.qml" line="89" />
        <source>Số căn cước / CMND / hộ chiếu</source>
        <translation>Citizen ID / ID card / passport number</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="100" />
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="111" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="121" />
        <source>Ưu tiên</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="144" />
        <source>Số người cùng đến</source>
        <translation>Number of people with you</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="179" />
        <source>Đoàn đông người: vui lòng cử người đại diện.</source>
        <translation>Large group: please appoint representatives.</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="189" />
        <source>Buổi này vừa hết chỗ. Vui lòng chọn buổi khác.</source>
        <translation>This session has just become full. Please choose another one.</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="190" />
        <source>Không lấy được số. Vui lòng thử lại hoặc liên hệ cán bộ tiếp dân.</source>
        <translation>The ticket could not be issued. Please try again or ask a reception officer.</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="209" />
        <source>Xác nhận đăng ký</source>
        <translation>Confirm booking</translation>
    </message>
    <message>
        <location filename="../qml/IdentityPage.qml" line="209" />
        <source>Lấy số</source>
        <translation>Get a ticket</translation>
    </message>
</context>
<context>
    <name>IdleBanner</name>
    <message>
        <location filename="../qml/IdleBanner.qml" line="15" />
        <source>Bạn còn ở đây không?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../qml/IdleBanner.qml" line="25" />
        <source>Màn hình sẽ trở về trang đầu và xoá thông tin đã nhập sau %1 giây.</source>
        <translation>In %1 seconds the screen returns to the start and clears what you entered.</translation>
    </message>
    <message>
        <location filename="../qml/IdleBanner.qml" line="35" />
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>LeaderLog</name>
    <message>
        <location filename="../qml/LeaderLog.qml" line="59" />
        <source>Tìm (có dấu hoặc không dấu)</source>
        <translation>Search (with or without diacritics)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="68" />
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="76" />
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="84" />
        <source>Loại việc</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="86" />
        <location filename="../qml/LeaderLog.qml" line="94" />
        <location filename="../qml/LeaderLog.qml" line="102" />
        <location filename="../qml/LeaderLog.qml" line="121" />
        <location filename="../qml/LeaderLog.qml" line="129" />
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="92" />
        <source>Hướng xử lý</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="100" />
        <source>Người tiếp</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="110" />
        <source>Họ tên người tiếp</source>
        <translation>Receiver's name</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="119" />
        <source>Đoàn đông người</source>
        <translation>Group delegation</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="127" />
        <source>Lần tiếp</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="136" />
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="138" />
        <source>Tất cả đơn vị</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="150" />
        <source>Lọc</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="151" />
        <source>Bỏ lọc</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="170" />
        <source>Sổ tiếp công dân từ %1 đến %2:</source>
        <translation>Reception log book from %1 to %2:</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="177" />
        <source>%1 bản ghi</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="178" />
        <source>%1 bản ghi đầu tiên (cuộn xuống để xem thêm)</source>
        <translation>first %1 records (scroll down for more)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="233" />
        <source>(nặc danh)</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="233" />
        <source>(bảo mật)</source>
        <translation>(confidential)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="256" />
        <source>đoàn %1 người</source>
        <translation>group of %1</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="267" />
        <source>Bộ lọc chưa đúng: chưa có bản ghi nào được hiển thị.</source>
        <translation>The filter is not valid: no records are shown.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderLog.qml" line="268" />
        <source>Không có bản ghi nào khớp.</source>
        <translation>No record matches.</translation>
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
        <location filename="../qml/LeaderMain.qml" line="24" />
        <source>Tài khoản này không được phép xem nội dung này.</source>
        <translation>This account may not see this.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="25" />
        <source>Sai tên đăng nhập hoặc mã PIN, hoặc tài khoản đang bị khóa.</source>
        <translation>Wrong login or PIN, or the account is locked.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="26" />
        <source>Không tìm thấy bản ghi.</source>
        <translation>Record not found.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="29" />
        <source>Ghi rõ lý do mở danh tính (ít nhất %1 ký tự).</source>
        <translation>State the reason for opening the identity (at least %1 characters).</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="40" />
        <source>Ngày bắt đầu chưa đúng: viết ngày/tháng/năm, ví dụ 01/12/2026.</source>
        <translation>The start date is not valid: write day/month/year, e.g. 01/12/2026.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="41" />
        <source>Ngày kết thúc chưa đúng: viết ngày/tháng/năm, ví dụ 31/12/2026.</source>
        <translation>The end date is not valid: write day/month/year, e.g. 31/12/2026.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="42" />
        <source>Kỳ không hợp lệ: ngày kết thúc phải cùng ngày hoặc sau ngày bắt đầu, và kỳ dài không quá 10 năm.</source>
        <translation>Invalid period: the end date must be on or after the start date, and the period at most 10 years long.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="43" />
        <source>Bộ lọc chưa đúng. Chọn lại rồi bấm Lọc.</source>
        <translation>The filter is not valid. Change it and press Filter.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="31" />
        <source>Thông tin chưa đúng.</source>
        <translation>Something entered is not right.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="34" />
        <source>Không đọc được dữ liệu. Báo quản trị viên.</source>
        <translation>The data could not be read. Tell the administrator.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="81" />
        <source>Toàn tỉnh · %1</source>
        <translation>Province-wide · %1</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="94" />
        <source>Đăng nhập: sổ tiếp công dân và thống kê</source>
        <translation>Sign in: reception log book and statistics</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="95" />
        <source>Đã tự đăng xuất vì lâu không thao tác.</source>
        <translation>Signed out after a long time without activity.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="112" />
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="113" />
        <source>Sổ tiếp công dân</source>
        <translation>Reception log book</translation>
    </message>
    <message>
        <location filename="../qml/LeaderMain.qml" line="114" />
        <source>Thống kê</source>
        <translation>Statistics</translation>
    </message>
</context>
<context>
    <name>LeaderOverview</name>
    <message>
        <location filename="../qml/LeaderOverview.qml" line="24" />
        <source>Theo dõi thời hạn: %1 việc đến hạn trong %2 ngày, %3 quá hạn</source>
        <translation>Deadline watch: %1 matters due within %2 days, %3 overdue</translation>
    </message>
    <message>
        <location filename="../qml/LeaderOverview.qml" line="36" />
        <source>%1 ngày</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../qml/LeaderOverview.qml" line="44" />
        <source>Bấm vào một dòng (hoặc chọn bằng Tab rồi nhấn Enter) để mở bản ghi.</source>
        <translation>Click a row (or reach it with Tab and press Enter) to open its record.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderOverview.qml" line="120" />
        <source>sổ số %1, tính từ %2</source>
        <translation>book no. %1, counted from %2</translation>
    </message>
    <message>
        <location filename="../qml/LeaderOverview.qml" line="137" />
        <source>Không có việc nào sắp đến hạn.</source>
        <translation>Nothing is due soon.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderOverview.qml" line="150" />
        <source>Kỳ đang xem: %1 – %2 (cùng kỳ năm trước %3 – %4)</source>
        <translation>Period shown: %1 – %2 (a year earlier %3 – %4)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderOverview.qml" line="153" />
        <source>Chưa có số liệu cho kỳ đã chọn.</source>
        <translation>No figures for the chosen period.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderOverview.qml" line="162" />
        <source>Tiếp công dân</source>
        <translation>Citizen reception</translation>
    </message>
</context>
<context>
    <name>LeaderReceptions</name>
    <message>
        <location filename="../qml/LeaderReceptions.qml" line="30" />
        <source>cùng kỳ năm trước trong ngoặc</source>
        <translation>same period last year in brackets</translation>
    </message>
</context>
<context>
    <name>LeaderRecord</name>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="63" />
        <source>Sổ số %1 · %2</source>
        <translation>Book no. %1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="73" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="89" />
        <source>Họ tên, địa chỉ</source>
        <translation>Name, address</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="90" />
        <source>(nặc danh)</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="90" />
        <source>(bảo mật: chỉ lãnh đạo được mở, việc mở được ghi lại)</source>
        <translation>(confidential: only leaders may open it, and the opening is recorded)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="93" />
        <source>Số CCCD/hộ chiếu</source>
        <translation>ID / passport number</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="94" />
        <source>Người đại diện</source>
        <translation>Representatives</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="95" />
        <source>Nội dung vụ việc</source>
        <translation>Content of the matter</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="97" />
        <source>Phân loại, số người</source>
        <translation>Classification, people</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="98" />
        <source>%1 người</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="101" />
        <source>Cơ quan đã giải quyết</source>
        <translation>Agency that already handled it</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="103" />
        <source>Hướng xử lý</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="107" />
        <source>từ chối tiếp</source>
        <translation>reception refused</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="109" />
        <source>Theo dõi kết quả</source>
        <translation>Follow-up of the result</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="110" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="112" />
        <source>Người tiếp, hình thức</source>
        <translation>Received by, kind of reception</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="115" />
        <source>phiếu %1</source>
        <translation>ticket %1</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="118" />
        <source>Thông báo kết luận</source>
        <translation>Conclusion notice</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="120" />
        <source>hạn thực hiện %1</source>
        <translation>to be carried out by %1</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="122" />
        <source>Thời hạn</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="135" />
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="145" />
        <source>lý do: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="159" />
        <source>Lý do mở danh tính người tố cáo (được ghi vào nhật ký)</source>
        <translation>Why the denunciator's identity is opened (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="166" />
        <location filename="../qml/LeaderRecord.qml" line="187" />
        <source>Mở danh tính</source>
        <translation>Open the identity</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="185" />
        <source>Mở danh tính người tố cáo?</source>
        <translation>Open the denunciator's identity?</translation>
    </message>
    <message>
        <location filename="../qml/LeaderRecord.qml" line="186" />
        <source>Lý do "%1" và tên của bạn được ghi vào lịch sử của bản ghi.</source>
        <translation>The reason "%1" and your name are written to the record's history.</translation>
    </message>
</context>
<context>
    <name>LeaderStatistics</name>
    <message>
        <location filename="../qml/LeaderStatistics.qml" line="40" />
        <source>Từ %1 đến %2, so với cùng kỳ năm trước (%3 – %4). Vạch đậm: kỳ này; vạch nhạt: cùng kỳ năm trước.</source>
        <translation>From %1 to %2, compared with a year earlier (%3 – %4). Dark bar: this period; light bar: a year earlier.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderStatistics.qml" line="51" />
        <source>Báo cáo thống kê của kỳ này:</source>
        <translation>Statistics report of this period:</translation>
    </message>
    <message>
        <location filename="../qml/LeaderStatistics.qml" line="62" />
        <source>Chưa có số liệu: chọn một kỳ hợp lệ ở trên.</source>
        <translation>No figures: choose a valid period above.</translation>
    </message>
    <message>
        <location filename="../qml/LeaderStatistics.qml" line="95" />
        <source>kết quả do cấp tỉnh gửi về</source>
        <translation>results sent by the department</translation>
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
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../qml/OnScreenKeyboard.qml" line="36" />
        <source>Gõ chữ rồi bấm dấu, ví dụ: a rồi sắc → á. Gõ Telex: aa → â, dd → đ, s → sắc, f → huyền.</source>
        <translation>Type a letter, then its tone mark, e.g. a then sắc → á. Telex: aa → â, dd → đ, s → sắc, f → huyền.</translation>
    </message>
    <message>
        <location filename="../qml/OnScreenKeyboard.qml" line="37" />
        <source>Gõ chữ rồi bấm dấu, ví dụ: a rồi sắc → á. Gõ VNI: a6 → â, d9 → đ, 1 → sắc, 2 → huyền.</source>
        <translation>Type a letter, then its tone mark, e.g. a then sắc → á. VNI: a6 → â, d9 → đ, 1 → sắc, 2 → huyền.</translation>
    </message>
    <message>
        <location filename="../qml/OnScreenKeyboard.qml" line="38" />
        <source>Gõ chữ rồi bấm dấu, ví dụ: a rồi sắc → á.</source>
        <translation>Type a letter, then its tone mark, e.g. a then sắc → á.</translation>
    </message>
    <message>
        <location filename="../qml/OnScreenKeyboard.qml" line="60" />
        <source>sắc</source>
        <translation>acute</translation>
    </message>
    <message>
        <location filename="../qml/OnScreenKeyboard.qml" line="60" />
        <source>huyền</source>
        <translation>grave</translation>
    </message>
    <message>
        <location filename="../qml/OnScreenKeyboard.qml" line="60" />
        <source>hỏi</source>
        <translation>hook</translation>
    </message>
    <message>
        <location filename="../qml/OnScreenKeyboard.qml" line="60" />
        <source>ngã</source>
        <translation>tilde</translation>
    </message>
    <message>
        <location filename="../qml/OnScreenKeyboard.qml" line="60" />
        <source>nặng</source>
        <translation>dot</translation>
    </message>
    <message>
        <location filename="../qml/OnScreenKeyboard.qml" line="104" />
        <source>Chữ hoa</source>
        <translation>Capitals</translation>
    </message>
    <message>
        <location filename="../qml/OnScreenKeyboard.qml" line="114" />
        <location filename="../qml/OnScreenKeyboard.qml" line="207" />
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qml/OnScreenKeyboard.qml" line="128" />
        <source>Gõ thường</source>
        <translation>Plain</translation>
    </message>
    <message>
        <location filename="../qml/OnScreenKeyboard.qml" line="129" />
        <source>kiểu gõ</source>
        <translation>typing</translation>
    </message>
    <message>
        <location filename="../qml/OnScreenKeyboard.qml" line="143" />
        <source>Dấu cách</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../qml/OnScreenKeyboard.qml" line="151" />
        <location filename="../qml/OnScreenKeyboard.qml" line="211" />
        <source>Ô tiếp</source>
        <translation>Next field</translation>
    </message>
    <message>
        <location filename="../qml/OnScreenKeyboard.qml" line="158" />
        <location filename="../qml/OnScreenKeyboard.qml" line="212" />
        <source>Ẩn</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../qml/OnScreenKeyboard.qml" line="159" />
        <location filename="../qml/OnScreenKeyboard.qml" line="212" />
        <source>bàn phím</source>
        <translation>keyboard</translation>
    </message>
    <message>
        <location filename="../qml/OnScreenKeyboard.qml" line="203" />
        <source>Chữ (hộ chiếu)</source>
        <translation>Letters (passport)</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../qml/PeriodPicker.qml" line="77" />
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../qml/PeriodPicker.qml" line="78" />
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../qml/PeriodPicker.qml" line="79" />
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../qml/PeriodPicker.qml" line="80" />
        <source>6 tháng đầu năm</source>
        <translation>First 6 months</translation>
    </message>
    <message>
        <location filename="../qml/PeriodPicker.qml" line="81" />
        <source>9 tháng đầu năm</source>
        <translation>First 9 months</translation>
    </message>
    <message>
        <location filename="../qml/PeriodPicker.qml" line="82" />
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../qml/PeriodPicker.qml" line="83" />
        <source>Khoảng ngày…</source>
        <translation>Date range…</translation>
    </message>
    <message>
        <location filename="../qml/PeriodPicker.qml" line="94" />
        <source>Tháng %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <location filename="../qml/PeriodPicker.qml" line="107" />
        <source>Quý I</source>
        <translation>Quarter I</translation>
    </message>
    <message>
        <location filename="../qml/PeriodPicker.qml" line="107" />
        <source>Quý II</source>
        <translation>Quarter II</translation>
    </message>
    <message>
        <location filename="../qml/PeriodPicker.qml" line="108" />
        <source>Quý III</source>
        <translation>Quarter III</translation>
    </message>
    <message>
        <location filename="../qml/PeriodPicker.qml" line="108" />
        <source>Quý IV</source>
        <translation>Quarter IV</translation>
    </message>
    <message>
        <location filename="../qml/PeriodPicker.qml" line="122" />
        <source>Năm %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location filename="../qml/PeriodPicker.qml" line="141" />
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../qml/PeriodPicker.qml" line="150" />
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../qml/PeriodPicker.qml" line="161" />
        <source>Xem</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/PinPad.qml" line="51" />
        <source>Đã nhập sai nhiều lần. Vui lòng thử lại sau.</source>
        <translation>Too many wrong PINs. Please try again later.</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="51" />
        <source>Mã PIN của cán bộ</source>
        <translation>Officer PIN</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="61" />
        <source>Sai mã PIN</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="88" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../qml/RecordForm.qml" line="83" />
        <source>Danh tính công dân khai ở kiosk (đã niêm phong) được mở để ghi sổ; việc mở được ghi vào nhật ký.</source>
        <translation>The identity given at the kiosk (sealed) is opened for this recording; the opening is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="84" />
        <source>Đã điền thông tin công dân khai ở kiosk.</source>
        <translation>Filled in from what the citizen gave at the kiosk.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="133" />
        <source>Số CCCD/CMND/hộ chiếu không hợp lệ (CCCD có 12 chữ số).</source>
        <translation>Not a valid ID card or passport number (a citizen ID card has 12 digits).</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="134" />
        <source>Số điện thoại không hợp lệ.</source>
        <translation>Not a valid phone number.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="135" />
        <source>Chỉ đoàn từ 5 người trở lên cử người đại diện, và không quá số người được cử.</source>
        <translation>Only a group of 5 or more appoints representatives, and no more than it may.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="137" />
        <source>Chọn ít nhất một loại: khiếu nại, tố cáo, kiến nghị, phản ánh.</source>
        <translation>Choose at least one kind: complaint, denunciation, petition, feedback.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="141" />
        <source>Ghi cơ quan nhận đơn chuyển (chỉ khi chuyển đơn).</source>
        <translation>Name the agency the matter goes to (only for a transfer).</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="142" />
        <source>Đã từ chối tiếp thì không chọn hướng xử lý.</source>
        <translation>A refused reception has no handling direction.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="143" />
        <source>Từ chối vì vụ việc đã giải quyết đúng: ghi số thông báo từ chối.</source>
        <translation>Refused as already settled: enter the number of the refusal notice.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="144" />
        <source>Thông báo kết luận chỉ có khi Thủ trưởng hoặc cấp phó tiếp, và cần nội dung.</source>
        <translation>A conclusion notice ends a reception by the head or a deputy, and needs its text.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="146" />
        <source>Chọn một phiên tiếp của hôm nay.</source>
        <translation>Choose one of today's sessions.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="147" />
        <source>Chỉ đơn tố cáo mới được ghi không có danh tính, và khi đó để trống họ tên, địa chỉ, số giấy tờ.</source>
        <translation>Only a denunciation may be recorded without identity; then leave name, address and ID number empty.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="148" />
        <source>Thông tin này chưa đúng.</source>
        <translation>This is not right yet.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="63" />
        <source>Đã mở lại bản nháp.</source>
        <translation>The draft was reopened.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="130" />
        <source>Họ tên chỉ gồm chữ cái, khoảng trắng và . ' - (%1 đến %2 ký tự).</source>
        <translation>A name holds letters, spaces and . ' - only (%1 to %2 characters).</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="132" />
        <source>Địa chỉ dài quá %1 ký tự hoặc có ký tự không hợp lệ.</source>
        <translation>The address is longer than %1 characters or holds characters that are not allowed.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="136" />
        <source>Nhập nội dung vụ việc (tối đa %1 ký tự).</source>
        <translation>Enter the matter's content (at most %1 characters).</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="138" />
        <source>Số người từ 1 đến %1.</source>
        <translation>Persons: from 1 to %1.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="139" />
        <location filename="../qml/RecordForm.qml" line="140" />
        <source>Tối đa %1 ký tự.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="145" />
        <source>Hạn thực hiện là một ngày (ngày/tháng/năm) không trước ngày tiếp.</source>
        <translation>The due date is a date (day/month/year) not before the reception.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="178" />
        <source>Ghi sổ tiếp công dân · phiếu %1</source>
        <translation>Record the visit · ticket %1</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="179" />
        <source>Ghi sổ tiếp công dân · không có phiếu</source>
        <translation>Record the visit · no ticket</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="213" />
        <source>Tố cáo nặc danh (không có danh tính)</source>
        <translation>Anonymous denunciation (no identity)</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="222" />
        <source>(4) Số CCCD/CMND/hộ chiếu</source>
        <translation>(4) ID card / passport number</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="228" />
        <source>Tra cứu</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="238" />
        <source>Đã đến %1 lần, lần gần nhất %2.</source>
        <translation>Came %1 times, last on %2.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="239" />
        <source>Chưa có lần tiếp nào với số giấy tờ này.</source>
        <translation>No earlier visit with this ID number.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="240" />
        <source>Có vụ việc cùng loại đang mở: lần này là tiếp tái diễn.</source>
        <translation>An open matter of this kind exists: this is a repeat visit.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="258" />
        <source>(3) Họ và tên</source>
        <translation>(3) Full name</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="267" />
        <source>(3) Địa chỉ</source>
        <translation>(3) Address</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="274" />
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="279" />
        <source>(6) Số người</source>
        <translation>(6) Number of people</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="297" />
        <source>Người đại diện của đoàn (mỗi người một dòng)</source>
        <translation>The group's representatives (one per line)</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="303" />
        <source>(7) Cơ quan đã giải quyết</source>
        <translation>(7) Agency that already handled it</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="318" />
        <source>(5) Nội dung vụ việc</source>
        <translation>(5) Content of the matter</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="321" />
        <source>(6) Phân loại (chọn một hay nhiều)</source>
        <translation>(6) Classification (one or more)</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="329" />
        <source>Khiếu nại về thi hành án</source>
        <translation>About an enforcement act</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="335" />
        <source>Tố cáo: danh tính người tố cáo được niêm phong khi lưu; sau đó chỉ hiện (bảo mật).</source>
        <translation>Denunciation: the denunciator's identity is sealed when saved; afterwards it shows as (confidential).</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="343" />
        <source>(8-10) Hướng xử lý</source>
        <translation>(8-10) Handling direction</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="350" />
        <source>(10) Cơ quan nhận đơn chuyển</source>
        <translation>(10) Agency it is transferred to</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="356" />
        <source>(11) Theo dõi kết quả giải quyết</source>
        <translation>(11) Follow-up of the result</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="362" />
        <source>(12) Ghi chú</source>
        <translation>(12) Notes</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="371" />
        <source>Người tiếp</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="376" />
        <source>Hình thức tiếp</source>
        <translation>Kind of reception</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="384" />
        <source>Họ tên lãnh đạo tiếp</source>
        <translation>Name of the receiving leader</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="392" />
        <source>Phiên tiếp của lãnh đạo hôm nay</source>
        <translation>Today's leader session</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="395" />
        <source>Không theo phiên</source>
        <translation>Not in a session</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="407" />
        <source>Thông báo kết luận của lãnh đạo</source>
        <translation>The leader's conclusion notice</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="415" />
        <source>Hạn thực hiện kết luận</source>
        <translation>Due date of the conclusion</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="478" />
        <source>Đóng mà không lưu vào sổ?</source>
        <translation>Close without saving to the log book?</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="479" />
        <source>Những gì đã nhập sẽ bị bỏ, kể cả bản nháp trên máy này.</source>
        <translation>What you typed will be thrown away, the draft on this PC too.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="480" />
        <source>Bỏ, không lưu</source>
        <translation>Discard, do not save</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="481" />
        <source>Quay lại ghi tiếp</source>
        <translation>Go back to the entry</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="420" />
        <source>Từ chối tiếp (nếu có)</source>
        <translation>Reception refused (if so)</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="428" />
        <source>Căn cứ từ chối (số thông báo)</source>
        <translation>Ground of refusal (notice number)</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="440" />
        <source>Chưa lưu: sửa ô được đánh dấu đỏ. Những gì đã nhập vẫn giữ nguyên.</source>
        <translation>Not saved: correct the field marked red. Everything typed is kept.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="441" />
        <source>Tài khoản này không được ghi sổ tiếp công dân.</source>
        <translation>This account may not record visits.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="442" />
        <source>Chưa lưu được vì mất kết nối với máy chủ văn phòng; những gì đã nhập vẫn giữ nguyên. Bấm "Lưu vào sổ" lại khi có kết nối.</source>
        <translation>Not saved: the connection to the office server is lost; everything you entered is kept. Press "Save in the book" again once it is back.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="443" />
        <source>Chưa lưu được vì lỗi dữ liệu. Báo quản trị viên; những gì đã nhập vẫn giữ nguyên.</source>
        <translation>Not saved because of a data error. Tell the administrator; everything typed is kept.</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="455" />
        <source>Lưu vào sổ</source>
        <translation>Save in the book</translation>
    </message>
    <message>
        <location filename="../qml/RecordForm.qml" line="461" />
        <source>Đóng, không lưu</source>
        <translation>Close without saving</translation>
    </message>
</context>
<context>
    <name>RecordSaved</name>
    <message>
        <location filename="../qml/RecordSaved.qml" line="16" />
        <source>Đã ghi vào sổ tiếp công dân: số %1, %2</source>
        <translation>Recorded in the reception log book: no. %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/RecordSaved.qml" line="25" />
        <source>Tố cáo nặc danh: không có danh tính.</source>
        <translation>Anonymous denunciation: no identity.</translation>
    </message>
    <message>
        <location filename="../qml/RecordSaved.qml" line="26" />
        <source>Người tố cáo: (bảo mật). Danh tính đã được niêm phong; chỉ lãnh đạo được mở và việc mở được ghi lại.</source>
        <translation>Denunciator: (confidential). The identity is sealed; only leaders may open it, and the opening is recorded.</translation>
    </message>
    <message>
        <location filename="../qml/RecordSaved.qml" line="27" />
        <source>Công dân: %1</source>
        <translation>Citizen: %1</translation>
    </message>
    <message>
        <location filename="../qml/RecordSaved.qml" line="35" />
        <source>Lần tiếp tái diễn: đã ghi vào vụ việc đang mở của người này.</source>
        <translation>Repeat visit: recorded on this person's open matter.</translation>
    </message>
    <message>
        <location filename="../qml/RecordSaved.qml" line="43" />
        <source>Thời hạn theo quy định:</source>
        <translation>Legal deadlines:</translation>
    </message>
    <message>
        <location filename="../qml/RecordSaved.qml" line="69" />
        <source>Đã lưu thông báo kết luận để in: %1</source>
        <translation>Conclusion notice saved for printing: %1</translation>
    </message>
    <message>
        <location filename="../qml/RecordSaved.qml" line="78" />
        <source>Lưu lại thông báo kết luận (PDF)</source>
        <translation>Save the conclusion notice again (PDF)</translation>
    </message>
    <message>
        <location filename="../qml/RecordSaved.qml" line="78" />
        <source>Lưu thông báo kết luận (PDF)</source>
        <translation>Save the conclusion notice (PDF)</translation>
    </message>
    <message>
        <location filename="../qml/RecordSaved.qml" line="84" />
        <source>Chưa lưu được thông báo: mất kết nối với máy chủ văn phòng.</source>
        <translation>Notice not saved: the connection to the office server is lost.</translation>
    </message>
    <message>
        <location filename="../qml/RecordSaved.qml" line="85" />
        <source>Chưa lưu được thông báo kết luận. Báo quản trị viên.</source>
        <translation>The conclusion notice could not be saved. Tell the administrator.</translation>
    </message>
    <message>
        <location filename="../qml/RecordSaved.qml" line="94" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../qml/ServicePage.qml" line="17" />
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
    <name>SignInPanel</name>
    <message>
        <location filename="../qml/SignInPanel.qml" line="64" />
        <source>Tên đăng nhập</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../qml/SignInPanel.qml" line="72" />
        <source>Mã PIN hoặc mật khẩu</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <location filename="../qml/SignInPanel.qml" line="90" />
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>StatBlock</name>
    <message>
        <location filename="../qml/StatBlock.qml" line="113" />
        <source>Thời gian trung bình (phút, thang đo riêng)</source>
        <translation>Average times (minutes, a scale of their own)</translation>
    </message>
    <message>
        <location filename="../qml/StatBlock.qml" line="59" />
        <source>%1 phút</source>
        <translation>%1 min</translation>
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
        <location filename="../qml/TicketPage.qml" line="31" />
        <source>Mã phiếu hẹn của quý công dân</source>
        <translation>Your appointment code</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="31" />
        <source>Số thứ tự của quý công dân</source>
        <translation>Your number</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="60" />
        <source>Người tiếp: %1</source>
        <translation>Received by: %1</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="60" />
        <source>Nơi tiếp: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="69" />
        <source>Buổi tiếp: %1</source>
        <translation>Session: %1</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="69" />
        <source>Giờ lấy số: %1</source>
        <translation>Issued: %1</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="79" />
        <source>Không có ai đợi trước. Vui lòng chờ gọi số.</source>
        <translation>Nobody is ahead of you. Please wait to be called.</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="80" />
        <source>Số người chờ trước: %1 · Thời gian chờ dự kiến: khoảng %2 phút</source>
        <translation>People ahead: %1 · Expected wait: about %2 minutes</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="91" />
        <source>Mời ngồi chờ tại phòng tiếp dân. Số của quý công dân sẽ được gọi trên màn hình và loa, đến quầy %1.</source>
        <translation>Please take a seat in the reception room. Your number will be called on the screen and the loudspeaker, to counter %1.</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="92" />
        <source>Mời ngồi chờ tại phòng tiếp dân. Số của quý công dân sẽ được gọi trên màn hình và loa.</source>
        <translation>Please take a seat in the reception room. Your number will be called on the screen and the loudspeaker.</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="101" />
        <source>Vui lòng mang phiếu hẹn và quét mã tại ki-ốt khi đến.</source>
        <translation>Please bring this slip and scan it at the kiosk when you arrive.</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="110" />
        <source>Phiếu đã được in. Vui lòng nhận phiếu bên dưới.</source>
        <translation>Your ticket has been printed. Please take it below.</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="111" />
        <source>Máy in đang gặp sự cố. Vui lòng chụp lại mã QR trên màn hình; cán bộ đã được thông báo.</source>
        <translation>The printer has a problem. Please take a photo of the QR code on screen; the officers have been told.</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="112" />
        <source>Ki-ốt vừa khởi động lại. Đây là số được lấy ngay trước đó; có thể in lại phiếu.</source>
        <translation>The kiosk has just restarted. This is the ticket taken just before; you can print it again.</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="113" />
        <source>Vui lòng ghi nhớ số hoặc chụp lại mã QR.</source>
        <translation>Please remember your number or take a photo of the QR code.</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="146" />
        <source>In lại phiếu</source>
        <translation>Print the ticket again</translation>
    </message>
    <message>
        <location filename="../qml/TicketPage.qml" line="157" />
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
    <name>Vocabulary</name>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="22" />
        <source>Khiếu nại</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="23" />
        <source>Tố cáo</source>
        <translation>Denunciation</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="24" />
        <source>Kiến nghị</source>
        <translation>Petition</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="25" />
        <source>Phản ánh</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="28" />
        <source>Chưa xử lý</source>
        <translation>Not yet handled</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="29" />
        <source>Thụ lý để giải quyết</source>
        <translation>Accept for resolution</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="30" />
        <source>Trả lại đơn và hướng dẫn</source>
        <translation>Return and guide</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="31" />
        <source>Chuyển đơn đến cơ quan có thẩm quyền</source>
        <translation>Transfer to the competent agency</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="34" />
        <source>Cán bộ tiếp công dân</source>
        <translation>Reception officer</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="35" />
        <source>Thủ trưởng cơ quan</source>
        <translation>Head of agency</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="36" />
        <source>Cấp phó được ủy quyền</source>
        <translation>Delegated deputy</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="39" />
        <source>Cán bộ tiếp</source>
        <translation>Reception officer</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="40" />
        <source>Thủ trưởng tiếp</source>
        <translation>Received by the head</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="41" />
        <source>Cấp phó tiếp</source>
        <translation>Received by the deputy</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="44" />
        <source>Thường xuyên</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="45" />
        <source>Định kỳ</source>
        <translation>Periodic</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="46" />
        <source>Đột xuất</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="50" />
        <source>Không từ chối</source>
        <translation>Not refused</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="51" />
        <source>Say rượu, mất khả năng kiểm soát hành vi</source>
        <translation>Intoxicated, not in control of behaviour</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="52" />
        <source>Đe dọa, xúc phạm hoặc vi phạm nội quy</source>
        <translation>Threatening, insulting or breaking the rules</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="53" />
        <source>Vụ việc đã được giải quyết đúng và trả lời bằng văn bản</source>
        <translation>Already settled correctly and answered in writing</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="56" />
        <source>Đang chờ</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="57" />
        <source>Đã gọi</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="58" />
        <source>Đang tiếp</source>
        <translation>Being received</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="59" />
        <source>Đã xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="60" />
        <location filename="../app/core/vocabulary.cpp" line="91" />
        <source>Vắng mặt</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="61" />
        <source>Tạm hoãn</source>
        <translation>Parked</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="62" />
        <source>Chuyển quầy</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="63" />
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="66" />
        <source>Người cao tuổi</source>
        <translation>Elderly person</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="67" />
        <source>Người khuyết tật</source>
        <translation>Person with a disability</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="68" />
        <source>Phụ nữ mang thai</source>
        <translation>Pregnant woman</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="69" />
        <source>Người có công với cách mạng</source>
        <translation>Person with meritorious service</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="72" />
        <source>Tiếp lần đầu</source>
        <translation>First visit</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="73" />
        <source>Tiếp nhiều lần</source>
        <translation>Repeat visit</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="76" />
        <location filename="../app/core/vocabulary.cpp" line="103" />
        <source>Đoàn đông người</source>
        <translation>Group delegation</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="77" />
        <source>Không phải đoàn đông người</source>
        <translation>Not a group</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="80" />
        <source>Số lượt tiếp</source>
        <translation>Visits received</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="81" />
        <source>Số người được tiếp</source>
        <translation>Persons received</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="82" />
        <location filename="../app/core/vocabulary.cpp" line="88" />
        <location filename="../app/core/vocabulary.cpp" line="99" />
        <source>Số vụ việc</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="83" />
        <source>Tiếp lần đầu (lượt)</source>
        <translation>First visits</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="84" />
        <source>Tiếp nhiều lần (lượt)</source>
        <translation>Repeat visits</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="85" />
        <source>Từ chối tiếp (lượt)</source>
        <translation>Refused (visits)</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="86" />
        <source>Số đoàn</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="87" />
        <location filename="../app/core/vocabulary.cpp" line="98" />
        <source>Số người</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="89" />
        <source>Số phiếu</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="90" />
        <source>Đã tiếp xong</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="92" />
        <source>Chờ trung bình (phút)</source>
        <translation>Average wait (minutes)</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="93" />
        <source>Tiếp trung bình (phút)</source>
        <translation>Average service (minutes)</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="95" />
        <source>Người tiếp, hình thức tiếp</source>
        <translation>Receiver and reception kind</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="96" />
        <source>Số kỳ/ngày</source>
        <translation>Sessions/days</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="97" />
        <source>Số lượt</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="102" />
        <source>Tổng hợp</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="104" />
        <source>Phân loại vụ việc (số vụ việc)</source>
        <translation>Kinds of matter (matters)</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="105" />
        <source>Đã giải quyết (số vụ việc)</source>
        <translation>Resolved (matters)</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="106" />
        <source>Hướng xử lý (số lượt)</source>
        <translation>Handling (visits)</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="107" />
        <source>Người tiếp (số lượt)</source>
        <translation>Received by (visits)</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="108" />
        <source>Hình thức tiếp (số lượt)</source>
        <translation>Reception kinds (visits)</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="109" />
        <source>Xếp hàng</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="110" />
        <source>Lãnh đạo tiếp công dân</source>
        <translation>Receptions by the leaders</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="113" />
        <source>Tổng số (Thủ trưởng và cấp phó)</source>
        <translation>Total (head and deputies)</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="114" />
        <source>Thủ trưởng tiếp định kỳ</source>
        <translation>Head's periodic receptions</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="115" />
        <source>Thủ trưởng tiếp đột xuất</source>
        <translation>Head's ad hoc receptions</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="116" />
        <source>Thủ trưởng tiếp thường xuyên</source>
        <translation>Head's regular receptions</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="117" />
        <source>Cấp phó được ủy quyền tiếp</source>
        <translation>Delegated deputy's receptions</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="120" />
        <source>Ghi vào sổ</source>
        <translation>Recorded in the book</translation>
    </message>
    <message>
        <location filename="../app/core/vocabulary.cpp" line="121" />
        <source>Mở danh tính được bảo mật</source>
        <translation>Sealed identity opened</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../qml/WelcomePage.qml" line="43" />
        <source>Xem lại số %1</source>
        <translation>See ticket %1 again</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="44" />
        <source>Ki-ốt vừa khởi động lại. Quý công dân vừa lấy số này? Bấm để xem lại hoặc in lại.</source>
        <translation>The kiosk has just restarted. Did you just take this ticket? Tap to see it again or print it again.</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="49" />
        <source>Xin kính chào quý công dân</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="60" />
        <source>Lấy số thứ tự</source>
        <translation>Take a number</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="61" />
        <source>Khiếu nại, tố cáo, kiến nghị, phản ánh</source>
        <translation>Complaints, denunciations, petitions, feedback</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="68" />
        <source>Đăng ký gặp Lãnh đạo</source>
        <translation>Book a meeting with the leader</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="69" />
        <source>Các ngày Lãnh đạo tiếp công dân định kỳ</source>
        <translation>The leaders' periodic reception days</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="76" />
        <source>Tra cứu bằng mã QR</source>
        <translation>Check with your QR code</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="77" />
        <source>Quét phiếu hoặc phiếu hẹn để xem tình trạng</source>
        <translation>Scan a ticket or appointment slip to see where it stands</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="97" />
        <source>Lịch tiếp công dân hôm nay</source>
        <translation>Today's reception schedule</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="111" />
        <source>Hôm nay không có buổi tiếp công dân.</source>
        <translation>There is no reception today.</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="143" />
        <source>Lãnh đạo tiếp định kỳ: %1</source>
        <translation>Periodic reception by the leader: %1</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="145" />
        <source>Lãnh đạo tiếp đột xuất: %1</source>
        <translation>Ad-hoc reception by the leader: %1</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="146" />
        <source>Cán bộ tiếp công dân thường xuyên</source>
        <translation>Regular reception officers</translation>
    </message>
</context>
<context>
    <name>tiepdan::Words</name>
    <message>
        <location filename="../app/ui/words.cpp" line="30" />
        <source>Quá hạn %1 ngày</source>
        <translation>Overdue by %1 days</translation>
    </message>
    <message>
        <location filename="../app/ui/words.cpp" line="32" />
        <source>Hết hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../app/ui/words.cpp" line="33" />
        <source>Còn %1 ngày</source>
        <translation>%1 days left</translation>
    </message>
</context>
</TS>