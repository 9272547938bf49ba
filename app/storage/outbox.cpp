#include "outbox.h"

#include "database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace tiepdan {

Status Outbox::enqueue(const QString &recordId, const QString &kind, int version,
                       const QJsonObject &payload)
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO outbox(record_id, record_kind, version, payload, "
                                      "created_at) VALUES (?,?,?,?,?)"),
                       {recordId, kind, version,
                        QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!r)
        return r.error();
    return {};
}

Result<QList<OutboxEntry>> Outbox::pending(int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT seq, record_id, record_kind, version, payload, state, "
                                      "attempts, last_error FROM outbox WHERE state = 'pending' "
                                      "ORDER BY seq LIMIT ?"),
                       {limit});
    if (!q)
        return q.error();
    QList<OutboxEntry> out;
    while (q->next()) {
        OutboxEntry e;
        e.seq = q->value(0).toLongLong();
        e.recordId = q->value(1).toString();
        e.recordKind = q->value(2).toString();
        e.version = q->value(3).toInt();
        e.payload = QJsonDocument::fromJson(q->value(4).toByteArray()).object();
        e.state = q->value(5).toString();
        e.attempts = q->value(6).toInt();
        e.lastError = q->value(7).toString();
        out << e;
    }
    return out;
}

Result<qint64> Outbox::pendingCount()
{
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace tiepdan
