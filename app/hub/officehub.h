// The office hub (docs/lan-hub.md): the kiosk PC's HTTP face to the officer
// desks and the waiting-room display on the office LAN.
//
//   POST /hub/v1/call/<method>   body: the call's JSON arguments; answer 200
//                                with OfficeService::call's answer
//   GET  /hub/v1/events          text/event-stream: "event: hello" with the
//                                current seq, then one "event: audit" per audit
//                                entry (OfficeService::eventsAfter, id: = seq),
//                                and a ": heartbeat" comment every 10 s.
//                                "Last-Event-ID: N" resumes after N (the
//                                entries missed are sent first); "?from=now"
//                                or no id starts at the newest.
//
// Every request carries "Authorization: Bearer <hub token>" (401 without
// it); acting calls also carry the officer's session (OfficeService). Bodies
// over 2 MiB are refused (413) before they are read. Runs on the thread that
// made it, the one that owns the OfficeStore. Never logs a request body.
#pragma once

#include "result.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

class QTcpServer;

namespace tiepdan {

class OfficeService;

struct HubOptions {
    QHostAddress address = QHostAddress::Any;
    quint16 port = 8600;   // 0: any free port (see port())
    QSslConfiguration tls; // null: plain HTTP (a closed office LAN)
    int publishMs = 100;   // how often the audit trail is looked at
    int heartbeatMs = 10000;
};

class OfficeHub : public QAbstractHttpServer {
    Q_OBJECT
public:
    static constexpr qint64 kMaxBody = 2 * 1024 * 1024;

    OfficeHub(OfficeService &service, QByteArray token, QObject *parent = nullptr);
    ~OfficeHub() override;

    Status start(const HubOptions &options);
    // Stops listening and drops every connection (a hub going away; tests).
    void stop();
    quint16 port() const { return m_port; }
    int subscribers() const { return int(m_subscribers.size()); }

    // The office's hub token: read from `path`, or made there (random,
    // mode 600) when the file does not exist. A token shorter than 32
    // characters is refused.
    static Result<QByteArray> loadOrCreateToken(const QString &path);
    // A desk's or display's copy of it: read only (NotFound when missing).
    static Result<QByteArray> loadToken(const QString &path);
    // "hub.token" beside the database.
    static QString tokenPathFor(const QString &dbPath);
    // A PEM certificate (chain) and key for --hub-cert/--hub-key
    // (loadServerTls() in app/net/servertls.h, as the department server's).
    static Result<QSslConfiguration> loadTls(const QString &certFile, const QString &keyFile);
    // "ADDR:PORT" ("0.0.0.0:8600", "[::1]:8600") into options.
    static Status parseListen(const QString &listen, HubOptions *options);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Subscriber {
        QPointer<QTcpSocket> socket;
        qint64 sent = 0; // the last seq written to it
    };
    bool authorised(const QHttpServerRequest &request) const;
    void subscribe(const QHttpServerRequest &request, QTcpSocket *socket);
    void send(Subscriber &s, const QJsonArray &events);
    void publish();
    void heartbeat();

    OfficeService &m_service;
    QByteArray m_token;
    QTcpServer *m_tcp = nullptr;
    quint16 m_port = 0;
    QList<Subscriber> m_subscribers;
    qint64 m_published = 0; // the newest seq handed to the subscribers
    QTimer m_publish, m_heartbeat;
};

} // namespace tiepdan
