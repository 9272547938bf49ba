// KioskController on a real store: the citizen flow without the screens.
#include "appointmentrepository.h"
#include "configloader.h"
#include "kioskcontroller.h"
#include "officestore.h"
#include "receptionrepository.h"
#include "ticketrepository.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tiepdan;

class TestKioskController : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    OfficeConfig m_config;
    std::unique_ptr<OfficeStore> m_store;
    std::unique_ptr<KioskController> m_kiosk;
    QDateTime m_now;

    int count(const QString &sql)
    {
        auto v = m_store->db().scalar(sql);
        return v ? v->toInt() : -1;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto cfg = loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
        QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
        m_config = cfg.config;
        m_config.kiosk.printer = KioskSettings::Printer::None;
        m_kiosk.reset();
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("office.db")));
        auto store = OfficeStore::open(m_config, m_dir.filePath(QStringLiteral("office.db")));
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_store = std::move(store).value();
        m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0)); // a Monday
        m_store->setClock([this] { return m_now; });
        m_kiosk = std::make_unique<KioskController>(*m_store, nullptr);
    }

    void modelsAreSound()
    {
        QAbstractItemModelTester services(m_kiosk->services(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sessions(m_kiosk->todaySessions(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_kiosk->services()->rowCount(), 5);
        QCOMPARE(m_kiosk->todaySessions()->rowCount(), 2); // Monday: regular morning + afternoon
        QVERIFY(m_kiosk->leaderSessions()->rowCount() > 0);
    }

    // The welcome screen's sessions are refreshed after every visitor: the
    // same sessions must not reset the model (its delegates would be rebuilt
    // each time); a change in places left updates that row only; another
    // day's sessions reset it.
    void sessionRefreshKeepsRowsUnlessSessionsChange()
    {
        auto *model = m_kiosk->leaderSessions();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->rowCount() > 1);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
        m_kiosk->reset();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 0);

        const QString key = model->data(model->index(0), SessionListModel::KeyRole).toString();
        const int left = model->data(model->index(0), SessionListModel::LeftRole).toInt();
        QVERIFY(m_kiosk->chooseSession(key));
        QVERIFY(m_kiosk->takeTicket());
        m_kiosk->reset();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model->data(model->index(0), SessionListModel::LeftRole).toInt(), left - 1);

        auto *today = m_kiosk->todaySessions();
        QSignalSpy todayResets(today, &QAbstractItemModel::modelReset);
        m_now = m_now.addDays(1); // Tuesday: the deputy's weekly session joins the regular ones
        m_kiosk->reset();
        QCOMPARE(todayResets.count(), 1);
        QCOMPARE(today->rowCount(), 3);
    }

    void takeTicketClearsPersonalFields()
    {
        QVERIFY(m_kiosk->chooseService(QStringLiteral("complaint")));
        m_kiosk->setProperty("name", QStringLiteral("Nguyễn Văn An"));
        m_kiosk->setProperty("idNumber", QStringLiteral("001099012345"));
        m_kiosk->setProperty("priorityCategory", QStringLiteral("elderly"));
        QSignalSpy ticket(m_kiosk.get(), &KioskController::ticketChanged);
        QVERIFY(m_kiosk->takeTicket());
        QCOMPARE(ticket.count(), 1);
        QCOMPARE(m_kiosk->ticketLabel(), QStringLiteral("A-001"));
        QCOMPARE(m_kiosk->ticketPeopleAhead(), 0);
        QVERIFY(m_kiosk->ticketPayload().startsWith(QLatin1String("TD1.T.BN-KV1.20261123.A001.")));
        QCOMPARE(m_kiosk->property("name").toString(), QString());
        QCOMPARE(m_kiosk->property("idNumber").toString(), QString());
        QCOMPARE(m_kiosk->serviceId(), QString());
        QCOMPARE(m_kiosk->printStatus(), QStringLiteral("none"));
        QVERIFY(!m_kiosk->ticketPayload().contains(QStringLiteral("Nguy")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visitors WHERE full_name = 'Nguyễn Văn An'")), 1);
    }

    void waitEstimateGrowsWithQueue()
    {
        for (int i = 0; i < 3; ++i) {
            QVERIFY(m_kiosk->chooseService(QStringLiteral("complaint")));
            QVERIFY(m_kiosk->takeTicket());
        }
        QCOMPARE(m_kiosk->ticketPeopleAhead(), 2);
        // 2 ahead x 20 expected minutes / 2 counters serving complaints
        QCOMPARE(m_kiosk->ticketWaitMinutes(), 20);
    }

    void denunciationIdentityIsSealed()
    {
        QVERIFY(m_kiosk->chooseService(QStringLiteral("denunciation")));
        QVERIFY(m_kiosk->serviceConfidential());
        m_kiosk->setProperty("name", QStringLiteral("Tran Van Bimat"));
        QVERIFY(m_kiosk->takeTicket());
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM visitors WHERE full_name IS NULL AND sealed_identity IS NOT NULL")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visitors WHERE full_name LIKE '%Bimat%'")), 0);
    }

    void badIdentityIsRefusedAndNothingIssued_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("idNumber");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("field");
        QTest::newRow("id 11 digits") << "Nguyễn Văn An"
                                      << "00109901234"
                                      << ""
                                      << "idNumber";
        QTest::newRow("id bad province") << "Nguyễn Văn An"
                                         << "003099012345"
                                         << ""
                                         << "idNumber";
        QTest::newRow("emoji name") << QStringLiteral("An 😀") << ""
                                    << ""
                                    << "name";
        QTest::newRow("sql name") << "'; DROP TABLE tickets; --"
                                  << ""
                                  << ""
                                  << "name";
        QTest::newRow("digits name") << "An 123"
                                     << ""
                                     << ""
                                     << "name";
        QTest::newRow("phone short") << "Nguyễn Văn An"
                                     << ""
                                     << "09123"
                                     << "phone";
        QTest::newRow("huge name") << QString(500, u'a') << ""
                                   << ""
                                   << "name";
    }
    void badIdentityIsRefusedAndNothingIssued()
    {
        QFETCH(QString, name);
        QFETCH(QString, idNumber);
        QFETCH(QString, phone);
        QFETCH(QString, field);
        QVERIFY(m_kiosk->chooseService(QStringLiteral("complaint")));
        m_kiosk->setProperty("name", name);
        m_kiosk->setProperty("idNumber", idNumber);
        m_kiosk->setProperty("phone", phone);
        QVERIFY(!m_kiosk->takeTicket());
        QCOMPARE(m_kiosk->errorField(), field);
        QVERIFY(!m_kiosk->errorDetail().isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visitors")), 0);
        // The entry is kept so the citizen can correct it.
        QCOMPARE(m_kiosk->property("name").toString(), name);
    }

    void decomposedNameIsStoredComposed()
    {
        QVERIFY(m_kiosk->chooseService(QStringLiteral("complaint")));
        m_kiosk->setProperty("name", QStringLiteral("Nguyễn Văn An").normalized(QString::NormalizationForm_D));
        QVERIFY(m_kiosk->takeTicket());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visitors WHERE full_name = 'Nguyễn Văn An'")), 1);
    }

    void idleResetWipesEverything()
    {
        QVERIFY(m_kiosk->chooseService(QStringLiteral("petition")));
        m_kiosk->setProperty("name", QStringLiteral("Lê Thị Hoa"));
        m_kiosk->setProperty("phone", QStringLiteral("0912345678"));
        QSignalSpy reset(m_kiosk.get(), &KioskController::idleReset);
        m_kiosk->touch();
        QVERIFY(!m_kiosk->idleWarning());
        m_kiosk->advanceIdle(m_config.kiosk.idleSeconds - m_config.kiosk.idleWarningSeconds);
        QVERIFY(m_kiosk->idleWarning());
        QCOMPARE(reset.count(), 0);
        m_kiosk->touch(); // the citizen is still there
        QVERIFY(!m_kiosk->idleWarning());
        m_kiosk->advanceIdle(m_config.kiosk.idleSeconds);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_kiosk->property("name").toString(), QString());
        QCOMPARE(m_kiosk->property("phone").toString(), QString());
        QCOMPARE(m_kiosk->serviceId(), QString());
        QVERIFY(!m_kiosk->idleWarning());
    }

    void bookingAFullSessionIsRefused()
    {
        auto *model = m_kiosk->leaderSessions();
        QVERIFY(model->rowCount() > 0);
        const QString key = model->data(model->index(0), SessionListModel::KeyRole).toString();
        const int capacity = model->data(model->index(0), SessionListModel::CapacityRole).toInt();
        for (int i = 0; i < capacity; ++i) {
            QVERIFY2(m_kiosk->chooseSession(key), qPrintable(QString::number(i)));
            QVERIFY(m_kiosk->takeTicket());
            QCOMPARE(m_kiosk->ticketKind(), QStringLiteral("appointment"));
        }
        QCOMPARE(model->data(model->index(0), SessionListModel::LeftRole).toInt(), 0);
        QVERIFY(!m_kiosk->chooseSession(key));
        QCOMPARE(m_kiosk->errorField(), QStringLiteral("sessionFull"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM appointments")), capacity);
    }

    // Once the visit is recorded, the department's latest handling result
    // (down-sync) is what the citizen sees, with its date and note.
    void scanShowsTheDepartmentsResult()
    {
        QVERIFY(m_kiosk->chooseService(QStringLiteral("complaint")));
        QVERIFY(m_kiosk->takeTicket());
        const QString payload = m_kiosk->ticketPayload();
        ReceptionRecord r;
        r.receivedAt = m_now;
        r.kinds = {MatterKind::Complaint};
        r.identity.fullName = QStringLiteral("Nguyễn Văn An");
        r.content = QStringLiteral("Khiếu nại quyết định cưỡng chế");
        r.receiverName = QStringLiteral("Cán Bộ Tiếp");
        r.ticketLabel = QStringLiteral("A001");
        auto added = m_store->records().add(r, QStringLiteral("canbo"));
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QVERIFY(m_kiosk->scan(payload));
        QCOMPARE(m_kiosk->statusKind(), QStringLiteral("recorded"));
        QVERIFY(m_kiosk->statusResult().isEmpty());

        const QString matterId = m_store->records().findByTicket(QStringLiteral("A001"), m_now.date())->record.matterId;
        QVERIFY(!matterId.isEmpty());
        const QJsonArray updates{QJsonObject{{QStringLiteral("seq"), 7},
                                             {QStringLiteral("kind"), QStringLiteral("matter_result")},
                                             {QStringLiteral("matterId"), matterId},
                                             {QStringLiteral("result"), QStringLiteral("transferred")},
                                             {QStringLiteral("note"), QStringLiteral("Chuyển Cục THADS tỉnh")},
                                             {QStringLiteral("at"), QStringLiteral("2026-11-23T10:00:00+07:00")}}};
        QVERIFY(m_store->updates().apply(updates, 7));
        QVERIFY(m_kiosk->scan(payload));
        QCOMPARE(m_kiosk->statusKind(), QStringLiteral("recorded"));
        QCOMPARE(m_kiosk->statusResult(), QStringLiteral("transferred"));
        QCOMPARE(m_kiosk->statusResultNote(), QStringLiteral("Chuyển Cục THADS tỉnh"));
        QCOMPARE(m_kiosk->statusResultDate(), QStringLiteral("23/11/2026"));
        m_kiosk->reset();
        QVERIFY(m_kiosk->statusResult().isEmpty());
    }

    void scanShowsWhereATicketStands()
    {
        QVERIFY(m_kiosk->chooseService(QStringLiteral("complaint")));
        QVERIFY(m_kiosk->takeTicket());
        const QString payload = m_kiosk->ticketPayload();
        QVERIFY(m_kiosk->scan(payload));
        QCOMPARE(m_kiosk->statusKind(), QStringLiteral("waiting"));
        QVERIFY(m_store->tickets().callNext(1, QStringLiteral("officer")).ok());
        QVERIFY(m_kiosk->scan(payload + QStringLiteral("\n"))); // scanners end with Enter
        QCOMPARE(m_kiosk->statusKind(), QStringLiteral("called"));
        QCOMPARE(m_kiosk->statusCounter(), 1);
        QVERIFY(!m_kiosk->scan(QString(payload).replace(QStringLiteral(".A001."), QStringLiteral(".A002."))));
        QCOMPARE(m_kiosk->statusKind(), QStringLiteral("forged"));
        QVERIFY(!m_kiosk->scan(QStringLiteral("hello")));
        QCOMPARE(m_kiosk->statusKind(), QStringLiteral("invalid"));
    }

    void exitNeedsTheOfficerPinAndLocksOut()
    {
        // The shipped development PIN is 246810 (docs: change it per office).
        QVERIFY(m_kiosk->exitPossible());
        QSignalSpy unlocked(m_kiosk.get(), &KioskController::exitUnlocked);
        for (int i = 0; i < m_config.kiosk.pinAttempts; ++i)
            QVERIFY(!m_kiosk->unlockExit(QStringLiteral("000000")));
        QVERIFY(m_kiosk->pinLocked());
        QVERIFY(!m_kiosk->unlockExit(QStringLiteral("246810"))); // locked even with the right PIN
        QCOMPARE(unlocked.count(), 0);
        m_now = m_now.addSecs(m_config.kiosk.pinLockoutSeconds + 1);
        QVERIFY(!m_kiosk->pinLocked());
        QVERIFY(m_kiosk->unlockExit(QStringLiteral("246810")));
        QCOMPARE(unlocked.count(), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'kiosk.exit_pin_failed'")),
                 m_config.kiosk.pinAttempts);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'kiosk.exit_unlocked'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit WHERE detail LIKE '%246810%'")), 0);
    }

    void appointmentChecksInOnItsDay()
    {
        auto *model = m_kiosk->leaderSessions();
        const QString key = model->data(model->index(0), SessionListModel::KeyRole).toString();
        const QDate day = model->data(model->index(0), SessionListModel::DateRole).toDate();
        QVERIFY(m_kiosk->chooseSession(key));
        QVERIFY(m_kiosk->takeTicket());
        const QString slip = m_kiosk->ticketPayload();
        QVERIFY(m_kiosk->scan(slip));
        QCOMPARE(m_kiosk->statusKind(), QStringLiteral("booked")); // not today yet
        m_now = QDateTime(day, QTime(8, 5));
        QVERIFY(m_kiosk->scan(slip));
        QCOMPARE(m_kiosk->statusKind(), QStringLiteral("checkedin"));
        QCOMPARE(m_kiosk->ticketLabel(), QStringLiteral("D-001"));
        QVERIFY(m_kiosk->scan(slip));
        QCOMPARE(m_kiosk->statusKind(), QStringLiteral("checked_in")); // used once only
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE appointment_id IS NOT NULL")), 1);
    }
};

QTEST_MAIN(TestKioskController)
#include "tst_kioskcontroller.moc"
