#include "officehub.h"

#include "connectionguard.h"
#include "officeservice.h"
#include "servertls.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcHub, "tiepdan.hub", QtInfoMsg)

namespace tiepdan {

using HttpStatus = QHttpServerResponder::StatusCode;

namespace {
void answer(QHttpServerResponder &&responder, const QJsonObject &body, HttpStatus status = HttpStatus::Ok)
{
    responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json"}}, status);
}

QByteArray eventBlock(const QJsonObject &e)
{
    return "id: " + QByteArray::number(e.value(QStringLiteral("seq")).toInteger()) +
           "\nevent: audit\ndata: " + QJsonDocument(e).toJson(QJsonDocument::Compact) + "\n\n";
}
} // namespace

OfficeHub::OfficeHub(OfficeService &service, QByteArray token, QObject *parent)
    : QAbstractHttpServer(parent), m_service(service), m_token(std::move(token))
{
    connect(&m_publish, &QTimer::timeout, this, &OfficeHub::publish);
    connect(&m_heartbeat, &QTimer::timeout, this, &OfficeHub::heartbeat);
}

OfficeHub::~OfficeHub()
{
    stop();
}

Status OfficeHub::start(const HubOptions &options)
{
    if (m_tcp)
        return {};
    auto tcp = listenGuarded(this, options.address, options.port, ConnectionLimits{kMaxBody, 60 * 1000}, options.tls);
    if (!tcp)
        return Error::make(ErrorCode::Config, QStringLiteral("the office hub %1").arg(tcp.error().message));
    m_tcp = *tcp;
    m_port = m_tcp->serverPort();
    m_published = m_service.lastSeq();
    m_publish.start(options.publishMs);
    m_heartbeat.start(options.heartbeatMs);
    qCInfo(lcHub) << "office hub listening on" << options.address.toString() << m_port;
    return {};
}

void OfficeHub::stop()
{
    m_publish.stop();
    m_heartbeat.stop();
    for (Subscriber &s : m_subscribers)
        if (s.socket)
            s.socket->abort();
    m_subscribers.clear();
    if (!m_tcp)
        return;
    m_tcp->close();
    // Open request connections are the server's children: closed with it.
    for (QTcpSocket *socket : m_tcp->findChildren<QTcpSocket *>())
        socket->abort();
    m_tcp->deleteLater();
    m_tcp = nullptr;
}

QString OfficeHub::tokenPathFor(const QString &dbPath)
{
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("hub.token"));
}

Result<QByteArray> OfficeHub::loadToken(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Error::make(
            ErrorCode::NotFound,
            QStringLiteral("the hub token file %1 does not exist; copy hub.token from the kiosk PC").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Crypto,
                           QStringLiteral("cannot read the hub token %1: %2").arg(path, f.errorString()));
    const QByteArray token = f.read(4096).trimmed();
    if (token.size() < 32)
        return Error::make(ErrorCode::Crypto,
                           QStringLiteral("the hub token %1 is shorter than 32 characters").arg(path));
    return token;
}

Result<QByteArray> OfficeHub::loadOrCreateToken(const QString &path)
{
    if (QFile::exists(path))
        return loadToken(path);
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QByteArray token = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(token + '\n') < 0 || !out.commit())
        return Error::make(ErrorCode::Storage,
                           QStringLiteral("cannot write the hub token %1: %2").arg(path, out.errorString()));
    return token;
}

Result<QSslConfiguration> OfficeHub::loadTls(const QString &certFile, const QString &keyFile)
{
    return loadServerTls(certFile, keyFile);
}

Status OfficeHub::parseListen(const QString &listen, HubOptions *options)
{
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    const QHostAddress address(colon > 0 ? listen.left(colon).remove(u'[').remove(u']') : QString());
    if (!portOk || port > 65535 || address.isNull())
        return Error::invalid(QStringLiteral("hub"), QStringLiteral("--hub must be ADDR:PORT, e.g. 0.0.0.0:8600"));
    options->address = address;
    options->port = quint16(port);
    return {};
}

bool OfficeHub::authorised(const QHttpServerRequest &request) const
{
    const QByteArray auth = request.value("Authorization");
    if (!auth.startsWith("Bearer "))
        return false;
    const QByteArray given = auth.mid(7).trimmed();
    // Compared in constant time.
    unsigned diff = unsigned(given.size() ^ m_token.size());
    for (qsizetype i = 0; i < m_token.size(); ++i)
        diff |= unsigned(char(m_token[i] ^ (i < given.size() ? given[i] : 0)));
    return diff == 0;
}

bool OfficeHub::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    using M = QHttpServerRequest::Method;
    const QString path = request.url().path();
    static const QString callPrefix = QStringLiteral("/hub/v1/call/");
    const bool isCall = path.startsWith(callPrefix);
    const bool isEvents = path == QLatin1String("/hub/v1/events");
    if (!isCall && !isEvents)
        return false;
    if (!authorised(request)) {
        qCWarning(lcHub) << "refused a request without the hub token from" << socket->peerAddress().toString();
        answer(makeResponder(request, socket),
               OfficeService::errorAnswer(Error::make(ErrorCode::Denied, QStringLiteral("unknown hub token"))),
               HttpStatus::Unauthorized);
        return true;
    }
    if (isEvents) {
        if (request.method() != M::Get)
            answer(makeResponder(request, socket),
                   OfficeService::errorAnswer(Error::invalid(QStringLiteral("method"), QStringLiteral("GET only"))),
                   HttpStatus::MethodNotAllowed);
        else
            subscribe(request, socket);
        return true;
    }
    if (request.method() != M::Post) {
        answer(makeResponder(request, socket),
               OfficeService::errorAnswer(Error::invalid(QStringLiteral("method"), QStringLiteral("POST only"))),
               HttpStatus::MethodNotAllowed);
        return true;
    }
    QJsonParseError pe;
    const QByteArray body = request.body();
    const QJsonDocument doc =
        body.trimmed().isEmpty() ? QJsonDocument(QJsonObject()) : QJsonDocument::fromJson(body, &pe);
    if (!doc.isObject()) {
        answer(makeResponder(request, socket),
               OfficeService::errorAnswer(
                   Error::invalid(QStringLiteral("body"), QStringLiteral("the body is not a JSON object"))),
               HttpStatus::BadRequest);
        return true;
    }
    const QString method = path.mid(callPrefix.size());
    const QJsonObject reply = m_service.call(method, doc.object());
    qCDebug(lcHub) << "call" << method << (reply.value(QStringLiteral("ok")).toBool() ? "ok" : "refused");
    answer(makeResponder(request, socket), reply);
    // What the call changed reaches the screens now, not at the next tick.
    publish();
    return true;
}

void OfficeHub::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    answer(makeResponder(request, socket),
           OfficeService::errorAnswer(Error::make(ErrorCode::NotFound, QStringLiteral("no such endpoint"))),
           HttpStatus::NotFound);
}

void OfficeHub::subscribe(const QHttpServerRequest &request, QTcpSocket *socket)
{
    bool resumed = false;
    const qint64 after = request.value("Last-Event-ID").toLongLong(&resumed);
    const bool fromNow = QUrlQuery(request.url()).queryItemValue(QStringLiteral("from")) == QLatin1String("now");
    // The headers by hand: the stream has no length and ends when either side closes.
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n"
                  "Connection: close\r\n\r\n");
    Subscriber s{socket, (resumed && !fromNow) ? std::max<qint64>(after, 0) : m_published};
    socket->write("event: hello\ndata: " +
                  QJsonDocument(QJsonObject{{QStringLiteral("seq"), s.sent}}).toJson(QJsonDocument::Compact) + "\n\n");
    // Missed while away: sent before anything new.
    while (s.sent < m_published) {
        const QJsonArray missed = m_service.eventsAfter(s.sent);
        if (missed.isEmpty())
            break;
        send(s, missed);
    }
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_subscribers.removeIf([socket](const Subscriber &x) { return x.socket == socket || !x.socket; });
    });
    m_subscribers.append(s);
}

void OfficeHub::send(Subscriber &s, const QJsonArray &events)
{
    QByteArray out;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        const qint64 seq = e.value(QStringLiteral("seq")).toInteger();
        if (seq <= s.sent)
            continue;
        out += eventBlock(e);
        s.sent = seq;
    }
    if (!out.isEmpty() && s.socket)
        s.socket->write(out);
}

void OfficeHub::publish()
{
    if (m_service.lastSeq() <= m_published)
        return;
    for (;;) {
        const QJsonArray fresh = m_service.eventsAfter(m_published);
        if (fresh.isEmpty())
            break;
        m_published = fresh.last().toObject().value(QStringLiteral("seq")).toInteger();
        for (Subscriber &s : m_subscribers)
            send(s, fresh);
        if (fresh.size() < OfficeService::kEventPage)
            break;
    }
}

void OfficeHub::heartbeat()
{
    for (Subscriber &s : m_subscribers)
        if (s.socket)
            s.socket->write(": heartbeat\n\n");
}

} // namespace tiepdan
