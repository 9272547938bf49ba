// DeskController on a real store: sign-in, role enforcement, every queue
// action and its audit entry (actor = the signed-in login), idle sign-out,
// lockout, and tickets issued by another connection showing up by themselves.
#include "configloader.h"
#include "deskcontroller.h"
#include "officeclient.h"
#include "officeservice.h"
#include "officestore.h"
#include "receptionrepository.h"
#include "recorddraft.h"
#include "ticketrepository.h"
#include "userrepository.h"
#include "visitorrepository.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QMetaProperty>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tiepdan;
using namespace Qt::StringLiterals;

// The office in process with every call counted, and the answers of the
// calls named in loseNext lost on the way back (the call itself is made),
// as when the LAN drops between the hub's work and its answer.
class LossyClient : public OfficeClient {
public:
    explicit LossyClient(OfficeService &service) : OfficeClient(true), m_service(service) {}
    QJsonObject call(const QString &method, const QJsonObject &args) override
    {
        ++calls[method];
        const QJsonObject answer = m_service.call(method, args);
        if (loseNext.removeOne(method))
            return OfficeService::errorAnswer(Error::make(ErrorCode::Unavailable, u"the answer was lost"_s));
        return answer;
    }
    void start() override {}
    QString where() const override { return u"test"_s; }
    QHash<QString, int> calls;
    QStringList loseNext;

private:
    OfficeService &m_service;
};

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
        QVERIFY(m_store->db().transaction(
            [&] { return m_store->outbox().markRejected(due->at(1).seq, u"conflict: other content"_s); }));
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

        const struct {
            const char *action;
            const char *state;
        } steps[] = {
            {"recall", "called"},
            {"start", "serving"},
            {"park", "parked"},
            {"resume", "waiting"},
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
        QVERIFY(m_desk->signedIn()); // refused; the desk stays on the administrator's note
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
        QVERIFY(!m_desk->signedIn());
        // The sign-in screen says the session ended; no refusal that would
        // read as a wrong PIN.
        QCOMPARE(m_desk->signOutReason(), u"denied"_s);
        QCOMPARE(m_desk->errorKind(), QString());
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

    // --- recording a visit in the log book -------------------------------

    // The form as the screen fills it in, from the keys of its JSON.
    static VisitFormValue typed(const QVariantMap &form)
    {
        return VisitForm::fromJson(QJsonObject::fromVariantMap(form));
    }

    QVariantMap fullForm()
    {
        return {
            {u"fullName"_s, u"Nguyễn Văn An"_s},
            {u"address"_s, u"Số 5 đường Ngô Gia Tự, phường Kinh Bắc, tỉnh Bắc Ninh"_s},
            {u"idNumber"_s, u"027 085 001 234"_s},
            {u"phone"_s, u"0912 345 678"_s},
            {u"representatives"_s, QString()},
            {u"content"_s, u"Khiếu nại quyết định cưỡng chế kê biên tài sản số 12/QĐ-CCTHADS\nĐề nghị xem xét lại"_s},
            {u"kinds"_s, QVariantList{u"complaint"_s, u"petition"_s}},
            {u"peopleCount"_s, 1},
            {u"previousAgency"_s, u"Chi cục THADS huyện Tiên Du (cũ)"_s},
            {u"direction"_s, u"accept"_s},
            {u"followUp"_s, u"Ra thông báo thụ lý trong 10 ngày"_s},
            {u"notes"_s, u"Mang theo 3 bản photo"_s},
            {u"receiverRole"_s, u"officer"_s},
            {u"receptionKind"_s, u"regular"_s},
            {u"withTicket"_s, true}};
    }

    void recordsEveryColumnOfTheBook()
    {
        issue(u"complaint"_s);
        QVERIFY(m_desk->signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        QVERIFY(m_desk->callNext());
        QVERIFY(m_desk->act(m_desk->currentLabel(), u"start"_s));
        QSignalSpy spy(m_desk.get(), &DeskController::lastRecordChanged);
        QVERIFY2(m_desk->recordVisit(typed(fullForm())), qPrintable(m_desk->errorDetail()));
        QCOMPARE(spy.count(), 1);
        const SavedRecordValue last = m_desk->lastRecord();
        QCOMPARE(last.book, u"1/2026"_s);
        QVERIFY(!last.sealed);
        auto got = m_store->records().get(last.id);
        QVERIFY(got);
        const ReceptionRecord &r = got->record;
        QCOMPARE(r.bookNo, 1);                             // (1)
        QCOMPARE(r.receivedAt, m_now);                     // (2)
        QCOMPARE(r.identity.fullName, u"Nguyễn Văn An"_s); // (3)
        QCOMPARE(r.identity.address, u"Số 5 đường Ngô Gia Tự, phường Kinh Bắc, tỉnh Bắc Ninh"_s);
        QCOMPARE(r.identity.idNumber, u"027085001234"_s);                                     // (4), normalised
        QCOMPARE(r.content, fullForm().value(u"content"_s).toString());                       // (5)
        QVERIFY(r.kinds == (QList<MatterKind>{MatterKind::Complaint, MatterKind::Petition})); // (6)
        QCOMPARE(r.peopleCount, 1);
        QCOMPARE(r.previousAgency, u"Chi cục THADS huyện Tiên Du (cũ)"_s); // (7)
        QCOMPARE(int(r.direction), int(HandlingDirection::Accept));        // (8)-(10)
        QCOMPARE(r.followUp, u"Ra thông báo thụ lý trong 10 ngày"_s);      // (11)
        QCOMPARE(r.notes, u"Mang theo 3 bản photo"_s);                     // (12)
        QCOMPARE(int(r.receiverRole), int(ReceiverRole::Officer));
        QCOMPARE(r.receiverName, u"Nguyễn Văn An"_s); // the signed-in officer
        QCOMPARE(r.recordedBy, u"canbo.an"_s);
        QCOMPARE(r.ticketLabel, u"A001"_s);
        QVERIFY(m_store->records().findByTicket(u"A001"_s, m_now.date()));
        // The deadlines shown are the rule set's.
        const QList<Deadline> expected = ReceptionRepository::deadlinesFor(r, m_store->deadlines());
        const QList<RecordDeadline> shown = last.deadlines;
        QCOMPARE(shown.size(), expected.size());
        QVERIFY(!shown.isEmpty());
        for (int i = 0; i < shown.size(); ++i)
            QCOMPARE(shown[i].due, expected[i].due.toString(u"dd/MM/yyyy"_s));
        QCOMPARE(lastAudit(u"action"_s), u"record.add"_s);
        QCOMPARE(lastAudit(u"actor"_s), u"canbo.an"_s);
    }

    // The identity the visitor gave at the kiosk fills the form; a sealed
    // one (denunciation service) is opened for the recording and audited.
    void ticketVisitorPrefillsTheForm()
    {
        Identity who;
        who.fullName = u"Phạm Thị Hoa"_s;
        who.idNumber = u"027185001234"_s;
        who.phone = u"0912345678"_s;
        auto clear = m_store->visitors().registerVisitor(who, false, u"kiosk"_s);
        QVERIFY(clear);
        who.fullName = u"Trần Thị Bí Mật"_s;
        auto sealed = m_store->visitors().registerVisitor(who, true, u"kiosk"_s);
        QVERIFY(sealed);
        for (const QString &visitor : {clear->id, sealed->id}) {
            IssueRequest r;
            r.serviceId = u"complaint"_s;
            r.visitorId = visitor;
            QVERIFY(m_store->tickets().issue(r, u"kiosk"_s));
        }
        QVERIFY(!m_desk->ticketVisitor().answered); // signed out: nothing
        QVERIFY(m_desk->signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        QVERIFY(m_desk->callNext());
        KnownVisitorValue v = m_desk->ticketVisitor();
        QVERIFY(v.answered);
        QVERIFY(v.found);
        QVERIFY(!v.sealed);
        QCOMPARE(v.fullName, u"Phạm Thị Hoa"_s);
        QCOMPARE(v.idNumber, u"027185001234"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit WHERE action = 'visitor.open'"_s), 0);
        QVERIFY(m_desk->act(m_desk->currentLabel(), u"start"_s));
        QVERIFY(m_desk->act(m_desk->currentLabel(), u"finish"_s));
        QVERIFY(m_desk->callNext());
        v = m_desk->ticketVisitor();
        QVERIFY(v.sealed);
        QCOMPARE(v.fullName, u"Trần Thị Bí Mật"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit WHERE action = 'visitor.open' AND actor = 'canbo.an'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit WHERE detail LIKE '%Bí Mật%'"_s), 0);
    }

    void repeatVisitIsFoundByIdNumber()
    {
        QVERIFY(m_desk->signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        KnownVisitorValue none = m_desk->lookupVisitor(u"027085001234"_s, u"complaint"_s);
        QVERIFY(none.answered);
        QVERIFY(!none.found);
        QVERIFY(!none.repeat);
        QVariantMap form = fullForm();
        form.insert(u"withTicket"_s, false);
        QVERIFY(m_desk->recordVisit(typed(form)));
        const QString matter = m_store->records().get(m_desk->lastRecord().id)->record.matterId;
        QVERIFY(!m_desk->lastRecord().repeat);
        const KnownVisitorValue found = m_desk->lookupVisitor(u"027.085.001.234"_s, u"complaint"_s);
        QVERIFY(found.found);
        QVERIFY(found.repeat);
        QCOMPARE(found.fullName, u"Nguyễn Văn An"_s);
        QCOMPARE(found.visits, 1);
        QVERIFY(!m_desk->lookupVisitor(u"027085001234"_s, u"feedback"_s).repeat);
        QVERIFY(m_desk->recordVisit(typed(form)));
        QVERIFY(m_desk->lastRecord().repeat);
        QCOMPARE(m_store->records().get(m_desk->lastRecord().id)->record.matterId, matter);
        // A wrong ID number: the field is named, nothing looked up.
        QVERIFY(!m_desk->lookupVisitor(u"12AB"_s, u"complaint"_s).answered);
        QCOMPARE(m_desk->errorField(), u"idNumber"_s);
    }

    void onlyAllowedRolesRecord()
    {
        QVERIFY(!m_desk->recordVisit(typed(fullForm())));
        QCOMPARE(m_desk->errorKind(), u"denied"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM reception_records"_s), 0);
        QVERIFY(m_desk->signIn(u"quantri"_s, u"quantri-2468"_s));
        QVERIFY(!m_desk->recordVisit(typed(fullForm())));
        QCOMPARE(m_desk->errorKind(), u"denied"_s);
        QVERIFY(m_desk->signedIn()); // refused, not signed out
        QCOMPARE(count(u"SELECT COUNT(*) FROM reception_records"_s), 0);
        m_desk->signOut();
        QVERIFY(m_desk->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        QVariantMap head = fullForm();
        head.insert(u"receiverRole"_s, u"head"_s);
        head.insert(u"receiverName"_s, u"Lê Lãnh Đạo"_s);
        head.insert(u"receptionKind"_s, u"periodic"_s);
        QVERIFY2(m_desk->recordVisit(typed(head)), qPrintable(m_desk->errorDetail()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM reception_records WHERE receiver_role = 'head'"_s), 1);
    }

    void denunciationIsSealed()
    {
        QVERIFY(m_desk->signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        QVariantMap form = fullForm();
        form.insert(u"kinds"_s, QVariantList{u"denunciation"_s});
        form.insert(u"fullName"_s, u"Trần Thị Bí Mật"_s);
        form.insert(u"direction"_s, u"pending"_s);
        QVERIFY2(m_desk->recordVisit(typed(form)), qPrintable(m_desk->errorDetail()));
        const SavedRecordValue last = m_desk->lastRecord();
        QVERIFY(last.sealed);
        QVERIFY(last.name.isEmpty());
        // Nowhere in what the desk was answered.
        QVERIFY(!QString::fromUtf8(QJsonDocument(last.toJson()).toJson()).contains(u"Bí Mật"_s));
        QCOMPARE(count(u"SELECT COUNT(*) FROM reception_records WHERE full_name IS NULL AND id_number IS NULL "
                       "AND address IS NULL AND sealed_identity IS NOT NULL"_s),
                 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit WHERE detail LIKE '%Bí Mật%' OR detail LIKE '%027085001234%'"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox WHERE payload LIKE '%Bí Mật%' OR payload LIKE '%027085001234%'"_s),
                 0);
        // The lookup never reveals it.
        const KnownVisitorValue found = m_desk->lookupVisitor(u"027085001234"_s, u"complaint"_s);
        QVERIFY(found.answered);
        QVERIFY(!found.found);
        QVERIFY(found.fullName.isEmpty());
        // Anonymous: no identity at all; only a denunciation may be.
        QVariantMap anonymous{{u"anonymous"_s, true},
                              {u"kinds"_s, QVariantList{u"denunciation"_s}},
                              {u"content"_s, u"Tố cáo cán bộ nhận hối lộ, có chứng cứ kèm theo"_s}};
        QVERIFY2(m_desk->recordVisit(typed(anonymous)), qPrintable(m_desk->errorDetail()));
        QVERIFY(m_desk->lastRecord().anonymous);
        anonymous.insert(u"kinds"_s, QVariantList{u"complaint"_s});
        QVERIFY(!m_desk->recordVisit(typed(anonymous)));
        QCOMPARE(m_desk->errorField(), u"anonymous"_s);
    }

    // The head's reception in today's periodic session, ending with a
    // conclusion notice: its follow-up date is among the deadlines shown.
    void headReceptionWithConclusion()
    {
        QVERIFY(m_desk->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        QVariantMap form = fullForm();
        form.insert(u"receiverRole"_s, u"head"_s);
        form.insert(u"receiverName"_s, u"Lê Lãnh Đạo"_s);
        form.insert(u"receptionKind"_s, u"periodic"_s);
        form.insert(u"conclusion"_s, u"Giao Chấp hành viên kiểm tra, trả lời bằng văn bản"_s);
        form.insert(u"conclusionDue"_s, u"30/11/2026"_s);
        const QVariantList sessions = m_desk->leaderSessionsToday();
        if (!sessions.isEmpty())
            form.insert(u"sessionKey"_s, sessions.first().value<LeaderSessionChoice>().key);
        QVERIFY2(m_desk->recordVisit(typed(form)), qPrintable(m_desk->errorDetail()));
        auto got = m_store->records().get(m_desk->lastRecord().id);
        QVERIFY(got);
        QCOMPARE(got->record.conclusionDue, QDate(2026, 11, 30));
        QCOMPARE(got->record.sessionKey,
                 sessions.isEmpty() ? QString() : sessions.first().value<LeaderSessionChoice>().key);
        bool shown = false;
        for (const RecordDeadline &d : m_desk->lastRecord().deadlines)
            shown = shown || d.due == u"30/11/2026"_s;
        QVERIFY(shown);
        // Its conclusion notice, saved for printing.
        QVERIFY(m_desk->lastRecord().hasConclusion);
        QTemporaryDir notices;
        m_desk->setNoticeFolder(notices.filePath(u"Tiếp Dân"_s));
        QVERIFY2(m_desk->saveConclusionNotice(), qPrintable(m_desk->errorDetail()));
        QCOMPARE(m_desk->noticePath(),
                 notices.filePath(u"Tiếp Dân/thong-bao-ket-luan-%1-2026.pdf"_s.arg(got->record.bookNo)));
        QProcess text;
        text.start(u"pdftotext"_s, {m_desk->noticePath(), u"-"_s});
        QVERIFY(text.waitForFinished(30000));
        const QString notice = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(notice.contains(u"THÔNG BÁO KẾT LUẬN"_s) &&
                     notice.contains(u"Giao Chấp hành viên kiểm tra, trả lời bằng văn bản"_s) &&
                     notice.contains(u"30/11/2026"_s) && notice.contains(u"Thủ trưởng cơ quan Lê Lãnh Đạo"_s),
                 qPrintable(notice));
        // Refused: a date that is not one, a session that does not exist, a conclusion by an officer's reception.
        form.insert(u"conclusionDue"_s, u"31/02/2026"_s);
        QVERIFY(!m_desk->recordVisit(typed(form)));
        QCOMPARE(m_desk->errorField(), u"conclusionDue"_s);
        form.insert(u"conclusionDue"_s, u"2026-11-30"_s);
        form.insert(u"sessionKey"_s, u"2026-11-23/periodic/nobody/morning"_s);
        QVERIFY(!m_desk->recordVisit(typed(form)));
        QCOMPARE(m_desk->errorField(), u"sessionKey"_s);
        form.insert(u"sessionKey"_s, QString());
        form.insert(u"receiverRole"_s, u"officer"_s);
        QVERIFY(!m_desk->recordVisit(typed(form)));
        QCOMPARE(m_desk->errorField(), u"conclusion"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM reception_records"_s), 1);
    }

    // A save whose answer was lost is stored once, however often the
    // officer presses Save again; changed content is a new visit.
    void aSaveWhoseAnswerWasLostIsNotStoredTwice()
    {
        OfficeService service(*m_store);
        LossyClient client(service);
        DeskController desk(client, m_config, 1);
        QVERIFY(desk.signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        QVariantMap form = fullForm();
        form.insert(u"withTicket"_s, false);
        client.loseNext << u"record"_s;
        QVERIFY(!desk.recordVisit(typed(form)));
        QCOMPARE(desk.errorKind(), u"offline"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM reception_records"_s), 1); // it did reach the office
        QVERIFY2(desk.recordVisit(typed(form)),
                 qPrintable(desk.errorDetail())); // Save again: the stored one is answered
        QCOMPARE(count(u"SELECT COUNT(*) FROM reception_records"_s), 1);
        QCOMPARE(desk.lastRecord().id, m_store->db().scalar(u"SELECT id FROM reception_records"_s)->toString());
        QCOMPARE(desk.errorKind(), QString());

        // Edited after the lost answer: a new request, stored as such.
        client.loseNext << u"record"_s;
        form.insert(u"content"_s, u"Kiến nghị khác"_s);
        QVERIFY(!desk.recordVisit(typed(form)));
        QVERIFY(desk.recordVisit(typed(form)));
        QCOMPARE(count(u"SELECT COUNT(*) FROM reception_records"_s), 2);
    }

    // A finished ticket at the counter is not asked for again on every refresh.
    void aFinishedTicketIsNotAskedForAgain()
    {
        OfficeService service(*m_store);
        LossyClient client(service);
        DeskController desk(client, m_config, 1);
        issue(u"complaint"_s);
        QVERIFY(desk.signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        QVERIFY(desk.callNext());
        QVERIFY(desk.act(desk.currentLabel(), u"start"_s));
        QVERIFY(desk.act(desk.currentLabel(), u"finish"_s));
        QCOMPARE(desk.currentState(), u"done"_s);
        const int asked = client.calls.value(u"ticket"_s);
        for (int i = 0; i < 5; ++i)
            desk.refresh();
        QCOMPARE(client.calls.value(u"ticket"_s), asked);
        QCOMPARE(desk.currentState(), u"done"_s);
    }

    void onlyAHeadsReceptionHasANotice()
    {
        QVERIFY(m_desk->signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        QVERIFY2(m_desk->recordVisit(typed(fullForm())), qPrintable(m_desk->errorDetail()));
        QVERIFY(!m_desk->lastRecord().hasConclusion);
        QTemporaryDir notices;
        m_desk->setNoticeFolder(notices.path());
        QVERIFY(!m_desk->saveConclusionNotice());
        QCOMPARE(m_desk->errorField(), u"conclusion"_s);
        QVERIFY(m_desk->noticePath().isEmpty());
        QVERIFY(QDir(notices.path()).isEmpty());
    }

    void refusalNeedsItsGround()
    {
        QVERIFY(m_desk->signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        QVariantMap form = fullForm();
        form.insert(u"direction"_s, u"pending"_s);
        form.insert(u"refusal"_s, u"already_settled"_s);
        QVERIFY(!m_desk->recordVisit(typed(form)));
        QCOMPARE(m_desk->errorField(), u"refusalNote"_s);
        form.insert(u"refusalNote"_s, u"Thông báo từ chối số 05/TB-THADS ngày 02/10/2026"_s);
        QVERIFY2(m_desk->recordVisit(typed(form)), qPrintable(m_desk->errorDetail()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM reception_records WHERE refusal = 'already_settled'"_s), 1);
        form.insert(u"direction"_s, u"accept"_s); // refused and accepted at once
        QVERIFY(!m_desk->recordVisit(typed(form)));
        QCOMPARE(m_desk->errorField(), u"refusal"_s);
    }

    void badInputNamesTheFieldAndStoresNothing_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty content") << u"content"_s << QVariant(u"   "_s) << u"content"_s;
        QTest::newRow("huge content") << u"content"_s << QVariant(QString(25000, u'a')) << u"content"_s;
        QTest::newRow("wrong ID number") << u"idNumber"_s << QVariant(u"0270850012"_s) << u"idNumber"_s;
        QTest::newRow("emoji in the name") << u"fullName"_s << QVariant(u"Nguyễn 🙂 An"_s) << u"name"_s;
        QTest::newRow("no name") << u"fullName"_s << QVariant(QString()) << u"name"_s;
        QTest::newRow("no classification") << u"kinds"_s << QVariant(QVariantList{}) << u"kinds"_s;
        QTest::newRow("unknown classification") << u"kinds"_s << QVariant(QVariantList{u"gossip"_s}) << u"kinds"_s;
        QTest::newRow("transfer without agency") << u"direction"_s << QVariant(u"transfer"_s) << u"transferAgency"_s;
        QTest::newRow("representatives of one person")
            << u"representatives"_s << QVariant(u"Trần Văn Đại"_s) << u"representatives"_s;
        QTest::newRow("people not a number") << u"peopleCount"_s << QVariant(u"nhiều"_s) << u"peopleCount"_s;
        QTest::newRow("zero people") << u"peopleCount"_s << QVariant(0) << u"peopleCount"_s;
        QTest::newRow("unknown direction")
            << u"direction"_s << QVariant(u"'; DROP TABLE audit; --"_s) << u"direction"_s;
    }

    void badInputNamesTheFieldAndStoresNothing()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QString, field);
        QVERIFY(m_desk->signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        const int audits = count(u"SELECT COUNT(*) FROM audit"_s);
        QVariantMap form = fullForm();
        form.insert(key, value);
        QVERIFY(!m_desk->recordVisit(typed(form)));
        QCOMPARE(m_desk->errorKind(), u"invalid"_s);
        QCOMPARE(m_desk->errorField(), field);
        QVERIFY(m_desk->signedIn());
        QCOMPARE(count(u"SELECT COUNT(*) FROM reception_records"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit"_s), audits);
    }

    // What looks odd but is fine is stored as typed: SQL-looking text,
    // decomposed Vietnamese (stored composed), a group with its representatives.
    void oddButValidInputIsKept()
    {
        QVERIFY(m_desk->signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        QVariantMap form = fullForm();
        form.insert(u"content"_s, u"'); DROP TABLE reception_records; -- khiếu nại 🙂"_s);
        form.insert(u"fullName"_s, u"Lê Thị Hồng Nhung"_s.normalized(QString::NormalizationForm_D));
        form.insert(u"peopleCount"_s, 7);
        form.insert(u"representatives"_s, u"Trần Văn Đại\nLê Thị Diện\n"_s);
        QVERIFY2(m_desk->recordVisit(typed(form)), qPrintable(m_desk->errorDetail()));
        auto got = m_store->records().get(m_desk->lastRecord().id);
        QVERIFY(got);
        QCOMPARE(got->record.content, u"'); DROP TABLE reception_records; -- khiếu nại 🙂"_s);
        QCOMPARE(got->record.identity.fullName, u"Lê Thị Hồng Nhung"_s.normalized(QString::NormalizationForm_C));
        QCOMPARE(got->record.identity.representatives, (QStringList{u"Trần Văn Đại"_s, u"Lê Thị Diện"_s}));
        QCOMPARE(count(u"SELECT COUNT(*) FROM reception_records WHERE is_group = 1"_s), 1);
    }

    // The screen's names for the form and the office's answers are the keys
    // of their JSON: one name per field, on both sides of the wire.
    void valueTypesNameTheirJsonKeys()
    {
        auto names = [](const QMetaObject &mo, const QStringList &skip) {
            QStringList out;
            for (int i = 0; i < mo.propertyCount(); ++i)
                if (!skip.contains(QString::fromLatin1(mo.property(i).name())))
                    out << QString::fromLatin1(mo.property(i).name());
            out.sort();
            return out;
        };
        auto keys = [](const QJsonObject &o) {
            QStringList out = o.keys();
            out.sort();
            return out;
        };
        QCOMPARE(names(VisitFormValue::staticMetaObject, {}), keys(VisitForm().toJson()));
        QCOMPARE(names(SavedRecordValue::staticMetaObject, {u"saved"_s}), keys(SavedRecord().toJson()));
        QCOMPARE(names(KnownVisitorValue::staticMetaObject, {u"answered"_s}), keys(KnownVisitor().toJson()));
        QCOMPARE(names(RecordDeadlineValue::staticMetaObject, {}), keys(RecordDeadline().toJson()));
        // The form survives the wire as sent.
        VisitForm f = typed(fullForm());
        f.kinds << u"denunciation"_s;
        f.conclusionDue = u"30/11/2026"_s;
        QCOMPARE(VisitForm::fromJson(f.toJson()), f);
        // Older desks sent the number of people as a text field's text.
        QCOMPARE(typed({{u"peopleCount"_s, u" 7 "_s}}).peopleCount, 7);
        QCOMPARE(typed({}).peopleCount, 1);
    }

    // The draft on this PC: what was typed comes back after a restart, but
    // a denunciator's identity never reaches the disk.
    void draftKeepsTheFormButNeverADenunciatorsIdentity()
    {
        QTemporaryDir folder;
        VisitFormValue form = typed(fullForm());
        {
            RecordDraft draft;
            draft.setFolder(folder.path());
            QVERIFY(!draft.keep(form)); // nobody signed in: nothing kept
            draft.setOwner(u"desk-1-canbo.an"_s);
            QVERIFY(draft.keep(form));
            QVERIFY(!draft.identityLeftOut());
        }
        RecordDraft again;
        again.setFolder(folder.path());
        again.setOwner(u"desk-1-canbo.an"_s);
        QVERIFY(again.exists());
        QCOMPARE(VisitForm(again.form()), VisitForm(form));
        form.kinds = {u"denunciation"_s};
        QVERIFY(again.keep(form));
        QVERIFY(again.identityLeftOut());
        QVERIFY(again.form().fullName.isEmpty() && again.form().idNumber.isEmpty());
        QCOMPARE(again.form().content, form.content);
        QDirIterator files(folder.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            QVERIFY(!text.contains(u"Nguyễn Văn An"_s) && !text.contains(u"027 085 001 234"_s));
        }
        again.discard();
        QVERIFY(!again.exists());
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

// A GUI application: the conclusion notice is drawn as a PDF (offscreen).
QTEST_MAIN(TestDeskController)
#include "tst_deskcontroller.moc"
