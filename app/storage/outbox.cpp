#include "outbox.h"

#include "database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QStringList>

namespace tiepdan {

Status Outbox::enqueue(const QString &recordId, const QString &kind, int version, const QJsonObject &payload)
{
    auto r =
        m_db.exec(QStringLiteral("INSERT INTO outbox(record_id, record_kind, version, payload, "
                                 "created_at) VALUES (?,?,?,?,?)"),
                  {recordId, kind, version, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!r)
        return r.error();
    return {};
}

namespace {
const QString kEntryColumns =
    QStringLiteral("seq, record_id, record_kind, version, payload, state, attempts, last_error");
QString seqList(const QList<qint64> &seqs)
{
    QStringList s;
    for (qint64 v : seqs)
        s << QString::number(v);
    return s.join(u',');
}
} // namespace

Result<QList<OutboxEntry>> Outbox::pending(int limit)
{
    return select(QStringLiteral("state = 'pending' ORDER BY seq LIMIT ?"), {limit});
}

Result<QList<OutboxEntry>> Outbox::due(int limit, const QDateTime &now)
{
    // Stops at the first pending entry that is not due: an entry waiting
    // for its retry holds back every later one (delivery is in order).
    return select(QStringLiteral("state = 'pending' AND seq < COALESCE((SELECT MIN(seq) FROM outbox "
                                 "WHERE state = 'pending' AND next_attempt_at > ?), 9223372036854775807) "
                                 "ORDER BY seq LIMIT ?"),
                  {now.toUTC().toString(Qt::ISODateWithMs), limit});
}

Status Outbox::markDelivered(const QList<qint64> &seqs, const QDateTime &now)
{
    if (seqs.isEmpty())
        return {};
    auto r = m_db.exec(QStringLiteral("UPDATE outbox SET state = 'delivered', delivered_at = ?, next_attempt_at = NULL "
                                      "WHERE seq IN (%1)")
                           .arg(seqList(seqs)),
                       {now.toUTC().toString(Qt::ISODateWithMs)});
    return r ? Status{} : Status{r.error()};
}

Status Outbox::markRejected(qint64 seq, const QString &reason)
{
    auto r = m_db.exec(QStringLiteral("UPDATE outbox SET state = 'rejected', attempts = attempts + 1, last_error = ?, "
                                      "next_attempt_at = NULL WHERE seq = ?"),
                       {reason.left(500), seq});
    return r ? Status{} : Status{r.error()};
}

Status Outbox::markFailed(const QList<qint64> &seqs, const QString &error, const QDateTime &nextAttempt)
{
    if (seqs.isEmpty())
        return {};
    auto r = m_db.exec(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
                                      "WHERE seq IN (%1)")
                           .arg(seqList(seqs)),
                       {error.left(500), nextAttempt.toUTC().toString(Qt::ISODateWithMs)});
    return r ? Status{} : Status{r.error()};
}

Result<OutboxStatus> Outbox::status()
{
    OutboxStatus st;
    auto counts = m_db.exec(QStringLiteral("SELECT state, COUNT(*) FROM outbox GROUP BY state"));
    if (!counts)
        return counts.error();
    while (counts->next()) {
        const QString state = counts->value(0).toString();
        const qint64 n = counts->value(1).toLongLong();
        (state == QLatin1String("delivered")  ? st.delivered
         : state == QLatin1String("rejected") ? st.rejected
                                              : st.pending) += n;
    }
    auto times =
        m_db.exec(QStringLiteral("SELECT MAX(delivered_at), MIN(CASE WHEN state = 'pending' THEN next_attempt_at END), "
                                 "(SELECT last_error FROM outbox WHERE last_error IS NOT NULL AND state != 'delivered' "
                                 "ORDER BY seq DESC LIMIT 1) FROM outbox"));
    if (!times)
        return times.error();
    if (times->next()) {
        st.lastSuccess = QDateTime::fromString(times->value(0).toString(), Qt::ISODateWithMs);
        st.nextAttempt = QDateTime::fromString(times->value(1).toString(), Qt::ISODateWithMs);
        st.lastError = times->value(2).toString();
    }
    auto stuck =
        select(QStringLiteral("state = 'rejected' OR (state = 'pending' AND attempts > 0) ORDER BY seq LIMIT 20"), {});
    if (!stuck)
        return stuck.error();
    st.stuck = *stuck;
    return st;
}

Result<QList<OutboxEntry>> Outbox::select(const QString &where, const QVariantList &binds)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM outbox WHERE %2").arg(kEntryColumns, where), binds);
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
