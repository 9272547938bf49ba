#include "deskreplies.h"

#include <QJsonArray>

#include <vector>

namespace tiepdan {

namespace {

// A reply's keys, each once, with the member it carries.
template <typename S> struct Keys {
    std::vector<std::pair<const char *, QString S::*>> texts;
    std::vector<std::pair<const char *, bool S::*>> flags;
    std::vector<std::pair<const char *, int S::*>> numbers;

    QJsonObject write(const S &s) const
    {
        QJsonObject o;
        for (const auto &[key, member] : texts)
            o.insert(QLatin1String(key), s.*member);
        for (const auto &[key, member] : flags)
            o.insert(QLatin1String(key), s.*member);
        for (const auto &[key, member] : numbers)
            o.insert(QLatin1String(key), s.*member);
        return o;
    }
    S read(const QJsonObject &o) const
    {
        S s;
        for (const auto &[key, member] : texts)
            s.*member = o.value(QLatin1String(key)).toString();
        for (const auto &[key, member] : flags)
            s.*member = o.value(QLatin1String(key)).toBool();
        for (const auto &[key, member] : numbers)
            s.*member = o.value(QLatin1String(key)).toInt();
        return s;
    }
};

const Keys<RecordDeadline> kDeadline{{{"labelVi", &RecordDeadline::labelVi},
                                      {"labelEn", &RecordDeadline::labelEn},
                                      {"legalBasis", &RecordDeadline::legalBasis},
                                      {"due", &RecordDeadline::due}},
                                     {},
                                     {{"daysLeft", &RecordDeadline::daysLeft}}};

const Keys<SavedRecord> kSaved{{{"id", &SavedRecord::id},
                                {"book", &SavedRecord::book},
                                {"date", &SavedRecord::date},
                                {"name", &SavedRecord::name},
                                {"direction", &SavedRecord::direction},
                                {"ticket", &SavedRecord::ticket}},
                               {{"sealed", &SavedRecord::sealed},
                                {"anonymous", &SavedRecord::anonymous},
                                {"repeat", &SavedRecord::repeat},
                                {"hasConclusion", &SavedRecord::hasConclusion}},
                               {}};
constexpr char kDeadlines[] = "deadlines";

const Keys<KnownVisitor> kVisitor{
    {{"fullName", &KnownVisitor::fullName},
     {"address", &KnownVisitor::address},
     {"idNumber", &KnownVisitor::idNumber},
     {"phone", &KnownVisitor::phone},
     {"lastVisit", &KnownVisitor::lastVisit}},
    {{"found", &KnownVisitor::found}, {"sealed", &KnownVisitor::sealed}, {"repeat", &KnownVisitor::repeat}},
    {{"visits", &KnownVisitor::visits}}};

QString shortDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace

RecordDeadline RecordDeadline::of(const Deadline &d, const QDate &today)
{
    return {d.labelVi, d.labelEn, d.legalBasis, shortDate(d.due), int(today.daysTo(d.due))};
}

QJsonObject RecordDeadline::toJson() const
{
    return kDeadline.write(*this);
}

RecordDeadline RecordDeadline::fromJson(const QJsonObject &o)
{
    return kDeadline.read(o);
}

SavedRecord SavedRecord::of(const StoredRecord &s)
{
    const ReceptionRecord &r = s.record;
    SavedRecord out;
    out.id = r.id;
    out.book = QStringLiteral("%1/%2").arg(r.bookNo).arg(r.bookYear);
    out.date = r.receivedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    out.sealed = s.sealed || r.confidential;
    out.anonymous = r.anonymous;
    // Never echoed back for a sealed record: the screen shows it masked.
    out.name = out.sealed ? QString() : r.identity.fullName;
    out.repeat = !r.firstVisit;
    out.direction = toString(r.direction);
    out.ticket = r.ticketLabel;
    out.hasConclusion = r.receiverRole != ReceiverRole::Officer && !r.conclusion.trimmed().isEmpty();
    for (const Deadline &d : s.deadlines)
        out.deadlines << RecordDeadline::of(d, r.receivedAt.date());
    return out;
}

QJsonObject SavedRecord::toJson() const
{
    QJsonObject o = kSaved.write(*this);
    QJsonArray list;
    for (const RecordDeadline &d : deadlines)
        list.append(d.toJson());
    o.insert(QLatin1String(kDeadlines), list);
    return o;
}

SavedRecord SavedRecord::fromJson(const QJsonObject &o)
{
    SavedRecord s = kSaved.read(o);
    for (const QJsonValue &v : o.value(QLatin1String(kDeadlines)).toArray())
        s.deadlines << RecordDeadline::fromJson(v.toObject());
    return s;
}

QJsonObject KnownVisitor::toJson() const
{
    return kVisitor.write(*this);
}

KnownVisitor KnownVisitor::fromJson(const QJsonObject &o)
{
    return kVisitor.read(o);
}

} // namespace tiepdan
