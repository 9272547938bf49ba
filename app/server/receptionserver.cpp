#include "receptionserver.h"

#include "connectionguard.h"
#include "reception.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QUrlQuery>

#include <exception>

namespace tiepdan {

namespace {
using Status_ = QHttpServerResponder::StatusCode;
constexpr int kMaxUpdatesPerPull = 500;
constexpr int kMaxPageSize = 500;

QJsonObject errorBody(const QString &message)
{
    return {{QStringLiteral("error"), message}};
}

// Query parameter helpers: a present but malformed parameter is an error,
// an absent one is the default.
struct Query {
    QUrlQuery q;
    QString error;
    QString text(const char *key, qsizetype max)
    {
        const QString v = q.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
        if (v.size() > max && error.isEmpty())
            error = QStringLiteral("%1: at most %2 characters").arg(QLatin1String(key)).arg(max);
        return v;
    }
    QDate date(const char *key)
    {
        const QString v = text(key, 10);
        if (v.isEmpty())
            return {};
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (!d.isValid() && error.isEmpty())
            error = QStringLiteral("%1: must be a date yyyy-mm-dd").arg(QLatin1String(key));
        return d;
    }
    qint64 number(const char *key, qint64 dflt, qint64 lo, qint64 hi)
    {
        const QString v = text(key, 20);
        if (v.isEmpty())
            return dflt;
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if ((!ok || n < lo || n > hi) && error.isEmpty())
            error = QStringLiteral("%1: must be a whole number from %2 to %3").arg(QLatin1String(key)).arg(lo).arg(hi);
        return n;
    }
};
} // namespace

ReceptionServer::ReceptionServer(ServerStore &store, TokenTable tokens, QObject *parent)
    : QAbstractHttpServer(parent), m_store(store), m_tokens(std::move(tokens))
{
}

Status ReceptionServer::start(const ServerOptions &options)
{
    auto tcp = listenGuarded(this, options.address, options.port,
                             ConnectionLimits{options.maxBody, options.idleSeconds * 1000}, options.tls);
    if (!tcp)
        return tcp.error();
    m_port = (*tcp)->serverPort();
    return {};
}

bool ReceptionServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Reply reply;
    try {
        reply = route(request);
    } catch (const std::exception &e) {
        qCCritical(lcServer) << "request failed:" << e.what();
        reply = {Status_::InternalServerError, errorBody(QStringLiteral("internal error"))};
    }
    const QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    auto responder = makeResponder(request, socket);
    if (reply.status == Status_::ServiceUnavailable)
        responder.write(body, {{"Content-Type", "application/json"}, {"Retry-After", "1"}}, reply.status);
    else
        responder.write(body, {{"Content-Type", "application/json"}}, reply.status);
    return true;
}

void ReceptionServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(QByteArray(R"({"error":"no such endpoint"})"), {{"Content-Type", "application/json"}},
               Status_::NotFound);
}

Result<Client> ReceptionServer::authenticate(const QHttpServerRequest &request) const
{
    const QByteArray auth = request.value("Authorization");
    if (!auth.startsWith("Bearer "))
        return Error::make(ErrorCode::Denied, QStringLiteral("missing bearer token"));
    auto c = m_tokens.find(auth.mid(7).trimmed());
    if (!c)
        return Error::make(ErrorCode::Denied, QStringLiteral("unknown token"));
    return *c;
}

ReceptionServer::Reply ReceptionServer::route(const QHttpServerRequest &request)
{
    using M = QHttpServerRequest::Method;
    const QString path = request.url().path();
    const M method = request.method();
    if (path == QLatin1String("/api/v1/health"))
        return {Status_::Ok, {{QStringLiteral("ok"), true}}};
    const bool known = path == QLatin1String("/api/v1/records") || path == QLatin1String("/api/v1/updates") ||
                       path == QLatin1String("/api/v1/stats") || path == QLatin1String("/api/v1/offices");
    if (!known)
        return {Status_::NotFound, errorBody(QStringLiteral("no such endpoint: %1").arg(path.left(100)))};
    auto client = authenticate(request);
    if (!client)
        return {Status_::Unauthorized, errorBody(client.error().message)};
    const bool leader = client->role == ClientRole::Leader;
    auto leadersOnly = Reply{Status_::Forbidden, errorBody(QStringLiteral("this endpoint needs a leader token"))};
    if (path == QLatin1String("/api/v1/records")) {
        if (method == M::Post)
            return client->role == ClientRole::Kiosk
                       ? postRecords(*client, request)
                       : Reply{Status_::Forbidden, errorBody(QStringLiteral("only kiosks deliver records"))};
        if (method == M::Get)
            return leader ? getRecords(*client, request) : leadersOnly;
    } else if (path == QLatin1String("/api/v1/updates")) {
        if (method == M::Get)
            return getUpdates(*client, request);
        if (method == M::Post)
            return leader ? postUpdates(*client, request) : leadersOnly;
    } else if (path == QLatin1String("/api/v1/offices")) {
        if (method == M::Get) {
            if (!leader)
                return leadersOnly;
            auto offices = m_store.offices();
            if (!offices)
                return {Status_::ServiceUnavailable, errorBody(QStringLiteral("database unavailable, retry later"))};
            QJsonArray a;
            for (const QString &o : *offices)
                if (client->covers(o))
                    a.append(o);
            return {Status_::Ok, {{QStringLiteral("offices"), a}}};
        }
    } else if (method == M::Get) {
        return leader ? getStats(*client, request) : leadersOnly;
    }
    return {Status_::MethodNotAllowed, errorBody(QStringLiteral("method not allowed on %1").arg(path))};
}

ReceptionServer::Reply ReceptionServer::postRecords(const Client &client, const QHttpServerRequest &request)
{
    auto batch = parseBatch(request.body());
    if (!batch)
        return {Status_::BadRequest, errorBody(batch.error().message)};
    if (!client.covers(batch->office))
        return {Status_::Forbidden,
                errorBody(QStringLiteral("this token may not deliver records of office %1").arg(batch->office))};
    auto stored = m_store.store(*batch);
    if (!stored) {
        qCWarning(lcServer) << "storing a batch failed:" << stored.error().message;
        return {Status_::ServiceUnavailable, errorBody(QStringLiteral("database unavailable, retry later"))};
    }
    QJsonArray results;
    for (const EntryResult &r : *stored) {
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("version"), r.version},
                      {QStringLiteral("status"), toString(r.status)}};
        if (r.status == EntryStatus::Conflict || r.status == EntryStatus::Rejected) {
            o.insert(QStringLiteral("code"), r.status == EntryStatus::Conflict ? 409 : 422);
            o.insert(QStringLiteral("reason"), r.reason);
        }
        results.append(o);
    }
    return {Status_::Ok, {{QStringLiteral("ack"), QLatin1String(kAck)}, {QStringLiteral("results"), results}}};
}

ReceptionServer::Reply ReceptionServer::getUpdates(const Client &client, const QHttpServerRequest &request)
{
    Query q{request.query(), {}};
    const qint64 after = q.number("after", 0, 0, std::numeric_limits<qint64>::max() / 2);
    // A kiosk pulls its own office's updates; a leader names the office.
    const QString office = client.role == ClientRole::Kiosk ? client.office : q.text("office", 16);
    if (!q.error.isEmpty())
        return {Status_::BadRequest, errorBody(q.error)};
    if (!isOfficeCode(office))
        return {Status_::BadRequest, errorBody(QStringLiteral("office: give an office code"))};
    if (!client.covers(office))
        return {Status_::Forbidden, errorBody(QStringLiteral("this token may not read office %1").arg(office))};
    auto list = m_store.updates(office, after, kMaxUpdatesPerPull);
    if (!list)
        return {Status_::ServiceUnavailable, errorBody(QStringLiteral("database unavailable, retry later"))};
    const qint64 cursor = list->isEmpty() ? after : list->last().toObject().value(QStringLiteral("seq")).toInteger();
    return {Status_::Ok,
            {{QStringLiteral("ack"), QLatin1String(kAck)},
             {QStringLiteral("cursor"), cursor},
             {QStringLiteral("updates"), *list}}};
}

ReceptionServer::Reply ReceptionServer::postUpdates(const Client &client, const QHttpServerRequest &request)
{
    auto pub = parsePublish(request.body());
    if (!pub)
        return {Status_::BadRequest, errorBody(pub.error().message)};
    if (!client.covers(pub->office))
        return {Status_::Forbidden,
                errorBody(QStringLiteral("this token may not publish to office %1").arg(pub->office))};
    auto seqs = m_store.publish(pub->office, pub->updates);
    if (!seqs)
        return {Status_::ServiceUnavailable, errorBody(QStringLiteral("database unavailable, retry later"))};
    QJsonArray a;
    for (qint64 s : *seqs)
        a.append(s);
    return {Status_::Ok, {{QStringLiteral("ack"), QLatin1String(kAck)}, {QStringLiteral("seqs"), a}}};
}

ReceptionServer::Reply ReceptionServer::getRecords(const Client &client, const QHttpServerRequest &request)
{
    Query q{request.query(), {}};
    RecordFilter f;
    f.office = q.text("office", 16);
    f.from = q.date("from");
    f.to = q.date("to");
    const QString kind = q.text("kind", 16);
    f.direction = q.text("direction", 16);
    f.text = q.text("q", 200);
    f.receiverRole = q.text("receiver", 16);
    const QString group = q.text("group", 4), visit = q.text("visit", 8);
    f.page = int(q.number("page", 1, 1, 1000000));
    f.pageSize = int(q.number("pageSize", 50, 1, kMaxPageSize));
    if (!q.error.isEmpty())
        return {Status_::BadRequest, errorBody(q.error)};
    MatterKind mk;
    HandlingDirection hd;
    if (kind == QLatin1String("ticket") || kind == QLatin1String("record") || kind == QLatin1String("appointment"))
        f.recordKind = kind;
    else if (fromString(kind, &mk))
        f.matterKind = kind;
    else if (!kind.isEmpty())
        return {Status_::BadRequest, errorBody(QStringLiteral("kind: ticket, record, appointment, complaint, "
                                                              "denunciation, petition or feedback"))};
    ReceiverRole rr;
    if (!f.receiverRole.isEmpty() && !fromString(f.receiverRole, &rr))
        return {Status_::BadRequest, errorBody(QStringLiteral("receiver: officer, head or deputy"))};
    if (group == QLatin1String("yes") || group == QLatin1String("no"))
        f.group = group == QLatin1String("yes");
    else if (!group.isEmpty())
        return {Status_::BadRequest, errorBody(QStringLiteral("group: yes or no"))};
    if (visit == QLatin1String("first") || visit == QLatin1String("repeat"))
        f.firstVisit = visit == QLatin1String("first");
    else if (!visit.isEmpty())
        return {Status_::BadRequest, errorBody(QStringLiteral("visit: first or repeat"))};
    if (!f.direction.isEmpty() && !fromString(f.direction, &hd))
        return {Status_::BadRequest, errorBody(QStringLiteral("direction: pending, accept, return_guide or transfer"))};
    if (f.office.isEmpty() && client.office != QLatin1String("*"))
        f.office = client.office;
    if (!f.office.isEmpty() && !isOfficeCode(f.office))
        return {Status_::BadRequest, errorBody(QStringLiteral("office: not an office code"))};
    if (!f.office.isEmpty() && !client.covers(f.office))
        return {Status_::Forbidden, errorBody(QStringLiteral("this token may not read office %1").arg(f.office))};
    auto page = m_store.records(f);
    if (!page)
        return {Status_::ServiceUnavailable, errorBody(QStringLiteral("database unavailable, retry later"))};
    return {Status_::Ok,
            {{QStringLiteral("total"), page->total},
             {QStringLiteral("page"), f.page},
             {QStringLiteral("pageSize"), f.pageSize},
             {QStringLiteral("records"), page->records}}};
}

ReceptionServer::Reply ReceptionServer::getStats(const Client &client, const QHttpServerRequest &request)
{
    Query q{request.query(), {}};
    QString office = q.text("office", 16);
    const QDate from = q.date("from"), to = q.date("to");
    if (!q.error.isEmpty())
        return {Status_::BadRequest, errorBody(q.error)};
    if (office.isEmpty() && client.office != QLatin1String("*"))
        office = client.office;
    if (!office.isEmpty() && (!isOfficeCode(office) || !client.covers(office)))
        return {isOfficeCode(office) ? Status_::Forbidden : Status_::BadRequest,
                errorBody(QStringLiteral("office: not an office this token may read"))};
    auto s = m_store.stats(office, from, to);
    if (!s)
        return {Status_::ServiceUnavailable, errorBody(QStringLiteral("database unavailable, retry later"))};
    return {Status_::Ok, *s};
}

} // namespace tiepdan
