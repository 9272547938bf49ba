// Tests of the queue actions in app/storage/ticketrepository (act()), on a
// real SQLite file: every allowed action with its one audit entry and one
// outbox row; every forbidden one (Conflict, nothing changed); no-show after
// N recalls; transfer, park and resume; waiting and service times from the
// store's clock.
#include "ticketfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tiepdan;
using namespace storagefixture;
using namespace ticketfixture;
using namespace Qt::StringLiterals;

namespace {

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
QString describe(const Actions &actions)
{
    QStringList s;
    for (QueueAction a : actions)
        s << kActionName.value(a);
    return s.isEmpty() ? u"issued"_s : s.join(u'>');
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

} // namespace

class TestQueueActions : public TicketTest {
    Q_OBJECT

private slots:
    void initTestCase();
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
    void times_data();
    void times();
};

void TestQueueActions::initTestCase()
{
    loadShippedConfig();
}

// ---------------------------------------------------------------------------
// Queue actions

void TestQueueActions::actions_data()
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

void TestQueueActions::actions()
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

void TestQueueActions::forbidden_data()
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

void TestQueueActions::forbidden()
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

void TestQueueActions::noShow_data()
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

void TestQueueActions::noShow()
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

void TestQueueActions::transfer_data()
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

void TestQueueActions::transfer()
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

void TestQueueActions::parkResume_data()
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

void TestQueueActions::parkResume()
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
// Waiting and service times

void TestQueueActions::times_data()
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

void TestQueueActions::times()
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

QTEST_GUILESS_MAIN(TestQueueActions)
#include "tst_queueactions.moc"
