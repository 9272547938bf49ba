#include "receptionrepository.h"

#include "database.h"
#include "officestore.h"
#include "recordstats.h"

#include <QSqlQuery>

namespace tiepdan {

QJsonObject LeaderFigures::toJson() const
{
    return {{QStringLiteral("sessions"), sessions},
            {QStringLiteral("visits"), visits},
            {QStringLiteral("persons"), persons},
            {QStringLiteral("cases"), cases}};
}

QJsonObject ReceptionReport::toJson() const
{
    QJsonObject byLeader;
    for (auto it = leaders.begin(); it != leaders.end(); ++it)
        byLeader.insert(it.key(), it->toJson());
    auto map = [](const QMap<QString, int> &m) {
        QJsonObject o;
        for (auto it = m.begin(); it != m.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("visits"), visits},
            {QStringLiteral("persons"), persons},
            {QStringLiteral("cases"), cases},
            {QStringLiteral("groups"), QJsonObject{{QStringLiteral("groups"), groups},
                                                   {QStringLiteral("persons"), groupPersons},
                                                   {QStringLiteral("cases"), groupCases}}},
            {QStringLiteral("firstVisits"), firstVisits},
            {QStringLiteral("repeatVisits"), repeatVisits},
            {QStringLiteral("refused"), refused},
            {QStringLiteral("casesByKind"), map(byKind)},
            {QStringLiteral("visitsByDirection"), map(byDirection)},
            {QStringLiteral("visitsByReceiver"), map(byReceiver)},
            {QStringLiteral("visitsByReceptionKind"), map(byReceptionKind)},
            {QStringLiteral("receivedByLeaders"), byLeader},
            {QStringLiteral("resolvedByKind"), map(resolvedByKind)},
            {QStringLiteral("queue"), QJsonObject{{QStringLiteral("tickets"), queue.tickets},
                                                  {QStringLiteral("served"), queue.served},
                                                  {QStringLiteral("noShows"), queue.noShows},
                                                  {QStringLiteral("avgWaitSeconds"), queue.avgWaitSeconds},
                                                  {QStringLiteral("avgServiceSeconds"), queue.avgServiceSeconds}}}};
}

Result<ReceptionReport> ReceptionRepository::report(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(QStringLiteral("period"),
                              QStringLiteral("give a period with --from and --to, from before to"));
    auto figures = RecordStats::period(m_store.db(), from, to);
    if (!figures)
        return figures.error();
    const auto &sum = figures->sums;
    const auto &distinct = figures->distinct;
    ReceptionReport rep;
    rep.from = from;
    rep.to = to;
    rep.visits = int(sum.value(QStringLiteral("visits")));
    rep.persons = int(sum.value(QStringLiteral("persons")));
    rep.cases = int(distinct.value(QStringLiteral("cases")));
    rep.groups = int(sum.value(QStringLiteral("groups")));
    rep.groupPersons = int(sum.value(QStringLiteral("groupPersons")));
    rep.groupCases = int(distinct.value(QStringLiteral("groupCases")));
    rep.firstVisits = int(sum.value(QStringLiteral("firstVisits")));
    rep.repeatVisits = rep.visits - rep.firstVisits;
    rep.refused = int(sum.value(QStringLiteral("refused")));
    auto prefixed = [](const QMap<QString, qint64> &m, const QString &prefix, QMap<QString, int> &into) {
        for (auto it = m.begin(); it != m.end(); ++it)
            if (it.key().startsWith(prefix) && it.value() > 0)
                into[it.key().mid(prefix.size())] = int(it.value());
    };
    prefixed(distinct, QStringLiteral("kind:"), rep.byKind);
    prefixed(sum, QStringLiteral("dir:"), rep.byDirection);
    prefixed(sum, QStringLiteral("recv:"), rep.byReceiver);
    prefixed(sum, QStringLiteral("rkind:"), rep.byReceptionKind);
    // Received by leaders: all of them (always present), then by who and in
    // which kind of session.
    rep.leaders.insert(QStringLiteral("all"), {});
    for (auto it = sum.begin(); it != sum.end(); ++it) {
        const QStringList parts = it.key().split(u':');
        if (parts.size() == 3 && parts[0] == QLatin1String("lead") && it.value() > 0)
            rep.leaders[parts[1]];
    }
    for (auto it = rep.leaders.begin(); it != rep.leaders.end(); ++it) {
        const QString cat = it.key();
        it->sessions = int(distinct.value(QStringLiteral("sess:") + cat));
        it->visits = int(sum.value(QStringLiteral("lead:%1:visits").arg(cat)));
        it->persons = int(sum.value(QStringLiteral("lead:%1:persons").arg(cat)));
        it->cases = int(distinct.value(QStringLiteral("lead:") + cat));
    }
    // Resolved: the newest result of each matter, when it is "resolved" and
    // dated in the period (its date is UTC; a day's results are few).
    auto resolved = m_store.db().exec(
        QStringLiteral("SELECT m.kind, COUNT(*) FROM matter_results x JOIN matters m ON m.id = x.matter_id "
                       "WHERE x.result = 'resolved' AND date(x.at, 'localtime') BETWEEN ? AND ? GROUP BY m.kind"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!resolved)
        return resolved.error();
    while (resolved->next())
        rep.resolvedByKind[resolved->value(0).toString()] = resolved->value(1).toInt();
    // The queue: tickets of the period, those served, no-shows, and the
    // average wait (issue to first call) and service (start to finish).
    auto queue = m_store.db().exec(
        QStringLiteral(
            "SELECT COUNT(*), COALESCE(SUM(state = 'done'), 0), COALESCE(SUM(state = 'no_show'), 0), "
            "AVG(CASE WHEN called_at IS NOT NULL THEN (julianday(called_at) - julianday(issued_at)) * 86400 END), "
            "AVG(CASE WHEN state = 'done' AND started_at IS NOT NULL AND finished_at IS NOT NULL "
            "THEN (julianday(finished_at) - julianday(started_at)) * 86400 END) "
            "FROM tickets WHERE service_date BETWEEN ? AND ?"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!queue)
        return queue.error();
    if (queue->next()) {
        rep.queue.tickets = queue->value(0).toInt();
        rep.queue.served = queue->value(1).toInt();
        rep.queue.noShows = queue->value(2).toInt();
        rep.queue.avgWaitSeconds = qRound(queue->value(3).toDouble());
        rep.queue.avgServiceSeconds = qRound(queue->value(4).toDouble());
    }
    return rep;
}

} // namespace tiepdan
