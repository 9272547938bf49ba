// The office hub on a real socket (127.0.0.1): the hub token, bad bodies,
// sign-in and roles, every queue action and its audit entry, a retried
// action acting once, the event stream resuming after the last event seen,
// and a desk (the real DeskController over HubOfficeClient) that loses the
// LAN, says so, refuses to act and recovers by itself with what it missed.
#include "deskcontroller.h"
#include "displaycontroller.h"
#include "httptransport.h"
#include "hubfixture.h"
#include "officeclient.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tiepdan;
using namespace hubtest;
using namespace Qt::StringLiterals;

namespace {
const QByteArray kToken = "test-hub-token-0123456789abcdefghijklmnop";

QJsonObject body(const HttpResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}
int code(const QJsonObject &answer)
{
    return answer.value(u"error"_s).toObject().value(u"code"_s).toInt();
}
bool signedOut(const QJsonObject &answer)
{
    return answer.value(u"error"_s).toObject().value(u"signedOut"_s).toBool();
}
} // namespace

class TestOfficeHub : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    OfficeConfig m_config;
    QString m_db;
    std::unique_ptr<OfficeStore> m_store; // this thread's own connection, for checks
    std::unique_ptr<HubThread> m_hub;
    quint16 m_port = 0;

    QString url(const QString &path = {}) const { return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path); }

    void issue(const QString &service, int n)
    {
        for (int i = 0; i < n; ++i) {
            IssueRequest r;
            r.serviceId = service;
            QVERIFY(m_store->tickets().issue(r, u"kiosk"_s));
        }
    }
    int count(const QString &sql, const QVariantList &binds = {})
    {
        auto v = m_store->db().scalar(sql, binds);
        return v ? v->toInt() : -1;
    }
    qint64 lastSeq() { return m_store->db().scalar(u"SELECT COALESCE(MAX(seq), 0) FROM audit"_s)->toLongLong(); }
    // A client that has reached the hub.
    std::unique_ptr<HubOfficeClient> client(const QString &base = {})
    {
        auto c = std::make_unique<HubOfficeClient>(base.isEmpty() ? url() : base, kToken);
        c->setTimings(1500, 1000);
        c->start();
        if (!QTest::qWaitFor([&] { return c->online(); }, 10000))
            return nullptr;
        return c;
    }
    QString signIn(OfficeClient &c, const QString &login, const QString &pin)
    {
        const QJsonObject a = c.call(u"signIn"_s, {{u"login"_s, login}, {u"pin"_s, pin}});
        return a.value(u"session"_s).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto cfg = loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
        QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
        m_config = cfg.config;
        m_db = m_dir.filePath(u"office.db"_s);
        auto store = OfficeStore::open(m_config, m_db);
        QVERIFY(store);
        m_store = std::move(store).value();
        UserRepository &users = m_store->users();
        auto admin = users.createFirstAdmin(u"quantri"_s, u"Quản Trị"_s, u"quantri-2468"_s);
        QVERIFY(admin);
        QVERIFY(users.add(*admin, u"canbo.an"_s, u"Nguyễn Văn An"_s, Role::Officer, u"an-pin-2468"_s));
        QVERIFY(users.add(*admin, u"canbo.binh"_s, u"Trần Thị Bình"_s, Role::Officer, u"binh-pin-2468"_s));
    }

    void init()
    {
        m_hub = std::make_unique<HubThread>(m_config, m_db, kToken);
        m_port = m_hub->startAndWait();
        QVERIFY2(m_port, qPrintable(m_hub->error()));
        // Each test starts with an empty queue.
        QVERIFY(m_store->db().exec(u"UPDATE tickets SET state = 'cancelled'"_s));
    }
    void cleanup() { m_hub.reset(); }

    void theHubTokenFile()
    {
        const QString path = m_dir.filePath(u"tokens/hub.token"_s);
        QDir().mkpath(m_dir.filePath(u"tokens"_s));
        QCOMPARE(OfficeHub::loadToken(path).error().code, ErrorCode::NotFound); // a desk never makes one
        QVERIFY(!QFile::exists(path));
        auto made = OfficeHub::loadOrCreateToken(path); // the kiosk PC makes it on the first start
        QVERIFY(made);
        QVERIFY(made->size() >= 32);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE(*OfficeHub::loadOrCreateToken(path), *made); // and keeps it
        QCOMPARE(*OfficeHub::loadToken(path), *made);
        QCOMPARE(*OfficeHub::loadOrCreateToken(m_dir.filePath(u"other.token"_s)) == *made, false);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("too-short\n");
        f.close();
        QCOMPARE(OfficeHub::loadToken(path).error().code, ErrorCode::Crypto);
        QCOMPARE(OfficeHub::tokenPathFor(u"/srv/tiepdan/office.db"_s), u"/srv/tiepdan/hub.token"_s);

        HubOptions o;
        QVERIFY(OfficeHub::parseListen(u"0.0.0.0:8600"_s, &o));
        QCOMPARE(o.port, quint16(8600));
        QVERIFY(OfficeHub::parseListen(u"[::1]:9000"_s, &o));
        QCOMPARE(o.address, QHostAddress(QHostAddress::LocalHostIPv6));
        for (const QString &bad : {u"8600"_s, u"kiosk:8600"_s, u"0.0.0.0:70000"_s, u"0.0.0.0:"_s, QString()})
            QVERIFY2(!OfficeHub::parseListen(bad, &o), qPrintable(bad));
    }

    void refusesWithoutTheHubToken()
    {
        CurlTransport http;
        for (const QByteArray &token :
             {QByteArray("wrong-token"), QByteArray(), kToken + "x", kToken.left(kToken.size() - 1)}) {
            auto r = http.post(url(u"/hub/v1/call/hello"_s), token, "{}");
            QVERIFY(r);
            QCOMPARE(r->status, 401);
            QCOMPARE(body(*r).value(u"ok"_s), QJsonValue(false));
        }
        auto ok = http.post(url(u"/hub/v1/call/hello"_s), kToken, "{}");
        QVERIFY(ok);
        QCOMPARE(ok->status, 200);
        QCOMPARE(body(*ok).value(u"office"_s).toString(), m_config.office.code);

        // A desk PC with a wrong token stays offline and says why.
        HubOfficeClient wrong(url(), "a-token-of-another-office-0123456789abcdef");
        wrong.setTimings(1500, 500);
        wrong.start();
        QTRY_VERIFY_WITH_TIMEOUT(!wrong.problem().isEmpty(), 5000);
        QVERIFY(!wrong.online());
        QVERIFY(wrong.problem().contains(u"401"_s));
        const QJsonObject refused = wrong.call(u"queue"_s);
        QCOMPARE(code(refused), int(ErrorCode::Unavailable));
        QVERIFY(OfficeService::errorOf(refused).message.contains(u"hub token"_s));
    }

    void badRequestsGetAClearAnswer()
    {
        CurlTransport http;
        const QString call = url(u"/hub/v1/call/"_s);
        for (const QByteArray &junk : {QByteArray("garbage"), QByteArray("[1,2,3]"), QByteArray("{\"login\":"),
                                       QByteArray("\xff\xfe\x00{}", 5)}) {
            auto r = http.post(call + u"signIn"_s, kToken, junk);
            QVERIFY(r);
            QCOMPARE(r->status, 400);
            QCOMPARE(code(body(*r)), int(ErrorCode::InvalidInput));
        }
        auto unknown = http.post(call + u"dropTables"_s, kToken, "{}");
        QVERIFY(unknown);
        QCOMPARE(unknown->status, 200);
        QCOMPARE(code(body(*unknown)), int(ErrorCode::NotFound));
        auto other = http.get(url(u"/etc/passwd"_s), kToken);
        QVERIFY(other);
        QCOMPARE(other->status, 404);

        // Over 2 MiB: refused before it is read.
        auto huge = http.post(call + u"record"_s, kToken,
                              "{\"form\":{\"content\":\"" + QByteArray(3 * 1024 * 1024, 'x') + "\"}}");
        QVERIFY(!huge || huge->status == 413);

        // Hostile text where a login goes: refused as a wrong sign-in, nothing else.
        const QString sqlish = u"' OR 1=1; DROP TABLE users; --"_s;
        for (const QString &login : {sqlish, QString(100000, u'a'), u"canbo.an😀"_s, u"can\u0301bo"_s}) {
            auto r = http.post(call + u"signIn"_s, kToken,
                               QJsonDocument(QJsonObject{{u"login"_s, login}, {u"pin"_s, u"an-pin-2468"_s}})
                                   .toJson(QJsonDocument::Compact));
            QVERIFY(r);
            QCOMPARE(r->status, 200);
            QCOMPARE(code(body(*r)), int(ErrorCode::Denied));
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 3);
        auto still = http.post(call + u"hello"_s, kToken, "");
        QVERIFY(still && still->status == 200);
    }

    void rolesAreEnforcedByTheHub()
    {
        auto c = client();
        QVERIFY(c);
        issue(u"complaint"_s, 1);
        const int audit = count(u"SELECT COUNT(*) FROM audit WHERE action LIKE 'ticket.%'"_s);

        // No session, a made-up one: signed out, nothing done.
        for (const QJsonValue &session : {QJsonValue(), QJsonValue(u"made-up-session"_s), QJsonValue(42)}) {
            QJsonObject args{{u"counter"_s, 1}};
            if (!session.isUndefined())
                args.insert(u"session"_s, session);
            const QJsonObject a = c->call(u"callNext"_s, args);
            QCOMPARE(a.value(u"ok"_s), QJsonValue(false));
            QCOMPARE(code(a), int(ErrorCode::Denied));
            QVERIFY(signedOut(a));
        }
        // A wrong PIN is refused.
        const QJsonObject wrong = c->call(u"signIn"_s, {{u"login"_s, u"canbo.an"_s}, {u"pin"_s, u"0000-0000"_s}});
        QCOMPARE(code(wrong), int(ErrorCode::Denied));
        // The administrator manages users but does not call citizens: refused, still signed in.
        const QString admin = signIn(*c, u"quantri"_s, u"quantri-2468"_s);
        QVERIFY(!admin.isEmpty());
        const QJsonObject byAdmin = c->call(u"callNext"_s, {{u"session"_s, admin}, {u"counter"_s, 1}});
        QCOMPARE(code(byAdmin), int(ErrorCode::Denied));
        QVERIFY(!signedOut(byAdmin));
        QVERIFY(c->call(u"touch"_s, {{u"session"_s, admin}}).value(u"ok"_s).toBool());
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit WHERE action LIKE 'ticket.%'"_s), audit);

        // Signed out: the session is gone on the hub.
        QVERIFY(c->call(u"signOut"_s, {{u"session"_s, admin}}).value(u"ok"_s).toBool());
        QVERIFY(signedOut(c->call(u"touch"_s, {{u"session"_s, admin}})));
    }

    void everyQueueActionThroughTheHub()
    {
        auto c = client();
        QVERIFY(c);
        QSignalSpy events(c.get(), &OfficeClient::events);
        const QString s = signIn(*c, u"canbo.an"_s, u"an-pin-2468"_s);
        QVERIFY(!s.isEmpty());
        issue(u"complaint"_s, 3);
        const qint64 before = lastSeq();

        auto ticket = [](const QJsonObject &a) { return a.value(u"ticket"_s).toObject(); };
        const QJsonObject first = c->call(u"callNext"_s, {{u"session"_s, s}, {u"counter"_s, 1}});
        QVERIFY2(first.value(u"ok"_s).toBool(), QJsonDocument(first).toJson().constData());
        const QString a = ticket(first).value(u"label"_s).toString();
        QCOMPARE(ticket(first).value(u"state"_s).toString(), u"called"_s);
        QVERIFY(!ticket(first).contains(u"payload"_s));
        auto act = [&](const QString &label, const QString &action, int toCounter = 0) {
            return c->call(u"act"_s, {{u"session"_s, s},
                                      {u"label"_s, label},
                                      {u"action"_s, action},
                                      {u"counter"_s, 1},
                                      {u"toCounter"_s, toCounter}});
        };
        // A resumed ticket waits again and is called out of order.
        const QStringList steps{u"recall"_s, u"start"_s, u"park"_s, u"resume"_s, u"call"_s, u"start"_s, u"finish"_s};
        for (const QString &step : steps) {
            const QJsonObject r = act(a, step);
            QVERIFY2(r.value(u"ok"_s).toBool(), qPrintable(step + u": "_s + OfficeService::errorOf(r).message));
        }
        QCOMPARE(ticket(act(a, u"finish"_s)).value(u"state"_s).toString(), QString()); // done already
        QCOMPARE(code(act(a, u"finish"_s)), int(ErrorCode::Conflict));
        QCOMPARE(code(act(a, u"explode"_s)), int(ErrorCode::InvalidInput));

        const QString b =
            ticket(c->call(u"callNext"_s, {{u"session"_s, s}, {u"counter"_s, 1}})).value(u"label"_s).toString();
        QVERIFY(!b.isEmpty() && b != a);
        QVERIFY(act(b, u"transfer"_s, 2).value(u"ok"_s).toBool());
        const QString d =
            ticket(c->call(u"callNext"_s, {{u"session"_s, s}, {u"counter"_s, 1}})).value(u"label"_s).toString();
        QVERIFY(act(d, u"cancel"_s).value(u"ok"_s).toBool());

        // Each action is one audit entry by the officer, and each reached the
        // client's event feed in order, with numbers only.
        auto q = m_store->db().exec(u"SELECT seq, action, actor FROM audit WHERE seq > ? ORDER BY seq"_s, {before});
        QVERIFY(q);
        QStringList audited;
        QList<qint64> seqs;
        while (q->next()) {
            QCOMPARE(q->value(2).toString(), u"canbo.an"_s);
            audited << q->value(1).toString();
            seqs << q->value(0).toLongLong();
        }
        QCOMPARE(audited, (QStringList{u"ticket.call"_s, u"ticket.recall"_s, u"ticket.start"_s, u"ticket.park"_s,
                                       u"ticket.resume"_s, u"ticket.call"_s, u"ticket.start"_s, u"ticket.finish"_s,
                                       u"ticket.call"_s, u"ticket.transfer"_s, u"ticket.call"_s, u"ticket.cancel"_s}));
        QList<qint64> delivered;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     delivered.clear();
                                     for (const QList<QVariant> &e : std::as_const(events))
                                         for (const QJsonValue &v : e.at(0).toJsonArray())
                                             if (v[u"seq"_s].toInteger() > before)
                                                 delivered << v[u"seq"_s].toInteger();
                                     return delivered.size() >= seqs.size();
                                 }()),
                                 3000);
        QCOMPARE(delivered, seqs);
        for (const QList<QVariant> &e : std::as_const(events))
            for (const QJsonValue &v : e.at(0).toJsonArray()) {
                const QJsonObject o = v.toObject();
                QVERIFY(!o.contains(u"detail"_s) && !o.contains(u"actor"_s) && !o.contains(u"name"_s));
                if (o.value(u"action"_s).toString().startsWith(u"ticket."_s))
                    QVERIFY(o.value(u"label"_s).toString().contains(u'-'));
            }
    }

    void aRetriedActionActsOnce()
    {
        auto c = client();
        QVERIFY(c);
        const QString s = signIn(*c, u"canbo.an"_s, u"an-pin-2468"_s);
        issue(u"complaint"_s, 3);
        const int calls = count(u"SELECT COUNT(*) FROM audit WHERE action = 'ticket.call'"_s);
        const QJsonObject args{{u"session"_s, s}, {u"counter"_s, 1}, {u"requestId"_s, u"6f1c0d4e-retry"_s}};
        const QJsonObject first = c->call(u"callNext"_s, args);
        const QJsonObject again = c->call(u"callNext"_s, args);
        QVERIFY(first.value(u"ok"_s).toBool());
        QCOMPARE(again, first);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit WHERE action = 'ticket.call'"_s), calls + 1);
        // Another officer's request with the same id is another request.
        const QString other = signIn(*c, u"canbo.binh"_s, u"binh-pin-2468"_s);
        QJsonObject theirs = args;
        theirs.insert(u"session"_s, other);
        const QJsonObject second = c->call(u"callNext"_s, theirs);
        QVERIFY(second.value(u"ok"_s).toBool());
        QVERIFY(second != first);
        // A new id acts again.
        QJsonObject fresh = args;
        fresh.insert(u"requestId"_s, u"6f1c0d4e-next"_s);
        const QJsonObject third = c->call(u"callNext"_s, fresh);
        QVERIFY(third.value(u"ok"_s).toBool());
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit WHERE action = 'ticket.call'"_s), calls + 3);
        QCOMPARE(count(u"SELECT COUNT(DISTINCT entity_id) FROM (SELECT entity_id FROM audit "
                       "WHERE action = 'ticket.call' ORDER BY seq DESC LIMIT 3)"_s),
                 3);
    }

    void theEventStreamResumesAfterTheLastEventSeen()
    {
        issue(u"petition"_s, 4);
        const qint64 last = lastSeq();
        QVERIFY(last >= 4);
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(url(u"/hub/v1/events"_s)));
        req.setRawHeader("Authorization", "Bearer " + kToken);
        req.setRawHeader("Last-Event-ID", QByteArray::number(last - 3));
        req.setTransferTimeout(0);
        std::unique_ptr<QNetworkReply> reply(nam.get(req));
        QByteArray got;
        connect(reply.get(), &QNetworkReply::readyRead, this, [&] { got += reply->readAll(); });
        // The three entries after last - 3, then heartbeats (every 300 ms here).
        QTRY_VERIFY_WITH_TIMEOUT(got.contains(": heartbeat"), 5000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"text/event-stream"_s));
        QVERIFY(got.startsWith("event: hello\ndata: {\"seq\":" + QByteArray::number(last - 3) + "}\n\n"));
        QList<qint64> ids;
        for (const QByteArray &line : got.split('\n'))
            if (line.startsWith("id: "))
                ids << line.mid(4).toLongLong();
        QCOMPARE(ids, (QList<qint64>{last - 2, last - 1, last}));
        QVERIFY(got.count("event: audit") == 3);
        QVERIFY(!got.contains("kiosk")); // who acted is not on the stream

        // A new event arrives on the open stream within a fraction of a second.
        got.clear();
        issue(u"petition"_s, 1);
        QTRY_VERIFY_WITH_TIMEOUT(got.contains("id: " + QByteArray::number(last + 1)), 2000);
    }

    void aDeskThatLosesTheLanSaysSoAndRecovers()
    {
        LanCable cable(m_port);
        const quint16 cablePort = cable.startAndWait();
        QVERIFY(cablePort);
        HubOfficeClient deskLink(u"http://127.0.0.1:%1"_s.arg(cablePort), kToken);
        deskLink.setTimings(1500, 1000);
        QList<qint64> delivered;
        connect(&deskLink, &OfficeClient::events, this, [&](const QJsonArray &a) {
            for (const QJsonValue &v : a)
                delivered << v[u"seq"_s].toInteger();
        });
        DeskController desk(deskLink, m_config, 1);
        QSignalSpy onlineChanged(&desk, &DeskController::onlineChanged);
        QTRY_VERIFY_WITH_TIMEOUT(desk.online(), 5000);
        QVERIFY(desk.signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        issue(u"complaint"_s, 4);
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue()->waiting(), 4, 3000);
        QVERIFY(desk.callNext());
        const QString mine = desk.currentLabel();

        // The cable is pulled: the desk notices from the missing heartbeats.
        cable.cut();
        QTRY_VERIFY_WITH_TIMEOUT(!desk.online(), 5000);
        QVERIFY(desk.signedIn()); // the session lives on in the hub
        QVERIFY(!desk.callNext());
        QCOMPARE(desk.errorKind(), u"offline"_s);
        QVERIFY(!desk.act(mine, u"start"_s));
        QCOMPARE(desk.errorKind(), u"offline"_s);

        // Meanwhile the office goes on: another desk calls, the kiosk issues.
        auto other = client();
        QVERIFY(other);
        const QString s = signIn(*other, u"canbo.binh"_s, u"binh-pin-2468"_s);
        QVERIFY(other->call(u"callNext"_s, {{u"session"_s, s}, {u"counter"_s, 1}}).value(u"ok"_s).toBool());
        issue(u"complaint"_s, 1);
        const qint64 newest = lastSeq();
        QTest::qWait(500);
        QVERIFY(!desk.online());

        // Plugged back in: online by itself, the missed events delivered once, in order.
        cable.plug();
        QTRY_VERIFY_WITH_TIMEOUT(desk.online(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty() && delivered.last() == newest, 3000);
        for (int i = 1; i < delivered.size(); ++i)
            QCOMPARE(delivered[i], delivered[i - 1] + 1); // none skipped, none twice
        QVERIFY(onlineChanged.count() >= 3);
        QVERIFY(desk.signedIn());
        QTRY_COMPARE_WITH_TIMEOUT(desk.errorKind(), QString(), 3000); // "connection lost" is gone with the banner
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue()->waiting(), 3, 3000);  // 4 + 1 issued, 2 called
        QVERIFY(desk.act(mine, u"start"_s));
        QVERIFY(desk.act(mine, u"finish"_s));
        QVERIFY(desk.callNext());
    }

    // A "hub" that answers garbage: nothing crashes, nothing is announced,
    // every action is refused with a clear "offline" error.
    void aHubThatAnswersGarbage()
    {
        GarbageHub garbage({"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\nnot json!",
                            "HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n[1,2,3]",
                            "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 14\r\n\r\n<html>oops</h",
                            "HTTP/1.1 200 OK\r\nContent-Length: 15\r\n\r\n{\"session\":\"x\"}",
                            "HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{\"ok\":true,\"sess",
                            "garbage that is not HTTP at all\r\n\r\n"});
        const quint16 port = garbage.startAndWait();
        QVERIFY(port);
        const QString base = u"http://127.0.0.1:%1"_s.arg(port);
        HubOfficeClient deskLink(base, kToken), displayLink(base, kToken);
        DeskController desk(deskLink, m_config, 1);
        DisplayController display(displayLink, m_config, nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(desk.online() && display.online(), 5000); // the hello was readable
        QTest::qWait(300);
        QVERIFY(display.announced().isEmpty()); // no broken event became a call
        for (int i = 0; i < 6; ++i) {
            QVERIFY(!desk.signIn(u"canbo.an"_s, u"an-pin-2468"_s));
            QVERIFY2(desk.errorKind() == u"offline"_s, qPrintable(desk.errorKind() + u": "_s + desk.errorDetail()));
            QVERIFY(!desk.signedIn());
        }
        QVERIFY(garbage.calls() >
                0); // asked at least once (offline after a call with no answer, the rest are refused here)
    }

    void aRestartedHubSignsTheDeskOutAndItSignsInAgain()
    {
        auto link = std::make_unique<HubOfficeClient>(url(), kToken);
        link->setTimings(1500, 1000);
        DeskController desk(*link, m_config, 1);
        QTRY_VERIFY_WITH_TIMEOUT(desk.online(), 5000);
        QVERIFY(desk.signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        issue(u"complaint"_s, 2);

        m_hub.reset(); // the kiosk PC restarts
        QTRY_VERIFY_WITH_TIMEOUT(!desk.online(), 5000);
        m_hub = std::make_unique<HubThread>(m_config, m_db, kToken, m_port);
        QCOMPARE(m_hub->startAndWait(), m_port);
        QTRY_VERIFY_WITH_TIMEOUT(desk.online(), 5000);
        // Sessions lived in the old hub: back online, the desk asks at once
        // and shows the sign-in with the reason, before anyone acts (it
        // must never look signed in to an office that forgot it).
        QTRY_VERIFY_WITH_TIMEOUT(!desk.signedIn(), 3000);
        QCOMPARE(desk.signOutReason(), u"restart"_s);
        QCOMPARE(desk.errorKind(), QString()); // no "wrong login or PIN"
        QVERIFY(!desk.callNext());
        QCOMPARE(count(u"SELECT COUNT(*) FROM tickets WHERE state = 'waiting'"_s), 2);
        QVERIFY(desk.signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        QVERIFY(desk.callNext());
    }
};

QTEST_GUILESS_MAIN(TestOfficeHub)
#include "tst_officehub.moc"
