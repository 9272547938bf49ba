// Delivering records to the department server (reception-server, the real
// program on loopback, over HTTP(S)): stored, duplicate, conflict (409) and
// rejected (422) per entry; request-level errors (400, 401, 403, 411, 413,
// 431); replays; 60 concurrent clients over three server processes sharing
// one database; TLS. Backend: see serverfixture.h.
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <set>

using namespace serverfixture;
using namespace Qt::StringLiterals;

class TestDelivery : public ServerTest {
    Q_OBJECT

private slots:
    void initTestCase() { startOrFail(); }
    void cleanupTestCase() { stop(); }
    void health();
    void storedDuplicateConflict();
    void replayedBatch();
    void rejectedEntries_data();
    void rejectedEntries();
    void badRequests_data();
    void badRequests();
    void tokens_data();
    void tokens();
    void hugeBodies();
    void idleConnectionsClosed();
    void concurrentClients();
    void tls();
};

void TestDelivery::health()
{
    const Reply r = get({}, u"/api/v1/health"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"ok"_s).toBool(), true);
    QCOMPARE(get({}, u"/nothing"_s).status, 404);
    QCOMPARE(http(m_nam, "DELETE", url(u"/api/v1/records"_s), kKioskA).status, 405);
}

void TestDelivery::storedDuplicateConflict()
{
    const QString a = newId(), b = newId();
    const QJsonArray batch{entry(a, u"ticket"_s, 1, 1, ticketPayload(a, u"A-001"_s)),
                           entry(b, u"record"_s, 1, 2, recordPayload(b, {}))};
    Reply r = post(kKioskA, batchBody(u"BN-KV1"_s, batch));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"ack"_s).toString(), u"tiepdan-sync-v1"_s);
    QJsonArray res = r.json.value(u"results"_s).toArray();
    QCOMPARE(res.size(), 2);
    QCOMPARE(res[0][u"id"_s].toString(), a);
    QCOMPARE(res[0][u"version"_s].toInt(), 1);
    QCOMPARE(res[0][u"status"_s].toString(), u"stored"_s);
    QCOMPARE(res[1][u"status"_s].toString(), u"stored"_s);

    // Same content, keys in another order (canonical form is what counts): duplicate.
    QJsonObject reordered = ticketPayload(a, u"A-001"_s);
    const QByteArray shuffled = R"({"protocol":1,"office":"BN-KV1","batch":[{"payload":)" +
                                QJsonDocument(reordered).toJson(QJsonDocument::Indented) +
                                R"(,"seq":9,"version":1,"kind":"ticket","id":")" + a.toLatin1() + R"("}]})";
    r = post(kKioskA, shuffled);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"results"_s][0][u"status"_s].toString(), u"duplicate"_s);

    // Same (id, version), different content: conflict 409, never overwritten.
    r = post(kKioskA, batchBody(u"BN-KV1"_s, {entry(a, u"ticket"_s, 1, 3, ticketPayload(a, u"A-999"_s))}));
    QCOMPARE(r.status, 200);
    QJsonObject c = r.json[u"results"_s][0].toObject();
    QCOMPARE(c[u"status"_s].toString(), u"conflict"_s);
    QCOMPARE(c[u"code"_s].toInt(), 409);
    QVERIFY(c[u"reason"_s].toString().contains(u"different content"_s));
    // A new version is stored; the read API shows the newest.
    r = post(kKioskA, batchBody(u"BN-KV1"_s, {entry(a, u"ticket"_s, 2, 4, ticketPayload(a, u"A-002"_s))}));
    QCOMPARE(r.json[u"results"_s][0][u"status"_s].toString(), u"stored"_s);
    r = get(kLeaderA, u"/api/v1/records?kind=ticket&pageSize=500"_s);
    QCOMPARE(r.status, 200);
    bool seen = false;
    for (const QJsonValue &v : r.json[u"records"_s].toArray())
        if (v[u"id"_s].toString() == a) {
            seen = true;
            QCOMPARE(v[u"version"_s].toInt(), 2);
            QCOMPARE(v[u"payload"_s][u"label"_s].toString(), u"A-002"_s);
        }
    QVERIFY(seen);
    // The same record id from another office is a conflict, not a takeover.
    r = post(kKioskB, batchBody(u"BN-KV2"_s, {entry(a, u"ticket"_s, 3, 1, ticketPayload(a, u"B-001"_s))}));
    QCOMPARE(r.json[u"results"_s][0][u"status"_s].toString(), u"conflict"_s);
}

void TestDelivery::replayedBatch()
{
    QJsonArray batch;
    for (int i = 0; i < 20; ++i) {
        const QString id = newId();
        batch.append(entry(id, u"ticket"_s, 1, i + 1, ticketPayload(id, u"R-%1"_s.arg(i))));
    }
    // Strings a database could mangle: NUL, emoji, decomposed Vietnamese,
    // a lone surrogate escape, backslashes and quotes.
    const QString tricky = newId();
    const QByteArray trickyEntry =
        R"({"id":")" + tricky.toLatin1() + R"(","kind":"ticket","version":1,"seq":21,"payload":{"id":")" +
        tricky.toLatin1() +
        R"(","label":"a\u0000b \ud83d\ude00 Nguye\u0302\u0303n \udc00 \\ \" end","n":1.0,"big":12345678901234567}})";
    batch.append(QJsonDocument::fromJson(trickyEntry).object());
    QVERIFY(!batch.last().toObject().isEmpty());
    const QByteArray body = batchBody(u"BN-KV1"_s, batch);
    Reply first = post(kKioskA, body);
    QCOMPARE(first.status, 200);
    for (const QJsonValue &v : first.json[u"results"_s].toArray())
        QCOMPARE(v[u"status"_s].toString(), u"stored"_s);
    for (int replay = 0; replay < 3; ++replay) {
        Reply again = post(kKioskA, body);
        QCOMPARE(again.status, 200);
        const QJsonArray res = again.json[u"results"_s].toArray();
        QCOMPARE(res.size(), 21);
        for (int i = 0; i < res.size(); ++i) {
            QCOMPARE(res[i][u"status"_s].toString(), u"duplicate"_s);
            QCOMPARE(res[i][u"id"_s].toString(), batch[i][u"id"_s].toString());
        }
    }
}

void TestDelivery::rejectedEntries_data()
{
    QTest::addColumn<QByteArray>("entryJson");
    QTest::addColumn<QString>("reason");
    const QString id = u"0b5f2c9e-1d2a-4c3b-9e8f-7a6b5c4d3e2f"_s;
    auto e = [&](QJsonObject o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    const QJsonObject good = entry(id, u"ticket"_s, 1, 1, ticketPayload(id, u"A-1"_s));
    auto with = [&](const QString &k, const QJsonValue &v) {
        QJsonObject o = good;
        o.insert(k, v);
        return e(o);
    };
    auto without = [&](const QString &k) {
        QJsonObject o = good;
        o.remove(k);
        return e(o);
    };
    auto record = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject p = recordPayload(id, {});
        change(p);
        return e(entry(id, u"record"_s, 1, 1, p));
    };
    QTest::newRow("not an object") << QByteArray("42") << u"batch[0]: must be an object"_s;
    QTest::newRow("id not a uuid") << with(u"id"_s, u"abc"_s) << u"id must be a lowercase UUID"_s;
    QTest::newRow("id upper case") << with(u"id"_s, id.toUpper()) << u"id must be a lowercase UUID"_s;
    QTest::newRow("id number") << with(u"id"_s, 7) << u"id must be"_s;
    QTest::newRow("id with newline") << with(u"id"_s, id + u"\n"_s) << u"id must be"_s;
    QTest::newRow("kind unknown") << with(u"kind"_s, u"visitor"_s) << u"kind must be"_s;
    QTest::newRow("kind missing") << without(u"kind"_s) << u"kind must be"_s;
    QTest::newRow("version 0") << with(u"version"_s, 0) << u"version must be"_s;
    QTest::newRow("version string") << with(u"version"_s, u"1"_s) << u"version must be"_s;
    QTest::newRow("version fraction") << with(u"version"_s, 1.5) << u"version must be"_s;
    QTest::newRow("version huge") << with(u"version"_s, 1e12) << u"version must be"_s;
    QTest::newRow("seq missing") << without(u"seq"_s) << u"seq must be"_s;
    QTest::newRow("seq negative") << with(u"seq"_s, -1) << u"seq must be"_s;
    QTest::newRow("payload array") << with(u"payload"_s, QJsonArray{1}) << u"payload must be an object"_s;
    QTest::newRow("payload.id differs") << with(u"payload"_s, ticketPayload(newId(), u"A"_s))
                                        << u"payload.id differs"_s;
    QTest::newRow("payload too large") << with(u"payload"_s, QJsonObject{{u"blob"_s, QString(300000, u'x')}})
                                       << u"payload is larger"_s;
    QTest::newRow("record without date") << record([](QJsonObject &p) { p.remove(u"receivedAt"_s); })
                                         << u"payload.receivedAt"_s;
    QTest::newRow("record bad direction")
        << record([](QJsonObject &p) { p[u"direction"_s] = u"lost"_s; }) << u"payload.direction"_s;
    QTest::newRow("record bad kinds") << record([](QJsonObject &p) { p[u"kinds"_s] = u"complaint,gossip"_s; })
                                      << u"payload.kinds"_s;
    QTest::newRow("record people 0") << record([](QJsonObject &p) { p[u"peopleCount"_s] = 0; })
                                     << u"payload.peopleCount"_s;
    QTest::newRow("record content type") << record([](QJsonObject &p) { p[u"content"_s] = 5; }) << u"payload.content"_s;
    QTest::newRow("denunciation in clear")
        << record([](QJsonObject &p) { p[u"kinds"_s] = u"denunciation"_s; }) << u"payload.identity must be null"_s;
    QTest::newRow("sealed not base64") << record([](QJsonObject &p) {
        p[u"identity"_s] = QJsonValue();
        p[u"confidential"_s] = true;
        p[u"sealedIdentity"_s] = u"%%%"_s;
    }) << u"payload.sealedIdentity"_s;
}

void TestDelivery::rejectedEntries()
{
    QFETCH(QByteArray, entryJson);
    QFETCH(QString, reason);
    const QString okId = newId();
    const QByteArray okEntry =
        QJsonDocument(entry(okId, u"ticket"_s, 1, 2, ticketPayload(okId, u"A-2"_s))).toJson(QJsonDocument::Compact);
    const Reply r = post(kKioskA, R"({"protocol":1,"office":"BN-KV1","batch":[)" + entryJson + "," + okEntry + "]}");
    QCOMPARE(r.status, 200);
    const QJsonArray res = r.json[u"results"_s].toArray();
    QCOMPARE(res.size(), 2);
    QCOMPARE(res[0][u"status"_s].toString(), u"rejected"_s);
    QCOMPARE(res[0][u"code"_s].toInt(), 422);
    QVERIFY2(res[0][u"reason"_s].toString().contains(reason), qPrintable(res[0][u"reason"_s].toString()));
    // The good entry after it still goes.
    QCOMPARE(res[1][u"status"_s].toString(), u"stored"_s);
}

void TestDelivery::badRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    const QByteArray e =
        R"({"id":"0b5f2c9e-1d2a-4c3b-9e8f-7a6b5c4d3e2f","kind":"ticket","version":1,"seq":1,"payload":{}})";
    QByteArray many = R"({"protocol":1,"office":"BN-KV1","batch":[)";
    for (int i = 0; i < 501; ++i)
        many += (i ? "," : "") + e;
    many += "]}";
    QTest::newRow("empty") << QByteArray() << u"malformed JSON"_s;
    QTest::newRow("malformed") << QByteArray(R"({"protocol":1,)") << u"malformed JSON"_s;
    QTest::newRow("not json") << QByteArray("<html>captive portal</html>") << u"malformed JSON"_s;
    QTest::newRow("array") << QByteArray("[1,2]") << u"must be a JSON object"_s;
    QTest::newRow("protocol 2") << QByteArray(R"({"protocol":2,"office":"BN-KV1","batch":[]})") << u"protocol"_s;
    QTest::newRow("protocol string") << QByteArray(R"({"protocol":"1","office":"BN-KV1","batch":[]})") << u"protocol"_s;
    QTest::newRow("office missing") << QByteArray(R"({"protocol":1,"batch":[]})") << u"office"_s;
    QTest::newRow("office lower") << QByteArray(R"({"protocol":1,"office":"bn-kv1","batch":[]})") << u"office"_s;
    QTest::newRow("office number") << QByteArray(R"({"protocol":1,"office":12,"batch":[]})") << u"office"_s;
    QTest::newRow("batch object") << QByteArray(R"({"protocol":1,"office":"BN-KV1","batch":{}})") << u"batch"_s;
    QTest::newRow("batch empty") << QByteArray(R"({"protocol":1,"office":"BN-KV1","batch":[]})") << u"batch"_s;
    QTest::newRow("501 entries") << many << u"1 to 500"_s;
}

void TestDelivery::badRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const Reply r = post(kKioskA, body);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.json.value(u"error"_s).toString().contains(error), r.body.constData());
    QVERIFY(!r.json.contains(u"ack"_s));
}

void TestDelivery::tokens_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("office");
    QTest::addColumn<int>("status");
    QTest::newRow("no token") << QByteArray("POST") << u"/api/v1/records"_s << QByteArray() << u"BN-KV1"_s << 401;
    QTest::newRow("wrong token") << QByteArray("POST") << u"/api/v1/records"_s
                                 << QByteArray("kiosk-token-office-a-0002") << u"BN-KV1"_s << 401;
    QTest::newRow("other office") << QByteArray("POST") << u"/api/v1/records"_s << kKioskB << u"BN-KV1"_s << 403;
    QTest::newRow("own office") << QByteArray("POST") << u"/api/v1/records"_s << kKioskB << u"BN-KV2"_s << 200;
    QTest::newRow("leader posts records")
        << QByteArray("POST") << u"/api/v1/records"_s << kLeaderAll << u"BN-KV1"_s << 403;
    QTest::newRow("kiosk reads records") << QByteArray("GET") << u"/api/v1/records"_s << kKioskA << QString() << 403;
    QTest::newRow("kiosk reads stats") << QByteArray("GET") << u"/api/v1/stats"_s << kKioskA << QString() << 403;
    QTest::newRow("leader of A reads B") << QByteArray("GET") << u"/api/v1/records?office=BN-KV2"_s << kLeaderA
                                         << QString() << 403;
    QTest::newRow("leader of all reads B")
        << QByteArray("GET") << u"/api/v1/records?office=BN-KV2"_s << kLeaderAll << QString() << 200;
    QTest::newRow("kiosk publishes") << QByteArray("POST") << u"/api/v1/updates"_s << kKioskA << QString() << 403;
    QTest::newRow("wrong token pull") << QByteArray("GET") << u"/api/v1/updates?after=0"_s << QByteArray("x")
                                      << QString() << 401;
}

void TestDelivery::tokens()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, token);
    QFETCH(QString, office);
    QFETCH(int, status);
    const QString id = newId();
    const QByteArray body = office.isEmpty()
                                ? QByteArray()
                                : batchBody(office, {entry(id, u"ticket"_s, 1, 1, ticketPayload(id, u"T-1"_s))});
    const Reply r = http(m_nam, verb, url(path), token, body);
    QCOMPARE(r.status, status);
    if (status != 200)
        QVERIFY(!r.json.value(u"error"_s).toString().isEmpty());
}

void TestDelivery::hugeBodies()
{
    // Declared too large: 413 straight after the head, the body never read.
    auto raw = [&](const QByteArray &head, const QByteArray &body) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!s.waitForConnected(5000))
            return QByteArray("no connection");
        s.write(head);
        s.write(body);
        QByteArray got;
        while (!got.contains("\r\n\r\n") && s.waitForReadyRead(10000))
            got += s.readAll();
        while (s.waitForReadyRead(200))
            got += s.readAll();
        return got;
    };
    const QByteArray auth = "Authorization: Bearer " + kKioskA + "\r\n";
    const qint64 over = 8 * 1024 * 1024 + 1;
    QByteArray got = raw("POST /api/v1/records HTTP/1.1\r\nHost: x\r\n" + auth +
                             "Content-Length: " + QByteArray::number(over) + "\r\n\r\n",
                         {});
    QVERIFY2(got.startsWith("HTTP/1.1 413"), got.left(200).constData());
    QVERIFY(got.contains("larger than 8388608 bytes"));
    // Actually sent in full (9 MiB): still 413, and the server stays up.
    got = raw("POST /api/v1/records HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: " + QByteArray::number(9 << 20) +
                  "\r\n\r\n",
              QByteArray(9 << 20, '{'));
    QVERIFY2(got.startsWith("HTTP/1.1 413"), got.left(200).constData());
    // Chunked: the size is unknown up front, so it is refused (411).
    got = raw("POST /api/v1/records HTTP/1.1\r\nHost: x\r\n" + auth + "Transfer-Encoding: chunked\r\n\r\n",
              "5\r\nhello\r\n0\r\n\r\n");
    QVERIFY2(got.startsWith("HTTP/1.1 411"), got.left(200).constData());
    // A head that never ends.
    got = raw("GET /api/v1/health HTTP/1.1\r\nX: " + QByteArray(70000, 'a'), {});
    QVERIFY2(got.startsWith("HTTP/1.1 431"), got.left(200).constData());
    // "Expect: 100-continue" (libcurl, bodies over 1 MiB): 100 at once, then the answer.
    {
        const QString id = newId();
        const QByteArray body = batchBody(u"BN-KV1"_s, {entry(id, u"ticket"_s, 1, 1, ticketPayload(id, u"E-1"_s))});
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(s.waitForConnected(5000));
        s.write("POST /api/v1/records HTTP/1.1\r\nHost: x\r\n" + auth +
                "Expect: 100-continue\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
        QElapsedTimer t;
        t.start();
        QVERIFY(s.waitForReadyRead(5000));
        QVERIFY(t.elapsed() < 900);
        QCOMPARE(s.readAll(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        s.write(body);
        QByteArray answer;
        while (!answer.contains("tiepdan-sync-v1") && s.waitForReadyRead(5000))
            answer += s.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY(answer.contains("\"stored\""));
    }
    // Just under the limit is parsed (and is a 400 here: not JSON).
    const Reply r = post(kKioskA, QByteArray(8 * 1024 * 1024 - 10, ' '));
    QCOMPARE(r.status, 400);
    // Keep-alive after a normal request on the same connection still works.
    QCOMPARE(get({}, u"/api/v1/health"_s).status, 200);
    QVERIFY(m_server->running());
}

void TestDelivery::idleConnectionsClosed()
{
    ServerProcess quick;
    const QString why = quick.start(serverArgs() + QStringList{u"--idle-timeout"_s, u"1"_s});
    if (!why.isEmpty())
        QFAIL(qPrintable(why));
    // Silent after connecting, or after half a request head: closed after ~1 s.
    for (const QByteArray &sent : {QByteArray(), QByteArray("GET /api/v1/health HTTP/1.1\r\n")}) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, quick.port());
        QVERIFY(s.waitForConnected(5000));
        s.write(sent);
        QElapsedTimer t;
        t.start();
        QVERIFY(s.waitForDisconnected(5000));
        QVERIFY2(t.elapsed() >= 800 && t.elapsed() < 4000, QByteArray::number(t.elapsed()).constData());
    }
    // A connection in use stays open across requests.
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, quick.port());
    QVERIFY(s.waitForConnected(5000));
    for (int i = 0; i < 4; ++i) {
        s.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray got;
        while (!got.contains("{\"ok\":true}") && s.waitForReadyRead(3000))
            got += s.readAll();
        QVERIFY2(got.startsWith("HTTP/1.1 200"), got.constData());
        QTest::qWait(500);
    }
    QCOMPARE(s.state(), QAbstractSocket::ConnectedState);
}

void TestDelivery::concurrentClients()
{
    // Two more server processes on the same database: the unique constraint,
    // not one process's event loop, has to keep every record once.
    ServerProcess second, third;
    for (ServerProcess *p : {&second, &third}) {
        const QString why = p->start(serverArgs());
        if (!why.isEmpty())
            QFAIL(qPrintable(why));
    }
    const quint16 ports[] = {m_server->port(), second.port(), third.port()};
    constexpr int kClients = 60, kRecords = 600, kPerBatch = 100;
    QStringList ids;
    for (int i = 0; i < kRecords; ++i)
        ids << newId();
    auto batchFor = [&](int client, int round) {
        QJsonArray a;
        const int start = (client * 10 + round * 50) % kRecords; // overlapping windows
        for (int k = 0; k < kPerBatch; ++k) {
            const QString &id = ids[(start + k) % kRecords];
            a.append(entry(id, u"ticket"_s, 1, k + 1, ticketPayload(id, u"C-%1"_s.arg((start + k) % kRecords))));
        }
        return batchBody(u"BN-KV2"_s, a);
    };
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    int stored = 0, duplicate = 0, other = 0, running = 0;
    std::set<QString> storedIds;
    QEventLoop loop;
    std::function<void(int, int)> send = [&](int client, int round) {
        QNetworkRequest req(QUrl(u"http://127.0.0.1:%1/api/v1/records"_s.arg(ports[client % 3])));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Authorization", "Bearer " + kKioskB);
        ++running;
        QNetworkReply *r = nams[client]->post(req, batchFor(client, round));
        QObject::connect(r, &QNetworkReply::finished, &loop, [&, r, client, round] {
            const QJsonObject o = QJsonDocument::fromJson(r->readAll()).object();
            if (r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++other;
            for (const QJsonValue &v : o[u"results"_s].toArray()) {
                const QString s = v[u"status"_s].toString();
                if (s == u"stored"_s) {
                    ++stored;
                    storedIds.insert(v[u"id"_s].toString());
                } else if (s == u"duplicate"_s) {
                    ++duplicate;
                } else {
                    ++other;
                }
            }
            r->deleteLater();
            --running;
            if (round == 0)
                send(client, 1);
            else if (running == 0)
                loop.quit();
        });
    };
    for (int c = 0; c < kClients; ++c) {
        nams.push_back(std::make_unique<QNetworkAccessManager>());
        send(c, 0);
    }
    QTimer::singleShot(50000, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(running, 0);
    QCOMPARE(other, 0);
    QCOMPARE(stored + duplicate, kClients * 2 * kPerBatch);
    // Each record stored exactly once, by exactly one of the 120 deliveries.
    QCOMPARE(stored, kRecords);
    QCOMPARE(int(storedIds.size()), kRecords);
    const Reply r = get(kLeaderAll, u"/api/v1/records?office=BN-KV2&kind=ticket&pageSize=1"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json[u"total"_s].toInteger() >= kRecords);
}

void TestDelivery::tls()
{
    // A self-signed certificate for 127.0.0.1, made here with openssl.
    const QString cert = m_dir.filePath(u"server.crt"_s), key = m_dir.filePath(u"server.key"_s);
    QProcess ossl;
    ossl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                              u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                              u"-keyout"_s, key, u"-out"_s, cert});
    QVERIFY(ossl.waitForFinished(30000));
    QVERIFY2(ossl.exitCode() == 0, ossl.readAllStandardError().constData());
    ServerProcess https;
    const QString why = https.start(serverArgs() + QStringList{u"--cert"_s, cert, u"--key"_s, key});
    if (!why.isEmpty())
        QFAIL(qPrintable(why));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(cert));
    const QUrl base(u"https://127.0.0.1:%1"_s.arg(https.port()));
    QNetworkAccessManager nam;
    Reply r = http(nam, "GET", base.resolved(QUrl(u"/api/v1/health"_s)), {}, {}, tls);
    QVERIFY2(r.status == 200, qPrintable(r.transportError));
    const QString id = newId();
    r = http(nam, "POST", base.resolved(QUrl(u"/api/v1/records"_s)), kKioskA,
             batchBody(u"BN-KV1"_s, {entry(id, u"ticket"_s, 1, 1, ticketPayload(id, u"S-1"_s))}), tls);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"results"_s][0][u"status"_s].toString(), u"stored"_s);
    // Verified by default: without our CA the client refuses the server.
    QNetworkAccessManager fresh; // not the connection `nam` keeps open
    r = http(fresh, "GET", base.resolved(QUrl(u"/api/v1/health"_s)), {}, {}, QSslConfiguration::defaultConfiguration());
    QCOMPARE(r.status, 0);
    // And plain HTTP to the TLS port gets no answer that counts.
    QNetworkAccessManager plain;
    r = http(plain, "GET", QUrl(u"http://127.0.0.1:%1/api/v1/health"_s.arg(https.port())), {});
    QVERIFY(r.status != 200);
}

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
