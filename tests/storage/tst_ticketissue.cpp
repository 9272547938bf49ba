// Tests of issuing queue tickets in app/storage/ticketrepository, on a real
// SQLite file: numbering per prefix and per day, labels, people ahead, issue
// errors (nothing written), and two connections on one file (as the kiosk
// and a desk in two processes) never handing out the same number.
#include "ticketfixture.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <vector>

using namespace tiepdan;
using namespace storagefixture;
using namespace ticketfixture;
using namespace Qt::StringLiterals;

class TestTicketIssue : public TicketTest {
    Q_OBJECT

private slots:
    void initTestCase();
    void numbering_data();
    void numbering();
    void nextDay_data();
    void nextDay();
    void peopleAhead_data();
    void peopleAhead();
    void issueErrors_data();
    void issueErrors();
    void twoConnections_data();
    void twoConnections();
};

void TestTicketIssue::initTestCase()
{
    loadShippedConfig();
}

// ---------------------------------------------------------------------------
// Numbering, labels, people ahead

void TestTicketIssue::numbering_data()
{
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("display");
    QTest::addColumn<QList<int>>("ahead");

    QTest::newRow("three complaints") << QStringList{u"complaint"_s, u"complaint"_s, u"complaint"_s}
                                      << QStringList{u"A001"_s, u"A002"_s, u"A003"_s}
                                      << QStringList{u"A-001"_s, u"A-002"_s, u"A-003"_s} << QList<int>{0, 1, 2};
    QTest::newRow("independent prefixes")
        << QStringList{u"complaint"_s, u"petition"_s,  u"complaint"_s,    u"info"_s,
                       u"petition"_s,  u"complaint"_s, u"denunciation"_s, u"leader"_s}
        << QStringList{u"A001"_s, u"C001"_s, u"A002"_s, u"E001"_s, u"C002"_s, u"A003"_s, u"B001"_s, u"D001"_s}
        << QStringList{u"A-001"_s, u"C-001"_s, u"A-002"_s, u"E-001"_s, u"C-002"_s, u"A-003"_s, u"B-001"_s, u"D-001"_s}
        << QList<int>{0, 0, 1, 0, 1, 2, 0, 0};

    for (int n : {12, 1000}) {
        QStringList services, labels, display;
        QList<int> ahead;
        for (int i = 1; i <= n; ++i) {
            services << u"petition"_s;
            labels << label(u"C"_s, i);
            display << u"C-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
            ahead << i - 1;
        }
        QTest::addRow("%d petitions", n) << services << labels << display << ahead;
    }
}

void TestTicketIssue::numbering()
{
    QFETCH(QStringList, services);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, display);
    QFETCH(QList<int>, ahead);
    QTemporaryDir dir;
    auto store = open(dir);
    QVERIFY(store);
    if (labels.size() >= 1000)
        QCOMPARE(labels.last(), u"C1000"_s); // four digits once past 999
    QSet<QString> uuids, payloads;
    for (int i = 0; i < services.size(); ++i) {
        m_clock->advanceSecs(7);
        auto r = store->tickets().issue(request(services[i]), kKiosk);
        QVERIFY2(r, r ? "" : qPrintable(errorText(r.error())));
        const Ticket &t = r->ticket;
        QCOMPARE(t.label, labels[i]);
        QCOMPARE(t.displayLabel(), display[i]);
        QCOMPARE(r->peopleAhead, ahead[i]);
        QCOMPARE(t.prefix, m_config.service(services[i])->prefix);
        QCOMPARE(t.number, labels[i].mid(1).toInt());
        QCOMPARE(t.serviceId, services[i]);
        QCOMPARE(t.serviceDate, m_clock->now.date());
        QCOMPARE(t.issuedAt, m_clock->now);
        QCOMPARE(kStateName.value(t.state), kStateName.value(TicketState::Waiting));
        QCOMPARE(t.version, 1);
        QVERIFY(!uuids.contains(t.uuid));
        QVERIFY(!payloads.contains(t.payload));
        uuids << t.uuid;
        payloads << t.payload;
        QVERIFY(store->signer().verify(t.payload));
    }
    // Read back under every spelling of the label.
    for (int i = 0; i < labels.size(); i += std::max<qsizetype>(1, labels.size() / 10)) {
        for (const QString &spelling : {labels[i], display[i], display[i].toLower()}) {
            auto f = store->tickets().find(spelling, m_clock->now.date());
            QVERIFY2(f, qPrintable(spelling));
            QCOMPARE(f->label, labels[i]);
        }
    }
    const qint64 n = services.size();
    QCOMPARE(TicketCounts::of(store->db()), (TicketCounts{n, n, n}));
    QCOMPARE(rowCount(store->db(), u"audit"_s, u"action = 'ticket.issue'"_s), n);
    QVERIFY(ticketInvariantProblems(store->db()).isEmpty());
}

void TestTicketIssue::nextDay_data()
{
    QTest::addColumn<QDateTime>("issueAt"); // the 4th complaint of day 1
    QTest::addColumn<QDateTime>("laterAt"); // then one more of each
    QTest::addColumn<QString>("expectA");
    QTest::addColumn<QString>("expectC");

    const QDate d(2026, 11, 23);
    QTest::newRow("same day, evening") << QDateTime(d, QTime(9, 0)) << QDateTime(d, QTime(17, 30)) << u"A005"_s
                                       << u"C002"_s;
    QTest::newRow("next morning") << QDateTime(d, QTime(9, 0)) << QDateTime(d.addDays(1), QTime(7, 30)) << u"A001"_s
                                  << u"C001"_s;
    QTest::newRow("two seconds across midnight")
        << QDateTime(d, QTime(23, 59, 59)) << QDateTime(d.addDays(1), QTime(0, 0, 1)) << u"A001"_s << u"C001"_s;
    QTest::newRow("a week later") << QDateTime(d, QTime(9, 0)) << QDateTime(d.addDays(7), QTime(8, 0)) << u"A001"_s
                                  << u"C001"_s;
    QTest::newRow("new year") << QDateTime(QDate(2026, 12, 31), QTime(16, 0))
                              << QDateTime(QDate(2027, 1, 4), QTime(7, 45)) << u"A001"_s << u"C001"_s;
}

void TestTicketIssue::nextDay()
{
    QFETCH(QDateTime, issueAt);
    QFETCH(QDateTime, laterAt);
    QFETCH(QString, expectA);
    QFETCH(QString, expectC);
    QTemporaryDir dir;
    auto store = open(dir);
    QVERIFY(store);
    TicketRepository &tickets = store->tickets();
    m_clock->now = issueAt.addSecs(-60);
    QCOMPARE(issueLabel(tickets, u"complaint"_s), u"A001"_s);
    QCOMPARE(issueLabel(tickets, u"complaint"_s), u"A002"_s);
    QCOMPARE(issueLabel(tickets, u"complaint"_s), u"A003"_s);
    m_clock->now = issueAt;
    QCOMPARE(issueLabel(tickets, u"complaint"_s), u"A004"_s);
    QCOMPARE(issueLabel(tickets, u"petition"_s), u"C001"_s);
    const auto day1A1 = tickets.find(u"A001"_s, issueAt.date());
    QVERIFY(day1A1);

    m_clock->now = laterAt;
    auto a = tickets.issue(request(u"complaint"_s), kKiosk);
    QVERIFY(a);
    QCOMPARE(a->ticket.label, expectA);
    QCOMPARE(issueLabel(tickets, u"petition"_s), expectC);
    const bool newDay = laterAt.date() != issueAt.date();
    QCOMPARE(a->peopleAhead, newDay ? 0 : 4); // yesterday's tickets are nobody's queue
    QCOMPARE(a->ticket.serviceDate, laterAt.date());

    // Both days keep their own A001.
    auto again = tickets.find(u"A001"_s, issueAt.date());
    QVERIFY(again);
    QCOMPARE(again->uuid, day1A1->uuid);
    auto today = tickets.list(laterAt.date(), false);
    QVERIFY(today);
    QCOMPARE(today->size(), newDay ? 2 : 7);
    if (newDay) {
        auto a1 = tickets.find(u"A001"_s, laterAt.date());
        QVERIFY(a1);
        QVERIFY(a1->uuid != day1A1->uuid);
        // Yesterday's A004 cannot be acted on today: it is not today's ticket.
        auto old = tickets.act(u"A004"_s, QueueAction::Call, kOfficer, 1);
        QVERIFY(!old);
        QCOMPARE(old.error().code, ErrorCode::NotFound);
    }
    QVERIFY(ticketInvariantProblems(store->db()).isEmpty());
}

void TestTicketIssue::peopleAhead_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("ahead");

    QTest::newRow("first of the day") << Setup([](TicketRepository &, FakeClock &) {}) << u"complaint"_s << 0;
    QTest::newRow("other services are not ahead") << Setup([](TicketRepository &t, FakeClock &) {
        for (const QString &s : {u"complaint"_s, u"petition"_s, u"petition"_s, u"info"_s, u"leader"_s, u"complaint"_s})
            issueLabel(t, s);
    }) << u"complaint"_s << 2;
    QTest::newRow("called and serving tickets are not ahead") << Setup([](TicketRepository &t, FakeClock &) {
        for (int i = 0; i < 4; ++i)
            issueLabel(t, u"complaint"_s);
        run(t, u"A001"_s, {QueueAction::Call, QueueAction::Start});
        run(t, u"A002"_s, {QueueAction::Call});
    }) << u"complaint"_s << 2;
    QTest::newRow("finished and cancelled tickets are not ahead") << Setup([](TicketRepository &t, FakeClock &) {
        for (int i = 0; i < 4; ++i)
            issueLabel(t, u"complaint"_s);
        run(t, u"A001"_s, {QueueAction::Call, QueueAction::Start, QueueAction::Finish});
        run(t, u"A003"_s, {QueueAction::Cancel});
    }) << u"complaint"_s << 2;
    QTest::newRow("priority tickets count") << Setup([](TicketRepository &t, FakeClock &) {
        issueLabel(t, u"complaint"_s, u"elderly"_s);
        issueLabel(t, u"complaint"_s);
    }) << u"complaint"_s << 2;
    QTest::newRow("yesterday's tickets are not ahead") << Setup([](TicketRepository &t, FakeClock &c) {
        for (int i = 0; i < 3; ++i)
            issueLabel(t, u"complaint"_s);
        c.advanceDays(1);
        issueLabel(t, u"complaint"_s);
    }) << u"complaint"_s << 1;
}

void TestTicketIssue::peopleAhead()
{
    QFETCH(Setup, setup);
    QFETCH(QString, service);
    QFETCH(int, ahead);
    QTemporaryDir dir;
    auto store = open(dir);
    QVERIFY(store);
    setup(store->tickets(), *m_clock);
    QVERIFY(ticketInvariantProblems(store->db()).isEmpty());
    auto r = store->tickets().issue(request(service), kKiosk);
    QVERIFY(r);
    QCOMPARE(r->peopleAhead, ahead);
}

void TestTicketIssue::issueErrors_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("priority");
    QTest::addColumn<int>("groupSize");
    QTest::addColumn<QString>("field"); // empty: accepted

    QTest::newRow("unknown service") << u"appeal"_s << QString() << 1 << u"service"_s;
    QTest::newRow("empty service") << QString() << QString() << 1 << u"service"_s;
    QTest::newRow("service id in capitals") << u"Complaint"_s << QString() << 1 << u"service"_s;
    QTest::newRow("prefix instead of service id") << u"A"_s << QString() << 1 << u"service"_s;
    QTest::newRow("unknown priority category") << u"complaint"_s << u"vip"_s << 1 << u"priority"_s;
    QTest::newRow("priority category in capitals") << u"complaint"_s << u"ELDERLY"_s << 1 << u"priority"_s;
    QTest::newRow("group size 0") << u"complaint"_s << QString() << 0 << u"groupSize"_s;
    QTest::newRow("group size -1") << u"complaint"_s << QString() << -1 << u"groupSize"_s;
    QTest::newRow("group size 10001") << u"complaint"_s << QString() << 10001 << u"groupSize"_s;
    QTest::newRow("bad priority and bad group size") << u"complaint"_s << u"vip"_s << 0 << u"priority"_s;
    QTest::newRow("accepted: group size 1") << u"complaint"_s << QString() << 1 << QString();
    QTest::newRow("accepted: group size 10000") << u"leader"_s << QString() << 10000 << QString();
    QTest::newRow("accepted: elderly") << u"petition"_s << u"elderly"_s << 1 << QString();
    QTest::newRow("accepted: merit, group of 7") << u"denunciation"_s << u"merit"_s << 7 << QString();
}

void TestTicketIssue::issueErrors()
{
    QFETCH(QString, service);
    QFETCH(QString, priority);
    QFETCH(int, groupSize);
    QFETCH(QString, field);
    QTemporaryDir dir;
    auto store = open(dir);
    QVERIFY(store);
    QCOMPARE(issueLabel(store->tickets(), u"complaint"_s), u"A001"_s);
    const TicketCounts before = TicketCounts::of(store->db());

    IssueRequest req;
    req.serviceId = service;
    req.priorityCategory = priority;
    req.groupSize = groupSize;
    auto r = store->tickets().issue(req, kKiosk);
    if (field.isEmpty()) {
        QVERIFY2(r, r ? "" : qPrintable(errorText(r.error())));
        QCOMPARE(r->ticket.groupSize, groupSize);
        QCOMPARE(r->ticket.priorityCategory, priority);
        auto back = store->tickets().find(r->ticket.label, m_clock->now.date());
        QVERIFY(back);
        QCOMPARE(back->groupSize, groupSize);
        QCOMPARE(back->priorityCategory, priority);
        QCOMPARE(TicketCounts::of(store->db()),
                 (TicketCounts{before.tickets + 1, before.audit + 1, before.outbox + 1}));
        return;
    }
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QCOMPARE(r.error().field, field);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(TicketCounts::of(store->db()), before);
    // The failed attempt used no number.
    QCOMPARE(issueLabel(store->tickets(), u"complaint"_s), u"A002"_s);
}

// ---------------------------------------------------------------------------
// Two connections on one file, as two processes (kiosk and desk) would

void TestTicketIssue::twoConnections_data()
{
    QTest::addColumn<int>("threads"); // 0: two stores, alternating in this thread
    QTest::addColumn<int>("perStore");

    QTest::newRow("two stores, alternating") << 0 << 40;
    QTest::newRow("two threads at once") << 2 << 60;
    QTest::newRow("four threads at once") << 4 << 30;
}

void TestTicketIssue::twoConnections()
{
    QFETCH(int, threads);
    QFETCH(int, perStore);
    QTemporaryDir dir;
    auto main = open(dir); // creates the schema and the keys
    QVERIFY(main);
    const QStringList services{u"complaint"_s, u"petition"_s, u"complaint"_s};
    QStringList labels;
    QStringList errors;

    if (threads == 0) {
        auto second = openStore(m_config, dir, m_clock);
        QVERIFY(second);
        QMap<QString, int> expectedNext{{u"A"_s, 1}, {u"C"_s, 1}};
        for (int i = 0; i < 2 * perStore; ++i) {
            OfficeStore &s = i % 2 ? *second : *main;
            auto r = s.tickets().issue(request(services[(i / 2) % services.size()]), kKiosk);
            QVERIFY2(r, r ? "" : qPrintable(errorText(r.error())));
            QCOMPARE(r->ticket.number, expectedNext[r->ticket.prefix]++);
            labels << r->ticket.label;
        }
    } else {
        const OfficeConfig config = m_config;
        const QDateTime now = m_clock->now;
        const QString path = dir.filePath(u"office.db"_s);
        std::vector<QStringList> perThread(threads);
        std::vector<QString> threadErrors(threads);
        QList<QThread *> workers;
        for (int w = 0; w < threads; ++w) {
            workers << QThread::create([&, w] {
                auto s = OfficeStore::open(config, path);
                if (!s) {
                    threadErrors[w] = errorText(s.error());
                    return;
                }
                (*s)->setClock([now] { return now; });
                for (int i = 0; i < perStore; ++i) {
                    auto r = (*s)->tickets().issue(request(services[(i + w) % services.size()]), kKiosk);
                    if (!r) {
                        threadErrors[w] = errorText(r.error());
                        return;
                    }
                    perThread[w] << r->ticket.label;
                }
            });
        }
        for (QThread *t : workers)
            t->start();
        for (QThread *t : workers) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        for (int w = 0; w < threads; ++w) {
            if (!threadErrors[w].isEmpty())
                errors << threadErrors[w];
            labels += perThread[w];
        }
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"\n"_s)));
    const int total = (threads == 0 ? 2 : threads) * perStore;
    QCOMPARE(labels.size(), total);
    // No number handed out twice, none skipped.
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), total);
    for (const QString &prefix : {u"A"_s, u"C"_s}) {
        QStringList mine = labels.filter(QRegularExpression(u"^%1\\d+$"_s.arg(prefix)));
        mine.sort();
        for (int i = 0; i < mine.size(); ++i)
            QCOMPARE(mine[i], label(prefix, i + 1));
    }
    QCOMPARE(TicketCounts::of(main->db()), (TicketCounts{total, total, total}));
    QVERIFY(ticketInvariantProblems(main->db()).isEmpty());
    auto verify = main->audit().verify();
    QVERIFY(verify);
    QVERIFY2(verify->problems.isEmpty(), qPrintable(verify->problems.join(u"\n"_s)));
    QCOMPARE(verify->entries, total);
}

QTEST_GUILESS_MAIN(TestTicketIssue)
#include "tst_ticketissue.moc"
