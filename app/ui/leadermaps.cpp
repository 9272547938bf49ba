#include "leadermaps.h"

#include "exports.h"
#include "vocabulary.h"

#include <QJsonDocument>

namespace tiepdan::leadermaps {

namespace {

QString shortDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// A section now beside the same section a year earlier, figure by figure.
StatSection paired(const reports::ReportSection &now, const QList<reports::ReportSection> &before)
{
    StatSection out{now.key, vocabulary::tableName(now.words), {}};
    QList<reports::ReportFigure> earlier;
    for (const reports::ReportSection &b : before)
        if (b.key == now.key)
            earlier = b.figures;
    auto add = [&](const reports::ReportFigure &f, qint64 current, qint64 previous) {
        StatFigure figure;
        figure.key = f.key;
        figure.current = int(current);
        figure.previous = int(previous);
        if (f.minutes)
            figure.unit = QStringLiteral("minutes");
        out.figures << figure;
    };
    for (const reports::ReportFigure &f : now.figures) {
        qint64 previous = 0;
        for (const reports::ReportFigure &e : std::as_const(earlier))
            if (e.key == f.key)
                previous = e.value;
        add(f, f.value, previous);
    }
    for (const reports::ReportFigure &e : std::as_const(earlier))
        if (std::none_of(now.figures.begin(), now.figures.end(), [&](const auto &f) { return f.key == e.key; }))
            add(e, 0, e.value);
    return out;
}

} // namespace

QList<HistoryEntry> history(const QList<HistoryEvent> &events)
{
    QList<HistoryEntry> out;
    for (const HistoryEvent &e : events) {
        HistoryEntry h;
        h.at = QDateTime::fromString(e.at, Qt::ISODate).toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
        h.actor = e.actor;
        h.action = e.action;
        h.detail = QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact));
        if (e.action == QLatin1String("identity.unseal"))
            h.reason = e.detail.value(QStringLiteral("reason")).toString();
        out << h;
    }
    return out;
}

LogRecord record(const StoredRecord &s, const QString &office, const QDate &today, const QList<HistoryEvent> &events)
{
    const ReceptionRecord &r = s.record;
    LogRecord out;
    out.id = r.id;
    out.office = office;
    out.book = QStringLiteral("%1/%2").arg(r.bookNo).arg(r.bookYear);
    out.date = r.receivedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    out.sealed = s.sealed || r.confidential;
    out.anonymous = r.anonymous;
    out.name = r.identity.fullName;
    out.address = r.identity.address;
    out.idNumber = r.identity.idNumber;
    out.phone = r.identity.phone;
    out.representatives = r.identity.representatives.join(QStringLiteral(", "));
    out.content = r.content;
    for (MatterKind k : r.kinds)
        out.kinds << toString(k);
    out.people = r.peopleCount;
    out.previousAgency = r.previousAgency;
    out.direction = toString(r.direction);
    out.transferAgency = r.transferAgency;
    out.followUp = r.followUp;
    out.notes = r.notes;
    out.receiver = toString(r.receiverRole);
    out.receiverName = r.receiverName;
    out.receptionKind = toString(r.receptionKind);
    out.repeat = !r.firstVisit;
    out.refusal = toString(r.refusal);
    out.refusalNote = r.refusalNote;
    out.ticket = r.ticketLabel;
    out.conclusion = r.conclusion;
    out.conclusionDue = shortDate(r.conclusionDue);
    for (const Deadline &d : s.deadlines)
        out.deadlines << RecordDeadline::of(d, today);
    out.history = history(events);
    return out;
}

PeriodStatistics statistics(const ReceptionReport &a, const ReceptionReport &b, const QDate &from, const QDate &to,
                            const QString &kind)
{
    PeriodStatistics out;
    out.kind = kind;
    out.from = shortDate(from);
    out.to = shortDate(to);
    out.fromIso = from.toString(Qt::ISODate);
    out.toIso = to.toString(Qt::ISODate);
    out.previousFrom = shortDate(from.addYears(-1));
    out.previousTo = shortDate(to.addYears(-1));
    const QList<reports::ReportSection> before = reports::reportSections(b);
    for (const reports::ReportSection &s : reports::reportSections(a))
        out.sections << paired(s, before);
    const auto earlier = reports::reportLeaders(b);
    for (const auto &[key, x] : reports::reportLeaders(a)) {
        LeaderFigures y;
        for (const auto &[k, f] : earlier)
            if (k == key)
                y = f;
        out.leaders << LeaderFiguresValue{key,        x.sessions, x.visits,  x.persons, x.cases,
                                          y.sessions, y.visits,   y.persons, y.cases};
    }
    return out;
}

} // namespace tiepdan::leadermaps
