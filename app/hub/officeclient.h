// How a desk or the waiting-room display reaches its office: OfficeService
// calls and the office's event feed, either in process (LocalOfficeClient:
// the PC that holds office.db, --db) or over the LAN through the kiosk PC's
// hub (HubOfficeClient: --office URL). The screens' controllers see only
// this interface (docs/lan-hub.md).
//
// Contract:
// - call() answers like OfficeService::call; when the hub cannot be reached
//   it answers an error with ErrorCode::Unavailable and the client goes
//   offline. A call never acts twice: an action that may have reached the
//   hub is retried once with the same request id (OfficeService keeps the
//   answer).
// - events() delivers the office's audit events (OfficeService::eventsAfter)
//   in sequence order, each once, none skipped: a feed that broke resumes
//   after the last event delivered. The feed starts at the newest event when
//   start() is called; earlier ones are not replayed.
// - online() is false while the hub does not answer (no heartbeat for
//   kHeartbeatLossMs, a refused connection, a failed call); the client keeps
//   reconnecting by itself (1, 2, 4 ... 15 s) and emits resynced() when it is
//   back, after which a screen reloads what it shows.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace tiepdan {

class OfficeService;
class CurlTransport;

class OfficeClient : public QObject {
    Q_OBJECT
public:
    explicit OfficeClient(bool online, QObject *parent = nullptr) : QObject(parent), m_online(online) {}
    virtual QJsonObject call(const QString &method, const QJsonObject &args = {}) = 0;
    virtual void start() = 0;
    bool online() const { return m_online; }
    // The office's clock (the store's in process; this PC's over the LAN).
    virtual QDateTime now() const { return QDateTime::currentDateTime(); }
    // Where the office is, for the screen's status line.
    virtual QString where() const = 0;

signals:
    void events(const QJsonArray &events);
    void onlineChanged(bool online);
    void resynced();

protected:
    // Emits onlineChanged, and resynced when back online.
    void setOnline(bool online);

private:
    bool m_online;
};

class LocalOfficeClient : public OfficeClient {
    Q_OBJECT
public:
    // Polls the audit trail every `pollMs` for new events.
    explicit LocalOfficeClient(OfficeService &service, int pollMs = 200, QObject *parent = nullptr);
    QJsonObject call(const QString &method, const QJsonObject &args = {}) override;
    void start() override;
    QDateTime now() const override;
    QString where() const override;
    // For the screen tours: pretend the office cannot be reached (calls
    // answer ErrorCode::Unavailable, online() is false) and come back
    // (resynced()), the way a HubOfficeClient does on the LAN.
    void setReachable(bool reachable);

private:
    void poll();
    OfficeService &m_service;
    QTimer m_poll;
    qint64 m_last = -1;
};

class HubOfficeClient : public OfficeClient {
    Q_OBJECT
public:
    static constexpr int kHeartbeatLossMs = 25000; // the hub sends one every 10 s
    static constexpr int kMaxBackoffMs = 15000;

    // `baseUrl` "http://kiosk-pc:8600"; `token` the office's hub token.
    HubOfficeClient(QString baseUrl, QByteArray token, QString caFile = {}, QObject *parent = nullptr);
    ~HubOfficeClient() override;
    QJsonObject call(const QString &method, const QJsonObject &args = {}) override;
    void start() override;
    QString where() const override { return m_base; }
    // Why the hub is not reached, when it answered something else than
    // the event stream (a refused hub token); empty otherwise.
    QString problem() const { return m_problem; }
    // Test hook: a shorter heartbeat loss and backoff.
    void setTimings(int heartbeatLossMs, int maxBackoffMs);

private:
    void connectFeed();
    void onFeedData();
    void feedBroken();
    // The hub's answer; *answered is false when no HTTP answer came at all.
    Result<QJsonObject> post(const QString &method, const QJsonObject &args, bool *answered);

    QString m_base;
    QByteArray m_token;
    std::unique_ptr<CurlTransport> m_http;
    QNetworkAccessManager *m_nam = nullptr;
    QNetworkReply *m_feed = nullptr;
    QByteArray m_buffer;
    QString m_problem;
    qint64 m_last = -1; // the last event delivered; -1: start at the newest
    bool m_started = false;
    QTimer m_heartbeat, m_retry;
    int m_backoffMs = 1000;
    int m_heartbeatLossMs = kHeartbeatLossMs, m_maxBackoffMs = kMaxBackoffMs;
};

} // namespace tiepdan
