// The queue's state machine (every state x action pair of the diagram in
// app/core/queuepolicy.h), the no-show rule, the stable string names, and
// the choice of the next ticket under strict and interleaved priority.
#include "queuepolicy.h"

#include <QSet>
#include <QTest>

using namespace tiepdan;

Q_DECLARE_METATYPE(tiepdan::TicketState)
Q_DECLARE_METATYPE(tiepdan::QueueAction)
Q_DECLARE_METATYPE(tiepdan::PriorityPolicy::Mode)

namespace {

using S = TicketState;
using A = QueueAction;

const QList<TicketState> kAllStates = {S::Waiting, S::Called, S::Serving,     S::Done,
                                       S::NoShow,  S::Parked, S::Transferred, S::Cancelled};
const QList<QueueAction> kAllActions = {A::Call, A::Recall, A::Start,    A::Finish, A::NoShow,
                                        A::Park, A::Resume, A::Transfer, A::Cancel};

// Names spelled out here, not taken from the code under test: they are what
// the database, the JSON export and the CLI carry.
const char *stateName(TicketState s)
{
    switch (s) {
    case S::Waiting: return "waiting";
    case S::Called: return "called";
    case S::Serving: return "serving";
    case S::Done: return "done";
    case S::NoShow: return "no_show";
    case S::Parked: return "parked";
    case S::Transferred: return "transferred";
    case S::Cancelled: return "cancelled";
    }
    return "?";
}

const char *actionName(QueueAction a)
{
    switch (a) {
    case A::Call: return "call";
    case A::Recall: return "recall";
    case A::Start: return "start";
    case A::Finish: return "finish";
    case A::NoShow: return "no_show";
    case A::Park: return "park";
    case A::Resume: return "resume";
    case A::Transfer: return "transfer";
    case A::Cancel: return "cancel";
    }
    return "?";
}

struct Transition {
    TicketState from;
    QueueAction action;
    TicketState to;
};

// Every arrow of the diagram in queuepolicy.h, written out by hand.
const QList<Transition> kAllowed = {
    {S::Waiting, A::Call, S::Called},          {S::Waiting, A::Transfer, S::Transferred},
    {S::Waiting, A::Cancel, S::Cancelled},

    {S::Called, A::Recall, S::Called},         {S::Called, A::Start, S::Serving},
    {S::Called, A::NoShow, S::NoShow},         {S::Called, A::Park, S::Parked},
    {S::Called, A::Transfer, S::Transferred},  {S::Called, A::Cancel, S::Cancelled},

    {S::Serving, A::Finish, S::Done},          {S::Serving, A::Park, S::Parked},
    {S::Serving, A::Transfer, S::Transferred},

    {S::Parked, A::Call, S::Called}, // out of order
    {S::Parked, A::Resume, S::Waiting},        {S::Parked, A::Transfer, S::Transferred},
    {S::Parked, A::Cancel, S::Cancelled},

    {S::Transferred, A::Call, S::Called},      {S::Transferred, A::Cancel, S::Cancelled},
};

bool isAllowed(TicketState from, QueueAction action)
{
    for (const Transition &t : kAllowed)
        if (t.from == from && t.action == action)
            return true;
    return false;
}

PriorityPolicy policy(PriorityPolicy::Mode mode, int every, int noShowAfter = 2)
{
    PriorityPolicy p;
    p.mode = mode;
    p.interleaveEvery = every;
    p.noShowAfterRecalls = noShowAfter;
    p.categories = {QStringLiteral("elderly"), QStringLiteral("disability")};
    return p;
}

// "R P TR TP": regular, priority, transferred-here regular, transferred-here
// priority; ids are 1, 2, 3... in the order written (= issue order).
QList<QueueCandidate> queue(const QString &spec)
{
    QList<QueueCandidate> out;
    const QStringList tokens = spec.split(u' ', Qt::SkipEmptyParts);
    for (const QString &t : tokens) {
        QueueCandidate c;
        c.id = out.size() + 1;
        c.transferredHere = t.startsWith(u'T');
        c.priority = t.endsWith(u'P');
        Q_ASSERT(t == QLatin1String("R") || t == QLatin1String("P") || t == QLatin1String("TR") ||
                 t == QLatin1String("TP"));
        out << c;
    }
    return out;
}

// "R*10 P*3" -> "R R R ... P P P"
QString repeat(const QString &token, int n)
{
    QStringList l;
    for (int i = 0; i < n; ++i)
        l << token;
    return l.join(u' ');
}

QString rowName(TicketState s, QueueAction a)
{
    return QStringLiteral("%1+%2").arg(QLatin1String(stateName(s)), QLatin1String(actionName(a)));
}

} // namespace

class TestQueuePolicy : public QObject {
    Q_OBJECT

private slots:
    void allowedTableIsWellFormed();

    void allowedTransitions_data();
    void allowedTransitions();

    void forbiddenTransitions_data();
    void forbiddenTransitions();

    void noShowNeedsRecalls_data();
    void noShowNeedsRecalls();

    void finalStates_data();
    void finalStates();
    void everyStateReachableAndCanEnd();

    void stateNames_data();
    void stateNames();
    void actionNames_data();
    void actionNames();
    void unknownNames_data();
    void unknownNames();

    void chooseNext_data();
    void chooseNext();

    void callSequence_data();
    void callSequence();
};

void TestQueuePolicy::allowedTableIsWellFormed()
{
    // Guards the hand-written table itself: no pair twice, 18 arrows.
    QSet<QString> seen;
    for (const Transition &t : kAllowed) {
        const QString key = rowName(t.from, t.action);
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        QVERIFY(!isFinal(t.from));
    }
    QCOMPARE(kAllowed.size(), 18);
}

// --- allowed transitions ------------------------------------------------

void TestQueuePolicy::allowedTransitions_data()
{
    QTest::addColumn<TicketState>("from");
    QTest::addColumn<QueueAction>("action");
    QTest::addColumn<TicketState>("to");
    QTest::addColumn<PriorityPolicy::Mode>("mode");

    for (const Transition &t : kAllowed)
        for (auto mode : {PriorityPolicy::Mode::Interleaved, PriorityPolicy::Mode::Strict})
            QTest::addRow("%s+%s->%s/%s", stateName(t.from), actionName(t.action), stateName(t.to),
                          mode == PriorityPolicy::Mode::Strict ? "strict" : "interleaved")
                << t.from << t.action << t.to << mode;
}

void TestQueuePolicy::allowedTransitions()
{
    QFETCH(TicketState, from);
    QFETCH(QueueAction, action);
    QFETCH(TicketState, to);
    QFETCH(PriorityPolicy::Mode, mode);

    const PriorityPolicy p = policy(mode, 3, 2);
    // Enough recalls for no-show; the count must not matter for the others.
    for (int recalls : {2, 3, 10}) {
        const auto r = nextState(from, action, recalls, p);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(stateName(r.value()), stateName(to));
    }
    if (action != A::NoShow) {
        const auto r = nextState(from, action, 0, p);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(stateName(r.value()), stateName(to));
    }
}

// --- forbidden transitions: the complement of the table -----------------

void TestQueuePolicy::forbiddenTransitions_data()
{
    QTest::addColumn<TicketState>("from");
    QTest::addColumn<QueueAction>("action");

    int rows = 0;
    for (TicketState s : kAllStates)
        for (QueueAction a : kAllActions)
            if (!isAllowed(s, a)) {
                QTest::newRow(qPrintable(rowName(s, a))) << s << a;
                ++rows;
            }
    Q_ASSERT(rows == kAllStates.size() * kAllActions.size() - kAllowed.size());
}

void TestQueuePolicy::forbiddenTransitions()
{
    QFETCH(TicketState, from);
    QFETCH(QueueAction, action);

    for (int recalls : {0, 2, 99}) {
        const auto r = nextState(from, action, recalls, policy(PriorityPolicy::Mode::Interleaved, 3, 2));
        QVERIFY2(!r.ok(), qPrintable(r.ok() ? QStringLiteral("allowed with %1 recalls, gave state %2")
                                                  .arg(recalls)
                                                  .arg(QLatin1String(stateName(r.value())))
                                            : QString()));
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QVERIFY(!r.error().message.isEmpty());
        // The reason names the current state, in the words the CLI uses.
        QVERIFY2(r.error().message.contains(QLatin1String(stateName(from))), qPrintable(r.error().message));
    }
    // Strict mode changes nothing about the state machine.
    const auto strict = nextState(from, action, 99, policy(PriorityPolicy::Mode::Strict, 3, 0));
    QVERIFY(!strict.ok());
    QCOMPARE(strict.error().code, ErrorCode::Conflict);
}

// --- no-show after N recalls --------------------------------------------

void TestQueuePolicy::noShowNeedsRecalls_data()
{
    QTest::addColumn<int>("needed");
    QTest::addColumn<int>("recalls");
    QTest::addColumn<bool>("allowed");

    for (int needed : {0, 1, 2, 3, 5})
        for (int recalls = 0; recalls <= needed + 2; ++recalls)
            QTest::addRow("need %d, recalled %d", needed, recalls) << needed << recalls << (recalls >= needed);
}

void TestQueuePolicy::noShowNeedsRecalls()
{
    QFETCH(int, needed);
    QFETCH(int, recalls);
    QFETCH(bool, allowed);

    const PriorityPolicy p = policy(PriorityPolicy::Mode::Interleaved, 3, needed);
    const auto r = nextState(S::Called, A::NoShow, recalls, p);
    QCOMPARE(r.ok(), allowed);
    if (allowed) {
        QCOMPARE(stateName(r.value()), stateName(S::NoShow));
    } else {
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        // "recall the ticket 2 more time(s) ..."
        QVERIFY2(r.error().message.contains(QString::number(needed - recalls)), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("recall")), qPrintable(r.error().message));
    }
    // Recalling stays possible whatever the count, and the state check comes
    // first: a waiting ticket is never a no-show, however often recalled.
    const auto recall = nextState(S::Called, A::Recall, recalls, p);
    QVERIFY(recall.ok());
    QCOMPARE(stateName(recall.value()), stateName(S::Called));
    const auto waiting = nextState(S::Waiting, A::NoShow, recalls, p);
    QVERIFY(!waiting.ok());
    QCOMPARE(waiting.error().code, ErrorCode::Conflict);
}

// --- final states -------------------------------------------------------

void TestQueuePolicy::finalStates_data()
{
    QTest::addColumn<TicketState>("state");
    QTest::addColumn<bool>("final");

    QTest::newRow("waiting") << S::Waiting << false;
    QTest::newRow("called") << S::Called << false;
    QTest::newRow("serving") << S::Serving << false;
    QTest::newRow("done") << S::Done << true;
    QTest::newRow("no_show") << S::NoShow << true;
    QTest::newRow("parked") << S::Parked << false;
    QTest::newRow("transferred") << S::Transferred << false;
    QTest::newRow("cancelled") << S::Cancelled << true;
}

void TestQueuePolicy::finalStates()
{
    QFETCH(TicketState, state);
    QFETCH(bool, final);

    QCOMPARE(isFinal(state), final);
    // A final state accepts no action at all; any other state accepts one.
    int accepted = 0;
    for (QueueAction a : kAllActions)
        if (nextState(state, a, 99, policy(PriorityPolicy::Mode::Interleaved, 3, 0)).ok())
            ++accepted;
    if (final)
        QCOMPARE(accepted, 0);
    else
        QVERIFY(accepted > 0);
}

void TestQueuePolicy::everyStateReachableAndCanEnd()
{
    // Walk the machine through nextState() itself, starting from Waiting.
    const PriorityPolicy p = policy(PriorityPolicy::Mode::Interleaved, 3, 0);
    QSet<int> reached{int(S::Waiting)};
    QList<TicketState> todo{S::Waiting};
    while (!todo.isEmpty()) {
        const TicketState s = todo.takeFirst();
        for (QueueAction a : kAllActions) {
            const auto r = nextState(s, a, 99, p);
            if (r.ok() && !reached.contains(int(r.value()))) {
                reached.insert(int(r.value()));
                todo << r.value();
            }
        }
    }
    QCOMPARE(reached.size(), kAllStates.size());

    // From every non-final state some sequence of actions ends the ticket.
    for (TicketState start : kAllStates) {
        if (isFinal(start))
            continue;
        QSet<int> seen{int(start)};
        QList<TicketState> frontier{start};
        bool ends = false;
        while (!frontier.isEmpty() && !ends) {
            const TicketState s = frontier.takeFirst();
            for (QueueAction a : kAllActions) {
                const auto r = nextState(s, a, 99, p);
                if (!r.ok())
                    continue;
                if (isFinal(r.value()))
                    ends = true;
                if (!seen.contains(int(r.value()))) {
                    seen.insert(int(r.value()));
                    frontier << r.value();
                }
            }
        }
        QVERIFY2(ends, stateName(start));
    }
}

// --- names --------------------------------------------------------------

void TestQueuePolicy::stateNames_data()
{
    QTest::addColumn<TicketState>("state");
    QTest::addColumn<QString>("name");
    for (TicketState s : kAllStates)
        QTest::newRow(stateName(s)) << s << QString::fromLatin1(stateName(s));
}

void TestQueuePolicy::stateNames()
{
    QFETCH(TicketState, state);
    QFETCH(QString, name);

    QCOMPARE(toString(state), name);
    TicketState back = state == S::Waiting ? S::Cancelled : S::Waiting;
    QVERIFY(ticketStateFromString(name, &back));
    QCOMPARE(stateName(back), stateName(state));
    // A state name is not an action name unless the word is shared (no_show).
    QueueAction a = A::Cancel;
    QCOMPARE(queueActionFromString(name, &a), name == QLatin1String("no_show"));
}

void TestQueuePolicy::actionNames_data()
{
    QTest::addColumn<QueueAction>("action");
    QTest::addColumn<QString>("name");
    for (QueueAction a : kAllActions)
        QTest::newRow(actionName(a)) << a << QString::fromLatin1(actionName(a));
}

void TestQueuePolicy::actionNames()
{
    QFETCH(QueueAction, action);
    QFETCH(QString, name);

    QCOMPARE(toString(action), name);
    QueueAction back = action == A::Call ? A::Cancel : A::Call;
    QVERIFY(queueActionFromString(name, &back));
    QCOMPARE(actionName(back), actionName(action));
}

void TestQueuePolicy::unknownNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isState");
    QTest::addColumn<bool>("isAction");

    QTest::newRow("empty") << QString() << false << false;
    QTest::newRow("capitalised state") << QStringLiteral("Waiting") << false << false;
    QTest::newRow("upper case state") << QStringLiteral("DONE") << false << false;
    QTest::newRow("leading space") << QStringLiteral(" waiting") << false << false;
    QTest::newRow("trailing space") << QStringLiteral("called ") << false << false;
    QTest::newRow("no-show with dash") << QStringLiteral("no-show") << false << false;
    QTest::newRow("noshow") << QStringLiteral("noshow") << false << false;
    QTest::newRow("US spelling") << QStringLiteral("canceled") << false << false;
    QTest::newRow("capitalised action") << QStringLiteral("Call") << false << false;
    QTest::newRow("enum number") << QStringLiteral("0") << false << false;
    QTest::newRow("vietnamese") << QStringLiteral("đang chờ") << false << false;
    // Each word belongs to one kind only.
    QTest::newRow("cancel is an action") << QStringLiteral("cancel") << false << true;
    QTest::newRow("cancelled is a state") << QStringLiteral("cancelled") << true << false;
    QTest::newRow("transfer is an action") << QStringLiteral("transfer") << false << true;
    QTest::newRow("transferred is a state") << QStringLiteral("transferred") << true << false;
    QTest::newRow("park is an action") << QStringLiteral("park") << false << true;
    QTest::newRow("parked is a state") << QStringLiteral("parked") << true << false;
}

void TestQueuePolicy::unknownNames()
{
    QFETCH(QString, text);
    QFETCH(bool, isState);
    QFETCH(bool, isAction);

    TicketState s = S::Serving;
    QCOMPARE(ticketStateFromString(text, &s), isState);
    QueueAction a = A::Start;
    QCOMPARE(queueActionFromString(text, &a), isAction);
}

// --- chooseNext ---------------------------------------------------------

void TestQueuePolicy::chooseNext_data()
{
    QTest::addColumn<QString>("waiting");
    QTest::addColumn<PriorityPolicy::Mode>("mode");
    QTest::addColumn<int>("every");
    QTest::addColumn<int>("regularSince");
    QTest::addColumn<int>("expected"); // index into the list, -1 = nobody

    const auto Strict = PriorityPolicy::Mode::Strict;
    const auto Inter = PriorityPolicy::Mode::Interleaved;

    QTest::newRow("empty, strict") << QString() << Strict << 3 << 0 << -1;
    QTest::newRow("empty, interleaved") << QString() << Inter << 3 << 0 << -1;
    QTest::newRow("empty, interleaved, due") << QString() << Inter << 3 << 7 << -1;

    // Strict: the first priority ticket always, whatever the count.
    QTest::newRow("strict, priority behind regulars") << "R R P R P" << Strict << 3 << 0 << 2;
    QTest::newRow("strict, count high") << "R R P R P" << Strict << 3 << 9 << 2;
    QTest::newRow("strict, priority first in line") << "P R" << Strict << 3 << 0 << 0;
    QTest::newRow("strict, no priority") << "R R R" << Strict << 3 << 0 << 0;
    QTest::newRow("strict, only priority") << "P P" << Strict << 3 << 0 << 0;
    QTest::newRow("strict, every=1 count 0") << "R P" << Strict << 1 << 0 << 1;

    // Interleaved every 3: regular for 0, 1, 2 regular calls; priority at 3+.
    QTest::newRow("every 3, since 0") << "R R P R" << Inter << 3 << 0 << 0;
    QTest::newRow("every 3, since 1") << "R R P R" << Inter << 3 << 1 << 0;
    QTest::newRow("every 3, since 2") << "R R P R" << Inter << 3 << 2 << 0;
    QTest::newRow("every 3, since 3") << "R R P R" << Inter << 3 << 3 << 2;
    QTest::newRow("every 3, since 4") << "R R P R" << Inter << 3 << 4 << 2;
    QTest::newRow("every 3, since 3, priority first") << "P R R" << Inter << 3 << 3 << 0;
    QTest::newRow("every 3, since 2, priority first") << "P R R" << Inter << 3 << 2 << 1;
    QTest::newRow("every 1, since 0") << "P R" << Inter << 1 << 0 << 1;
    QTest::newRow("every 1, since 1") << "R P" << Inter << 1 << 1 << 1;
    QTest::newRow("every 5, since 4") << "P R" << Inter << 5 << 4 << 1;
    QTest::newRow("every 5, since 5") << "R P" << Inter << 5 << 5 << 1;

    // Whichever class is empty yields to the other.
    QTest::newRow("interleaved, only priority, not due") << "P P P" << Inter << 3 << 0 << 0;
    QTest::newRow("interleaved, only priority, due") << "P P P" << Inter << 3 << 3 << 0;
    QTest::newRow("interleaved, only regular, due") << "R R" << Inter << 3 << 3 << 0;
    QTest::newRow("interleaved, only regular, long overdue") << "R R" << Inter << 3 << 50 << 0;
    QTest::newRow("single regular") << "R" << Inter << 3 << 3 << 0;
    QTest::newRow("single priority") << "P" << Strict << 3 << 0 << 0;

    // Transferred here: they have waited already, they go first.
    QTest::newRow("transferred first, strict") << "R P TR R" << Strict << 3 << 0 << 2;
    QTest::newRow("transferred first, interleaved due") << "R P TR R" << Inter << 3 << 3 << 2;
    QTest::newRow("transferred first, interleaved not due") << "P R TR" << Inter << 3 << 0 << 2;
    QTest::newRow("transferred regular before transferred priority") << "R TR TP" << Strict << 3 << 0 << 1;
    QTest::newRow("transferred priority before transferred regular") << "R TP TR" << Inter << 3 << 0 << 1;
    QTest::newRow("only transferred") << "TR TR" << Inter << 3 << 0 << 0;
    QTest::newRow("transferred priority before plain priority, strict") << "P TP" << Strict << 3 << 0 << 1;

    // Issue order within a class.
    QTest::newRow("first regular of several") << "P R R R" << Inter << 3 << 0 << 1;
    QTest::newRow("first priority of several") << "R P R P P" << Inter << 3 << 3 << 1;
    QTest::newRow("first priority of several, strict") << "R R P P" << Strict << 3 << 0 << 2;
}

void TestQueuePolicy::chooseNext()
{
    QFETCH(QString, waiting);
    QFETCH(PriorityPolicy::Mode, mode);
    QFETCH(int, every);
    QFETCH(int, regularSince);
    QFETCH(int, expected);

    const QList<QueueCandidate> q = queue(waiting);
    QCOMPARE(tiepdan::chooseNext(q, regularSince, policy(mode, every)), expected);
}

// --- a whole session of calls -------------------------------------------

void TestQueuePolicy::callSequence_data()
{
    QTest::addColumn<QString>("waiting");
    QTest::addColumn<PriorityPolicy::Mode>("mode");
    QTest::addColumn<int>("every");
    QTest::addColumn<int>("regularSince");
    QTest::addColumn<QList<int>>("order"); // ticket ids in call order

    const auto Strict = PriorityPolicy::Mode::Strict;
    const auto Inter = PriorityPolicy::Mode::Interleaved;

    // 10 regular + 3 priority; ids: R1 R2 R3 P4 R5 R6 R7 P8 R9 R10 R11 P12 R13.
    const QString mixed = QStringLiteral("R R R P R R R P R R R P R");
    QTest::newRow("10R+3P mixed, every 2")
        << mixed << Inter << 2 << 0 << QList<int>{1, 2, 4, 3, 5, 8, 6, 7, 12, 9, 10, 11, 13};
    QTest::newRow("10R+3P mixed, strict")
        << mixed << Strict << 2 << 0 << QList<int>{4, 8, 12, 1, 2, 3, 5, 6, 7, 9, 10, 11, 13};
    QTest::newRow("10R+3P mixed, every 3")
        << mixed << Inter << 3 << 0 << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
    QTest::newRow("10R+3P mixed, every 2, one regular already called")
        << mixed << Inter << 2 << 1 << QList<int>{1, 4, 2, 3, 8, 5, 6, 12, 7, 9, 10, 11, 13};

    // Priority tickets issued last.
    const QString late = repeat(QStringLiteral("R"), 10) + QStringLiteral(" P P P");
    QTest::newRow("10R then 3P, every 2")
        << late << Inter << 2 << 0 << QList<int>{1, 2, 11, 3, 4, 12, 5, 6, 13, 7, 8, 9, 10};
    QTest::newRow("10R then 3P, every 2, due at once")
        << late << Inter << 2 << 2 << QList<int>{11, 1, 2, 12, 3, 4, 13, 5, 6, 7, 8, 9, 10};
    QTest::newRow("10R then 3P, strict") << late << Strict << 2 << 0
                                         << QList<int>{11, 12, 13, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    // Priority tickets issued first.
    const QString early = QStringLiteral("P P P ") + repeat(QStringLiteral("R"), 10);
    QTest::newRow("3P then 10R, every 2")
        << early << Inter << 2 << 0 << QList<int>{4, 5, 1, 6, 7, 2, 8, 9, 3, 10, 11, 12, 13};
    QTest::newRow("3P then 10R, every 1")
        << early << Inter << 1 << 0 << QList<int>{4, 1, 5, 2, 6, 3, 7, 8, 9, 10, 11, 12, 13};

    // Transferred tickets jump the line and count like any call.
    QTest::newRow("with transferred, every 2") << "R P TR R TP R" << Inter << 2 << 0 << QList<int>{3, 5, 1, 4, 2, 6};
    QTest::newRow("only priority, every 2") << "P P P" << Inter << 2 << 0 << QList<int>{1, 2, 3};
    QTest::newRow("only regular, every 2") << "R R R" << Inter << 2 << 0 << QList<int>{1, 2, 3};
    QTest::newRow("nobody") << QString() << Inter << 2 << 0 << QList<int>{};
}

void TestQueuePolicy::callSequence()
{
    QFETCH(QString, waiting);
    QFETCH(PriorityPolicy::Mode, mode);
    QFETCH(int, every);
    QFETCH(int, regularSince);
    QFETCH(QList<int>, order);

    QList<QueueCandidate> q = queue(waiting);
    const PriorityPolicy p = policy(mode, every);
    const qsizetype total = q.size();
    QList<int> called;
    int since = regularSince;
    // Like TicketRepository::callNext: the count of regular calls since the
    // last priority call restarts at 0 when a priority ticket is called.
    while (true) {
        const int i = tiepdan::chooseNext(q, since, p);
        if (i < 0)
            break;
        QVERIFY2(i < q.size(), qPrintable(QStringLiteral("index %1 out of %2").arg(i).arg(q.size())));
        const QueueCandidate c = q.takeAt(i);
        called << int(c.id);
        since = c.priority ? 0 : since + 1;
        QVERIFY2(called.size() <= total, "called more tickets than were waiting");
    }
    QVERIFY(q.isEmpty());
    QCOMPARE(called, order);
}

QTEST_GUILESS_MAIN(TestQueuePolicy)
#include "tst_queuepolicy.moc"
