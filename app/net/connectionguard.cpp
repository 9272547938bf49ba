#include "connectionguard.h"

namespace tiepdan {

namespace {
constexpr qsizetype kMaxHead = 64 * 1024;
constexpr int kDrainMs = 3000;
} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, QObject *httpServer, ConnectionLimits limits)
    : QObject(socket), m_socket(socket), m_http(httpServer), m_limits(limits)
{
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    // Traffic either way (a long answer being written counts) keeps it open.
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_limits.idleMs);
    connect(&m_idle, &QTimer::timeout, socket, &QAbstractSocket::disconnectFromHost);
    connect(socket, &QIODevice::bytesWritten, &m_idle, qOverload<>(&QTimer::start));
    m_idle.start();
}

void ConnectionGuard::onReadyRead()
{
    m_idle.start();
    if (m_refused) {
        m_socket->readAll(); // drain and drop
        return;
    }
    // The HTTP server reads everything after us, so peek shows only bytes
    // that arrived since the last signal.
    const QByteArray chunk = m_socket->peek(m_socket->bytesAvailable());
    qsizetype i = 0;
    while (i < chunk.size()) {
        if (m_bodyLeft > 0) {
            const qint64 take = qMin<qint64>(m_bodyLeft, chunk.size() - i);
            m_bodyLeft -= take;
            i += take;
            continue;
        }
        const qsizetype before = m_head.size();
        m_head.append(chunk.constData() + i, qMin<qsizetype>(chunk.size() - i, kMaxHead + 4 - before));
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > kMaxHead)
                return refuse(431, "Request Header Fields Too Large", "request head larger than 64 KiB");
            return;
        }
        i += end + 4 - before;
        qint64 length = 0;
        bool chunked = false, expectContinue = false;
        for (const QByteArray &line : m_head.left(end).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0)
                    return refuse(400, "Bad Request", "invalid Content-Length");
            } else if (name == "transfer-encoding") {
                chunked = true;
            } else if (name == "expect") {
                expectContinue = value.toLower() == "100-continue";
            }
        }
        m_head.clear();
        if (chunked)
            return refuse(411, "Length Required", "send the body with a Content-Length, not chunked");
        if (length > m_limits.maxBody)
            return refuse(413, "Payload Too Large",
                          QByteArray("body larger than ") + QByteArray::number(m_limits.maxBody) + " bytes");
        m_bodyLeft = length;
        // Qt 6.4 never answers "Expect: 100-continue" (libcurl sends it for
        // bodies over 1 MiB, then waits a second): the size is fine, go on.
        if (expectContinue && length > 0)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
}

void ConnectionGuard::refuse(int status, const char *reason, const QByteArray &message)
{
    m_refused = true;
    // From here on the HTTP server sees nothing more of this connection.
    QObject::disconnect(m_socket, &QIODevice::readyRead, m_http, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->readAll();
    const QByteArray body = "{\"error\":\"" + message + "\"}";
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                    "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
    m_socket->flush();
    // Closing while the client still sends would reset the connection and
    // could lose the answer before the client reads it: drain a while first.
    QTimer::singleShot(kDrainMs, m_socket, [s = m_socket] { s->disconnectFromHost(); });
}

Result<QTcpServer *> listenGuarded(QAbstractHttpServer *httpServer, const QHostAddress &address, quint16 port,
                                   ConnectionLimits limits, const QSslConfiguration &tls)
{
    QTcpServer *tcp = nullptr;
    if (tls.isNull()) {
        tcp = new GuardedServer<QTcpServer>(httpServer, limits);
    } else {
        auto *ssl = new GuardedServer<QSslServer>(httpServer, limits);
        ssl->setSslConfiguration(tls);
        tcp = ssl;
    }
    tcp->setParent(httpServer);
    if (!tcp->listen(address, port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return Error::make(ErrorCode::Config,
                           QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(why));
    }
    httpServer->bind(tcp);
    return tcp;
}

} // namespace tiepdan
