#include "localsource.h"

#include "database.h"
#include "officestore.h"

#include <QJsonDocument>

namespace tiepdan {

QString LocalLeaderSource::label() const
{
    return m_store.config().office.code;
}

Result<QStringList> LocalLeaderSource::offices()
{
    return QStringList{m_store.config().office.code};
}

Result<LogPage> LocalLeaderSource::records(const LogQuery &q, const QString &after, int limit)
{
    RecordFilter f;
    f.from = q.from;
    f.to = q.to;
    f.text = q.text;
    f.kind = q.kind;
    f.direction = q.direction;
    f.receiverRole = q.receiverRole;
    f.receiverName = q.receiverName;
    f.group = q.group;
    f.firstVisit = q.firstVisit;
    f.limit = limit;
    if (!after.isEmpty()) {
        bool ok = false;
        f.beforeKey = after.toLongLong(&ok);
        if (!ok || f.beforeKey <= 0)
            return Error::invalid(QStringLiteral("after"), QStringLiteral("not a position in this list"));
    }
    auto rows = m_store.records().list(f);
    if (!rows)
        return rows.error();
    LogPage page;
    page.rows = std::move(rows).value();
    if (page.rows.size() == limit && limit > 0)
        page.cursor = QString::number(page.rows.last().searchKey);
    return page;
}

Result<ReceptionReport> LocalLeaderSource::report(const QDate &from, const QDate &to, const QString &)
{
    return m_store.records().report(from, to);
}

Result<QList<WatchedDeadline>> LocalLeaderSource::deadlines(const QDate &today, int withinDays, const QString &)
{
    return m_store.records().deadlineWatch(today, withinDays);
}

Result<QList<HistoryEvent>> LocalLeaderSource::history(const QString &recordId)
{
    auto q = m_store.db().exec(QStringLiteral("SELECT seq, at, actor, action, detail FROM audit "
                                              "WHERE entity = 'record' AND entity_id = ? ORDER BY seq"),
                               {recordId.trimmed()});
    if (!q)
        return q.error();
    QList<HistoryEvent> out;
    while (q->next())
        out << HistoryEvent{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                            q->value(3).toString(), QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object()};
    return out;
}

Result<Identity> LocalLeaderSource::unseal(const QString &recordId, const Session &by, const QString &reason)
{
    return m_store.records().unseal(recordId, by, reason);
}

} // namespace tiepdan
