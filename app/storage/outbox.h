// Changes that must reach the department server, queued in the same
// transaction as the change itself (so a change and its outbox entry exist
// together or not at all). The sync client (app/sync) drains it in seq order.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

namespace tiepdan {

class Database;

struct OutboxEntry {
    qint64 seq = 0;
    QString recordId;   // permanent UUID
    QString recordKind; // "ticket", "record", "appointment"
    int version = 0;
    QJsonObject payload;
    QString state; // pending, delivered, rejected
    int attempts = 0;
    QString lastError;
};

struct OutboxStatus {
    qint64 pending = 0, delivered = 0, rejected = 0;
    QDateTime lastSuccess;    // latest delivery, invalid if none
    QString lastError;        // of the newest failed attempt
    QDateTime nextAttempt;    // earliest scheduled retry, invalid if none
    QList<OutboxEntry> stuck; // rejected, or pending after failed attempts (oldest first, at most 20)
};

class Outbox {
public:
    explicit Outbox(Database &db) : m_db(db) {}
    // Call inside the change's transaction.
    Status enqueue(const QString &recordId, const QString &kind, int version, const QJsonObject &payload);
    Result<QList<OutboxEntry>> pending(int limit);
    Result<qint64> pendingCount();

    // Pending entries in seq order, up to (not including) the first one
    // whose next attempt is not due at `now`: a failed entry waiting for
    // its retry holds back everything queued after it.
    Result<QList<OutboxEntry>> due(int limit, const QDateTime &now);
    Status markDelivered(const QList<qint64> &seqs, const QDateTime &now);
    // Call inside a transaction (with the alert's audit entry).
    Status markRejected(qint64 seq, const QString &reason);
    Status markFailed(const QList<qint64> &seqs, const QString &error, const QDateTime &nextAttempt);
    Result<OutboxStatus> status();

private:
    Result<QList<OutboxEntry>> select(const QString &where, const QVariantList &binds);
    Database &m_db;
};

} // namespace tiepdan
