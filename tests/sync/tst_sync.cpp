// The sync client over libcurl: against the real reception-server on
// loopback (delivery, re-send after a lost acknowledgement, conflict,
// wrong token), and against a scripted HTTP server in a thread for what a
// real server does not do on purpose (a captive portal's 200, an answer
// cut in its head, 503 with Retry-After, a failing server holding back later entries, a server that
// is not there).
#include "configloader.h"
#include "officestore.h"
#include "receptionrepository.h"
#include "serverfixture.h"
#include "syncclient.h"
#include "syncworker.h"
#include "ticketrepository.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace tiepdan;
using namespace serverfixture;

namespace {

// Answers every request with `response`, from its own thread (the client
// blocks the test's thread while it waits).
class ScriptedHttp : public QThread {
public:
    explicit ScriptedHttp(QByteArray response) : m_response(std::move(response)) {}
    ~ScriptedHttp() override
    {
        quit();
        wait();
    }
    quint16 port() const { return m_port.loadAcquire(); }
    int requests() const { return m_requests.loadAcquire(); }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            QTcpSocket *s = server.nextPendingConnection();
            QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                QByteArray &buf = m_buffers[s];
                buf += s->readAll();
                const qsizetype end = buf.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                static const QRegularExpression len(u"content-length:\\s*(\\d+)"_s,
                                                    QRegularExpression::CaseInsensitiveOption);
                const auto m = len.match(QString::fromLatin1(buf.left(end)));
                if (buf.size() < end + 4 + (m.hasMatch() ? m.captured(1).toLongLong() : 0))
                    return;
                m_requests.fetchAndAddOrdered(1);
                s->write(m_response);
                s->disconnectFromHost();
            });
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        });
        m_port.storeRelease(server.serverPort());
        exec();
    }

private:
    QByteArray m_response;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QAtomicInteger<quint16> m_port = 0;
    QAtomicInt m_requests = 0;
};

QByteArray answer(const QByteArray &statusLine, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + statusLine + "\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n" + extra + "\r\n" + body;
}

} // namespace

class TestSync : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    OfficeConfig m_config;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<OfficeStore> m_store;
    QDateTime m_now;
    int m_storeNo = 0;

    QString base() const { return u"http://127.0.0.1:%1/api/v1"_s.arg(m_server.port()); }
    int serverTotal()
    {
        const Reply r = http(m_nam, "GET", QUrl(base() + u"/records?office=BN-KV1&pageSize=1"_s), kLeaderA);
        return r.status == 200 ? r.json.value(u"total"_s).toInt() : -1;
    }
    qint64 count(const QString &sql) { return m_store->db().scalar(sql)->toLongLong(); }
    void issue(int n)
    {
        for (int i = 0; i < n; ++i) {
            IssueRequest r;
            r.serviceId = u"complaint"_s;
            QVERIFY(m_store->tickets().issue(r, u"kiosk"_s));
        }
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"tiepdan.*.info=false"_s);
        auto cfg = loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
        QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
        m_config = cfg.config;
        QCOMPARE(m_config.office.code, u"BN-KV1"_s); // the fixture's token file names it
        QFile tokens(m_dir.filePath(u"tokens.txt"_s));
        QVERIFY(tokens.open(QIODevice::WriteOnly) && tokens.write(kTokenFile) == kTokenFile.size());
        tokens.close();
        const QString why =
            m_server.start({u"--tokens"_s, tokens.fileName(), u"--db"_s, m_dir.filePath(u"server.db"_s)});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void init()
    {
        m_store.reset();
        auto s = OfficeStore::open(m_config, m_dir.filePath(u"office-%1.db"_s.arg(++m_storeNo)));
        QVERIFY(s);
        m_store = std::move(s).value();
        m_now = QDateTime::currentDateTime();
        m_store->setClock([this] { return m_now; });
    }

    void deliversOnceAndAResendIsADuplicate()
    {
        issue(5);
        ReceptionRecord r;
        r.receivedAt = m_now;
        r.kinds = {MatterKind::Denunciation};
        r.confidential = true;
        r.identity.fullName = u"Trần Văn Kín"_s;
        r.content = u"Tố cáo chấp hành viên"_s;
        r.receiverName = u"Cán Bộ Tiếp"_s;
        QVERIFY(m_store->records().add(r, u"canbo"_s));
        const qint64 rows = count(u"SELECT COUNT(*) FROM outbox"_s);
        const int before = serverTotal();
        QVERIFY(before >= 0);

        CurlTransport curl;
        SyncClient client(*m_store, curl, base(), kKioskA);
        client.setBatchSize(3); // several batches, in order
        auto rep = client.runOnce();
        QVERIFY2(rep, rep ? "" : qPrintable(rep.error().message));
        QCOMPARE(rep->delivered, int(rows));
        QCOMPARE(rep->failedAttempts, 0);
        QVERIFY(rep->stoppedBy.isEmpty());
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox WHERE state = 'delivered' AND delivered_at IS NOT NULL"_s), rows);
        QCOMPARE(serverTotal(), before + int(rows));
        auto st = m_store->outbox().status();
        QVERIFY(st && st->pending == 0 && st->lastSuccess.isValid() && st->stuck.isEmpty());

        // The acknowledgement was "lost": everything goes again, and is a duplicate.
        QVERIFY(m_store->db().exec(u"UPDATE outbox SET state = 'pending', delivered_at = NULL"_s));
        rep = client.runOnce();
        QVERIFY(rep);
        QCOMPARE(rep->delivered, 0);
        QCOMPARE(rep->duplicates, int(rows));
        QCOMPARE(serverTotal(), before + int(rows));

        // Nothing due: a run sends nothing.
        rep = client.runOnce();
        QVERIFY(rep && rep->delivered == 0 && rep->duplicates == 0);
    }

    void sameVersionOtherContentIsRejectedWithAnAlert()
    {
        issue(1);
        CurlTransport curl;
        SyncClient client(*m_store, curl, base(), kKioskA);
        QVERIFY(client.runOnce());
        QVERIFY(m_store->db().exec(u"UPDATE outbox SET state = 'pending', "
                                   "payload = json_set(payload, '$.groupSize', 4)"_s));
        auto rep = client.runOnce();
        QVERIFY(rep);
        QCOMPARE(rep->rejected, 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox WHERE state = 'rejected' AND last_error LIKE 'conflict%'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit WHERE action = 'sync.rejected'"_s), 1);
        auto st = m_store->outbox().status();
        QVERIFY(st && st->rejected == 1 && st->stuck.size() == 1);
        QCOMPARE(m_store->audit().verify()->problems, QStringList{});
    }

    void wrongTokenStopsWithAnAlert()
    {
        issue(2);
        CurlTransport curl;
        SyncClient client(*m_store, curl, base(), "not-a-token");
        auto rep = client.runOnce();
        QVERIFY(rep);
        QCOMPARE(rep->failedAttempts, 1);
        QVERIFY2(rep->stoppedBy.contains(u"401"_s), qPrintable(rep->stoppedBy));
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND attempts = 1"_s), 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit WHERE action = 'sync.denied'"_s), 1);
    }

    void aCaptivePortalIsNotDelivery()
    {
        issue(2);
        ScriptedHttp portal(
            answer("200 OK", "<html><body>Đăng nhập Wi-Fi</body></html>", "Content-Type: text/html\r\n"));
        portal.start();
        QTRY_VERIFY(portal.port() != 0);
        CurlTransport curl;
        SyncClient client(*m_store, curl, u"http://127.0.0.1:%1/api/v1"_s.arg(portal.port()), kKioskA);
        client.setRandom([] { return 0.5; });
        auto rep = client.runOnce();
        QVERIFY(rep);
        QCOMPARE(portal.requests(), 1);
        QCOMPARE(rep->delivered, 0);
        QVERIFY2(rep->stoppedBy.contains(u"acknowledgement"_s), qPrintable(rep->stoppedBy));
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND attempts = 1"_s), 2);
        // Full jitter, first retry: half of 2 s.
        const QDateTime next = m_store->outbox().status()->nextAttempt;
        QCOMPARE(m_now.msecsTo(next), 1000);
        // Not due yet: the next run does not call; once due, it does.
        QVERIFY(client.runOnce());
        QCOMPARE(portal.requests(), 1);
        m_now = m_now.addSecs(2);
        QVERIFY(client.runOnce());
        QCOMPARE(portal.requests(), 2);
    }

    // An answer cut inside its head (the connection closed after the status
    // line and part of the headers) is no answer at all. libcurl alone
    // reports it as a complete, empty 200 ("a 200 without an acknowledgement").
    void anAnswerCutInItsHeadIsNoAnswer()
    {
        issue(1);
        ScriptedHttp cut("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Le");
        cut.start();
        QTRY_VERIFY(cut.port() != 0);
        CurlTransport curl;
        SyncClient client(*m_store, curl, u"http://127.0.0.1:%1/api/v1"_s.arg(cut.port()), kKioskA);
        auto rep = client.runOnce();
        QVERIFY(rep);
        QCOMPARE(cut.requests(), 1);
        QCOMPARE(rep->failedAttempts, 1);
        QCOMPARE(rep->delivered, 0);
        QVERIFY2(rep->stoppedBy.startsWith(u"no answer"_s) && rep->stoppedBy.contains(u"head"_s),
                 qPrintable(rep->stoppedBy));
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND attempts = 1"_s), 1);
    }

    void retryAfterIsHonoured()
    {
        issue(1);
        ScriptedHttp busy(answer("503 Service Unavailable", R"({"error":"busy"})", "Retry-After: 120\r\n"));
        busy.start();
        QTRY_VERIFY(busy.port() != 0);
        CurlTransport curl;
        SyncClient client(*m_store, curl, u"http://127.0.0.1:%1/api/v1"_s.arg(busy.port()), kKioskA);
        auto rep = client.runOnce();
        QVERIFY(rep && rep->failedAttempts == 1);
        QCOMPARE(m_now.msecsTo(m_store->outbox().status()->nextAttempt), 120000);
        QVERIFY2(m_store->outbox().status()->lastError.contains(u"503"_s),
                 qPrintable(m_store->outbox().status()->lastError));
    }

    // A failed entry waiting for its retry holds back everything queued
    // after it: a run before the retry is due sends nothing at all (it
    // used to send the later entries, whose next attempt was never set).
    void aFailedEntryHoldsBackLaterOnes()
    {
        issue(3);
        ScriptedHttp broken(answer("500 Internal Server Error", R"({"error":"boom"})"));
        broken.start();
        QTRY_VERIFY(broken.port() != 0);
        CurlTransport curl;
        SyncClient client(*m_store, curl, u"http://127.0.0.1:%1/api/v1"_s.arg(broken.port()), kKioskA);
        client.setBatchSize(1);
        client.setRandom([] { return 0.5; });
        auto rep = client.runOnce();
        QVERIFY(rep && rep->failedAttempts == 1);
        QCOMPARE(broken.requests(), 1);
        const qint64 first = count(u"SELECT MIN(seq) FROM outbox"_s);
        QCOMPARE(m_now.msecsTo(m_store->outbox().status()->nextAttempt), 1000);
        m_now = m_now.addMSecs(999);
        rep = client.runOnce();
        QVERIFY(rep);
        QCOMPARE(broken.requests(), 1);
        QCOMPARE(rep->failedAttempts, 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox WHERE attempts > 0"_s), 1);
        // Due: the first entry goes again, first.
        m_now = m_now.addMSecs(1);
        rep = client.runOnce();
        QVERIFY(rep && rep->failedAttempts == 1);
        QCOMPARE(broken.requests(), 2);
        QCOMPARE(count(u"SELECT attempts FROM outbox WHERE seq = %1"_s.arg(first)), 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox WHERE attempts > 0"_s), 1);
        // Once the real server answers, all three go, in order.
        m_now = m_store->outbox().status()->nextAttempt;
        SyncClient real(*m_store, curl, base(), kKioskA);
        real.setBatchSize(1);
        rep = real.runOnce();
        QVERIFY(rep && rep->failedAttempts == 0);
        QCOMPARE(rep->delivered, 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox WHERE state = 'delivered'"_s), 3);
    }

    void noServerBacksOff()
    {
        issue(1);
        CurlTransport curl(QString(), 5);
        SyncClient client(*m_store, curl, u"http://127.0.0.1:1/api/v1"_s, kKioskA);
        client.setRandom([] { return 1.0; });
        for (int attempt = 1; attempt <= 4; ++attempt) {
            auto rep = client.runOnce();
            QVERIFY(rep && rep->failedAttempts == 1);
            const qint64 wait = m_now.msecsTo(m_store->outbox().status()->nextAttempt);
            QCOMPARE(wait, qint64(1000) << attempt); // 2, 4, 8, 16 s
            m_now = m_now.addMSecs(wait);
        }
        QCOMPARE(count(u"SELECT attempts FROM outbox"_s), 4);
        QVERIFY(m_store->outbox().status()->lastError.contains(u"no answer"_s));
    }

    // Down-sync against the real server: a leader publishes a matter result
    // and schedule changes; the kiosk pulls them, applies them without
    // queueing anything, skips the one that cannot apply (with an audit
    // entry), keeps them across a restart, and a second pull or a replayed
    // answer changes nothing.
    void pullsAndAppliesTheServersUpdates()
    {
        QDate adhocDay = m_now.date().addDays(10);
        while (!m_store->calendar().isWorkingDay(adhocDay))
            adhocDay = adhocDay.addDays(1);
        const QDate holiday = m_store->calendar().nextWorkingDay(adhocDay);
        auto hasSpecial = [](const QList<ReceptionSession> &list) {
            return std::any_of(list.cbegin(), list.cend(), [](const ReceptionSession &s) {
                return s.slot.id == u"special"_s && s.receiverEn == u"Director"_s;
            });
        };
        const QJsonObject adhoc{{u"date"_s, adhocDay.toString(Qt::ISODate)},
                                {u"receiverVi"_s, u"Cục trưởng"_s},
                                {u"receiverEn"_s, u"Director"_s},
                                {u"place"_s, u"Phòng tiếp công dân"_s},
                                {u"session"_s, QJsonObject{{u"id"_s, u"special"_s},
                                                           {u"nameVi"_s, u"Buổi đặc biệt"_s},
                                                           {u"nameEn"_s, u"Special session"_s},
                                                           {u"start"_s, u"08:00"_s},
                                                           {u"end"_s, u"10:00"_s},
                                                           {u"capacity"_s, 6}}}};
        const QJsonArray updates{QJsonObject{{u"kind"_s, u"matter_result"_s},
                                             {u"matterId"_s, u"matter-0001"_s},
                                             {u"result"_s, u"accepted"_s},
                                             {u"at"_s, u"2026-11-20T09:00:00+07:00"_s}},
                                 QJsonObject{{u"kind"_s, u"schedule"_s},
                                             {u"change"_s, QJsonObject{{u"type"_s, u"adHoc"_s}, {u"adHoc"_s, adhoc}}}},
                                 QJsonObject{{u"kind"_s, u"schedule"_s},
                                             {u"change"_s, QJsonObject{{u"type"_s, u"holiday"_s},
                                                                       {u"date"_s, holiday.toString(Qt::ISODate)}}}},
                                 QJsonObject{{u"kind"_s, u"schedule"_s},
                                             {u"change"_s, QJsonObject{{u"type"_s, u"adHocCancelled"_s},
                                                                       {u"date"_s, u"2026-01-05"_s},
                                                                       {u"sessionId"_s, u"nothing"_s}}}},
                                 QJsonObject{{u"kind"_s, u"matter_result"_s},
                                             {u"matterId"_s, u"matter-0001"_s},
                                             {u"result"_s, u"resolved"_s},
                                             {u"note"_s, u"Đã ban hành quyết định giải quyết"_s},
                                             {u"at"_s, u"2026-11-21T15:30:00+07:00"_s}}};
        const Reply published =
            http(m_nam, "POST", QUrl(base() + u"/updates"_s), kLeaderA,
                 QJsonDocument(QJsonObject{{u"office"_s, u"BN-KV1"_s}, {u"updates"_s, updates}}).toJson());
        QCOMPARE(published.status, 200);
        const qint64 lastSeq = published.json.value(u"seqs"_s).toArray().last().toInteger();
        QVERIFY(lastSeq >= 5);
        QVERIFY(!hasSpecial(m_store->calendar().sessionsOn(adhocDay)));
        const qint64 outboxBefore = count(u"SELECT COUNT(*) FROM outbox"_s);

        CurlTransport curl;
        SyncClient client(*m_store, curl, base(), kKioskA);
        auto pulled = client.pullUpdates();
        QVERIFY2(pulled, pulled ? "" : qPrintable(pulled.error().message));
        QCOMPARE(pulled->answers, 1);
        QCOMPARE(pulled->applied.matterResults, 2);
        QCOMPARE(pulled->applied.scheduleChanges, 2);
        QCOMPARE(pulled->applied.skipped, 1);
        QVERIFY2(pulled->applied.skippedReasons.first().contains(u"nothing"_s),
                 qPrintable(pulled->applied.skippedReasons.first()));
        QCOMPARE(pulled->applied.cursor, lastSeq);
        QCOMPARE(*m_store->updates().cursor(), lastSeq);

        auto result = m_store->updates().matterResult(u"matter-0001"_s);
        QVERIFY(result && *result);
        QCOMPARE((*result)->result, u"resolved"_s); // the newer of the two
        QCOMPARE((*result)->note, u"Đã ban hành quyết định giải quyết"_s);
        QVERIFY(hasSpecial(m_store->calendar().sessionsOn(adhocDay)));
        QVERIFY(m_store->calendar().isHoliday(holiday));
        QVERIFY(m_store->calendar().sessionsOn(holiday).isEmpty());
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox"_s), outboxBefore); // nothing queued back
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit WHERE action = 'sync.update_skipped'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit WHERE action = 'sync.updates_applied'"_s), 1);
        QCOMPARE(m_store->audit().verify()->problems, QStringList{});

        // Nothing new: no answer applied, nothing written.
        pulled = client.pullUpdates();
        QVERIFY(pulled);
        QCOMPARE(pulled->answers, 0);
        // A replayed answer (the same updates, the same cursor) changes nothing.
        const Reply answer = http(m_nam, "GET", QUrl(base() + u"/updates?after=0"_s), kKioskA);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(u"updates"_s).toArray().size(), 5);
        auto again = m_store->updates().apply(answer.json.value(u"updates"_s).toArray(), lastSeq);
        QVERIFY(again);
        QCOMPARE(again->matterResults + again->scheduleChanges + again->skipped, 0);

        // A restart replays the stored schedule changes over the files'.
        const QString path = m_store->db().path();
        m_store.reset();
        auto reopened = OfficeStore::open(m_config, path);
        QVERIFY(reopened);
        m_store = std::move(reopened).value();
        QVERIFY(m_store->calendar().isHoliday(holiday));
        QVERIFY(hasSpecial(m_store->calendar().sessionsOn(adhocDay)));
        QCOMPARE(m_store->config().schedule.adHoc.size(), m_config.schedule.adHoc.size() + 1);
    }

    // The kiosk's sync thread: delivers the outbox and pulls the updates
    // published above on its own thread and its own connection, tells the
    // GUI side that the schedule changed, and stops cleanly.
    void theKioskSyncThreadDeliversAndPulls()
    {
        issue(3);
        QFile token(m_dir.filePath(u"kiosk.token"_s));
        QVERIFY(token.open(QIODevice::WriteOnly) && token.write(kKioskA + "\n") > 0);
        token.close();
        OfficeConfig config = m_config;
        config.server.enabled = true;
        config.server.url = base();
        config.server.intervalSeconds = 3600; // one run at start, the next far away
        const QString path = m_store->db().path();
        const int before = serverTotal();
        std::atomic<bool> offThread = true;
        {
            SyncWorker worker(config, path, token.fileName(), {});
            QSignalSpy ran(&worker, &SyncWorker::ran);
            QSignalSpy changed(&worker, &SyncWorker::scheduleChanged);
            QThread *test = QThread::currentThread();
            connect(
                &worker, &SyncWorker::ran, &worker, [&] { offThread = offThread && QThread::currentThread() != test; },
                Qt::DirectConnection);
            worker.start();
            QVERIFY(ran.wait(20000));
            QVERIFY2(ran.first().at(0).toBool(), qPrintable(ran.first().at(1).toString()));
            QCOMPARE(changed.count(), 1); // the published schedule changes
        }
        QVERIFY(offThread);
        QCOMPARE(serverTotal(), before + 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox WHERE state = 'delivered'"_s), 3);
        QVERIFY(*m_store->updates().cursor() > 0);
        // The GUI side's store sees the changes once it reloads.
        QVERIFY(m_store->reloadSchedule());
        QVERIFY(m_store->config().schedule.adHoc.size() > m_config.schedule.adHoc.size());
    }

    void aPortalPageIsNotAnUpdatesAnswer()
    {
        ScriptedHttp portal(answer("200 OK", "<html>Wi-Fi</html>", "Content-Type: text/html\r\n"));
        portal.start();
        QTRY_VERIFY(portal.port() != 0);
        CurlTransport curl;
        SyncClient client(*m_store, curl, u"http://127.0.0.1:%1/api/v1"_s.arg(portal.port()), kKioskA);
        auto pulled = client.pullUpdates();
        QVERIFY(!pulled);
        QVERIFY2(pulled.error().message.contains(u"acknowledgement"_s), qPrintable(pulled.error().message));
        QCOMPARE(*m_store->updates().cursor(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
