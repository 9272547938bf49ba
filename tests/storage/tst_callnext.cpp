// Tests of calling the next ticket in app/storage/ticketrepository
// (callNext()), on a real SQLite file: an empty queue, the counter's
// services, and the priority policy (strict and interleaved, exact call
// order).
#include "ticketfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tiepdan;
using namespace storagefixture;
using namespace ticketfixture;
using namespace Qt::StringLiterals;

namespace {

// Issues one ticket per token: "A" = service with prefix A, "A*" = priority.
QStringList issueTokens(OfficeStore &store, const QStringList &tokens, QString *error)
{
    static const QStringList categories{u"elderly"_s, u"disability"_s, u"pregnancy"_s, u"merit"_s};
    QStringList labels;
    int p = 0;
    for (const QString &tok : tokens) {
        const bool priority = tok.endsWith(u'*');
        const Service *s = store.config().serviceByPrefix(priority ? tok.chopped(1) : tok);
        if (!s) {
            *error = u"no service with prefix %1"_s.arg(tok);
            return {};
        }
        auto r =
            store.tickets().issue(request(s->id, priority ? categories[p++ % categories.size()] : QString()), kKiosk);
        if (!r) {
            *error = errorText(r.error());
            return {};
        }
        labels << r->ticket.label;
    }
    return labels;
}

} // namespace

class TestCallNext : public TicketTest {
    Q_OBJECT

private slots:
    void initTestCase();
    void callNextEmpty_data();
    void callNextEmpty();
    void counterServices_data();
    void counterServices();
    void priority_data();
    void priority();
};

void TestCallNext::initTestCase()
{
    loadShippedConfig();
}

// ---------------------------------------------------------------------------
// callNext

void TestCallNext::callNextEmpty_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<int>("counter");

    QTest::newRow("no ticket at all") << Setup([](TicketRepository &, FakeClock &) {}) << 1;
    QTest::newRow("only services of other counters") << Setup([](TicketRepository &t, FakeClock &) {
        issueLabel(t, u"denunciation"_s);
        issueLabel(t, u"leader"_s);
    }) << 1;
    QTest::newRow("leader's room, complaints waiting") << Setup([](TicketRepository &t, FakeClock &) {
        issueLabel(t, u"complaint"_s);
        issueLabel(t, u"petition"_s, u"elderly"_s);
    }) << 3;
    QTest::newRow("all done, no-show or cancelled") << Setup([](TicketRepository &t, FakeClock &) {
        for (int i = 0; i < 3; ++i)
            issueLabel(t, u"complaint"_s);
        run(t, u"A001"_s, kPath.value(TicketState::Done));
        run(t, u"A002"_s, kPath.value(TicketState::NoShow));
        run(t, u"A003"_s, kPath.value(TicketState::Cancelled));
    }) << 1;
    QTest::newRow("only called and serving") << Setup([](TicketRepository &t, FakeClock &) {
        issueLabel(t, u"complaint"_s);
        issueLabel(t, u"complaint"_s);
        run(t, u"A001"_s, kPath.value(TicketState::Called));
        run(t, u"A002"_s, kPath.value(TicketState::Serving));
    }) << 1;
    QTest::newRow("only parked") << Setup([](TicketRepository &t, FakeClock &) {
        issueLabel(t, u"complaint"_s);
        run(t, u"A001"_s, kPath.value(TicketState::Parked));
    }) << 1;
    QTest::newRow("transferred to another counter") << Setup([](TicketRepository &t, FakeClock &) {
        issueLabel(t, u"complaint"_s);
        run(t, u"A001"_s, {QueueAction::Transfer}); // to counter 3
    }) << 2;
    QTest::newRow("yesterday's tickets still waiting") << Setup([](TicketRepository &t, FakeClock &c) {
        issueLabel(t, u"complaint"_s);
        issueLabel(t, u"petition"_s);
        c.advanceDays(1);
    }) << 1;
}

void TestCallNext::callNextEmpty()
{
    QFETCH(Setup, setup);
    QFETCH(int, counter);
    QTemporaryDir dir;
    auto store = open(dir);
    QVERIFY(store);
    setup(store->tickets(), *m_clock);
    const TicketCounts counts = TicketCounts::of(store->db());
    auto r = store->tickets().callNext(counter, kOfficer);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY2(r.error().message.contains(QString::number(counter)), qPrintable(r.error().message));
    QCOMPARE(TicketCounts::of(store->db()), counts);
}

void TestCallNext::counterServices_data()
{
    QTest::addColumn<int>("counter");
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QStringList>("calls"); // in order, then NotFound

    QTest::newRow("counter 1: complaint, petition, info")
        << 1 << QStringList{u"denunciation"_s, u"leader"_s, u"petition"_s, u"complaint"_s, u"info"_s, u"denunciation"_s}
        << QStringList{u"C001"_s, u"A001"_s, u"E001"_s};
    QTest::newRow("counter 2: complaint, denunciation, petition")
        << 2 << QStringList{u"info"_s, u"leader"_s, u"denunciation"_s, u"petition"_s, u"complaint"_s}
        << QStringList{u"B001"_s, u"C001"_s, u"A001"_s};
    QTest::newRow("counter 3: leader only")
        << 3 << QStringList{u"complaint"_s, u"leader"_s, u"info"_s, u"leader"_s} << QStringList{u"D001"_s, u"D002"_s};
}

void TestCallNext::counterServices()
{
    QFETCH(int, counter);
    QFETCH(QStringList, services);
    QFETCH(QStringList, calls);
    QTemporaryDir dir;
    auto store = open(dir);
    QVERIFY(store);
    for (const QString &s : services)
        QVERIFY(store->tickets().issue(request(s), kKiosk));
    QStringList called;
    for (;;) {
        auto r = store->tickets().callNext(counter, kOfficer);
        if (!r) {
            QCOMPARE(r.error().code, ErrorCode::NotFound);
            break;
        }
        QCOMPARE(r->counter, counter);
        QVERIFY2(m_config.counter(counter)->serviceIds.contains(r->serviceId), qPrintable(r->label));
        called << r->label;
        QVERIFY(called.size() <= services.size());
    }
    QCOMPARE(called, calls);
    // The others still wait.
    QCOMPARE(rowCount(store->db(), u"tickets"_s, u"state = 'waiting'"_s), services.size() - calls.size());
    QCOMPARE(rowCount(store->db(), u"tickets"_s, u"state = 'called' AND counter = ?"_s, {counter}), calls.size());
    auto unknown = store->tickets().callNext(9, kOfficer);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::InvalidInput);
}

void TestCallNext::priority_data()
{
    QTest::addColumn<PriorityPolicy::Mode>("mode");
    QTest::addColumn<int>("every");
    QTest::addColumn<QStringList>("queue"); // issue order; "A*" = priority ticket of service A
    QTest::addColumn<QStringList>("calls"); // counter 1's calls, in order

    const auto strict = PriorityPolicy::Mode::Strict;
    const auto inter = PriorityPolicy::Mode::Interleaved;
    auto q = [](const QString &s) { return s.split(u' '); };

    QTest::newRow("strict: priority first, then issue order")
        << strict << 3 << q(u"A A A* A A*"_s) << q(u"A003 A005 A001 A002 A004"_s);
    QTest::newRow("strict: regular only") << strict << 3 << q(u"A A A"_s) << q(u"A001 A002 A003"_s);
    QTest::newRow("strict: priority only") << strict << 3 << q(u"A* A* A*"_s) << q(u"A001 A002 A003"_s);
    QTest::newRow("strict: across the counter's services")
        << strict << 3 << q(u"A C E* A C*"_s) << q(u"E001 C002 A001 C001 A002"_s);
    QTest::newRow("interleaved 3: one priority after three regular")
        << inter << 3 << q(u"A A A* A A A A* A* A A"_s) << q(u"A001 A002 A004 A003 A005 A006 A009 A007 A010 A008"_s);
    QTest::newRow("interleaved 3: priority only") << inter << 3 << q(u"A* A* A*"_s) << q(u"A001 A002 A003"_s);
    QTest::newRow("interleaved 3: priority waits for three regular calls")
        << inter << 3 << q(u"A* A A A A"_s) << q(u"A002 A003 A004 A001 A005"_s);
    QTest::newRow("interleaved 3: across the counter's services")
        << inter << 3 << q(u"A A C* C A E C"_s) << q(u"A001 A002 C002 C001 A003 E001 C003"_s);
    QTest::newRow("interleaved 1: alternate") << inter << 1 << q(u"A A A* A* A"_s) << q(u"A001 A003 A002 A004 A005"_s);
    QTest::newRow("interleaved 2: priority tickets first in line")
        << inter << 2 << q(u"A* A* A* A* A A A A"_s) << q(u"A005 A006 A001 A007 A008 A002 A003 A004"_s);
    QTest::newRow("interleaved 4: two rounds")
        << inter << 4 << q(u"A* A* A A A A A A A A"_s) << q(u"A003 A004 A005 A006 A001 A007 A008 A009 A010 A002"_s);
}

void TestCallNext::priority()
{
    QFETCH(PriorityPolicy::Mode, mode);
    QFETCH(int, every);
    QFETCH(QStringList, queue);
    QFETCH(QStringList, calls);
    OfficeConfig config = m_config;
    config.priority.mode = mode;
    config.priority.interleaveEvery = every;
    QTemporaryDir dir;
    auto store = open(dir, &config);
    QVERIFY(store);
    QString error;
    const QStringList labels = issueTokens(*store, queue, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(labels.size(), queue.size());
    QStringList called;
    for (int i = 0; i <= queue.size(); ++i) {
        m_clock->advanceSecs(60);
        auto r = store->tickets().callNext(1, kOfficer);
        if (!r) {
            QCOMPARE(r.error().code, ErrorCode::NotFound);
            break;
        }
        called << r->label;
        // Finished before the next call, as a counter does.
        QVERIFY(store->tickets().act(r->label, QueueAction::Start, kOfficer, 1));
        QVERIFY(store->tickets().act(r->label, QueueAction::Finish, kOfficer, 1));
    }
    QCOMPARE(called, calls);
}

QTEST_GUILESS_MAIN(TestCallNext)
#include "tst_callnext.moc"
