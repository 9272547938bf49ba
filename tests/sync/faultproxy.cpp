#include "faultproxy.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace faultproxy {

QString name(Fault f)
{
    switch (f) {
    case Fault::Pass: return QStringLiteral("pass");
    case Fault::Delay: return QStringLiteral("delay");
    case Fault::DelayPastTimeout: return QStringLiteral("delay-past-timeout");
    case Fault::DropBeforeForward: return QStringLiteral("drop-before-forward");
    case Fault::DropMidRequest: return QStringLiteral("drop-mid-request");
    case Fault::DropMidResponse: return QStringLiteral("drop-mid-response");
    case Fault::TruncateBody: return QStringLiteral("truncate-body");
    case Fault::Answer500: return QStringLiteral("answer-500");
    case Fault::Answer503: return QStringLiteral("answer-503");
    case Fault::Answer429: return QStringLiteral("answer-429");
    case Fault::ReplayTwice: return QStringLiteral("replay-twice");
    case Fault::ReplayEarlier: return QStringLiteral("replay-earlier");
    }
    return {};
}

bool failsTheAttempt(Fault f)
{
    switch (f) {
    case Fault::Pass:
    case Fault::Delay:
    case Fault::ReplayTwice:
    case Fault::ReplayEarlier: return false;
    default: return true;
    }
}

qsizetype messageLength(const QByteArray &buf)
{
    const qsizetype end = buf.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    qint64 length = 0;
    for (const QByteArray &line : buf.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    return buf.size() < end + 4 + length ? -1 : end + 4 + length;
}

int statusOf(const QByteArray &response)
{
    const QList<QByteArray> first = response.left(response.indexOf("\r\n")).split(' ');
    return first.size() >= 2 && first[0].startsWith("HTTP/") ? first[1].toInt() : 0;
}

QByteArray bodyOf(const QByteArray &message)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : message.mid(end + 4);
}

Upstream summarise(const QByteArray &response)
{
    Upstream u;
    if (messageLength(response) < 0)
        return u;
    u.status = statusOf(response);
    const QJsonArray results =
        QJsonDocument::fromJson(bodyOf(response)).object().value(QStringLiteral("results")).toArray();
    for (const QJsonValue &r : results) {
        const QString st = r.toObject().value(QStringLiteral("status")).toString();
        ++(st == QLatin1String("stored")      ? u.stored
           : st == QLatin1String("duplicate") ? u.duplicate
           : st == QLatin1String("conflict")  ? u.conflict
                                              : u.rejected);
    }
    return u;
}

namespace {
QList<qint64> seqsOf(const QByteArray &request)
{
    QList<qint64> seqs;
    const QJsonArray batch = QJsonDocument::fromJson(bodyOf(request)).object().value(QStringLiteral("batch")).toArray();
    for (const QJsonValue &e : batch)
        seqs << e.toObject().value(QStringLiteral("seq")).toInteger();
    return seqs;
}

QByteArray ownAnswer(int status, const char *reason, int retryAfter)
{
    const QByteArray body = R"({"error":"injected by the fault proxy"})";
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                   "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (retryAfter >= 0)
        r += "Retry-After: " + QByteArray::number(retryAfter) + "\r\n";
    return r + "\r\n" + body;
}
} // namespace

// One client connection. Requests on it are handled one at a time (the
// client does not pipeline); the session outlives its client while work
// for it is still under way (a late forward), then deletes itself.
class Session : public QObject {
public:
    Session(FaultProxy *proxy, QTcpSocket *client, int connection, QObject *parent)
        : QObject(parent), m_proxy(proxy), m_client(client), m_connection(connection)
    {
        client->setParent(this);
        connect(client, &QIODevice::readyRead, this, &Session::onReadyRead);
        connect(client, &QAbstractSocket::disconnected, this, &Session::clientGone);
    }

private:
    void onReadyRead()
    {
        if (!m_client || m_closing)
            return;
        m_buf += m_client->readAll();
        next();
    }

    void next()
    {
        if (m_busy || m_closing)
            return;
        const qsizetype n = messageLength(m_buf);
        if (n < 0)
            return;
        const QByteArray request = m_buf.left(n);
        m_buf.remove(0, n);
        m_busy = true;
        handle(request);
    }

    void handle(const QByteArray &request)
    {
        int no;
        {
            QMutexLocker lock(&m_proxy->m_mutex);
            no = int(m_proxy->m_events.size()) + 1;
            Event e;
            e.no = no;
            e.seqs = seqsOf(request);
            e.connection = m_connection;
            m_proxy->m_events << e;
            m_proxy->m_captured << request;
        }
        Plan plan = m_proxy->choose(no);
        if (plan.fault == Fault::ReplayEarlier && (plan.replayOf < 1 || plan.replayOf >= no))
            plan.fault = Fault::Pass; // nothing earlier to replay
        update(no, [&](Event &e) { e.plan = plan; });
        hold(no);
        const qsizetype headLength = request.indexOf("\r\n\r\n") + 4;
        switch (plan.fault) {
        case Fault::Pass: forwardAndAnswer(no, request, 0); break;
        case Fault::Delay:
            hold(no);
            QTimer::singleShot(plan.delayMs / 2, this, [=, this] {
                forwardAndAnswer(no, request, plan.delayMs - plan.delayMs / 2);
                release(no);
            });
            break;
        case Fault::DelayPastTimeout:
            hold(no);
            QTimer::singleShot(plan.delayMs, this, [=, this] {
                forwardAndAnswer(no, request, 0); // the client is gone by now (or the test is wrong)
                release(no);
            });
            break;
        case Fault::DropBeforeForward: closeClient(plan.reset); break;
        case Fault::DropMidRequest: {
            const qsizetype body = request.size() - headLength;
            const qsizetype keep = headLength + std::min(body - 1, qsizetype(double(body) * plan.cut));
            hold(no);
            exchange(request, keep, [=, this](const QByteArray &resp) {
                update(no, [&](Event &e) { e.upstream << summarise(resp); });
                release(no);
            });
            closeClient(plan.reset);
            break;
        }
        case Fault::DropMidResponse:
        case Fault::TruncateBody:
            hold(no);
            exchange(request, -1, [=, this](const QByteArray &resp) {
                update(no, [&](Event &e) { e.upstream << summarise(resp); });
                qsizetype keep;
                if (plan.fault == Fault::DropMidResponse) {
                    keep = std::min(resp.size() - 1, qsizetype(double(resp.size()) * plan.cut));
                } else {
                    const qsizetype head = resp.indexOf("\r\n\r\n") + 4;
                    const qsizetype body = resp.size() - head;
                    keep = head + std::min(body - 1, qsizetype(double(body) * plan.cut));
                }
                if (m_client && !m_closing) {
                    m_client->write(resp.left(std::max<qsizetype>(0, keep)));
                    closeClient(false); // FIN after the bytes written: the client reads them, then the end
                }
                release(no);
            });
            break;
        case Fault::Answer500:
        case Fault::Answer503:
        case Fault::Answer429: {
            const QByteArray a =
                plan.fault == Fault::Answer500   ? ownAnswer(500, "Internal Server Error", plan.retryAfter)
                : plan.fault == Fault::Answer503 ? ownAnswer(503, "Service Unavailable", plan.retryAfter)
                                                 : ownAnswer(429, "Too Many Requests", plan.retryAfter);
            answer(no, a);
            break;
        }
        case Fault::ReplayTwice: {
            auto answers = std::make_shared<QList<QByteArray>>(2);
            auto left = std::make_shared<int>(2);
            hold(no);
            for (int copy = 0; copy < 2; ++copy)
                exchange(request, -1, [=, this](const QByteArray &resp) {
                    (*answers)[copy] = resp;
                    update(no, [&](Event &e) { e.upstream << summarise(resp); });
                    if (--*left == 0) {
                        answer(no, (*answers)[plan.secondAnswer ? 1 : 0]);
                        release(no);
                    }
                });
            break;
        }
        case Fault::ReplayEarlier: {
            const QByteArray earlier = m_proxy->captured(plan.replayOf);
            hold(no);
            exchange(earlier, -1, [=, this](const QByteArray &resp) {
                update(no, [&](Event &e) {
                    e.replayedNo = plan.replayOf;
                    e.replayed = summarise(resp);
                });
                release(no);
            });
            forwardAndAnswer(no, request, 0);
            break;
        }
        }
        release(no);
    }

    // Forwards `request`, then (after `answerDelayMs`) writes the whole answer to the client.
    void forwardAndAnswer(int no, const QByteArray &request, int answerDelayMs)
    {
        hold(no);
        exchange(request, -1, [=, this](const QByteArray &resp) {
            update(no, [&](Event &e) { e.upstream << summarise(resp); });
            if (answerDelayMs <= 0) {
                answer(no, resp);
                release(no);
                return;
            }
            QTimer::singleShot(answerDelayMs, this, [=, this] {
                answer(no, resp);
                release(no);
            });
        });
    }

    // Writes a whole answer and goes on with the next request on this connection.
    void answer(int no, const QByteArray &resp)
    {
        if (!m_client || m_closing || m_client->state() != QAbstractSocket::ConnectedState)
            return; // the client left (timed out): nobody to answer
        if (resp.isEmpty()) {
            qWarning("fault proxy: request %d got no answer from the server", no);
            closeClient(true);
            return;
        }
        m_client->write(resp);
        update(no, [&](Event &e) { e.ackedInFull = statusOf(resp) == 200; });
        m_busy = false;
        next();
    }

    void closeClient(bool reset)
    {
        if (!m_client || m_closing)
            return;
        m_closing = true;
        m_buf.clear();
        if (reset)
            m_client->abort();
        else
            m_client->disconnectFromHost();
    }

    void clientGone()
    {
        m_closing = true;
        m_gone = true;
        maybeDelete();
    }

    void maybeDelete()
    {
        if (m_gone && m_work == 0)
            deleteLater();
    }

    // Sends `bytes` (only the first `sendOnly` of them and then closes, if
    // >= 0) to the server on a fresh connection; `done` gets the server's
    // whole answer, or nothing.
    void exchange(const QByteArray &bytes, qsizetype sendOnly, std::function<void(const QByteArray &)> done)
    {
        auto *s = new QTcpSocket(this);
        auto buf = std::make_shared<QByteArray>();
        auto finished = std::make_shared<bool>(false);
        auto finish = [=, this](const QByteArray &resp) {
            if (*finished)
                return;
            *finished = true;
            s->disconnect(this);
            s->abort();
            s->deleteLater();
            done(resp);
        };
        connect(s, &QAbstractSocket::connected, this, [=] {
            s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            if (sendOnly >= 0) {
                s->write(bytes.left(sendOnly));
                s->disconnectFromHost(); // after the bytes: the server sees the request end early
            } else {
                s->write(bytes);
            }
        });
        connect(s, &QIODevice::readyRead, this, [=] {
            *buf += s->readAll();
            const qsizetype n = messageLength(*buf);
            if (n >= 0 && sendOnly < 0)
                finish(buf->left(n));
        });
        connect(s, &QAbstractSocket::disconnected, this, [=] { finish({}); });
        connect(s, &QAbstractSocket::errorOccurred, this, [=] {
            if (s->state() != QAbstractSocket::ConnectedState)
                finish({});
        });
        QTimer::singleShot(30000, s, [=] { finish({}); });
        s->connectToHost(QHostAddress::LocalHost, m_proxy->m_upstreamPort);
    }

    void hold(int no)
    {
        ++m_work;
        ++m_ops[no];
    }
    void release(int no)
    {
        --m_work;
        if (--m_ops[no] == 0) {
            m_ops.remove(no);
            update(no, [](Event &e) { e.done = true; });
        }
        maybeDelete();
    }
    template <typename F> void update(int no, F f)
    {
        QMutexLocker lock(&m_proxy->m_mutex);
        f(m_proxy->m_events[no - 1]);
        m_proxy->m_changed.wakeAll();
    }

    FaultProxy *m_proxy;
    QPointer<QTcpSocket> m_client;
    int m_connection;
    QByteArray m_buf;
    bool m_busy = false, m_closing = false, m_gone = false;
    int m_work = 0;
    QHash<int, int> m_ops;
};

FaultProxy::FaultProxy(quint16 upstreamPort, std::function<Plan(int)> chooser)
    : m_upstreamPort(upstreamPort), m_chooser(std::move(chooser))
{
}

FaultProxy::~FaultProxy()
{
    quit();
    wait();
}

void FaultProxy::run()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("fault proxy: cannot listen: %s", qPrintable(server.errorString()));
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *c = server.nextPendingConnection()) {
            c->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            int n;
            {
                QMutexLocker lock(&m_mutex);
                n = ++m_connections;
            }
            new Session(this, c, n, &server);
        }
    });
    {
        QMutexLocker lock(&m_mutex);
        m_port = server.serverPort();
        m_changed.wakeAll();
    }
    exec();
}

quint16 FaultProxy::port() const
{
    QMutexLocker lock(&m_mutex);
    while (!m_port)
        m_changed.wait(&m_mutex);
    return m_port;
}

int FaultProxy::requests() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_events.size());
}

QList<Event> FaultProxy::events() const
{
    QMutexLocker lock(&m_mutex);
    return m_events;
}

bool FaultProxy::waitIdle(int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (std::all_of(m_events.begin(), m_events.end(), [](const Event &e) { return e.done; }))
            return true;
        if (!m_changed.wait(&m_mutex, deadline))
            return false;
    }
}

QByteArray FaultProxy::captured(int no) const
{
    QMutexLocker lock(&m_mutex);
    return no >= 1 && no <= m_captured.size() ? m_captured[no - 1] : QByteArray();
}

Plan FaultProxy::choose(int no)
{
    return m_chooser(no);
}

Upstream FaultProxy::sendUpstream(const QByteArray &request, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    if (!s.waitForConnected(int(deadline.remainingTime())))
        return {};
    s.write(request);
    QByteArray buf;
    while (messageLength(buf) < 0) {
        if (!s.waitForReadyRead(int(deadline.remainingTime())))
            return {};
        buf += s.readAll();
    }
    return summarise(buf.left(messageLength(buf)));
}

} // namespace faultproxy
