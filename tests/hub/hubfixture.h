// Test pieces for the office hub (docs/lan-hub.md):
// - HubThread: the kiosk PC in a thread of its own (its OfficeStore,
//   OfficeService and OfficeHub on 127.0.0.1, optionally issuing tickets on
//   a timer like the citizen screen). Its own thread because a
//   HubOfficeClient call blocks the calling thread until the hub answers.
// - LanCable: a TCP relay between the desks and the hub that can be cut
//   (open connections go silent, as when a cable is pulled; new ones are
//   refused) and plugged back in (on the same port).
#pragma once

#include "configloader.h"
#include "officehub.h"
#include "officeservice.h"
#include "officestore.h"
#include "ticketrepository.h"

#include <QMutex>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

namespace hubtest {

using namespace tiepdan;

// A thread that serves on a port of 127.0.0.1: startAndWait() returns the
// port once run() has called ready() (0 when it could not, with error()).
// A subclass calls stop() in its destructor, before its members go.
class ServingThread : public QThread {
public:
    quint16 startAndWait()
    {
        start();
        QMutexLocker lock(&m_mutex);
        while (!m_ready)
            m_changed.wait(&m_mutex);
        return m_port;
    }
    QString error() const
    {
        QMutexLocker lock(&m_mutex);
        return m_error;
    }

protected:
    void ready(quint16 port, const QString &error = {})
    {
        QMutexLocker lock(&m_mutex);
        m_port = port;
        m_error = error;
        m_ready = true;
        m_changed.wakeAll();
    }
    void stop()
    {
        quit();
        wait();
    }
    quint16 readyPort() const
    {
        QMutexLocker lock(&m_mutex);
        return m_port;
    }
    mutable QMutex m_mutex; // also guards the subclass's shared state

private:
    QWaitCondition m_changed;
    bool m_ready = false;
    quint16 m_port = 0;
    QString m_error;
};

class HubThread : public ServingThread {
public:
    HubThread(OfficeConfig config, QString db, QByteArray token, quint16 port = 0, int heartbeatMs = 300)
        : m_config(std::move(config)), m_db(std::move(db)), m_token(std::move(token)), m_port(port),
          m_heartbeatMs(heartbeatMs)
    {
    }
    ~HubThread() override { stop(); }

    // Issue `count` tickets, one every `everyMs`, cycling through `services`.
    void setKiosk(int count, int everyMs, QStringList services)
    {
        m_kioskCount = count;
        m_kioskEveryMs = everyMs;
        m_services = std::move(services);
    }

    // Labels the kiosk issued, in order; failures to issue.
    QStringList issued() const
    {
        QMutexLocker lock(&m_mutex);
        return m_issued;
    }
    QStringList issueErrors() const
    {
        QMutexLocker lock(&m_mutex);
        return m_issueErrors;
    }
    bool kioskDone() const
    {
        QMutexLocker lock(&m_mutex);
        return m_issued.size() + m_issueErrors.size() >= m_kioskCount;
    }

protected:
    void run() override
    {
        auto store = OfficeStore::open(m_config, m_db);
        if (!store) {
            ready(0, store.error().message);
            return;
        }
        OfficeService service(**store);
        OfficeHub hub(service, m_token);
        HubOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = m_port;
        options.heartbeatMs = m_heartbeatMs;
        if (auto r = hub.start(options); !r) {
            ready(0, r.error().message);
            return;
        }
        QTimer kiosk;
        int n = 0;
        QObject::connect(&kiosk, &QTimer::timeout, &kiosk, [&] {
            if (n >= m_kioskCount) {
                kiosk.stop();
                return;
            }
            IssueRequest r;
            r.serviceId = m_services.at(n++ % m_services.size());
            auto t = (*store)->tickets().issue(r, QStringLiteral("kiosk"));
            QMutexLocker lock(&m_mutex);
            if (t)
                m_issued << t->ticket.label;
            else
                m_issueErrors << t.error().message;
        });
        if (m_kioskCount > 0)
            kiosk.start(m_kioskEveryMs);
        ready(hub.port(), {});
        exec();
    }

private:
    const OfficeConfig m_config;
    const QString m_db;
    const QByteArray m_token;
    const quint16 m_port;
    const int m_heartbeatMs;
    int m_kioskCount = 0, m_kioskEveryMs = 100;
    QStringList m_services;
    QStringList m_issued, m_issueErrors;
};

class LanCable : public ServingThread {
public:
    explicit LanCable(quint16 hubPort) : m_hubPort(hubPort) {}
    ~LanCable() override { stop(); }
    // Open connections go silent both ways; new ones are refused.
    void cut()
    {
        inThread([this] {
            m_cut = true;
            m_server->close();
        });
    }
    // The silent connections are dropped; new ones reach the hub again.
    void plug()
    {
        inThread([this] {
            for (const Pair &p : std::as_const(m_pairs))
                for (QTcpSocket *s : {p.down.data(), p.up.data()})
                    if (s) {
                        s->abort();
                        s->deleteLater();
                    }
            m_pairs.clear();
            m_cut = false;
            m_server->listen(QHostAddress::LocalHost, readyPort());
        });
    }

protected:
    void run() override
    {
        QObject ctx;
        QTcpServer server;
        m_server = &server;
        QObject::connect(&server, &QTcpServer::newConnection, &ctx, [&] {
            while (QTcpSocket *down = server.nextPendingConnection())
                relay(down);
        });
        server.listen(QHostAddress::LocalHost, 0);
        m_ctx = &ctx; // before ready(): cut() and plug() run in it
        ready(server.serverPort());
        exec();
        for (const Pair &p : std::as_const(m_pairs)) {
            delete p.down;
            delete p.up;
        }
    }

private:
    struct Pair {
        QPointer<QTcpSocket> down, up;
    };
    void relay(QTcpSocket *down)
    {
        auto *up = new QTcpSocket;
        m_pairs.append(Pair{down, up});
        auto pipe = [this](QTcpSocket *from, QTcpSocket *to) {
            QObject::connect(from, &QTcpSocket::readyRead, to, [this, from, to] {
                const QByteArray bytes = from->readAll();
                if (!m_cut && to->state() == QAbstractSocket::ConnectedState)
                    to->write(bytes);
            });
            QObject::connect(from, &QTcpSocket::disconnected, to, [this, to] {
                if (!m_cut)
                    to->disconnectFromHost();
            });
        };
        QObject::connect(up, &QTcpSocket::connected, up, [=] {
            pipe(down, up);
            pipe(up, down);
            if (down->bytesAvailable())
                up->write(down->readAll());
        });
        up->connectToHost(QHostAddress::LocalHost, m_hubPort);
    }
    void inThread(const std::function<void()> &f) { QMetaObject::invokeMethod(m_ctx, f, Qt::BlockingQueuedConnection); }

    const quint16 m_hubPort;
    QObject *m_ctx = nullptr; // set before ready(), read after startAndWait()
    QTcpServer *m_server = nullptr;
    bool m_cut = false; // touched in the relay's thread only
    QList<Pair> m_pairs;
};

// A "hub" that answers garbage: the event stream says hello and then
// sends broken events; every call gets the next of `answers` (raw HTTP
// responses, cycled), then the connection closes.
class GarbageHub : public ServingThread {
public:
    explicit GarbageHub(QList<QByteArray> answers) : m_answers(std::move(answers)) {}
    ~GarbageHub() override { stop(); }
    int calls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }

protected:
    void run() override
    {
        QTcpServer server;
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    QByteArray &head = m_heads[s];
                    head += s->readAll();
                    if (!head.contains("\r\n\r\n") || head == "done")
                        return;
                    if (head.startsWith("GET /hub/v1/events")) {
                        s->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n"
                                 "event: hello\ndata: {\"seq\":5}\n\n"
                                 "id: 6\nevent: audit\ndata: {broken json\n\n"
                                 "event: audit\ndata: {\"seq\":\"seven\",\"action\":\"ticket.call\"}\n\n"
                                 "event: audit\ndata: [1,2,3]\n\n"
                                 "\xff\xfe garbage without an end");
                    } else {
                        QMutexLocker lock(&m_mutex);
                        s->write(m_answers.at(m_calls++ % m_answers.size()));
                        s->disconnectFromHost();
                    }
                    head = "done";
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, [this, s] {
                    m_heads.remove(s);
                    s->deleteLater();
                });
            }
        });
        server.listen(QHostAddress::LocalHost, 0);
        ready(server.serverPort());
        exec();
    }

private:
    const QList<QByteArray> m_answers;
    int m_calls = 0;
    QHash<QTcpSocket *, QByteArray> m_heads; // the hub thread's only
};

} // namespace hubtest
