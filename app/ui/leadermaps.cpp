#include "leadermaps.h"

#include <QJsonDocument>

namespace tiepdan::leadermaps {

namespace {

QString shortDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// One figure now and a year earlier.
QVariantMap figure(const QString &key, qint64 now, qint64 before, const QString &unit = QStringLiteral("count"))
{
    return {{QStringLiteral("key"), key},
            {QStringLiteral("current"), now},
            {QStringLiteral("previous"), before},
            {QStringLiteral("unit"), unit}};
}

QVariantList mapFigures(const QStringList &keys, const QMap<QString, int> &now, const QMap<QString, int> &before)
{
    QVariantList out;
    for (const QString &k : keys)
        out << figure(k, now.value(k), before.value(k));
    return out;
}

QVariantList leaderFigures(const ReceptionReport &a, const ReceptionReport &b)
{
    QVariantList leaders;
    for (const QString &cat : {QStringLiteral("all"), QStringLiteral("head-periodic"), QStringLiteral("head-adhoc"),
                               QStringLiteral("head-regular"), QStringLiteral("deputy")}) {
        const LeaderFigures x = a.leaders.value(cat), y = b.leaders.value(cat);
        leaders << QVariantMap{{QStringLiteral("key"), cat},
                               {QStringLiteral("sessions"), x.sessions},
                               {QStringLiteral("visits"), x.visits},
                               {QStringLiteral("persons"), x.persons},
                               {QStringLiteral("cases"), x.cases},
                               {QStringLiteral("previousSessions"), y.sessions},
                               {QStringLiteral("previousVisits"), y.visits},
                               {QStringLiteral("previousPersons"), y.persons},
                               {QStringLiteral("previousCases"), y.cases}};
    }
    return leaders;
}

} // namespace

QVariantList history(const QList<HistoryEvent> &events)
{
    QVariantList out;
    for (const HistoryEvent &e : events)
        out << QVariantMap{
            {QStringLiteral("at"),
             QDateTime::fromString(e.at, Qt::ISODate).toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"))},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("detail"), QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact))},
            {QStringLiteral("reason"), e.action == QLatin1String("identity.unseal")
                                           ? e.detail.value(QStringLiteral("reason")).toString()
                                           : QString()}};
    return out;
}

QVariantMap record(const StoredRecord &s, const QString &office, const QDate &today, const QList<HistoryEvent> &events)
{
    const ReceptionRecord &r = s.record;
    QStringList kinds;
    for (MatterKind k : r.kinds)
        kinds << toString(k);
    QVariantList deadlines;
    for (const Deadline &d : s.deadlines)
        deadlines << QVariantMap{{QStringLiteral("labelVi"), d.labelVi},
                                 {QStringLiteral("labelEn"), d.labelEn},
                                 {QStringLiteral("legalBasis"), d.legalBasis},
                                 {QStringLiteral("due"), shortDate(d.due)},
                                 {QStringLiteral("daysLeft"), int(today.daysTo(d.due))}};
    return QVariantMap{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("office"), office},
        {QStringLiteral("book"), QStringLiteral("%1/%2").arg(r.bookNo).arg(r.bookYear)},
        {QStringLiteral("date"), r.receivedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"))},
        {QStringLiteral("sealed"), s.sealed || r.confidential},
        {QStringLiteral("anonymous"), r.anonymous},
        {QStringLiteral("unsealed"), false},
        {QStringLiteral("name"), r.identity.fullName},
        {QStringLiteral("address"), r.identity.address},
        {QStringLiteral("idNumber"), r.identity.idNumber},
        {QStringLiteral("phone"), r.identity.phone},
        {QStringLiteral("representatives"), r.identity.representatives.join(QStringLiteral(", "))},
        {QStringLiteral("content"), r.content},
        {QStringLiteral("kinds"), kinds},
        {QStringLiteral("people"), r.peopleCount},
        {QStringLiteral("previousAgency"), r.previousAgency},
        {QStringLiteral("direction"), toString(r.direction)},
        {QStringLiteral("transferAgency"), r.transferAgency},
        {QStringLiteral("followUp"), r.followUp},
        {QStringLiteral("notes"), r.notes},
        {QStringLiteral("receiver"), toString(r.receiverRole)},
        {QStringLiteral("receiverName"), r.receiverName},
        {QStringLiteral("receptionKind"), toString(r.receptionKind)},
        {QStringLiteral("repeat"), !r.firstVisit},
        {QStringLiteral("refusal"), toString(r.refusal)},
        {QStringLiteral("refusalNote"), r.refusalNote},
        {QStringLiteral("ticket"), r.ticketLabel},
        {QStringLiteral("conclusion"), r.conclusion},
        {QStringLiteral("conclusionDue"), shortDate(r.conclusionDue)},
        {QStringLiteral("deadlines"), deadlines},
        {QStringLiteral("history"), history(events)},
    };
}

QVariantMap statistics(const ReceptionReport &a, const ReceptionReport &b, const QDate &from, const QDate &to,
                       const QString &kind)
{
    const QStringList kinds{QStringLiteral("complaint"), QStringLiteral("denunciation"), QStringLiteral("petition"),
                            QStringLiteral("feedback")};
    const QStringList directions{QStringLiteral("accept"), QStringLiteral("return_guide"), QStringLiteral("transfer"),
                                 QStringLiteral("pending")};
    const QString minutes = QStringLiteral("minutes");
    return QVariantMap{
        {QStringLiteral("kind"), kind},
        {QStringLiteral("from"), shortDate(from)},
        {QStringLiteral("to"), shortDate(to)},
        {QStringLiteral("fromIso"), from.toString(Qt::ISODate)},
        {QStringLiteral("toIso"), to.toString(Qt::ISODate)},
        {QStringLiteral("previousFrom"), shortDate(from.addYears(-1))},
        {QStringLiteral("previousTo"), shortDate(to.addYears(-1))},
        {QStringLiteral("totals"), QVariantList{figure(QStringLiteral("visits"), a.visits, b.visits),
                                                figure(QStringLiteral("persons"), a.persons, b.persons),
                                                figure(QStringLiteral("cases"), a.cases, b.cases),
                                                figure(QStringLiteral("firstVisits"), a.firstVisits, b.firstVisits),
                                                figure(QStringLiteral("repeatVisits"), a.repeatVisits, b.repeatVisits),
                                                figure(QStringLiteral("refused"), a.refused, b.refused)}},
        {QStringLiteral("groups"), QVariantList{figure(QStringLiteral("groups"), a.groups, b.groups),
                                                figure(QStringLiteral("groupPersons"), a.groupPersons, b.groupPersons),
                                                figure(QStringLiteral("groupCases"), a.groupCases, b.groupCases)}},
        {QStringLiteral("leaders"), leaderFigures(a, b)},
        {QStringLiteral("byKind"), mapFigures(kinds, a.byKind, b.byKind)},
        {QStringLiteral("byDirection"), mapFigures(directions, a.byDirection, b.byDirection)},
        {QStringLiteral("resolvedByKind"), mapFigures(kinds, a.resolvedByKind, b.resolvedByKind)},
        {QStringLiteral("queue"),
         QVariantList{figure(QStringLiteral("tickets"), a.queue.tickets, b.queue.tickets),
                      figure(QStringLiteral("served"), a.queue.served, b.queue.served),
                      figure(QStringLiteral("noShows"), a.queue.noShows, b.queue.noShows),
                      figure(QStringLiteral("avgWaitMinutes"), qRound(a.queue.avgWaitSeconds / 60.0),
                             qRound(b.queue.avgWaitSeconds / 60.0), minutes),
                      figure(QStringLiteral("avgServiceMinutes"), qRound(a.queue.avgServiceSeconds / 60.0),
                             qRound(b.queue.avgServiceSeconds / 60.0), minutes)}},
    };
}

QVariantMap deadline(const WatchedDeadline &w)
{
    return QVariantMap{{QStringLiteral("office"), w.office},
                       {QStringLiteral("recordId"), w.recordId},
                       {QStringLiteral("book"), QStringLiteral("%1/%2").arg(w.bookNo).arg(w.bookYear)},
                       {QStringLiteral("kind"), w.kind},
                       {QStringLiteral("labelVi"), w.deadline.labelVi},
                       {QStringLiteral("labelEn"), w.deadline.labelEn},
                       {QStringLiteral("legalBasis"), w.deadline.legalBasis},
                       {QStringLiteral("received"), shortDate(w.deadline.eventDate)},
                       {QStringLiteral("eventIso"), w.deadline.eventDate.toString(Qt::ISODate)},
                       {QStringLiteral("due"), shortDate(w.deadline.due)},
                       {QStringLiteral("daysLeft"), w.daysLeft},
                       {QStringLiteral("ruleSet"), w.ruleSetId}};
}

} // namespace tiepdan::leadermaps
