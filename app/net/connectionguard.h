// Connection limits in front of Qt HttpServer. Qt 6.4's QAbstractHttpServer
// buffers a whole request before handing it over, whatever its size, and
// keeps an idle connection open forever; these TCP/TLS servers watch each
// connection's bytes ahead of it and answer
//   413 when Content-Length exceeds the body limit (before the body is read),
//   411 for a body without Content-Length (chunked: its size is not known),
//   431 when the request head exceeds 64 KiB,
// then stop feeding that connection to the HTTP server, drain what the
// client still sends for at most a few seconds, and close it. A request
// within the limits that says "Expect: 100-continue" gets its 100 here.
// A connection with no traffic for the idle time is closed.
#pragma once

#include "result.h"

#include <QAbstractHttpServer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace tiepdan {

struct ConnectionLimits {
    qint64 maxBody = 8 * 1024 * 1024;
    int idleMs = 60000;
};

// Watches one connection. Must be connected to readyRead before the HTTP
// server is, so that it sees every chunk first.
class ConnectionGuard : public QObject {
public:
    ConnectionGuard(QTcpSocket *socket, QObject *httpServer, ConnectionLimits limits);

private:
    void onReadyRead();
    void refuse(int status, const char *reason, const QByteArray &message);

    QTcpSocket *m_socket;
    QObject *m_http;
    ConnectionLimits m_limits;
    QTimer m_idle;
    QByteArray m_head;     // the current request's head, until its blank line
    qint64 m_bodyLeft = 0; // bytes of the current body still to come
    bool m_refused = false;
};

// Hands out connections with a guard attached. `Base` is QTcpServer or QSslServer.
template <typename Base> class GuardedServer : public Base {
public:
    GuardedServer(QObject *httpServer, ConnectionLimits limits) : m_http(httpServer), m_limits(limits) {}
    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *s = Base::nextPendingConnection();
        if (s) {
            // The responder writes head and body separately: without this,
            // Nagle's algorithm and the client's delayed ACK add ~40 ms.
            s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            new ConnectionGuard(s, m_http, m_limits);
        }
        return s;
    }

private:
    QObject *m_http;
    ConnectionLimits m_limits;
};

// A guarded TCP server (TLS when `tls` is not null) listening on
// address:port, owned by and bound to `httpServer`; Config error when it
// cannot listen. Shared by the department server and the office hub.
Result<QTcpServer *> listenGuarded(QAbstractHttpServer *httpServer, const QHostAddress &address, quint16 port,
                                   ConnectionLimits limits, const QSslConfiguration &tls);

} // namespace tiepdan
