#include "syncclient.h"

#include "officestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <cmath>

Q_LOGGING_CATEGORY(lcSync, "tiepdan.sync")

namespace tiepdan {

SyncClient::SyncClient(OfficeStore &store, HttpTransport &transport, QString baseUrl, QByteArray token)
    : m_store(store), m_transport(transport), m_url(std::move(baseUrl)), m_token(std::move(token)),
      m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    while (m_url.endsWith(u'/'))
        m_url.chop(1);
}

Result<QByteArray> SyncClient::readToken(const QString &tokenFile)
{
    QFile f(tokenFile);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Config,
                           QStringLiteral("cannot read the server token file %1: %2").arg(tokenFile, f.errorString()));
    const QByteArray token = f.readLine(4096).trimmed();
    if (token.isEmpty())
        return Error::make(ErrorCode::Config, QStringLiteral("the server token file %1 is empty").arg(tokenFile));
    return token;
}

Result<SyncRunReport> SyncClient::runOnce()
{
    SyncRunReport report;
    for (;;) {
        auto due = m_store.outbox().due(m_batchSize, m_store.now());
        if (!due)
            return due.error();
        if (due->isEmpty())
            return report;
        if (!send(*due, report))
            return report;
    }
}

Result<PullReport> SyncClient::pullUpdates()
{
    PullReport report;
    for (int guard = 0; guard < 1000; ++guard) { // 1000 answers of 500: far beyond any backlog
        auto cursor = m_store.updates().cursor();
        if (!cursor)
            return cursor.error();
        const QString url = m_url + QStringLiteral("/updates?after=%1").arg(*cursor);
        auto resp = m_transport.get(url, m_token);
        if (!resp)
            return resp.error();
        if (resp->status == 401 || resp->status == 403) {
            alert(QStringLiteral("sync.denied"), {{QStringLiteral("status"), int(resp->status)}});
            return Error::make(ErrorCode::Denied,
                               QStringLiteral("HTTP %1: the server refused this kiosk's token").arg(resp->status));
        }
        const QJsonObject ack = QJsonDocument::fromJson(resp->body).object();
        const QJsonValue next = ack.value(QStringLiteral("cursor"));
        const QJsonValue updates = ack.value(QStringLiteral("updates"));
        if (resp->status != 200 || ack.value(QStringLiteral("ack")).toString() != QLatin1String("tiepdan-sync-v1") ||
            !next.isDouble() || next.toDouble() < double(*cursor) || !updates.isArray())
            return Error::make(
                ErrorCode::Storage,
                QStringLiteral("GET %1: HTTP %2 without an updates acknowledgement").arg(url).arg(resp->status));
        if (updates.toArray().isEmpty())
            return report;
        auto applied = m_store.updates().apply(updates.toArray(), next.toInteger());
        if (!applied)
            return applied.error();
        ++report.answers;
        report.applied.matterResults += applied->matterResults;
        report.applied.scheduleChanges += applied->scheduleChanges;
        report.applied.skipped += applied->skipped;
        report.applied.skippedReasons += applied->skippedReasons;
        report.applied.cursor = applied->cursor;
        if (applied->cursor == *cursor)
            return report; // the server's cursor did not move: nothing more to ask for
    }
    return report;
}

void SyncClient::alert(const QString &action, const QJsonObject &detail)
{
    Status s = m_store.db().transaction([&]() -> Status {
        auto seq = m_store.audit().append(QStringLiteral("sync"), action, QStringLiteral("sync"),
                                          m_store.config().office.code, detail);
        return seq ? Status{} : Status{seq.error()};
    });
    if (!s)
        qCWarning(lcSync) << "could not record the alert:" << s.error().message;
}

void SyncClient::fail(const QList<OutboxEntry> &entries, const QString &error, int retryAfter, SyncRunReport &report)
{
    int attempts = 0;
    QList<qint64> seqs;
    for (const OutboxEntry &e : entries) {
        seqs << e.seq;
        attempts = std::max(attempts, e.attempts);
    }
    qint64 waitMs;
    if (retryAfter >= 0) {
        waitMs = qint64(std::min(retryAfter, 3600)) * 1000;
    } else {
        const double cap = std::min(300.0, std::pow(2.0, std::min(attempts + 1, 20)));
        waitMs = qint64(std::max(1.0, cap * m_random()) * 1000); // full jitter, at least a second
    }
    const QDateTime next = m_store.now().addMSecs(waitMs);
    if (auto s = m_store.outbox().markFailed(seqs, error, next); !s)
        qCWarning(lcSync) << "could not record the failure:" << s.error().message;
    qCInfo(lcSync) << "attempt failed:" << error << "- next attempt at" << next.toString(Qt::ISODate);
    ++report.failedAttempts;
    report.stoppedBy = error;
}

void SyncClient::reject(const OutboxEntry &e, const QString &reason, SyncRunReport &report)
{
    Status s = m_store.db().transaction([&]() -> Status {
        if (auto r = m_store.outbox().markRejected(e.seq, reason); !r)
            return r;
        auto seq = m_store.audit().append(QStringLiteral("sync"), QStringLiteral("sync.rejected"),
                                          QStringLiteral("outbox"), e.recordId,
                                          {{QStringLiteral("kind"), e.recordKind},
                                           {QStringLiteral("version"), e.version},
                                           {QStringLiteral("reason"), reason.left(200)}});
        return seq ? Status{} : Status{seq.error()};
    });
    if (!s)
        qCWarning(lcSync) << "could not mark a rejected entry:" << s.error().message;
    ++report.rejected;
}

bool SyncClient::send(const QList<OutboxEntry> &entries, SyncRunReport &report)
{
    QJsonArray batch;
    for (const OutboxEntry &e : entries)
        batch << QJsonObject{{QStringLiteral("id"), e.recordId},
                             {QStringLiteral("kind"), e.recordKind},
                             {QStringLiteral("version"), e.version},
                             {QStringLiteral("seq"), e.seq},
                             {QStringLiteral("payload"), e.payload}};
    const QJsonObject body{{QStringLiteral("protocol"), 1},
                           {QStringLiteral("office"), m_store.config().office.code},
                           {QStringLiteral("batch"), batch}};
    auto resp = m_transport.post(m_url + QStringLiteral("/records"), m_token,
                                 QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!resp) {
        fail(entries, resp.error().message, -1, report);
        return false;
    }
    const long status = resp->status;
    const QString serverError = QJsonDocument::fromJson(resp->body).object().value(QStringLiteral("error")).toString();
    if (status == 200) {
        const QJsonObject ack = QJsonDocument::fromJson(resp->body).object();
        const QJsonArray results = ack.value(QStringLiteral("results")).toArray();
        bool valid = ack.value(QStringLiteral("ack")).toString() == QLatin1String("tiepdan-sync-v1") &&
                     results.size() == entries.size();
        for (qsizetype i = 0; valid && i < results.size(); ++i) {
            const QJsonObject r = results[i].toObject();
            valid = r.value(QStringLiteral("id")).toString() == entries[i].recordId &&
                    r.value(QStringLiteral("version")).toInt() == entries[i].version;
        }
        if (!valid) {
            fail(entries, QStringLiteral("HTTP 200 without an acknowledgement (a proxy or captive portal?)"), -1,
                 report);
            return false;
        }
        QList<qint64> delivered;
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject r = results[i].toObject();
            const QString st = r.value(QStringLiteral("status")).toString();
            if (st == QLatin1String("stored") || st == QLatin1String("duplicate")) {
                delivered << entries[i].seq;
                ++(st == QLatin1String("stored") ? report.delivered : report.duplicates);
            } else {
                reject(entries[i], QStringLiteral("%1: %2").arg(st, r.value(QStringLiteral("reason")).toString()),
                       report);
            }
        }
        if (auto s = m_store.outbox().markDelivered(delivered, m_store.now()); !s)
            return false;
        return true;
    }
    if (status == 401 || status == 403) {
        fail(entries,
             QStringLiteral("HTTP %1: the server refused this kiosk's token (%2)").arg(status).arg(serverError), 300,
             report);
        alert(QStringLiteral("sync.denied"), {{QStringLiteral("status"), int(status)}});
        return false;
    }
    if (status == 400 || status == 413) {
        if (entries.size() == 1) {
            reject(entries.first(), QStringLiteral("HTTP %1: %2").arg(status).arg(serverError), report);
            return true;
        }
        for (const OutboxEntry &e : entries)
            if (!send({e}, report))
                return false;
        return true;
    }
    const int retryAfter = (status == 429 || status == 503) ? resp->retryAfterSeconds : -1;
    fail(entries, QStringLiteral("HTTP %1 %2").arg(status).arg(serverError), retryAfter, report);
    return false;
}

} // namespace tiepdan
