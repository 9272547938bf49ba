// The sync fault suite: real processes on loopback. The real SyncClient
// with the real CurlTransport in this process, the real reception-server
// process (SQLite, or PostgreSQL when TIEPDAN_SERVER_TEST_BACKEND=postgres),
// and between them FaultProxy (faultproxy.h), which drops, delays, cuts,
// answers for the server and replays requests.
//
//  - everyFaultKind: a fixed script, every kind of fault twice (on a fresh
//    connection and on a reused one), between passing requests.
//  - seededRandomFaults: a few hundred outbox entries in small batches,
//    faults drawn from a seeded generator (printed; TST_SEED repeats it)
//    for the first requests, then none while the client catches up.
//  - killMidSync: `receptionctl sync run` killed with SIGKILL at random
//    moments, round after round, over a 2,000-entry outbox; then run to
//    the end. Here rather than in tst_receptionctl because it needs the
//    real server, and so it runs on both server backends like the rest.
//
// After each: every outbox entry delivered, nothing rejected, the server
// holds exactly the office's new records, each once, at the outbox's
// newest version with the same payload, and the audit chain verifies.
// Through the proxy also: the server stored each (id, version) exactly
// once over all the answers it gave (re-sends are duplicates), no request
// overtook an unacknowledged entry, and replaying every request afterwards
// changes nothing. Time there is the store's clock: a failed attempt's
// schedule (Retry-After or backoff) is checked, a run just before it is
// due must send nothing, and then the clock jumps to it.
#include "faultproxy.h"

#include "configloader.h"
#include "officestore.h"
#include "receptionrepository.h"
#include "serverfixture.h"
#include "syncclient.h"
#include "ticketrepository.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>

#include <cmath>

using namespace tiepdan;
using namespace serverfixture;
using namespace faultproxy;

namespace {

struct ServerRecord {
    int version = 0;
    QJsonObject payload;
};

// The newest version of each record in an office database's outbox.
QMap<QString, ServerRecord> outboxRecords(Database &db)
{
    QMap<QString, ServerRecord> out;
    auto q = db.exec(u"SELECT record_id, version, payload FROM outbox o WHERE version = "
                     "(SELECT MAX(version) FROM outbox WHERE record_id = o.record_id)"_s);
    while (q && q->next())
        out.insert(q->value(0).toString(),
                   {q->value(1).toInt(), QJsonDocument::fromJson(q->value(2).toByteArray()).object()});
    return out;
}

struct Figures {
    QMap<Fault, int> kinds;
    int requests = 0, runs = 0, failedRuns = 0, curlRetries = 0, stored = 0, duplicates = 0;
    int upstreamCopies = 0;
    qint64 virtualMs = 0;
};

} // namespace

class TestFaults : public ServerTest {
    Q_OBJECT
    OfficeConfig m_config;
    quint32 m_seed = 0;
    QDateTime m_now;
    int m_storeNo = 0;

    QString base(quint16 port) const { return u"http://127.0.0.1:%1/api/v1"_s.arg(port); }

    // Every record of office BN-KV1 the server holds, by id (the read API,
    // page by page); `listed` counts the rows listed (an id twice would show).
    QMap<QString, ServerRecord> serverRecords(int *listed = nullptr, int *total = nullptr)
    {
        QMap<QString, ServerRecord> out;
        int rows = 0, reported = -1;
        for (int page = 1;; ++page) {
            const Reply r = get(kLeaderA, u"/api/v1/records?office=BN-KV1&pageSize=500&page=%1"_s.arg(page));
            if (r.status != 200) {
                qWarning() << "read API:" << r.status << r.body.left(200) << r.transportError;
                return {};
            }
            reported = r.json.value(u"total"_s).toInt();
            const QJsonArray records = r.json.value(u"records"_s).toArray();
            for (const QJsonValue &v : records) {
                const QJsonObject o = v.toObject();
                out.insert(o.value(u"id"_s).toString(),
                           {o.value(u"version"_s).toInt(), o.value(u"payload"_s).toObject()});
                ++rows;
            }
            if (records.size() < 500)
                break;
        }
        if (listed)
            *listed = rows;
        if (total)
            *total = reported;
        return out;
    }

    std::unique_ptr<OfficeStore> newOffice(const QString &path, bool testClock)
    {
        auto s = OfficeStore::open(m_config, path);
        if (!s) {
            qWarning() << s.error().message;
            return {};
        }
        auto store = std::move(s).value();
        if (testClock)
            store->setClock([this] { return m_now; });
        return store;
    }

    // A realistic outbox, through the real repositories: `tickets` tickets
    // of every service, some of them called, started and finished (versions
    // 2 to 4 of the same record), and `records` log-book records, a fifth of
    // them sealed denunciations.
    void fillOutbox(OfficeStore &store, int tickets, int records, bool serve = true)
    {
        const QStringList services{u"complaint"_s, u"petition"_s, u"denunciation"_s, u"info"_s, u"leader"_s};
        for (int i = 0; i < tickets; ++i) {
            IssueRequest r;
            r.serviceId = services[i % services.size()];
            auto t = store.tickets().issue(r, u"kiosk"_s);
            QVERIFY2(t, t ? "" : qPrintable(t.error().message));
            if (serve && i % 4 == 3) { // an officer serves someone: versions 2, 3, 4
                const int counter = 1 + (i / 4) % 2;
                auto called = store.tickets().callNext(counter, u"canbo.thu"_s);
                QVERIFY2(called, called ? "" : qPrintable(called.error().message));
                QVERIFY(store.tickets().act(called->label, QueueAction::Start, u"canbo.thu"_s, counter));
                if (i % 8 == 7)
                    QVERIFY(store.tickets().act(called->label, QueueAction::Finish, u"canbo.thu"_s, counter));
            }
        }
        for (int i = 0; i < records; ++i) {
            ReceptionRecord r;
            r.receivedAt = store.now().addDays(-(i % 20)).addSecs(-60 * i);
            r.receiverName = u"Lê Thị Thu"_s;
            r.direction = HandlingDirection::Accept;
            static const QStringList family{u"Nguyễn"_s, u"Trần"_s, u"Lê"_s, u"Phạm"_s, u"Hoàng"_s, u"Đỗ"_s};
            static const QStringList middle{u"Văn"_s, u"Thị"_s, u"Đức"_s, u"Minh"_s};
            static const QStringList given{u"An"_s, u"Bình"_s, u"Cường"_s, u"Dũng"_s, u"Hà"_s, u"Lan"_s, u"Sơn"_s};
            r.identity.fullName = u"%1 %2 %3"_s.arg(family[i % 6], middle[(i / 6) % 4], given[(i / 24) % 7]);
            r.identity.address = u"Số %1 đường Ngô Gia Tự, phường Kinh Bắc, tỉnh Bắc Ninh"_s.arg(i + 1);
            r.identity.idNumber = u"027085%1"_s.arg(i + 1, 6, 10, QLatin1Char('0'));
            if (i % 5 == 0) {
                r.kinds = {MatterKind::Denunciation};
                r.confidential = true;
                r.content = u"Tố cáo chấp hành viên nhận tiền của đương sự (%1)"_s.arg(i);
            } else {
                r.kinds = {i % 2 ? MatterKind::Complaint : MatterKind::Petition};
                r.content = u"Khiếu nại quyết định cưỡng chế kê biên tài sản số %1/QĐ-CCTHADS"_s.arg(i);
            }
            auto added = store.records().add(r, u"canbo.thu"_s);
            QVERIFY2(added, added ? "" : qPrintable(added.error().message));
            QCOMPARE(added->sealed, r.confidential);
        }
    }

    // Runs the client until nothing is pending, checking every run against
    // the proxy's log; the clock jumps to each scheduled retry.
    void deliverThroughFaults(FaultProxy &proxy, SyncClient &client, OfficeStore &store, Figures &fig,
                              const std::function<void()> &afterRun = {})
    {
        const QDateTime start = m_now;
        for (int guard = 0;; ++guard) {
            QVERIFY2(guard < 2000, "the client does not catch up");
            const int first = proxy.requests();
            auto rep = client.runOnce();
            QVERIFY2(rep, rep ? "" : qPrintable(rep.error().message));
            ++fig.runs;
            QCOMPARE(rep->rejected, 0);
            const QList<Event> events = proxy.events().mid(first);
            // A failing request that is not the run's last was re-sent at
            // once by libcurl itself (a reused connection that died before
            // any answer byte): the next request carries the same batch.
            for (qsizetype i = 0; i + 1 < events.size(); ++i) {
                if (failsTheAttempt(events[i].plan.fault)) {
                    QVERIFY2(
                        events[i + 1].seqs == events[i].seqs,
                        qPrintable(u"request %1 (%2) failed but the run went on with another batch"_s.arg(events[i].no)
                                       .arg(name(events[i].plan.fault))));
                    ++fig.curlRetries;
                }
            }
            if (afterRun)
                afterRun();
            if (rep->stoppedBy.isEmpty()) {
                QCOMPARE(rep->failedAttempts, 0);
                QVERIFY(events.isEmpty() || !failsTheAttempt(events.last().plan.fault));
                const qint64 pending = *store.outbox().pendingCount();
                if (pending == 0)
                    break;
                QFAIL(qPrintable(u"a run ended without a failure, %1 entries still pending"_s.arg(pending)));
            }
            ++fig.failedRuns;
            QCOMPARE(rep->failedAttempts, 1);
            QVERIFY2(!events.isEmpty(), qPrintable(u"a run failed without a request: "_s + rep->stoppedBy));
            const Event last = events.last();
            const Fault f = last.plan.fault;
            QVERIFY2(failsTheAttempt(f),
                     qPrintable(u"request %1 (%2) passed, yet the run stopped: %3"_s.arg(last.no).arg(name(f),
                                                                                                      rep->stoppedBy)));
            // The reason as the officers see it.
            const QString expected = f == Fault::Answer500   ? u"HTTP 500"_s
                                     : f == Fault::Answer503 ? u"HTTP 503"_s
                                     : f == Fault::Answer429 ? u"HTTP 429"_s
                                                             : u"no answer"_s;
            QVERIFY2(rep->stoppedBy.startsWith(expected), qPrintable(u"%1: %2"_s.arg(name(f), rep->stoppedBy)));
            // The schedule: Retry-After (at most an hour) or full-jitter backoff.
            auto st = store.outbox().status();
            QVERIFY(st && st->nextAttempt.isValid());
            const qint64 wait = m_now.msecsTo(st->nextAttempt);
            QStringList seqs;
            for (qint64 s : last.seqs)
                seqs << QString::number(s);
            const int attempts =
                store.db()
                    .scalar(u"SELECT MAX(attempts) FROM outbox WHERE seq IN (%1)"_s.arg(seqs.join(u',')))
                    ->toInt();
            QCOMPARE(store.db().scalar(u"SELECT MIN(seq) FROM outbox WHERE state = 'pending'"_s)->toLongLong(),
                     last.seqs.first());
            if ((f == Fault::Answer503 || f == Fault::Answer429) && last.plan.retryAfter >= 0) {
                QCOMPARE(wait, qint64(std::min(last.plan.retryAfter, 3600)) * 1000);
            } else {
                const qint64 cap = qint64(std::min(300.0, std::pow(2.0, attempts))) * 1000;
                QVERIFY2(wait >= 1000 && wait <= cap,
                         qPrintable(u"%1: backoff %2 ms after %3 attempts"_s.arg(name(f)).arg(wait).arg(attempts)));
            }
            // Not due before its time: a run a millisecond early sends nothing,
            // neither the failed batch nor anything after it.
            m_now = st->nextAttempt.addMSecs(-1);
            const int before = proxy.requests();
            auto early = client.runOnce();
            QVERIFY(early);
            QVERIFY2(
                proxy.requests() == before,
                qPrintable(
                    u"a run before the scheduled retry sent %1 request(s), seqs from %2 (the failed batch starts at %3)"_s
                        .arg(proxy.requests() - before)
                        .arg(proxy.events().value(before).seqs.value(0))
                        .arg(last.seqs.first())));
            QCOMPARE(early->delivered + early->duplicates + early->failedAttempts, 0);
            m_now = st->nextAttempt;
        }
        fig.virtualMs = start.msecsTo(m_now);
    }

    // Everything the proxy saw, checked once it is idle.
    void checkProxyLog(FaultProxy &proxy, OfficeStore &store, Figures &fig)
    {
        QVERIFY2(proxy.waitIdle(30000), "the proxy still has work under way");
        const QList<Event> events = proxy.events();
        fig.requests = int(events.size());
        QList<qint64> all; // every outbox seq, in order
        auto q = store.db().exec(u"SELECT seq FROM outbox ORDER BY seq"_s);
        QVERIFY(q);
        while (q->next())
            all << q->value(0).toLongLong();
        QSet<qint64> acked;
        for (const Event &e : events) {
            ++fig.kinds[e.plan.fault];
            QVERIFY2(!e.seqs.isEmpty(), qPrintable(u"request %1 carried no batch"_s.arg(e.no)));
            // In order: a request starts at the oldest unacknowledged entry
            // and carries consecutive entries.
            const qsizetype at = all.indexOf(e.seqs.first());
            QVERIFY(at >= 0);
            for (qsizetype i = 0; i < at; ++i)
                QVERIFY2(acked.contains(all[i]),
                         qPrintable(u"request %1 (seq %2..) overtook seq %3, never acknowledged before it"_s.arg(e.no)
                                        .arg(e.seqs.first())
                                        .arg(all[i])));
            QCOMPARE(e.seqs, all.mid(at, e.seqs.size()));
            if (e.ackedInFull)
                for (qint64 s : e.seqs)
                    acked.insert(s);
            // What reached the server, and its answers.
            const Fault f = e.plan.fault;
            const int copies = (f == Fault::ReplayTwice) ? 2
                               : (f == Fault::DropBeforeForward || f == Fault::Answer500 || f == Fault::Answer503 ||
                                  f == Fault::Answer429)
                                   ? 0
                                   : 1;
            QCOMPARE(e.upstream.size(), copies);
            QList<Upstream> answers = e.upstream;
            if (e.replayedNo > 0)
                answers << e.replayed;
            for (const Upstream &u : answers) {
                ++fig.upstreamCopies;
                if (f == Fault::DropMidRequest && &u == &answers.first()) {
                    QCOMPARE(u.status, 0); // the server never saw a whole request
                    continue;
                }
                QVERIFY2(u.status == 200,
                         qPrintable(u"request %1 (%2): the server answered %3"_s.arg(e.no).arg(name(f)).arg(u.status)));
                QCOMPARE(u.conflict, 0);
                QCOMPARE(u.rejected, 0);
                fig.stored += u.stored;
                fig.duplicates += u.duplicate;
            }
            if (e.replayedNo > 0)
                QCOMPARE(e.replayed.stored + e.replayed.duplicate, int(events[e.replayedNo - 1].seqs.size()));
        }
        // Each (id, version) stored exactly once over all the server's answers.
        QCOMPARE(fig.stored, int(all.size()));
        QVERIFY(acked.size() == all.size());
    }

    // The office's outbox is all delivered, and the server holds exactly the
    // records that were not there before (`before`), each once.
    void checkDelivered(OfficeStore &store, const QMap<QString, ServerRecord> &before)
    {
        auto st = store.outbox().status();
        QVERIFY(st);
        QCOMPARE(st->pending, 0);
        QCOMPARE(st->rejected, 0);
        QCOMPARE(store.db()
                     .scalar(u"SELECT COUNT(*) FROM outbox WHERE state = 'delivered' AND delivered_at IS NOT NULL"_s)
                     ->toLongLong(),
                 store.db().scalar(u"SELECT COUNT(*) FROM outbox"_s)->toLongLong());
        QCOMPARE(store.db().scalar(u"SELECT COUNT(*) FROM audit WHERE action LIKE 'sync.%'"_s)->toLongLong(), 0);
        auto verified = store.audit().verify();
        QVERIFY(verified);
        QCOMPARE(verified->problems, QStringList{});
        compareWithServer(outboxRecords(store.db()), before);
    }

    void compareWithServer(const QMap<QString, ServerRecord> &mine, const QMap<QString, ServerRecord> &before)
    {
        int listed = 0, total = 0;
        const QMap<QString, ServerRecord> server = serverRecords(&listed, &total);
        QCOMPARE(listed, int(server.size())); // no id listed twice
        QCOMPARE(total, int(server.size()));
        QCOMPARE(server.size(), before.size() + mine.size());
        for (auto it = mine.begin(); it != mine.end(); ++it) {
            QVERIFY2(!before.contains(it.key()), "a new record id was already on the server");
            QVERIFY2(server.contains(it.key()), qPrintable(u"record %1 is not on the server"_s.arg(it.key())));
            QCOMPARE(server[it.key()].version, it->version);
            QCOMPARE(server[it.key()].payload, it->payload);
        }
    }

    void report(const char *what, const Figures &fig, int entries, int records, qint64 ms)
    {
        QStringList kinds;
        for (auto it = fig.kinds.begin(); it != fig.kinds.end(); ++it)
            kinds << u"%1 %2"_s.arg(name(it.key())).arg(it.value());
        qInfo().noquote()
            << u"%1: %2 outbox entries (%3 records), %4 requests, %5 runs (%6 failed), libcurl re-sent %7 by itself; "
               "server stored %8, answered duplicate %9 (%10 requests sent to it); %11 s of the store's clock; %12 ms"_s
                   .arg(QLatin1String(what))
                   .arg(entries)
                   .arg(records)
                   .arg(fig.requests)
                   .arg(fig.runs)
                   .arg(fig.failedRuns)
                   .arg(fig.curlRetries)
                   .arg(fig.stored)
                   .arg(fig.duplicates)
                   .arg(fig.upstreamCopies)
                   .arg(fig.virtualMs / 1000)
                   .arg(ms);
        qInfo().noquote() << u"  faults: "_s + kinds.join(u", "_s);
    }

    // Sends every captured request to the server once more: each entry
    // must come back a duplicate, and the server must not change.
    void replayEverything(FaultProxy &proxy, const QMap<QString, ServerRecord> &mine,
                          const QMap<QString, ServerRecord> &before)
    {
        int entries = 0;
        for (int no = 1; no <= proxy.requests(); ++no) {
            const Upstream u = proxy.sendUpstream(proxy.captured(no));
            QCOMPARE(u.status, 200);
            QCOMPARE(u.stored + u.conflict + u.rejected, 0);
            entries += u.duplicate;
        }
        qInfo().noquote() << u"  replayed all %1 requests afterwards: %2 entries, all duplicates"_s
                                 .arg(proxy.requests())
                                 .arg(entries);
        compareWithServer(mine, before);
    }

    int serverTotal()
    {
        const Reply r = get(kLeaderA, u"/api/v1/records?office=BN-KV1&pageSize=1"_s);
        return r.status == 200 ? r.json.value(u"total"_s).toInt() : -1;
    }

    // receptionctl on `db` with the test configuration.
    static std::unique_ptr<QProcess> receptionctl(const QString &db, const QStringList &args)
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"TIEPDAN_CONFIG"_s);
        env.remove(u"TIEPDAN_DB"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(RECEPTIONCTL_PATH), QStringList{u"--config"_s, QStringLiteral(TIEPDAN_CONFIG_DIR),
                                                                u"--db"_s, db, u"--actor"_s, u"sync"_s} +
                                                        args);
        return p;
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"tiepdan.*.info=false"_s);
        auto cfg = loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
        QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
        m_config = cfg.config;
        QCOMPARE(m_config.office.code, u"BN-KV1"_s); // the fixture's token file names it
        m_seed = !qEnvironmentVariableIsEmpty("TST_SEED") ? quint32(qEnvironmentVariableIntValue("TST_SEED"))
                                                          : QRandomGenerator::global()->generate();
        qInfo() << "random seed (set TST_SEED to repeat):" << m_seed;
        startOrFail();
    }
    void cleanupTestCase() { stop(); }

    void init() { m_now = QDateTime::currentDateTime(); }

    void everyFaultKind()
    {
        QElapsedTimer clock;
        clock.start();
        auto store = newOffice(m_dir.filePath(u"office-%1.db"_s.arg(++m_storeNo)), true);
        QVERIFY(store);
        fillOutbox(*store, 60, 12);
        if (QTest::currentTestFailed())
            return;
        const int entries = int(store->db().scalar(u"SELECT COUNT(*) FROM outbox"_s)->toLongLong());
        const QMap<QString, ServerRecord> before = serverRecords();

        // Each kind twice: after a passing request (a reused connection)
        // and right after a fault that closed the connection (a fresh one).
        const int clientTimeout = 2;
        QList<Plan> script;
        const QList<Plan> faults{
            {Fault::Delay, 300},
            {Fault::DropBeforeForward, 0, -1, 0.5, false},
            {Fault::DropMidRequest, 0, -1, 0.3, true},
            {Fault::DropMidResponse, 0, -1, 0.0}, // not a byte of the answer
            {Fault::DropMidResponse, 0, -1, 0.6}, // part of the answer
            {Fault::TruncateBody, 0, -1, 0.5},
            {Fault::Answer500},
            {Fault::Answer503, 0, 7},
            {Fault::Answer429, 0, 7200}, // capped at an hour
            {Fault::Answer503},          // no Retry-After: backoff
            {Fault::ReplayTwice, 0, -1, 0.5, false, true},
            {Fault::ReplayEarlier},
            {Fault::DelayPastTimeout, clientTimeout * 1000 + 500},
            {Fault::DropBeforeForward, 0, -1, 0.5, true},
            {Fault::DropMidRequest, 0, -1, 0.9, false},
            {Fault::TruncateBody, 0, -1, 0.0},
            {Fault::ReplayTwice, 0, -1, 0.5, false, false},
        };
        for (const Plan &f : faults)
            script << Plan{} << f << f;
        for (qsizetype i = 0; i < script.size(); ++i)
            if (script[i].fault == Fault::ReplayEarlier)
                script[i].replayOf = int(i); // the request before it

        FaultProxy proxy(m_server->port(), [script](int no) { return script.value(no - 1); });
        proxy.start();
        CurlTransport curl(QString(), clientTimeout);
        SyncClient client(*store, curl, base(proxy.port()), kKioskA);
        client.setBatchSize(3);
        QRandomGenerator jitter(m_seed);
        client.setRandom([&jitter] { return jitter.generateDouble(); });
        Figures fig;
        deliverThroughFaults(proxy, client, *store, fig);
        if (QTest::currentTestFailed())
            return;
        checkProxyLog(proxy, *store, fig);
        if (QTest::currentTestFailed())
            return;
        for (const Plan &f : faults)
            QVERIFY2(fig.kinds.value(f.fault) >= 2, qPrintable(name(f.fault)));
        checkDelivered(*store, before);
        report("every fault kind", fig, entries, int(outboxRecords(store->db()).size()), clock.elapsed());
        replayEverything(proxy, outboxRecords(store->db()), before);
    }

    void seededRandomFaults()
    {
        QElapsedTimer clock;
        clock.start();
        auto store = newOffice(m_dir.filePath(u"office-%1.db"_s.arg(++m_storeNo)), true);
        QVERIFY(store);
        fillOutbox(*store, 240, 40);
        if (QTest::currentTestFailed())
            return;
        const int entries = int(store->db().scalar(u"SELECT COUNT(*) FROM outbox"_s)->toLongLong());
        const QMap<QString, ServerRecord> before = serverRecords();
        qInfo() << "outbox:" << entries << "entries, filled in" << clock.elapsed() << "ms";

        const int clientTimeout = 2;
        const int faultyRequests = 160; // then the faults stop and the client catches up
        auto rng = std::make_shared<QRandomGenerator>(m_seed);
        auto chooser = [rng, clientTimeout, faultyRequests](int no) {
            Plan p;
            if (no > faultyRequests)
                return p;
            struct Weight {
                Fault fault;
                int weight;
            };
            static const Weight weights[] = {
                {Fault::Pass, 38},
                {Fault::Delay, 6},
                {Fault::DelayPastTimeout, 2},
                {Fault::DropBeforeForward, 7},
                {Fault::DropMidRequest, 7},
                {Fault::DropMidResponse, 8},
                {Fault::TruncateBody, 7},
                {Fault::Answer500, 5},
                {Fault::Answer503, 5},
                {Fault::Answer429, 5},
                {Fault::ReplayTwice, 5},
                {Fault::ReplayEarlier, 5},
            };
            int pick = int(rng->bounded(100));
            for (const Weight &w : weights) {
                if (pick < w.weight) {
                    p.fault = w.fault;
                    break;
                }
                pick -= w.weight;
            }
            p.cut = rng->generateDouble();
            p.reset = rng->bounded(2) == 1;
            p.secondAnswer = rng->bounded(2) == 1;
            p.delayMs = p.fault == Fault::DelayPastTimeout ? clientTimeout * 1000 + int(rng->bounded(200, 800))
                                                           : int(rng->bounded(20, 400));
            static const int retryAfters[] = {-1, 0, 1, 5, 30, 120, 7200};
            p.retryAfter = retryAfters[rng->bounded(7)];
            p.replayOf = no > 1 ? 1 + int(rng->bounded(no - 1)) : 0;
            return p;
        };
        FaultProxy proxy(m_server->port(), chooser);
        proxy.start();
        CurlTransport curl(QString(), clientTimeout);
        SyncClient client(*store, curl, base(proxy.port()), kKioskA);
        client.setBatchSize(4);
        QRandomGenerator jitter(m_seed ^ 0x5eed);
        client.setRandom([&jitter] { return jitter.generateDouble(); });
        Figures fig;
        deliverThroughFaults(proxy, client, *store, fig);
        if (QTest::currentTestFailed())
            return;
        checkProxyLog(proxy, *store, fig);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(fig.requests > faultyRequests, "the faults never stopped: the client did not get that far");
        checkDelivered(*store, before);
        report("seeded random faults", fig, entries, int(outboxRecords(store->db()).size()), clock.elapsed());
        replayEverything(proxy, outboxRecords(store->db()), before);
    }

    // `receptionctl sync run` (repeating, not --once) over a 2,000-entry
    // outbox in batches of 10, killed with SIGKILL at random moments,
    // round after round. After each kill: the outbox is delivered in seq
    // order up to some point, and the server holds exactly those records
    // plus at most the one batch that was in flight (stored, its answer
    // never recorded). At the end a last run delivers the rest: that batch
    // comes back as duplicates, and the server holds every record once.
    void killMidSync()
    {
        QElapsedTimer clock;
        clock.start();
        QTemporaryDir dir;
        const QString db = dir.filePath(u"office.db"_s);
        const int tickets = 1950, records = 50, entries = tickets + records, batch = 5;
        {
            auto store = newOffice(db, false);
            QVERIFY(store);
            fillOutbox(*store, tickets, records,
                       false); // all version 1: the server's record count is its (id, version) count
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(store->db().scalar(u"SELECT COUNT(*) FROM outbox"_s)->toInt(), entries);
        }
        const qint64 filledMs = clock.elapsed();
        QFile token(dir.filePath(u"server.token"_s));
        QVERIFY(token.open(QIODevice::WriteOnly) && token.write(kKioskA + '\n') > 0);
        token.close();
        const QMap<QString, ServerRecord> before = serverRecords();
        const int base0 = serverTotal();
        QCOMPARE(base0, int(before.size()));
        const QStringList syncArgs{u"sync"_s,         u"run"_s,         u"--url"_s,        base(m_server->port()),
                                   u"--token-file"_s, token.fileName(), u"--batch-size"_s, QString::number(batch)};

        QRandomGenerator rng(m_seed ^ 0x6b111);
        const int rounds = 20;
        int lastAhead = 0, aheadRounds = 0, idleRounds = 0;
        qint64 delivered = 0;
        QStringList progress;
        for (int round = 1; round <= rounds; ++round) {
            // Odd rounds: a random moment from the start (it may fall while the
            // program opens the database). Even rounds: once the server
            // shows progress (a batch stored in this round), a random moment
            // later, so the kill falls in the middle of the sync whatever the
            // machine's speed.
            const int totalBefore = serverTotal();
            QElapsedTimer since;
            auto p = receptionctl(db, syncArgs);
            QVERIFY2(p->waitForStarted(5000), qPrintable(p->errorString()));
            since.start();
            QString mode = u"t"_s;
            if (round % 2 == 0) {
                mode = u"p"_s;
                while (serverTotal() == totalBefore && since.elapsed() < 10000)
                    QTest::qWait(2);
                QTest::qWait(int(rng.bounded(0, 30)));
            } else {
                QTest::qWait(int(rng.bounded(5, 100)));
            }
            const qint64 waitMs = since.elapsed();
            p->kill(); // SIGKILL
            QVERIFY(p->waitForFinished(10000));
            QVERIFY2(p->exitStatus() == QProcess::CrashExit,
                     qPrintable(u"round %1: receptionctl ended by itself (exit %2): %3"_s.arg(round)
                                    .arg(p->exitCode())
                                    .arg(QString::fromUtf8(p->readAllStandardError() + p->readAllStandardOutput()))));
            // The office database as the kill left it, read-only.
            Database::Options ro;
            ro.readOnly = true;
            auto office = Database::open(db, ro);
            QVERIFY2(office, office ? "" : qPrintable(office.error().message));
            const qint64 nowDelivered =
                (*office)->scalar(u"SELECT COUNT(*) FROM outbox WHERE state = 'delivered'"_s)->toLongLong();
            const qint64 pending =
                (*office)->scalar(u"SELECT COUNT(*) FROM outbox WHERE state = 'pending'"_s)->toLongLong();
            QCOMPARE(nowDelivered + pending, qint64(entries)); // nothing rejected
            // In order: every delivered entry comes before every pending one.
            QVERIFY((*office)
                        ->scalar(u"SELECT COUNT(*) FROM outbox WHERE state = 'delivered' AND seq > "
                                 "(SELECT MIN(seq) FROM outbox WHERE state = 'pending')"_s)
                        ->toLongLong() == 0);
            QVERIFY2(nowDelivered >= delivered, "delivered entries went back to pending");
            if (nowDelivered == delivered)
                ++idleRounds;
            delivered = nowDelivered;
            office->reset();
            // The server: what the outbox says was delivered, plus at most the
            // batch in flight, whole (one transaction) or not at all.
            const int ahead = serverTotal() - base0 - int(delivered);
            QVERIFY2(
                ahead == 0 || ahead == std::min<qint64>(batch, pending),
                qPrintable(
                    u"round %1: the server holds %2 records more than the outbox counts as delivered"_s.arg(round).arg(
                        ahead)));
            if (ahead > 0)
                ++aheadRounds;
            lastAhead = ahead;
            progress << u"%1%2ms:%3%4"_s.arg(mode).arg(waitMs).arg(delivered).arg(ahead ? u"+%1"_s.arg(ahead)
                                                                                        : QString());
        }
        const qint64 pendingAtEnd = entries - delivered;
        qInfo().noquote()
            << u"kill rounds (t: at a random time, p: after progress; ms before SIGKILL: delivered[+stored on the server, not acknowledged]): "_s +
                   progress.join(u' ');
        QVERIFY2(pendingAtEnd > 0, "the backlog was all delivered before the last kill: the kills proved little");

        // Until nothing is pending: the in-flight batch is a duplicate now.
        auto last = receptionctl(db, QStringList{u"--json"_s} + syncArgs + QStringList{u"--once"_s});
        QVERIFY(last->waitForFinished(60000));
        const QByteArray out = last->readAllStandardOutput();
        QVERIFY2(last->exitStatus() == QProcess::NormalExit && last->exitCode() == 0,
                 qPrintable(QString::fromUtf8(out + last->readAllStandardError())));
        const QJsonObject rep = QJsonDocument::fromJson(out).object();
        QCOMPARE(rep.value(u"duplicates"_s).toInt(), lastAhead);
        QCOMPARE(rep.value(u"delivered"_s).toInt(), int(pendingAtEnd) - lastAhead);
        QCOMPARE(rep.value(u"rejected"_s).toInt(), 0);

        auto status = receptionctl(db, {u"--json"_s, u"sync"_s, u"status"_s});
        QVERIFY(status->waitForFinished(30000) && status->exitCode() == 0);
        const QJsonObject st = QJsonDocument::fromJson(status->readAllStandardOutput()).object();
        QCOMPARE(st.value(u"pending"_s).toInt(-1), 0);
        QCOMPARE(st.value(u"delivered"_s).toInt(), entries);
        QCOMPARE(st.value(u"rejected"_s).toInt(-1), 0);
        auto check = receptionctl(db, {u"--json"_s, u"db"_s, u"check"_s});
        QVERIFY(check->waitForFinished(60000));
        const QByteArray checkOut = check->readAllStandardOutput();
        QVERIFY2(check->exitCode() == 0 && QJsonDocument::fromJson(checkOut).object().value(u"ok"_s).toBool(),
                 checkOut.constData());

        auto store = newOffice(db, false);
        QVERIFY(store);
        QCOMPARE(serverTotal(), base0 + entries);
        compareWithServer(outboxRecords(store->db()), before);
        qInfo().noquote()
            << u"killMidSync: %1 entries (%2 of them sealed denunciations), batches of %3, %4 SIGKILL rounds, "
               "%5 delivered before the last kill, %6 kills after the server stored a batch and before "
               "the kiosk recorded it, %7 rounds with no progress; last run: %8 delivered, %9 duplicates; "
               "outbox filled in %10 ms, %11 ms in all"_s.arg(entries)
                   .arg(records / 5)
                   .arg(batch)
                   .arg(rounds)
                   .arg(delivered)
                   .arg(aheadRounds)
                   .arg(idleRounds)
                   .arg(rep.value(u"delivered"_s).toInt())
                   .arg(lastAhead)
                   .arg(filledMs)
                   .arg(clock.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
