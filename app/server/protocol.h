// Parsing and validation of sync protocol v1 requests (docs/sync-protocol.md).
// Pure functions: no database, no network. A request-level error (the body
// is not what the endpoint takes) is an Error, answered 400; a bad entry of
// a batch is kept in the batch with its reason and answered 422 in its own
// result, so the other entries still go.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tiepdan {

inline constexpr int kProtocolVersion = 1;
inline constexpr int kMaxBatch = 500;
inline constexpr qint64 kDefaultMaxBody = 8 * 1024 * 1024;
inline constexpr qsizetype kMaxPayloadBytes = 256 * 1024; // canonical payload
inline constexpr auto kAck = "tiepdan-sync-v1";

// What the server indexes of a record for the read API and the statistics;
// taken from the payload when the entry is validated.
struct RecordFacts {
    QDate receivedDate; // office-local date (Vietnam, UTC+7); tickets: service date
    QString direction;  // handling direction (records)
    QString kinds;      // "complaint,denunciation" (records)
    QString matterId;
    QString receiverRole;  // officer / head / deputy
    QString receptionKind; // regular / periodic / adhoc
    QString sessionKey;
    int peopleCount = 0;
    bool firstVisit = false;
    bool refused = false;
    QString searchText; // folded (foldForSearch); never a sealed identity
};

struct BatchEntry {
    QString id;
    QString kind; // ticket, record, appointment
    int version = 0;
    qint64 seq = 0;
    QByteArray canonical; // QJsonDocument(payload).toJson(Compact)
    RecordFacts facts;
    QString rejectReason; // non-empty: answered "rejected" (422)
};

struct Batch {
    QString office;
    QList<BatchEntry> entries;
};

// POST /api/v1/records. Errors name the field: "batch[3].version ...".
Result<Batch> parseBatch(const QByteArray &body);

// POST /api/v1/updates: {"office": "BN-KV1", "updates": [ {"kind": ...}, ... ]}.
// Each update is validated by kind (matter_result, schedule).
struct Publish {
    QString office;
    QList<QJsonObject> updates;
};
Result<Publish> parsePublish(const QByteArray &body);

bool isRecordUuid(const QString &s);

} // namespace tiepdan
