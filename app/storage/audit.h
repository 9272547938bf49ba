// Append-only audit trail of every state change (who, what, when), chained
// with HMAC-SHA256 under a key derived from the office key:
//   hash(n) = HMAC(k, hash(n-1) | seq | at | actor | action | entity | entity_id | detail)
// Editing, inserting or deleting an entry breaks the chain at that point;
// deleting the newest entries is caught twice: every audited row stores the
// seq of its last audit entry (audit_seq), which must exist and name it, and
// the single row of audit_head holds the newest entry's seq under an HMAC
// (so it cannot be wound back without the key). Restoring a whole older copy
// of the database is beyond what a local check can see: the department
// server's copy of the trail is the answer to that.
// Details never carry personal data: they are written to logs and synced.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tiepdan {

class Database;

class AuditLog {
public:
    AuditLog(Database &db, const QByteArray &officeKey);

    // Appends one entry; call inside the transaction that makes the change.
    // Returns the entry's seq.
    Result<qint64> append(const QString &actor, const QString &action, const QString &entity, const QString &entityId,
                          const QJsonObject &detail = {});

    struct CheckReport {
        qint64 entries = 0;
        QStringList problems; // empty = intact
    };
    // Recomputes the whole chain and cross-checks audit_seq references.
    Result<CheckReport> verify();

private:
    QByteArray headMac(qint64 seq, const QByteArray &hash) const;
    QByteArray entryHash(const QByteArray &prev, qint64 seq, const QString &at, const QString &actor,
                         const QString &action, const QString &entity, const QString &entityId,
                         const QString &detail) const;
    Database &m_db;
    QByteArray m_key;
};

} // namespace tiepdan
