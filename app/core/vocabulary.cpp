#include "vocabulary.h"

#include <QCoreApplication>

#include <array>
#include <span>

namespace tiepdan::vocabulary {

namespace {

struct Entry {
    const char *key;
    const char *source; // UTF-8, Vietnamese
};

// Where the official documents and the screens once worded a code
// differently, the wording kept is the log book's (Form 03 of Circular
// 04/2021/TT-TTCP) and the statistics report's, as docs/domain.md names
// them: "Thụ lý để giải quyết", not "Thụ lý".
constexpr Entry kKinds[] = {
    {"complaint", QT_TRANSLATE_NOOP("Vocabulary", "Khiếu nại")},
    {"denunciation", QT_TRANSLATE_NOOP("Vocabulary", "Tố cáo")},
    {"petition", QT_TRANSLATE_NOOP("Vocabulary", "Kiến nghị")},
    {"feedback", QT_TRANSLATE_NOOP("Vocabulary", "Phản ánh")},
};
constexpr Entry kDirections[] = {
    {"pending", QT_TRANSLATE_NOOP("Vocabulary", "Chưa xử lý")},
    {"accept", QT_TRANSLATE_NOOP("Vocabulary", "Thụ lý để giải quyết")},
    {"return_guide", QT_TRANSLATE_NOOP("Vocabulary", "Trả lại đơn và hướng dẫn")},
    {"transfer", QT_TRANSLATE_NOOP("Vocabulary", "Chuyển đơn đến cơ quan có thẩm quyền")},
};
constexpr Entry kReceivers[] = {
    {"officer", QT_TRANSLATE_NOOP("Vocabulary", "Cán bộ tiếp công dân")},
    {"head", QT_TRANSLATE_NOOP("Vocabulary", "Thủ trưởng cơ quan")},
    {"deputy", QT_TRANSLATE_NOOP("Vocabulary", "Cấp phó được ủy quyền")},
};
constexpr Entry kReceivedBy[] = {
    {"officer", QT_TRANSLATE_NOOP("Vocabulary", "Cán bộ tiếp")},
    {"head", QT_TRANSLATE_NOOP("Vocabulary", "Thủ trưởng tiếp")},
    {"deputy", QT_TRANSLATE_NOOP("Vocabulary", "Cấp phó tiếp")},
};
constexpr Entry kReceptionKinds[] = {
    {"regular", QT_TRANSLATE_NOOP("Vocabulary", "Thường xuyên")},
    {"periodic", QT_TRANSLATE_NOOP("Vocabulary", "Định kỳ")},
    {"adhoc", QT_TRANSLATE_NOOP("Vocabulary", "Đột xuất")},
};
// The grounds of Luật Tiếp công dân 2013, Art. 9.
constexpr Entry kRefusals[] = {
    {"none", QT_TRANSLATE_NOOP("Vocabulary", "Không từ chối")},
    {"intoxicated", QT_TRANSLATE_NOOP("Vocabulary", "Say rượu, mất khả năng kiểm soát hành vi")},
    {"disorderly", QT_TRANSLATE_NOOP("Vocabulary", "Đe dọa, xúc phạm hoặc vi phạm nội quy")},
    {"already_settled", QT_TRANSLATE_NOOP("Vocabulary", "Vụ việc đã được giải quyết đúng và trả lời bằng văn bản")},
};
constexpr Entry kTicketStates[] = {
    {"waiting", QT_TRANSLATE_NOOP("Vocabulary", "Đang chờ")},
    {"called", QT_TRANSLATE_NOOP("Vocabulary", "Đã gọi")},
    {"serving", QT_TRANSLATE_NOOP("Vocabulary", "Đang tiếp")},
    {"done", QT_TRANSLATE_NOOP("Vocabulary", "Đã xong")},
    {"no_show", QT_TRANSLATE_NOOP("Vocabulary", "Vắng mặt")},
    {"parked", QT_TRANSLATE_NOOP("Vocabulary", "Tạm hoãn")},
    {"transferred", QT_TRANSLATE_NOOP("Vocabulary", "Chuyển quầy")},
    {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Đã hủy")},
};
constexpr Entry kPriorities[] = {
    {"elderly", QT_TRANSLATE_NOOP("Vocabulary", "Người cao tuổi")},
    {"disability", QT_TRANSLATE_NOOP("Vocabulary", "Người khuyết tật")},
    {"pregnancy", QT_TRANSLATE_NOOP("Vocabulary", "Phụ nữ mang thai")},
    {"merit", QT_TRANSLATE_NOOP("Vocabulary", "Người có công với cách mạng")},
};
constexpr Entry kVisits[] = {
    {"first", QT_TRANSLATE_NOOP("Vocabulary", "Tiếp lần đầu")},
    {"repeat", QT_TRANSLATE_NOOP("Vocabulary", "Tiếp nhiều lần")},
};
constexpr Entry kGroups[] = {
    {"yes", QT_TRANSLATE_NOOP("Vocabulary", "Đoàn đông người")},
    {"no", QT_TRANSLATE_NOOP("Vocabulary", "Không phải đoàn đông người")},
};
constexpr Entry kFigures[] = {
    {"visits", QT_TRANSLATE_NOOP("Vocabulary", "Số lượt tiếp")},
    {"persons", QT_TRANSLATE_NOOP("Vocabulary", "Số người được tiếp")},
    {"cases", QT_TRANSLATE_NOOP("Vocabulary", "Số vụ việc")},
    {"firstVisits", QT_TRANSLATE_NOOP("Vocabulary", "Tiếp lần đầu (lượt)")},
    {"repeatVisits", QT_TRANSLATE_NOOP("Vocabulary", "Tiếp nhiều lần (lượt)")},
    {"refused", QT_TRANSLATE_NOOP("Vocabulary", "Từ chối tiếp (lượt)")},
    {"groups", QT_TRANSLATE_NOOP("Vocabulary", "Số đoàn")},
    {"groupPersons", QT_TRANSLATE_NOOP("Vocabulary", "Số người")},
    {"groupCases", QT_TRANSLATE_NOOP("Vocabulary", "Số vụ việc")},
    {"tickets", QT_TRANSLATE_NOOP("Vocabulary", "Số phiếu")},
    {"served", QT_TRANSLATE_NOOP("Vocabulary", "Đã tiếp xong")},
    {"noShows", QT_TRANSLATE_NOOP("Vocabulary", "Vắng mặt")},
    {"avgWaitMinutes", QT_TRANSLATE_NOOP("Vocabulary", "Chờ trung bình (phút)")},
    {"avgServiceMinutes", QT_TRANSLATE_NOOP("Vocabulary", "Tiếp trung bình (phút)")},
    // The columns of the leaders' receptions.
    {"leaderCategory", QT_TRANSLATE_NOOP("Vocabulary", "Người tiếp, hình thức tiếp")},
    {"leaderSessions", QT_TRANSLATE_NOOP("Vocabulary", "Số kỳ/ngày")},
    {"leaderVisits", QT_TRANSLATE_NOOP("Vocabulary", "Số lượt")},
    {"leaderPersons", QT_TRANSLATE_NOOP("Vocabulary", "Số người")},
    {"leaderCases", QT_TRANSLATE_NOOP("Vocabulary", "Số vụ việc")},
};
constexpr Entry kSections[] = {
    {"totals", QT_TRANSLATE_NOOP("Vocabulary", "Tổng hợp")},
    {"groups", QT_TRANSLATE_NOOP("Vocabulary", "Đoàn đông người")},
    {"byKind", QT_TRANSLATE_NOOP("Vocabulary", "Phân loại vụ việc (số vụ việc)")},
    {"resolvedByKind", QT_TRANSLATE_NOOP("Vocabulary", "Đã giải quyết (số vụ việc)")},
    {"byDirection", QT_TRANSLATE_NOOP("Vocabulary", "Hướng xử lý (số lượt)")},
    {"byReceiver", QT_TRANSLATE_NOOP("Vocabulary", "Người tiếp (số lượt)")},
    {"byReceptionKind", QT_TRANSLATE_NOOP("Vocabulary", "Hình thức tiếp (số lượt)")},
    {"queue", QT_TRANSLATE_NOOP("Vocabulary", "Xếp hàng")},
    {"leaders", QT_TRANSLATE_NOOP("Vocabulary", "Lãnh đạo tiếp công dân")},
};
constexpr Entry kLeaderCategories[] = {
    {"all", QT_TRANSLATE_NOOP("Vocabulary", "Tổng số (Thủ trưởng và cấp phó)")},
    {"head-periodic", QT_TRANSLATE_NOOP("Vocabulary", "Thủ trưởng tiếp định kỳ")},
    {"head-adhoc", QT_TRANSLATE_NOOP("Vocabulary", "Thủ trưởng tiếp đột xuất")},
    {"head-regular", QT_TRANSLATE_NOOP("Vocabulary", "Thủ trưởng tiếp thường xuyên")},
    {"deputy", QT_TRANSLATE_NOOP("Vocabulary", "Cấp phó được ủy quyền tiếp")},
};
constexpr Entry kHistoryActions[] = {
    {"record.add", QT_TRANSLATE_NOOP("Vocabulary", "Ghi vào sổ")},
    {"identity.unseal", QT_TRANSLATE_NOOP("Vocabulary", "Mở danh tính được bảo mật")},
};

struct TableDef {
    Table table;
    const char *name;
    std::span<const Entry> entries;
};

constexpr std::array kTables = {
    TableDef{Table::Kind, "kind", kKinds},
    TableDef{Table::Direction, "direction", kDirections},
    TableDef{Table::Receiver, "receiver", kReceivers},
    TableDef{Table::ReceivedBy, "receivedBy", kReceivedBy},
    TableDef{Table::ReceptionKind, "receptionKind", kReceptionKinds},
    TableDef{Table::Refusal, "refusal", kRefusals},
    TableDef{Table::TicketState, "ticketState", kTicketStates},
    TableDef{Table::Priority, "priority", kPriorities},
    TableDef{Table::Visit, "visit", kVisits},
    TableDef{Table::Group, "group", kGroups},
    TableDef{Table::Figure, "figure", kFigures},
    TableDef{Table::Section, "section", kSections},
    TableDef{Table::LeaderCategory, "leaderCategory", kLeaderCategories},
    TableDef{Table::HistoryAction, "historyAction", kHistoryActions},
};

const TableDef &def(Table t)
{
    for (const TableDef &d : kTables)
        if (d.table == t)
            return d;
    Q_UNREACHABLE();
}

// The entry's source text, or null when the table does not know `key`.
const char *sourceOf(Table t, const QString &key)
{
    for (const Entry &e : def(t).entries)
        if (key == QLatin1String(e.key))
            return e.source;
    return nullptr;
}

} // namespace

QString tableName(Table t)
{
    return QString::fromLatin1(def(t).name);
}

bool tableFromName(const QString &name, Table *out)
{
    for (const TableDef &d : kTables)
        if (name == QLatin1String(d.name)) {
            *out = d.table;
            return true;
        }
    return false;
}

QStringList keys(Table t)
{
    QStringList out;
    for (const Entry &e : def(t).entries)
        out << QString::fromLatin1(e.key);
    return out;
}

QString vi(Table t, const QString &key)
{
    const char *source = sourceOf(t, key);
    return source ? QString::fromUtf8(source) : key;
}

QString text(Table t, const QString &key)
{
    const char *source = sourceOf(t, key);
    return source ? QCoreApplication::translate("Vocabulary", source) : key;
}

QString vi(MatterKind k)
{
    return vi(Table::Kind, toString(k));
}
QString vi(HandlingDirection d)
{
    return vi(Table::Direction, toString(d));
}
QString vi(ReceiverRole r)
{
    return vi(Table::Receiver, toString(r));
}
QString vi(ReceptionKind k)
{
    return vi(Table::ReceptionKind, toString(k));
}
QString vi(RefusalGround g)
{
    return vi(Table::Refusal, toString(g));
}

} // namespace tiepdan::vocabulary
