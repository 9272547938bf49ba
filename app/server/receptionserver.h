// The HTTP face of the department server: routes docs/sync-protocol.md's
// endpoints to a ServerStore. Every answer is JSON; every bad request gets
// a 4xx with {"error": "..."} naming the field; a database failure is 503
// with Retry-After (the kiosk retries), never a crash or a half-stored batch.
// Runs on one thread (the one that made it, which owns the store).
#pragma once

#include "serverstore.h"
#include "tokens.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QSslConfiguration>

namespace tiepdan {

struct ServerOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443; // 0: any free port (see port())
    qint64 maxBody = kDefaultMaxBody;
    int idleSeconds = 60;  // an idle connection is closed after this
    QSslConfiguration tls; // null: plain HTTP; loadServerTls() (servertls.h) for --cert/--key
};

class ReceptionServer : public QAbstractHttpServer {
public:
    ReceptionServer(ServerStore &store, TokenTable tokens, QObject *parent = nullptr);

    // Starts listening; the bound port is port().
    Status start(const ServerOptions &options);
    quint16 port() const { return m_port; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply {
        QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok;
        QJsonObject body;
    };
    Reply route(const QHttpServerRequest &request);
    Result<Client> authenticate(const QHttpServerRequest &request) const;
    Reply postRecords(const Client &client, const QHttpServerRequest &request);
    Reply getUpdates(const Client &client, const QHttpServerRequest &request);
    Reply postUpdates(const Client &client, const QHttpServerRequest &request);
    Reply getRecords(const Client &client, const QHttpServerRequest &request);
    Reply getStats(const Client &client, const QHttpServerRequest &request);

    ServerStore &m_store;
    TokenTable m_tokens;
    quint16 m_port = 0;
};

} // namespace tiepdan
