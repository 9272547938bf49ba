// Changes that must reach the department server, queued in the same
// transaction as the change itself (so a change and its outbox entry exist
// together or not at all). The sync client (app/sync) drains it in seq order.
#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tiepdan {

class Database;

struct OutboxEntry {
    qint64 seq = 0;
    QString recordId;   // permanent UUID
    QString recordKind; // "ticket", "record", "appointment"
    int version = 0;
    QJsonObject payload;
    QString state;      // pending, delivered, rejected
    int attempts = 0;
    QString lastError;
};

class Outbox {
public:
    explicit Outbox(Database &db) : m_db(db) {}
    // Call inside the change's transaction.
    Status enqueue(const QString &recordId, const QString &kind, int version,
                   const QJsonObject &payload);
    Result<QList<OutboxEntry>> pending(int limit);
    Result<qint64> pendingCount();

private:
    Database &m_db;
};

} // namespace tiepdan
