// DeskController on a real store: sign-in, role enforcement, every queue
// action and its audit entry (actor = the signed-in login), idle sign-out,
// lockout, and tickets issued by another connection showing up by themselves.
#include "configloader.h"
#include "deskcontroller.h"
#include "officestore.h"
#include "ticketrepository.h"
#include "userrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tiepdan;
using namespace Qt::StringLiterals;

class TestDeskController : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    OfficeConfig m_config;
    std::unique_ptr<OfficeStore> m_store;
    std::unique_ptr<DeskController> m_desk;
    QDateTime m_now;

    int count(const QString &sql)
    {
        auto v = m_store->db().scalar(sql);
        return v ? v->toInt() : -1;
    }
    QString lastAudit(const QString &what)
    {
        auto v = m_store->db().scalar(u"SELECT %1 FROM audit ORDER BY seq DESC LIMIT 1"_s.arg(what));
        return v ? v->toString() : QString();
    }
    void issue(const QString &service, int n = 1)
    {
        for (int i = 0; i < n; ++i) {
            IssueRequest r;
            r.serviceId = service;
            QVERIFY(m_store->tickets().issue(r, u"kiosk"_s));
        }
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto cfg = loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
        QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
        m_config = cfg.config;
        m_desk.reset();
        m_store.reset();
        QFile::remove(m_dir.filePath(u"office.db"_s));
        auto store = OfficeStore::open(m_config, m_dir.filePath(u"office.db"_s));
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_store = std::move(store).value();
        m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0)); // a Monday
        m_store->setClock([this] { return m_now; });
        UserRepository &users = m_store->users();
        auto admin = users.createFirstAdmin(u"quantri"_s, u"Quản Trị"_s, u"quantri-2468"_s);
        QVERIFY(admin);
        QVERIFY(users.add(*admin, u"canbo.an"_s, u"Nguyễn Văn An"_s, Role::Officer, u"an-pin-2468"_s));
        QVERIFY(users.add(*admin, u"lanhdao"_s, u"Lê Lãnh Đạo"_s, Role::Leader, u"ld-pin-2468"_s));
        m_desk = std::make_unique<DeskController>(*m_store, 1);
    }

    // The officers' sync line follows the outbox: entries waiting, the
    // last delivery, a rejected entry with the server's reason.
    void syncLineFollowsTheOutbox()
    {
        QVERIFY(!m_desk->syncEnabled()); // the shipped configuration has no server
        const int before = m_desk->syncPending();
        issue(u"complaint"_s, 2);
        m_desk->refresh();
        QCOMPARE(m_desk->syncPending(), before + 2);
        QVERIFY(m_desk->syncLastSuccess().isEmpty());
        auto due = m_store->outbox().due(10, m_now);
        QVERIFY(due && due->size() >= 2);
        QSignalSpy changed(m_desk.get(), &DeskController::syncChanged);
        QVERIFY(m_store->outbox().markDelivered({due->at(0).seq}, m_now));
        QVERIFY(m_store->db().transaction([&] { return m_store->outbox().markRejected(due->at(1).seq, u"conflict: other content"_s); }));
        m_desk->refresh();
        QVERIFY(changed.count() >= 1);
        QCOMPARE(m_desk->syncPending(), before);
        QCOMPARE(m_desk->syncRejected(), 1);
        QCOMPARE(m_desk->syncRejectedReason(), u"conflict: other content"_s);
        QCOMPARE(m_desk->syncLastSuccess(), u"09:00 23/11/2026"_s);
    }

    void signedOutDeskDoesNothing()
    {
        issue(u"complaint"_s, 2);
        m_desk->refresh();
        const int audit = count(u"SELECT COUNT(*) FROM audit"_s);
        QVERIFY(!m_desk->signedIn());
        QVERIFY(!m_desk->callNext());
        QCOMPARE(m_desk->errorKind(), u"denied"_s);
        QVERIFY(!m_desk->act(u"A001"_s, u"call"_s));
        QVERIFY(!m_desk->transfer(u"A001"_s, 2));
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit"_s), audit);
        QCOMPARE(count(u"SELECT COUNT(*) FROM tickets WHERE state = 'waiting'"_s), 2);
        // The queue itself is visible (numbers only) for the waiting room.
        QCOMPARE(m_desk->queue()->count(), 2);
    }

    void everyActionIsAuditedWithTheOfficer()
    {
        issue(u"complaint"_s, 3);
        QSignalSpy session(m_desk.get(), &DeskController::sessionChanged);
        QVERIFY(m_desk->signIn(u"CANBO.AN"_s, u"an-pin-2468"_s));
        QCOMPARE(session.count(), 1);
        QCOMPARE(m_desk->userName(), u"Nguyễn Văn An"_s);
        QAbstractItemModelTester tester(m_desk->queue(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        const struct { const char *action; const char *state; } steps[] = {
            {"recall", "called"}, {"start", "serving"}, {"park", "parked"}, {"resume", "waiting"},
        };
        QVERIFY(m_desk->callNext());
        QCOMPARE(m_desk->currentLabel(), u"A-001"_s);
        QCOMPARE(m_desk->currentState(), u"called"_s);
        QCOMPARE(lastAudit(u"action"_s), u"ticket.call"_s);
        QCOMPARE(lastAudit(u"actor"_s), u"canbo.an"_s);
        for (const auto &s : steps) {
            QVERIFY2(m_desk->act(u"A001"_s, QString::fromLatin1(s.action)), qPrintable(m_desk->errorDetail()));
            QCOMPARE(m_desk->currentState(), QString::fromLatin1(s.state));
            QCOMPARE(lastAudit(u"action"_s), u"ticket."_s + QString::fromLatin1(s.action));
            QCOMPARE(lastAudit(u"actor"_s), u"canbo.an"_s);
        }
        // Out of order: A-003 before A-002, then transfer it to counter 2.
        QVERIFY(m_desk->act(u"A-003"_s, u"call"_s));
        QCOMPARE(m_desk->currentLabel(), u"A-003"_s);
        QVERIFY(m_desk->transfer(u"A003"_s, 2));
        QCOMPARE(m_desk->currentState(), u"transferred"_s);
        QCOMPARE(lastAudit(u"action"_s), u"ticket.transfer"_s);
        // A finished ticket leaves the queue; a wrong step is a conflict.
        QVERIFY(m_desk->act(u"A002"_s, u"call"_s));
        QVERIFY(!m_desk->act(u"A002"_s, u"finish"_s));
        QCOMPARE(m_desk->errorKind(), u"conflict"_s);
        QVERIFY(m_desk->act(u"A002"_s, u"start"_s));
        QVERIFY(m_desk->act(u"A002"_s, u"finish"_s));
        QCOMPARE(m_desk->errorKind(), QString());
        QCOMPARE(m_desk->queue()->count(), 2); // A-001 waiting again, A-003 transferred
        QVERIFY(!m_desk->act(u"A002"_s, u"fly"_s));
        QCOMPARE(m_desk->errorKind(), u"invalid"_s);
        QCOMPARE(m_store->audit().verify()->problems, QStringList{});
    }

    void nobodyWaitingIsNotFound()
    {
        QVERIFY(m_desk->signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        issue(u"leader"_s); // counter 3's service, not counter 1's
        QVERIFY(!m_desk->callNext());
        QCOMPARE(m_desk->errorKind(), u"notFound"_s);
    }

    void adminMayNotUseTheQueue()
    {
        issue(u"complaint"_s);
        QVERIFY(m_desk->signIn(u"quantri"_s, u"quantri-2468"_s));
        QVERIFY(!m_desk->callNext());
        QCOMPARE(m_desk->errorKind(), u"denied"_s);
        QVERIFY(!m_desk->signedIn()); // refused and signed out
        QCOMPARE(count(u"SELECT COUNT(*) FROM tickets WHERE state = 'waiting'"_s), 1);
    }

    void disabledOfficerIsSignedOutAtTheNextAction()
    {
        issue(u"complaint"_s, 2);
        QVERIFY(m_desk->signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        QVERIFY(m_desk->callNext());
        auto admin = m_store->users().signIn(u"quantri"_s, u"quantri-2468"_s);
        QVERIFY(admin);
        QVERIFY(m_store->users().disable(*admin, u"canbo.an"_s));
        QVERIFY(!m_desk->callNext());
        QCOMPARE(m_desk->errorKind(), u"denied"_s);
        QVERIFY(!m_desk->signedIn());
        QCOMPARE(count(u"SELECT COUNT(*) FROM tickets WHERE state = 'called'"_s), 1);
    }

    void idleDeskSignsOut()
    {
        QVERIFY(m_desk->signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        m_now = m_now.addSecs(10 * 60);
        m_desk->touch(); // activity at 09:10
        m_now = m_now.addSecs(14 * 60);
        m_desk->checkIdle();
        QVERIFY(m_desk->signedIn());
        m_now = m_now.addSecs(2 * 60); // 16 minutes after the last touch
        m_desk->checkIdle();
        QVERIFY(!m_desk->signedIn());
        QCOMPARE(m_desk->signOutReason(), u"idle"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit WHERE action = 'user.sign_out'"_s), 1);
    }

    void wrongPinsLockTheAccount()
    {
        for (int i = 0; i < UserRepository::kMaxFailures; ++i) {
            QVERIFY(!m_desk->signIn(u"canbo.an"_s, u"sai-pin-000"_s));
            QCOMPARE(m_desk->errorKind(), u"denied"_s);
        }
        QVERIFY(!m_desk->signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        QVERIFY(m_desk->errorDetail().contains(u"locked"_s));
        m_now = m_now.addSecs(UserRepository::kLockMinutes * 60 + 1);
        QVERIFY(m_desk->signIn(u"canbo.an"_s, u"an-pin-2468"_s));
    }

    void signingBackInShowsTheCountersTicket()
    {
        issue(u"complaint"_s);
        QVERIFY(m_desk->signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        QVERIFY(m_desk->callNext());
        m_desk->signOut();
        QCOMPARE(m_desk->currentLabel(), QString());
        QVERIFY(m_desk->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        QCOMPARE(m_desk->currentLabel(), u"A-001"_s);
        QCOMPARE(m_desk->currentState(), u"called"_s);
    }

    void aNewOfficeAsksForItsAdministrator()
    {
        QTemporaryDir dir;
        auto fresh = OfficeStore::open(m_config, dir.filePath(u"new.db"_s));
        QVERIFY(fresh);
        DeskController desk(**fresh, 1);
        QVERIFY(desk.needsFirstAdmin());
        QVERIFY(!desk.createFirstAdmin(u"quantri"_s, u"Quản Trị"_s, u"quantri-2468"_s, u"quantri-2469"_s));
        QCOMPARE(desk.errorField(), u"pinAgain"_s);
        QVERIFY(!desk.createFirstAdmin(u"q"_s, u"Quản Trị"_s, u"quantri-2468"_s, u"quantri-2468"_s));
        QCOMPARE(desk.errorField(), u"login"_s);
        QVERIFY(!desk.createFirstAdmin(u"quantri"_s, u"Quản Trị"_s, u"123"_s, u"123"_s));
        QCOMPARE(desk.errorField(), u"pin"_s);
        QVERIFY(desk.needsFirstAdmin());
        QVERIFY(desk.createFirstAdmin(u"quantri"_s, u"Quản Trị"_s, u"quantri-2468"_s, u"quantri-2468"_s));
        QVERIFY(desk.signedIn());
        QCOMPARE(desk.userRole(), u"admin"_s);
        QVERIFY(!desk.needsFirstAdmin());
        QVERIFY(!desk.createFirstAdmin(u"ke.gian"_s, u"Kẻ Gian"_s, u"kegian-2468"_s, u"kegian-2468"_s));
        QCOMPARE(desk.errorKind(), u"denied"_s);
        QCOMPARE(*(*fresh)->users().count(), 1);
    }

    void ticketsFromTheKioskShowUpByThemselves()
    {
        QCOMPARE(m_desk->queue()->count(), 0);
        // The kiosk: another connection to the same file.
        auto kiosk = OfficeStore::open(m_config, m_dir.filePath(u"office.db"_s));
        QVERIFY(kiosk);
        (*kiosk)->setClock([this] { return m_now; });
        IssueRequest r;
        r.serviceId = u"petition"_s;
        QVERIFY((*kiosk)->tickets().issue(r, u"kiosk"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->queue()->count(), 1, 3000);
        QCOMPARE(m_desk->queue()->waiting(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDeskController)
#include "tst_deskcontroller.moc"
