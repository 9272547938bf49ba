// Tests of app/storage/ticketrepository: queue tickets on a real SQLite file.
//
// Covers: numbering per prefix and per day, labels, people ahead; issue
// errors (nothing written); every queue action through act() with its one
// audit entry and one outbox row; every forbidden action (Conflict, nothing
// changed); no-show after N recalls; transfer, park and resume; callNext
// with the counter's services and the priority policy (strict and
// interleaved, exact call order); waiting and service times from the
// store's clock; scanned payloads (real and edited); two connections on one
// file never handing out the same number.
#include "storagefixture.h"

#include "keys.h"
#include "officestore.h"
#include "queuepolicy.h"
#include "ticketcode.h"
#include "ticketrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>
#include <functional>
#include <memory>
#include <vector>

using namespace tiepdan;
using namespace storagefixture;
using namespace Qt::StringLiterals;

using Actions = QList<QueueAction>;
using Setup = std::function<void(TicketRepository &, FakeClock &)>;
using PayloadEdit = std::function<QString(const QString &payload, const QString &other, const QByteArray &officeKey)>;

Q_DECLARE_METATYPE(QueueAction)
Q_DECLARE_METATYPE(TicketState)
Q_DECLARE_METATYPE(Actions)
Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(PayloadEdit)
Q_DECLARE_METATYPE(PriorityPolicy::Mode)

namespace {

const QString kKiosk = u"kiosk-1"_s;
const QString kOfficer = u"canbo.thu"_s;

// The names the database, the audit trail and the outbox carry. Written
// out here rather than taken from the code under test.
const QMap<QueueAction, QString> kActionName = {
    {QueueAction::Call, u"call"_s},     {QueueAction::Recall, u"recall"_s},     {QueueAction::Start, u"start"_s},
    {QueueAction::Finish, u"finish"_s}, {QueueAction::NoShow, u"no_show"_s},    {QueueAction::Park, u"park"_s},
    {QueueAction::Resume, u"resume"_s}, {QueueAction::Transfer, u"transfer"_s}, {QueueAction::Cancel, u"cancel"_s},
};
const QMap<TicketState, QString> kStateName = {
    {TicketState::Waiting, u"waiting"_s},         {TicketState::Called, u"called"_s},
    {TicketState::Serving, u"serving"_s},         {TicketState::Done, u"done"_s},
    {TicketState::NoShow, u"no_show"_s},          {TicketState::Parked, u"parked"_s},
    {TicketState::Transferred, u"transferred"_s}, {TicketState::Cancelled, u"cancelled"_s},
};

// The state machine of queuepolicy.h's diagram.
const QMap<TicketState, Actions> kAllowed = {
    {TicketState::Waiting, {QueueAction::Call, QueueAction::Transfer, QueueAction::Cancel}},
    {TicketState::Called,
     {QueueAction::Recall, QueueAction::Start, QueueAction::NoShow, QueueAction::Park, QueueAction::Transfer,
      QueueAction::Cancel}},
    {TicketState::Serving, {QueueAction::Finish, QueueAction::Park, QueueAction::Transfer}},
    {TicketState::Parked, {QueueAction::Call, QueueAction::Resume, QueueAction::Transfer, QueueAction::Cancel}},
    {TicketState::Transferred, {QueueAction::Call, QueueAction::Cancel}},
    {TicketState::Done, {}},
    {TicketState::NoShow, {}},
    {TicketState::Cancelled, {}},
};
const QMap<QueueAction, TicketState> kTarget = {
    {QueueAction::Call, TicketState::Called},      {QueueAction::Recall, TicketState::Called},
    {QueueAction::Start, TicketState::Serving},    {QueueAction::Finish, TicketState::Done},
    {QueueAction::NoShow, TicketState::NoShow},    {QueueAction::Park, TicketState::Parked},
    {QueueAction::Resume, TicketState::Waiting},   {QueueAction::Transfer, TicketState::Transferred},
    {QueueAction::Cancel, TicketState::Cancelled},
};
// How a fresh waiting ticket gets into each state (noShowAfterRecalls = 2).
const QMap<TicketState, Actions> kPath = {
    {TicketState::Waiting, {}},
    {TicketState::Called, {QueueAction::Call}},
    {TicketState::Serving, {QueueAction::Call, QueueAction::Start}},
    {TicketState::Done, {QueueAction::Call, QueueAction::Start, QueueAction::Finish}},
    {TicketState::NoShow, {QueueAction::Call, QueueAction::Recall, QueueAction::Recall, QueueAction::NoShow}},
    {TicketState::Parked, {QueueAction::Call, QueueAction::Park}},
    {TicketState::Transferred, {QueueAction::Transfer}},
    {TicketState::Cancelled, {QueueAction::Cancel}},
};

constexpr int kActingCounter = 1;
constexpr int kTransferTarget = 3;

QString label(const QString &prefix, int n)
{
    return prefix + u"%1"_s.arg(n, 3, 10, QLatin1Char('0'));
}

QString describe(const Actions &actions)
{
    QStringList s;
    for (QueueAction a : actions)
        s << kActionName.value(a);
    return s.isEmpty() ? u"issued"_s : s.join(u'>');
}

// Applies `actions` to ticket `lbl` at counter 1 (transfers go to counter 3).
bool run(TicketRepository &tickets, const QString &lbl, const Actions &actions, QString *error = nullptr)
{
    for (QueueAction a : actions) {
        auto r = tickets.act(lbl, a, kOfficer, kActingCounter, a == QueueAction::Transfer ? kTransferTarget : 0);
        if (!r) {
            if (error)
                *error = u"%1 %2: %3"_s.arg(kActionName.value(a), lbl, errorText(r.error()));
            return false;
        }
    }
    return true;
}

IssueRequest request(const QString &service, const QString &priority = {})
{
    IssueRequest r;
    r.serviceId = service;
    r.priorityCategory = priority;
    return r;
}

QString issueLabel(TicketRepository &tickets, const QString &service, const QString &priority = {})
{
    auto r = tickets.issue(request(service, priority), kKiosk);
    return r ? r->ticket.label : u"<%1>"_s.arg(errorText(r.error()));
}

struct AuditRow {
    qint64 seq = 0;
    QString actor, action, entity, entityId;
    QJsonObject detail;
};
AuditRow lastAudit(Database &db)
{
    AuditRow a;
    auto q = db.exec(u"SELECT seq, actor, action, entity, entity_id, detail FROM audit ORDER BY seq DESC LIMIT 1"_s);
    if (q && q->next())
        a = {q->value(0).toLongLong(), q->value(1).toString(),
             q->value(2).toString(),   q->value(3).toString(),
             q->value(4).toString(),   QJsonDocument::fromJson(q->value(5).toByteArray()).object()};
    return a;
}

struct OutboxRow {
    QString recordId, kind;
    int version = 0;
    QJsonObject payload;
};
OutboxRow lastOutbox(Database &db)
{
    OutboxRow o;
    auto q = db.exec(u"SELECT record_id, record_kind, version, payload FROM outbox ORDER BY seq DESC LIMIT 1"_s);
    if (q && q->next())
        o = {q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(),
             QJsonDocument::fromJson(q->value(3).toByteArray()).object()};
    return o;
}

qint64 auditSeqOf(Database &db, const QString &uuid)
{
    auto v = db.scalar(u"SELECT audit_seq FROM tickets WHERE uuid = ?"_s, {uuid});
    return v ? v->toLongLong() : -1;
}

QString json(const Ticket &t)
{
    return QString::fromUtf8(QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact));
}

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

class TestTickets : public QObject {
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

    void actions_data();
    void actions();
    void forbidden_data();
    void forbidden();
    void noShow_data();
    void noShow();
    void transfer_data();
    void transfer();
    void parkResume_data();
    void parkResume();

    void callNextEmpty_data();
    void callNextEmpty();
    void counterServices_data();
    void counterServices();
    void priority_data();
    void priority();

    void times_data();
    void times();
    void payload_data();
    void payload();
    void twoConnections_data();
    void twoConnections();

private:
    std::unique_ptr<OfficeStore> open(const QTemporaryDir &dir, const OfficeConfig *config = nullptr);
    OfficeConfig m_config;
    std::shared_ptr<FakeClock> m_clock;
};

void TestTickets::initTestCase()
{
    QLoggingCategory::setFilterRules(u"tiepdan.*.info=false\ntiepdan.storage.warning=false"_s);
    const ConfigLoadResult cfg = shippedConfig();
    QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
    m_config = cfg.config;
    // What the rows below assume of the shipped configuration.
    QCOMPARE(m_config.priority.noShowAfterRecalls, 2);
    QVERIFY(m_config.priority.mode == PriorityPolicy::Mode::Interleaved);
    QCOMPARE(m_config.priority.interleaveEvery, 3);
    QCOMPARE(m_config.service(u"complaint"_s)->prefix, u"A"_s);
    QCOMPARE(m_config.service(u"petition"_s)->prefix, u"C"_s);
    QCOMPARE(m_config.counter(1)->serviceIds, (QStringList{u"complaint"_s, u"petition"_s, u"info"_s}));
    QCOMPARE(m_config.counter(2)->serviceIds, (QStringList{u"complaint"_s, u"denunciation"_s, u"petition"_s}));
    QCOMPARE(m_config.counter(3)->serviceIds, (QStringList{u"leader"_s}));
}

std::unique_ptr<OfficeStore> TestTickets::open(const QTemporaryDir &dir, const OfficeConfig *config)
{
    m_clock = std::make_shared<FakeClock>(); // Monday 2026-11-23 08:00
    return openStore(config ? *config : m_config, dir, m_clock);
}

// ---------------------------------------------------------------------------
// Numbering, labels, people ahead

void TestTickets::numbering_data()
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

void TestTickets::numbering()
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

void TestTickets::nextDay_data()
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

void TestTickets::nextDay()
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

void TestTickets::peopleAhead_data()
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

void TestTickets::peopleAhead()
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

void TestTickets::issueErrors_data()
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

void TestTickets::issueErrors()
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
// Queue actions

void TestTickets::actions_data()
{
    QTest::addColumn<Actions>("setup");
    QTest::addColumn<QueueAction>("action");
    QTest::addColumn<TicketState>("expected");

    for (auto it = kAllowed.begin(); it != kAllowed.end(); ++it) {
        for (QueueAction a : it.value()) {
            Actions path = kPath.value(it.key());
            if (a == QueueAction::NoShow)
                path << QueueAction::Recall << QueueAction::Recall; // noShowAfterRecalls = 2
            QTest::addRow("%s: %s", qPrintable(describe(path)), qPrintable(kActionName.value(a)))
                << path << a << kTarget.value(a);
        }
    }
}

void TestTickets::actions()
{
    QFETCH(Actions, setup);
    QFETCH(QueueAction, action);
    QFETCH(TicketState, expected);
    QTemporaryDir dir;
    auto store = open(dir);
    QVERIFY(store);
    TicketRepository &tickets = store->tickets();
    Database &db = store->db();
    QCOMPARE(issueLabel(tickets, u"complaint"_s), u"A001"_s);
    QCOMPARE(issueLabel(tickets, u"complaint"_s), u"A002"_s); // a bystander
    QString error;
    for (QueueAction a : setup) {
        m_clock->advanceSecs(60);
        QVERIFY2(run(tickets, u"A001"_s, {a}, &error), qPrintable(error));
    }
    auto before = tickets.find(u"A001"_s, m_clock->now.date());
    QVERIFY(before);
    const Ticket bystander = *tickets.find(u"A002"_s, m_clock->now.date());
    const TicketCounts counts = TicketCounts::of(db);

    m_clock->advanceSecs(90);
    const int target = action == QueueAction::Transfer ? kTransferTarget : 0;
    auto r = tickets.act(u"a-1"_s, action, kOfficer, kActingCounter, target);
    QVERIFY2(r, r ? "" : qPrintable(errorText(r.error())));
    QCOMPARE(kStateName.value(r->state), kStateName.value(expected));
    QCOMPARE(r->version, before->version + 1);
    QCOMPARE(r->uuid, before->uuid);

    // What was stored is what was returned.
    auto after = tickets.find(u"A001"_s, m_clock->now.date());
    QVERIFY(after);
    QCOMPARE(json(*after), json(*r));
    QCOMPARE(json(*tickets.find(u"A002"_s, m_clock->now.date())), json(bystander));

    // Exactly one audit entry and one outbox row.
    QCOMPARE(TicketCounts::of(db), (TicketCounts{counts.tickets, counts.audit + 1, counts.outbox + 1}));
    const AuditRow a = lastAudit(db);
    QCOMPARE(a.action, u"ticket."_s + kActionName.value(action));
    QCOMPARE(a.entity, u"ticket"_s);
    QCOMPARE(a.entityId, before->uuid);
    QCOMPARE(a.actor, kOfficer);
    QCOMPARE(a.detail.value(u"label"_s).toString(), u"A001"_s);
    QCOMPARE(a.detail.value(u"from"_s).toString(), kStateName.value(before->state));
    QCOMPARE(a.detail.value(u"to"_s).toString(), kStateName.value(expected));
    QCOMPARE(auditSeqOf(db, before->uuid), a.seq);
    const OutboxRow o = lastOutbox(db);
    QCOMPARE(o.recordId, before->uuid);
    QCOMPARE(o.kind, u"ticket"_s);
    QCOMPARE(o.version, r->version);
    QCOMPARE(o.payload.value(u"state"_s).toString(), kStateName.value(expected));
    QCOMPARE(o.payload.value(u"label"_s).toString(), u"A-001"_s);

    // The action's own effect, nothing else.
    const QDateTime now = m_clock->now;
    QCOMPARE(r->recalls, before->recalls + (action == QueueAction::Recall ? 1 : 0));
    switch (action) {
    case QueueAction::Call:
        QCOMPARE(r->counter, kActingCounter);
        QCOMPARE(r->targetCounter, 0);
        QCOMPARE(r->calledAt, before->calledAt.isValid() ? before->calledAt : now);
        break;
    case QueueAction::Start: QCOMPARE(r->startedAt, now); break;
    case QueueAction::Finish:
    case QueueAction::NoShow:
    case QueueAction::Cancel: QCOMPARE(r->finishedAt, now); break;
    case QueueAction::Transfer:
        QCOMPARE(r->targetCounter, kTransferTarget);
        QCOMPARE(a.detail.value(u"targetCounter"_s).toInt(), kTransferTarget);
        break;
    default:
        QCOMPARE(r->calledAt, before->calledAt);
        QCOMPARE(r->startedAt, before->startedAt);
        QCOMPARE(r->finishedAt, before->finishedAt);
        break;
    }
    QCOMPARE(r->issuedAt, before->issuedAt);
    QCOMPARE(r->payload, before->payload);
    const QStringList problems = ticketInvariantProblems(db);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    auto verify = store->audit().verify();
    QVERIFY(verify && verify->problems.isEmpty());
}

void TestTickets::forbidden_data()
{
    QTest::addColumn<Actions>("setup");
    QTest::addColumn<QueueAction>("action");

    for (auto it = kAllowed.begin(); it != kAllowed.end(); ++it)
        for (auto a = kActionName.begin(); a != kActionName.end(); ++a)
            if (!it.value().contains(a.key()))
                QTest::addRow("%s: %s", qPrintable(kStateName.value(it.key())), qPrintable(a.value()))
                    << kPath.value(it.key()) << a.key();
    // No-show straight after the call: recalls are still owed.
    QTest::newRow("called, no recall: no_show") << kPath.value(TicketState::Called) << QueueAction::NoShow;
    QTest::newRow("called, one recall: no_show")
        << (kPath.value(TicketState::Called) << QueueAction::Recall) << QueueAction::NoShow;
}

void TestTickets::forbidden()
{
    QFETCH(Actions, setup);
    QFETCH(QueueAction, action);
    QTemporaryDir dir;
    auto store = open(dir);
    QVERIFY(store);
    TicketRepository &tickets = store->tickets();
    QCOMPARE(issueLabel(tickets, u"complaint"_s), u"A001"_s);
    QString error;
    QVERIFY2(run(tickets, u"A001"_s, setup, &error), qPrintable(error));
    auto before = tickets.find(u"A001"_s, m_clock->now.date());
    QVERIFY(before);
    const TicketCounts counts = TicketCounts::of(store->db());
    const qint64 seq = auditSeqOf(store->db(), before->uuid);

    m_clock->advanceSecs(60);
    auto r =
        tickets.act(u"A001"_s, action, kOfficer, kActingCounter, action == QueueAction::Transfer ? kTransferTarget : 0);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QVERIFY2(r.error().message.contains(u"A-001"_s), qPrintable(r.error().message));

    auto after = tickets.find(u"A001"_s, m_clock->now.date());
    QVERIFY(after);
    QCOMPARE(json(*after), json(*before)); // version, state, times, counters
    QCOMPARE(TicketCounts::of(store->db()), counts);
    QCOMPARE(auditSeqOf(store->db(), before->uuid), seq);
    auto verify = store->audit().verify();
    QVERIFY(verify && verify->problems.isEmpty());
}

void TestTickets::noShow_data()
{
    QTest::addColumn<int>("needed"); // policy.noShowAfterRecalls
    QTest::addColumn<int>("recalls");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("N=0, no recall") << 0 << 0 << true;
    QTest::newRow("N=1, no recall") << 1 << 0 << false;
    QTest::newRow("N=1, 1 recall") << 1 << 1 << true;
    QTest::newRow("N=2 (shipped), no recall") << 2 << 0 << false;
    QTest::newRow("N=2 (shipped), 1 recall") << 2 << 1 << false;
    QTest::newRow("N=2 (shipped), 2 recalls") << 2 << 2 << true;
    QTest::newRow("N=2 (shipped), 3 recalls") << 2 << 3 << true;
    QTest::newRow("N=3, 2 recalls") << 3 << 2 << false;
    QTest::newRow("N=3, 3 recalls") << 3 << 3 << true;
    QTest::newRow("N=5, 4 recalls") << 5 << 4 << false;
}

void TestTickets::noShow()
{
    QFETCH(int, needed);
    QFETCH(int, recalls);
    QFETCH(bool, allowed);
    OfficeConfig config = m_config;
    config.priority.noShowAfterRecalls = needed;
    QTemporaryDir dir;
    auto store = open(dir, &config);
    QVERIFY(store);
    TicketRepository &tickets = store->tickets();
    QCOMPARE(issueLabel(tickets, u"complaint"_s), u"A001"_s);
    Actions path{QueueAction::Call};
    for (int i = 0; i < recalls; ++i)
        path << QueueAction::Recall;
    QString error;
    QVERIFY2(run(tickets, u"A001"_s, path, &error), qPrintable(error));
    auto before = tickets.find(u"A001"_s, m_clock->now.date());
    QVERIFY(before);
    QCOMPARE(before->recalls, recalls);
    const TicketCounts counts = TicketCounts::of(store->db());

    m_clock->advanceSecs(120);
    auto r = tickets.act(u"A001"_s, QueueAction::NoShow, kOfficer, 1);
    QCOMPARE(r.ok(), allowed);
    if (allowed) {
        QCOMPARE(kStateName.value(r->state), kStateName.value(TicketState::NoShow));
        QCOMPARE(r->finishedAt, m_clock->now);
        QCOMPARE(lastAudit(store->db()).action, u"ticket.no_show"_s);
        QCOMPARE(TicketCounts::of(store->db()), (TicketCounts{counts.tickets, counts.audit + 1, counts.outbox + 1}));
        // Final: it cannot come back.
        auto again = tickets.act(u"A001"_s, QueueAction::Call, kOfficer, 1);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
    } else {
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QVERIFY2(r.error().message.contains(QString::number(needed - recalls)), qPrintable(r.error().message));
        QCOMPARE(json(*tickets.find(u"A001"_s, m_clock->now.date())), json(*before));
        QCOMPARE(TicketCounts::of(store->db()), counts);
        // One more recall at a time until it is allowed.
        for (int i = recalls; i < needed; ++i)
            QVERIFY(tickets.act(u"A001"_s, QueueAction::Recall, kOfficer, 1));
        QVERIFY(tickets.act(u"A001"_s, QueueAction::NoShow, kOfficer, 1));
    }
}

void TestTickets::transfer_data()
{
    QTest::addColumn<Actions>("before"); // applied to A003 before the transfer
    QTest::addColumn<int>("target");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("otherCounterCalls"); // counter 1 meanwhile
    QTest::addColumn<QString>("thenAtTarget");      // after the transferred ticket

    QTest::newRow("from waiting to counter 3") << Actions{} << 3 << false << u"A001"_s << u"D001"_s;
    QTest::newRow("from called to counter 3") << Actions{QueueAction::Call} << 3 << false << u"A001"_s << u"D001"_s;
    QTest::newRow("from serving to counter 3")
        << Actions{QueueAction::Call, QueueAction::Start} << 3 << false << u"A001"_s << u"D001"_s;
    QTest::newRow("from parked to counter 3")
        << Actions{QueueAction::Call, QueueAction::Park} << 3 << false << u"A001"_s << u"D001"_s;
    QTest::newRow("to counter 3, strict policy, priority waiting there")
        << Actions{} << 3 << true << u"A001"_s << u"D002"_s;
    QTest::newRow("to counter 2, ahead of earlier complaints") << Actions{} << 2 << false << u"A001"_s << u"A002"_s;
}

void TestTickets::transfer()
{
    QFETCH(Actions, before);
    QFETCH(int, target);
    QFETCH(bool, strict);
    QFETCH(QString, otherCounterCalls);
    QFETCH(QString, thenAtTarget);
    OfficeConfig config = m_config;
    if (strict)
        config.priority.mode = PriorityPolicy::Mode::Strict;
    QTemporaryDir dir;
    auto store = open(dir, &config);
    QVERIFY(store);
    TicketRepository &tickets = store->tickets();
    QCOMPARE(issueLabel(tickets, u"leader"_s), u"D001"_s);
    QCOMPARE(issueLabel(tickets, u"leader"_s, strict ? u"elderly"_s : QString()), u"D002"_s);
    QCOMPARE(issueLabel(tickets, u"complaint"_s), u"A001"_s);
    QCOMPARE(issueLabel(tickets, u"complaint"_s), u"A002"_s);
    QCOMPARE(issueLabel(tickets, u"complaint"_s), u"A003"_s); // issued last
    QString error;
    QVERIFY2(run(tickets, u"A003"_s, before, &error), qPrintable(error));
    auto moved = tickets.act(u"A003"_s, QueueAction::Transfer, kOfficer, 0, target);
    QVERIFY2(moved, moved ? "" : qPrintable(errorText(moved.error())));
    QCOMPARE(kStateName.value(moved->state), kStateName.value(TicketState::Transferred));
    QCOMPARE(moved->targetCounter, target);

    // Counter 1 does not take a ticket sent elsewhere.
    auto other = tickets.callNext(1, kOfficer);
    QVERIFY(other);
    QCOMPARE(other->label, otherCounterCalls);

    m_clock->advanceSecs(30);
    auto first = tickets.callNext(target, kOfficer);
    QVERIFY2(first, first ? "" : qPrintable(errorText(first.error())));
    QCOMPARE(first->label, u"A003"_s);
    QCOMPARE(kStateName.value(first->state), kStateName.value(TicketState::Called));
    QCOMPARE(first->counter, target);
    QCOMPARE(first->targetCounter, 0);
    QCOMPARE(lastAudit(store->db()).action, u"ticket.call"_s);
    auto next = tickets.callNext(target, kOfficer);
    QVERIFY(next);
    QCOMPARE(next->label, thenAtTarget);
    QVERIFY(ticketInvariantProblems(store->db()).isEmpty());
}

void TestTickets::parkResume_data()
{
    QTest::addColumn<Actions>("before");
    QTest::addColumn<QueueAction>("after"); // what happens to the parked ticket
    QTest::addColumn<TicketState>("state");

    const Actions called{QueueAction::Call};
    const Actions serving{QueueAction::Call, QueueAction::Start};
    QTest::newRow("parked while called, resumed") << called << QueueAction::Resume << TicketState::Waiting;
    QTest::newRow("parked while serving, resumed") << serving << QueueAction::Resume << TicketState::Waiting;
    QTest::newRow("parked, called back out of order") << serving << QueueAction::Call << TicketState::Called;
    QTest::newRow("parked, cancelled") << called << QueueAction::Cancel << TicketState::Cancelled;
    QTest::newRow("parked, transferred") << called << QueueAction::Transfer << TicketState::Transferred;
}

void TestTickets::parkResume()
{
    QFETCH(Actions, before);
    QFETCH(QueueAction, after);
    QFETCH(TicketState, state);
    QTemporaryDir dir;
    auto store = open(dir);
    QVERIFY(store);
    TicketRepository &tickets = store->tickets();
    QCOMPARE(issueLabel(tickets, u"complaint"_s), u"A001"_s);
    QCOMPARE(issueLabel(tickets, u"complaint"_s), u"A002"_s);
    QString error;
    QVERIFY2(run(tickets, u"A001"_s, before, &error), qPrintable(error));
    auto parked = tickets.act(u"A001"_s, QueueAction::Park, kOfficer, 1);
    QVERIFY(parked);
    QCOMPARE(kStateName.value(parked->state), kStateName.value(TicketState::Parked));

    // While parked nobody calls it.
    auto meanwhile = tickets.callNext(1, kOfficer);
    QVERIFY(meanwhile);
    QCOMPARE(meanwhile->label, u"A002"_s);
    QCOMPARE(issueLabel(tickets, u"complaint"_s), u"A003"_s);

    auto r = tickets.act(u"A001"_s, after, kOfficer, 1, after == QueueAction::Transfer ? 3 : 0);
    QVERIFY2(r, r ? "" : qPrintable(errorText(r.error())));
    QCOMPARE(kStateName.value(r->state), kStateName.value(state));
    QCOMPARE(r->version, parked->version + 1);
    QCOMPARE(lastAudit(store->db()).action, u"ticket."_s + kActionName.value(after));

    auto next = tickets.callNext(1, kOfficer);
    QVERIFY(next);
    // Resumed, it is back in the queue in its issue place (ahead of A003).
    QCOMPARE(next->label, state == TicketState::Waiting ? u"A001"_s : u"A003"_s);
    QVERIFY(ticketInvariantProblems(store->db()).isEmpty());
}

// ---------------------------------------------------------------------------
// callNext

void TestTickets::callNextEmpty_data()
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

void TestTickets::callNextEmpty()
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

void TestTickets::counterServices_data()
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

void TestTickets::counterServices()
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

void TestTickets::priority_data()
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

void TestTickets::priority()
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

// ---------------------------------------------------------------------------
// Waiting and service times

void TestTickets::times_data()
{
    QTest::addColumn<int>("waitSecs");    // issue -> call
    QTest::addColumn<int>("walkSecs");    // call -> start
    QTest::addColumn<int>("serviceSecs"); // start -> finish
    QTest::addColumn<int>("estimate");    // minutes for 3 people ahead afterwards

    // complaint: 20 expected minutes, called at counters 1 and 2.
    QTest::newRow("12 min service") << 25 * 60 << 45 << 12 * 60 << 18;
    QTest::newRow("7 min service") << 0 << 0 << 7 * 60 << 11;            // 3 * 7 / 2 = 10.5 -> 11
    QTest::newRow("45 min service") << 3 * 3600 << 120 << 45 * 60 << 68; // 67.5 -> 68
    QTest::newRow("90 s service") << 59 << 1 << 90 << 3;                 // 2.25 -> 3
}

void TestTickets::times()
{
    QFETCH(int, waitSecs);
    QFETCH(int, walkSecs);
    QFETCH(int, serviceSecs);
    QFETCH(int, estimate);
    QTemporaryDir dir;
    auto store = open(dir);
    QVERIFY(store);
    TicketRepository &tickets = store->tickets();

    auto before = tickets.estimateWaitMinutes(u"complaint"_s, 3);
    QVERIFY(before);
    QCOMPARE(*before, 30); // nothing served yet: 3 * 20 min over 2 counters
    QCOMPARE(*tickets.estimateWaitMinutes(u"complaint"_s, 0), 0);

    const QDateTime issued = m_clock->now;
    QCOMPARE(issueLabel(tickets, u"complaint"_s), u"A001"_s);
    m_clock->advanceSecs(waitSecs);
    auto called = tickets.callNext(2, kOfficer);
    QVERIFY(called);
    m_clock->advanceSecs(walkSecs);
    QVERIFY(tickets.act(u"A001"_s, QueueAction::Start, kOfficer, 2));
    m_clock->advanceSecs(serviceSecs);
    QVERIFY(tickets.act(u"A001"_s, QueueAction::Finish, kOfficer, 2));

    auto t = tickets.find(u"A001"_s, issued.date());
    QVERIFY(t);
    QCOMPARE(t->issuedAt, issued);
    QCOMPARE(t->issuedAt.secsTo(t->calledAt), waitSecs);
    QCOMPARE(t->calledAt.secsTo(t->startedAt), walkSecs);
    QCOMPARE(t->startedAt.secsTo(t->finishedAt), serviceSecs);
    QCOMPARE(t->finishedAt, m_clock->now);
    QCOMPARE(t->counter, 2);

    auto after = tickets.estimateWaitMinutes(u"complaint"_s, 3);
    QVERIFY(after);
    QCOMPARE(*after, estimate);
    // Another service's estimate is not affected.
    QCOMPARE(*tickets.estimateWaitMinutes(u"leader"_s, 2), 60); // 2 * 30 min, one counter
}

// ---------------------------------------------------------------------------
// Scanned payloads

void TestTickets::payload_data()
{
    QTest::addColumn<PayloadEdit>("edit");
    QTest::addColumn<int>("code"); // 0: A001 found

    auto field = [](int i, std::function<QString(const QString &)> f) {
        return PayloadEdit([i, f](const QString &p, const QString &, const QByteArray &) {
            QStringList parts = p.split(u'.');
            parts[i] = f(parts[i]);
            return parts.join(u'.');
        });
    };
    auto otherChar = [](const QString &s) {
        QString out = s;
        out[0] = out[0] == u'A' ? u'B' : u'A';
        return out;
    };
    const int forged = int(ErrorCode::Forged);
    const int invalid = int(ErrorCode::InvalidInput);
    const int notFound = int(ErrorCode::NotFound);

    QTest::newRow("as printed") << PayloadEdit([](const QString &p, const QString &, const QByteArray &) { return p; })
                                << 0;
    QTest::newRow("scanner adds a newline")
        << PayloadEdit([](const QString &p, const QString &, const QByteArray &) { return p + u"\r\n"_s; }) << 0;
    QTest::newRow("scanner adds spaces") << PayloadEdit([](const QString &p, const QString &, const QByteArray &) {
        return u"  "_s + p + u" "_s;
    }) << 0;
    QTest::newRow("label edited to another ticket's") << field(4, [](const QString &) { return u"A002"_s; }) << forged;
    QTest::newRow("label edited to a ticket of nobody")
        << field(4, [](const QString &) { return u"A077"_s; }) << forged;
    QTest::newRow("date edited") << field(3, [](const QString &) { return u"20261124"_s; }) << forged;
    QTest::newRow("office edited") << field(2, [](const QString &) { return u"BN-KV2"_s; }) << forged;
    QTest::newRow("kind edited to appointment") << field(1, [](const QString &) { return u"A"_s; }) << forged;
    QTest::newRow("random id edited") << field(5, otherChar) << forged;
    QTest::newRow("signature edited") << field(6, otherChar) << forged;
    QTest::newRow("signature of another ticket")
        << PayloadEdit([](const QString &p, const QString &other, const QByteArray &) {
               QStringList parts = p.split(u'.');
               parts[6] = other.split(u'.').value(6);
               return parts.join(u'.');
           })
        << forged;
    QTest::newRow("signed with another office's key")
        << PayloadEdit([](const QString &p, const QString &, const QByteArray &) {
               const QStringList parts = p.split(u'.');
               TicketSigner stranger(randomBytes(KeySize));
               return stranger
                   .sign({TicketPayload::Kind::Ticket, parts[2], QDate::fromString(parts[3], u"yyyyMMdd"_s), parts[4],
                          parts[5]})
                   .value();
           })
        << forged;
    QTest::newRow("genuine code of a ticket not in this database") << PayloadEdit([](const QString &p, const QString &,
                                                                                     const QByteArray &key) {
        const QStringList parts = p.split(u'.');
        TicketSigner office(key);
        return office
            .sign({TicketPayload::Kind::Ticket, parts[2], QDate::fromString(parts[3], u"yyyyMMdd"_s), u"A077"_s, {}})
            .value();
    }) << notFound;
    QTest::newRow("lower case") << PayloadEdit([](const QString &p, const QString &, const QByteArray &) {
        return p.toLower();
    }) << invalid;
    QTest::newRow("cut short") << PayloadEdit([](const QString &p, const QString &, const QByteArray &) {
        return p.chopped(5);
    }) << invalid;
    QTest::newRow("empty") << PayloadEdit([](const QString &, const QString &, const QByteArray &) {
        return QString();
    }) << invalid;
}

void TestTickets::payload()
{
    QFETCH(PayloadEdit, edit);
    QFETCH(int, code);
    QTemporaryDir dir;
    auto store = open(dir);
    QVERIFY(store);
    auto a1 = store->tickets().issue(request(u"complaint"_s), kKiosk);
    auto a2 = store->tickets().issue(request(u"complaint"_s), kKiosk);
    QVERIFY(a1 && a2);
    auto key = readKeyFile(dir.filePath(u"keys/office.key"_s));
    QVERIFY(key);
    const QString scanned = edit(a1->ticket.payload, a2->ticket.payload, *key);
    if (code != 0 && !scanned.isEmpty())
        QVERIFY(scanned.trimmed() != a1->ticket.payload);
    const TicketCounts counts = TicketCounts::of(store->db());

    auto r = store->tickets().findByPayload(scanned);
    if (code == 0) {
        QVERIFY2(r, r ? "" : qPrintable(errorText(r.error())));
        QCOMPARE(r->uuid, a1->ticket.uuid);
        QCOMPARE(r->label, u"A001"_s);
    } else {
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
    }
    QCOMPARE(TicketCounts::of(store->db()), counts);
}

// ---------------------------------------------------------------------------
// Two connections on one file, as two processes (kiosk and desk) would

void TestTickets::twoConnections_data()
{
    QTest::addColumn<int>("threads"); // 0: two stores, alternating in this thread
    QTest::addColumn<int>("perStore");

    QTest::newRow("two stores, alternating") << 0 << 40;
    QTest::newRow("two threads at once") << 2 << 60;
    QTest::newRow("four threads at once") << 4 << 30;
}

void TestTickets::twoConnections()
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

QTEST_GUILESS_MAIN(TestTickets)
#include "tst_tickets.moc"
