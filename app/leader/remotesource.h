// LeaderSource over the department server's read API (docs/sync-protocol.md,
// "Read API"), for every office or one: reception-kiosk --mode leader
// --server URL --token-file FILE. The token is a leader token of the
// server; the signed-in user on the leader's PC decides what the screen
// may ask (LeaderController), the token what the server answers.
//
// What differs from the office's own database:
//  - list pages are the server's pages (`after` = the next page number);
//    a filter on the receiver's name is refused (the server does not index
//    it); a group is 5 people or more (the server's rule);
//  - statistics are the server's (/stats): cases by kind count a visit that
//    mixes kinds under each kind; the queue figures are not collected there
//    (zero);
//  - the deadline watch is computed here, with this PC's rule sets, from
//    the records of the last kWatchLookbackDays days (recorddeadlines.h)
//    and the matter results the server published;
//  - a record's history is not kept by the server (empty); a sealed
//    identity is ciphertext the server cannot open: unseal() is refused.
// Every failure is an Error: no answer (ErrorCode::Storage, "cannot reach"),
// a token refused (Denied), any other status or an answer that is not the
// expected JSON (Storage, saying so); never an empty-looking success.
#pragma once

#include "httptransport.h"
#include "leadersource.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

namespace tiepdan {

class DeadlineCalculator;

class RemoteLeaderSource : public LeaderSource {
public:
    // `baseUrl` e.g. https://thads.example.gov.vn/api/v1; `deadlines` outlives the source.
    RemoteLeaderSource(QString baseUrl, QByteArray token, const DeadlineCalculator &deadlines,
                       std::unique_ptr<HttpTransport> transport);
    QString label() const override;
    bool isRemote() const override { return true; }
    Result<QStringList> offices() override;
    Result<LogPage> records(const LogQuery &query, const QString &after, int limit) override;
    Result<ReceptionReport> report(const QDate &from, const QDate &to, const QString &office) override;
    Result<QList<WatchedDeadline>> deadlines(const QDate &today, int withinDays, const QString &office) override;
    Result<QList<HistoryEvent>> history(const QString &recordId) override;
    Result<Identity> unseal(const QString &recordId, const Session &by, const QString &reason) override;

    // A record as the kiosk sent it (the outbox payload) read back; the
    // identity of a confidential record stays empty.
    static StoredRecord recordFromPayload(const QJsonObject &payload, const DeadlineCalculator &deadlines);
    // The server's /stats answer as a ReceptionReport.
    static Result<ReceptionReport> reportFromStats(const QJsonObject &stats, const QDate &from, const QDate &to);

private:
    Result<QJsonObject> get(const QString &path, const QUrlQuery &query);
    QString m_base;
    QByteArray m_token;
    const DeadlineCalculator &m_deadlines;
    std::unique_ptr<HttpTransport> m_transport;
};

} // namespace tiepdan
