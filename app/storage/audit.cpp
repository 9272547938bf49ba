#include "audit.h"

#include "database.h"
#include "keys.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace tiepdan {

AuditLog::AuditLog(Database &db, const QByteArray &officeKey)
    : m_db(db), m_key(deriveKey(officeKey, "tiepdan-audit-v1"))
{
}

QByteArray AuditLog::entryHash(const QByteArray &prev, qint64 seq, const QString &at, const QString &actor,
                               const QString &action, const QString &entity, const QString &entityId,
                               const QString &detail) const
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_key);
    mac.addData(prev);
    // Length-prefixed fields: no two different entries serialise the same.
    for (const QString &f : {QString::number(seq), at, actor, action, entity, entityId, detail}) {
        const QByteArray u = f.toUtf8();
        mac.addData(QByteArray::number(u.size()) + ':');
        mac.addData(u);
    }
    return mac.result();
}

QByteArray AuditLog::headMac(qint64 seq, const QByteArray &hash) const
{
    return QMessageAuthenticationCode::hash("head:" + QByteArray::number(seq) + ':' + hash, m_key,
                                            QCryptographicHash::Sha256);
}

Result<qint64> AuditLog::append(const QString &actor, const QString &action, const QString &entity,
                                const QString &entityId, const QJsonObject &detail)
{
    auto last = m_db.exec(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    qint64 seq = 1;
    QByteArray prev(32, '\0');
    if (last->next()) {
        seq = last->value(0).toLongLong() + 1;
        prev = last->value(1).toByteArray();
    }
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString detailText = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    const QByteArray hash = entryHash(prev, seq, at, actor, action, entity, entityId, detailText);
    auto ins = m_db.exec(QStringLiteral("INSERT INTO audit(seq, at, actor, action, entity, entity_id, "
                                        "detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)"),
                         {seq, at, actor, action, entity, entityId, detailText, prev, hash});
    if (!ins)
        return ins.error();
    auto head = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO audit_head(id, seq, mac) VALUES (1, ?, ?)"),
                          {seq, headMac(seq, hash)});
    if (!head)
        return head.error();
    return seq;
}

Result<AuditLog::CheckReport> AuditLog::verify()
{
    CheckReport rep;
    auto q = m_db.exec(QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, detail, "
                                      "prev_hash, hash FROM audit ORDER BY seq"));
    if (!q)
        return q.error();
    QByteArray prev(32, '\0');
    qint64 expected = 1;
    while (q->next()) {
        const qint64 seq = q->value(0).toLongLong();
        if (seq != expected)
            rep.problems << QStringLiteral("audit entries %1 to %2 are missing").arg(expected).arg(seq - 1);
        if (q->value(7).toByteArray() != prev)
            rep.problems << QStringLiteral("audit entry %1 does not follow the entry before it").arg(seq);
        const QByteArray h =
            entryHash(q->value(7).toByteArray(), seq, q->value(1).toString(), q->value(2).toString(),
                      q->value(3).toString(), q->value(4).toString(), q->value(5).toString(), q->value(6).toString());
        if (!equalConstantTime(h, q->value(8).toByteArray()))
            rep.problems << QStringLiteral("audit entry %1 was altered").arg(seq);
        prev = q->value(8).toByteArray();
        expected = seq + 1;
        ++rep.entries;
    }
    // The newest entry must be the one the signed head names.
    auto head = m_db.exec(QStringLiteral("SELECT seq, mac FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    const qint64 newest = expected - 1;
    if (!head->next()) {
        if (newest > 0)
            rep.problems << QStringLiteral("the audit head is missing (deleted, or the database was "
                                           "migrated and has had no audited change since)");
    } else {
        const qint64 headSeq = head->value(0).toLongLong();
        if (headSeq > newest)
            rep.problems
                << QStringLiteral("the newest audit entries %1 to %2 are missing").arg(newest + 1).arg(headSeq);
        else if (headSeq != newest || !equalConstantTime(head->value(1).toByteArray(), headMac(headSeq, prev)))
            rep.problems << QStringLiteral("the audit head was altered");
    }
    // Every audited row points at an existing entry about itself.
    const struct {
        const char *table;
        const char *entity;
        const char *idColumn;
    } refs[] = {
        {"tickets", "ticket", "uuid"},
        {"reception_records", "record", "id"},
        {"appointments", "appointment", "id"},
        {"users", "user", "id"},
    };
    for (const auto &ref : refs) {
        auto orphans =
            m_db.exec(QStringLiteral("SELECT t.%1 FROM %2 t LEFT JOIN audit a ON a.seq = t.audit_seq "
                                     "AND a.entity = '%3' AND a.entity_id = t.%1 WHERE a.seq IS NULL LIMIT 5")
                          .arg(QLatin1String(ref.idColumn), QLatin1String(ref.table), QLatin1String(ref.entity)));
        if (!orphans)
            return orphans.error();
        while (orphans->next())
            rep.problems << QStringLiteral("the audit entry of %1 %2 is missing")
                                .arg(QLatin1String(ref.entity), orphans->value(0).toString());
    }
    return rep;
}

} // namespace tiepdan
