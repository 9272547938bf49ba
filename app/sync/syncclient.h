// Delivers the office's outbox to the department server, following
// docs/sync-protocol.md. Resumes from the outbox alone (after a crash or a
// restart nothing else is needed): an entry is delivered only when the
// server's acknowledgement says stored or duplicate for it.
//
// One run: batches of due entries in seq order until none is due or an
// attempt fails. A failed attempt (no answer, 5xx, a 200 that is not an
// acknowledgement, 429/503) schedules the batch's next attempt: Retry-After
// when given (at most an hour), else full-jitter backoff min(300 s,
// 2^attempts s); the run stops there, and later entries wait behind the
// failed ones until they are due (Outbox::due), so none overtakes.
// conflict/rejected mark the entry rejected with the server's reason and
// write a "sync.rejected" audit entry (the officers' alert); 401/403 stop
// the run ("sync.denied"); 400/413 are retried one entry at a time so the
// bad entry alone is rejected.
#pragma once

#include "httptransport.h"
#include "outbox.h"
#include "result.h"
#include "serverupdates.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace tiepdan {

class OfficeStore;

struct PullReport {
    int answers = 0;        // GET /updates answers applied
    UpdatesApplied applied; // summed over the answers; cursor = the last one
};

struct SyncRunReport {
    int delivered = 0, duplicates = 0, rejected = 0, failedAttempts = 0;
    QString stoppedBy; // empty: nothing left due; else why the run stopped
};

class SyncClient {
public:
    // `baseUrl` ends with /api/v1 (office.json server.url).
    SyncClient(OfficeStore &store, HttpTransport &transport, QString baseUrl, QByteArray token);

    Result<SyncRunReport> runOnce();
    // Down-sync: pulls GET /updates from the stored cursor until an answer
    // brings nothing new, applying each answer with its cursor
    // (ServerUpdates::apply). Only an acknowledged answer is applied; any
    // other (no answer, 5xx, a proxy's page) is an Error and the next pull
    // starts again from the stored cursor. 401/403 also write "sync.denied".
    Result<PullReport> pullUpdates();
    void setBatchSize(int n) { m_batchSize = qBound(1, n, 500); }
    // Tests: a fixed random source for the jitter, [0, 1).
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

    // The token in `tokenFile` (first line, trimmed); Config error if unreadable or empty.
    static Result<QByteArray> readToken(const QString &tokenFile);

private:
    // Sends `entries`; returns false when the run must stop.
    bool send(const QList<OutboxEntry> &entries, SyncRunReport &report);
    void fail(const QList<OutboxEntry> &entries, const QString &error, int retryAfter, SyncRunReport &report);
    void reject(const OutboxEntry &e, const QString &reason, SyncRunReport &report);
    void alert(const QString &action, const QJsonObject &detail);

    OfficeStore &m_store;
    HttpTransport &m_transport;
    QString m_url;
    QByteArray m_token;
    int m_batchSize = 200;
    std::function<double()> m_random;
};

} // namespace tiepdan
