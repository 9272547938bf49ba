#include "officeclient.h"

#include "httptransport.h"
#include "officeservice.h"
#include "officestore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

Q_LOGGING_CATEGORY(lcHubClient, "tiepdan.hub.client")

namespace tiepdan {

void OfficeClient::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    emit onlineChanged(online);
    if (online)
        emit resynced();
}

// --- LocalOfficeClient ----------------------------------------------------------

LocalOfficeClient::LocalOfficeClient(OfficeService &service, int pollMs, QObject *parent)
    : OfficeClient(true, parent), m_service(service)
{
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &LocalOfficeClient::poll);
}

QJsonObject LocalOfficeClient::call(const QString &method, const QJsonObject &args)
{
    if (!online())
        return OfficeService::errorAnswer(
            Error::make(ErrorCode::Unavailable, QStringLiteral("the office is not reachable")));
    return m_service.call(method, args);
}

void LocalOfficeClient::setReachable(bool reachable)
{
    setOnline(reachable);
}

void LocalOfficeClient::start()
{
    if (m_last < 0)
        m_last = m_service.lastSeq();
    m_poll.start();
}

QDateTime LocalOfficeClient::now() const
{
    return m_service.store().now();
}

QString LocalOfficeClient::where() const
{
    return m_service.store().db().path();
}

void LocalOfficeClient::poll()
{
    if (!online())
        return; // delivered when reachable again
    QJsonArray all;
    for (;;) {
        const QJsonArray page = m_service.eventsAfter(m_last);
        for (const QJsonValue &e : page)
            all.append(e);
        if (!page.isEmpty())
            m_last = page.last().toObject().value(QStringLiteral("seq")).toInteger();
        if (page.size() < OfficeService::kEventPage)
            break;
    }
    if (!all.isEmpty())
        emit events(all);
}

// --- HubOfficeClient --------------------------------------------------------------

namespace {
// Calls that change something: retried after a lost answer with the same id.
bool acts(const QString &method)
{
    return method == QLatin1String("callNext") || method == QLatin1String("act") || method == QLatin1String("record");
}
} // namespace

HubOfficeClient::HubOfficeClient(QString baseUrl, QByteArray token, QString caFile, QObject *parent)
    : OfficeClient(false, parent), m_base(std::move(baseUrl)), m_token(std::move(token)),
      // A LAN answers in milliseconds: a hub that does not is treated as gone.
      m_http(std::make_unique<CurlTransport>(std::move(caFile), 3, 2)), m_nam(new QNetworkAccessManager(this))
{
    while (m_base.endsWith(u'/'))
        m_base.chop(1);
    m_heartbeat.setSingleShot(true);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        qCWarning(lcHubClient) << "no heartbeat from the office hub; reconnecting";
        feedBroken();
    });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &HubOfficeClient::connectFeed);
}

HubOfficeClient::~HubOfficeClient()
{
    if (m_feed) {
        m_feed->disconnect(this);
        m_feed->abort();
    }
}

void HubOfficeClient::setTimings(int heartbeatLossMs, int maxBackoffMs)
{
    m_heartbeatLossMs = heartbeatLossMs;
    m_maxBackoffMs = maxBackoffMs;
}

void HubOfficeClient::start()
{
    m_started = true;
    connectFeed();
}

Result<QJsonObject> HubOfficeClient::post(const QString &method, const QJsonObject &args, bool *answered)
{
    auto r = m_http->post(m_base + QStringLiteral("/hub/v1/call/") + method, m_token,
                          QJsonDocument(args).toJson(QJsonDocument::Compact));
    *answered = r.ok();
    if (!r)
        return Error::make(ErrorCode::Unavailable,
                           QStringLiteral("the office hub at %1 did not answer: %2").arg(m_base, r.error().message));
    if (r->status == 401)
        return Error::make(ErrorCode::Denied, QStringLiteral("the office hub does not know this PC's hub token"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r->body, &pe);
    if (r->status != 200 || pe.error != QJsonParseError::NoError || !doc.isObject() ||
        !doc.object().value(QStringLiteral("ok")).isBool())
        return Error::make(ErrorCode::Unavailable,
                           QStringLiteral("the office hub answered %1 with something unreadable").arg(r->status));
    return doc.object();
}

QJsonObject HubOfficeClient::call(const QString &method, const QJsonObject &args)
{
    if (!online())
        return OfficeService::errorAnswer(
            Error::make(ErrorCode::Unavailable,
                        QStringLiteral("no connection to the office hub at %1%2")
                            .arg(m_base, m_problem.isEmpty() ? QString() : QStringLiteral(": ") + m_problem)));
    QJsonObject a = args;
    const bool retry = acts(method);
    if (retry && !a.contains(QStringLiteral("requestId")))
        a.insert(QStringLiteral("requestId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    bool answered = false;
    auto r = post(method, a, &answered);
    if (!answered && retry) {
        qCWarning(lcHubClient) << method << "got no answer, retrying with the same request id:" << r.error().message;
        r = post(method, a, &answered);
    }
    if (!r) {
        qCWarning(lcHubClient) << method << "failed:" << r.error().message;
        // No answer at all: the LAN or the hub is gone; the feed reconnects.
        if (!answered)
            feedBroken();
        return OfficeService::errorAnswer(r.error());
    }
    return *r;
}

void HubOfficeClient::connectFeed()
{
    if (m_feed)
        return;
    QNetworkRequest req(
        QUrl(m_base + (m_last < 0 ? QStringLiteral("/hub/v1/events?from=now") : QStringLiteral("/hub/v1/events"))));
    req.setRawHeader("Authorization", "Bearer " + m_token);
    req.setRawHeader("Accept", "text/event-stream");
    if (m_last >= 0)
        req.setRawHeader("Last-Event-ID", QByteArray::number(m_last));
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setTransferTimeout(0);
    m_buffer.clear();
    m_feed = m_nam->get(req);
    connect(m_feed, &QNetworkReply::readyRead, this, &HubOfficeClient::onFeedData);
    connect(m_feed, &QNetworkReply::finished, this, &HubOfficeClient::feedBroken);
    m_heartbeat.start(m_heartbeatLossMs);
}

void HubOfficeClient::onFeedData()
{
    if (!m_feed)
        return;
    if (const int status = m_feed->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); status != 200) {
        const QString problem =
            status == 401
                ? QStringLiteral("the hub refused this PC's hub token (HTTP 401); copy hub.token from the kiosk PC")
                : QStringLiteral("the hub answered HTTP %1 instead of its event stream").arg(status);
        if (problem != m_problem)
            qCWarning(lcHubClient) << problem;
        m_problem = problem;
        m_feed->readAll(); // the reply finishes by itself (finished -> feedBroken)
        return;
    }
    m_heartbeat.start(m_heartbeatLossMs);
    m_buffer += m_feed->readAll();
    if (m_buffer.size() > 4 * 1024 * 1024) { // not an event stream
        feedBroken();
        return;
    }
    QJsonArray fresh;
    bool hello = false;
    qsizetype end;
    while ((end = m_buffer.indexOf("\n\n")) >= 0) {
        const QByteArray block = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        QByteArray event, data;
        for (const QByteArray &line : block.split('\n')) {
            if (line.startsWith("event:"))
                event = line.mid(6).trimmed();
            else if (line.startsWith("data:"))
                data += line.mid(5).trimmed();
        }
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        const qint64 seq = o.value(QStringLiteral("seq")).toInteger(-1);
        if (event == "hello") {
            hello = true;
            if (m_last < 0)
                m_last = seq;
        } else if (event == "audit" && seq > m_last) {
            m_last = seq;
            fresh.append(o);
        }
    }
    if (hello) {
        m_backoffMs = 1000;
        m_problem.clear();
        setOnline(true);
    }
    if (!fresh.isEmpty())
        emit events(fresh);
}

void HubOfficeClient::feedBroken()
{
    if (m_feed) {
        QNetworkReply *f = m_feed;
        m_feed = nullptr;
        f->disconnect(this);
        if (f->isRunning())
            f->abort();
        f->deleteLater();
    }
    m_heartbeat.stop();
    setOnline(false);
    if (m_started && !m_retry.isActive()) {
        m_retry.start(m_backoffMs);
        m_backoffMs = std::min(m_backoffMs * 2, m_maxBackoffMs);
    }
}

} // namespace tiepdan
