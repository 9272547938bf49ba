// LeaderController over a real office database (LocalLeaderSource): role
// enforcement, the lazily fetched log list and its filters, a record with
// its history and an audited unsealing, statistics beside the same period a
// year earlier, the deadline watch, idle sign-out.
#include "configloader.h"
#include "leadercontroller.h"
#include "localsource.h"
#include "officestore.h"
#include "receptionrepository.h"
#include "userrepository.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace tiepdan;
using namespace Qt::StringLiterals;

class TestLeaderController : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<OfficeStore> m_store;
    std::unique_ptr<LocalLeaderSource> m_source;
    std::unique_ptr<LeaderController> m_leader;
    QDateTime m_now;
    int m_serial = 0;

    // One visit; `sealedName` makes it a denunciation by that person.
    QString add(const QDate &day, ReceiverRole role = ReceiverRole::Officer, int people = 1,
                const QString &sealedName = {}, const QString &idNumber = {})
    {
        static const QStringList given{u"An"_s, u"Bình"_s, u"Cường"_s, u"Dũng"_s, u"Hà"_s, u"Lan"_s};
        ReceptionRecord r;
        r.receivedAt = QDateTime(day, QTime(9, 0).addSecs(60 * (m_serial % 400)));
        r.kinds = {sealedName.isEmpty() ? MatterKind::Complaint : MatterKind::Denunciation};
        r.identity.fullName = sealedName.isEmpty() ? u"Phạm Văn "_s + given[m_serial % given.size()] : sealedName;
        r.identity.idNumber = idNumber.isEmpty() ? u"0270850%1"_s.arg(m_serial, 5, 10, QChar(u'0')) : idNumber;
        r.content = u"Khiếu nại việc kê biên tài sản số %1"_s.arg(m_serial);
        r.peopleCount = people;
        if (people >= 5)
            r.identity.representatives = {u"Trần Văn Đại"_s};
        r.receiverRole = role;
        r.receiverName = role == ReceiverRole::Officer ? u"Nguyễn Văn An"_s : u"Lê Lãnh Đạo"_s;
        r.receptionKind = role == ReceiverRole::Officer ? ReceptionKind::Regular : ReceptionKind::Periodic;
        ++m_serial;
        auto added = m_store->records().add(r, u"canbo.an"_s);
        if (!added)
            qWarning("add: %s", qPrintable(added.error().message));
        return added ? added->record.id : QString();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto cfg = loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
        QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
        m_leader.reset();
        m_source.reset();
        m_store.reset();
        QFile::remove(m_dir.filePath(u"office.db"_s));
        auto store = OfficeStore::open(cfg.config, m_dir.filePath(u"office.db"_s));
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_store = std::move(store).value();
        m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0));
        m_store->setClock([this] { return m_now; });
        auto admin = m_store->users().createFirstAdmin(u"quantri"_s, u"Quản Trị"_s, u"quantri-2468"_s);
        QVERIFY(admin);
        QVERIFY(m_store->users().add(*admin, u"canbo.an"_s, u"Nguyễn Văn An"_s, Role::Officer, u"an-pin-2468"_s));
        QVERIFY(m_store->users().add(*admin, u"lanhdao"_s, u"Lê Lãnh Đạo"_s, Role::Leader, u"ld-pin-2468"_s));
        m_source = std::make_unique<LocalLeaderSource>(*m_store);
        m_leader = std::make_unique<LeaderController>(*m_store, *m_source);
        m_serial = 0;
    }

    void signedOutSeesNothing()
    {
        add(QDate(2026, 11, 2));
        QAbstractItemModelTester tester(m_leader->log());
        QVERIFY(!m_leader->applyFilter({}));
        QCOMPARE(m_leader->errorKind(), u"denied"_s);
        QCOMPARE(m_leader->log()->rowCount(), 0);
        QVERIFY(!m_leader->showPeriod(u"year"_s, 2026, 0));
        QVERIFY(!m_leader->refreshDeadlines());
        QVERIFY(!m_leader->openRecord(add(QDate(2026, 11, 3))));
        QVERIFY(m_leader->statistics().isEmpty());
        QVERIFY(!m_leader->signIn(u"lanhdao"_s, u"wrong-pin"_s));
        QVERIFY(!m_leader->signedIn());
    }

    // An officer reads the book (identities of denunciators masked) but
    // neither statistics nor sealed identities.
    void officerReadsMaskedLogOnly()
    {
        const QString sealedId = add(QDate(2026, 11, 10), ReceiverRole::Officer, 1, u"Võ Thị Tố"_s);
        add(QDate(2026, 11, 11));
        QVERIFY(m_leader->signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        QCOMPARE(m_leader->log()->rowCount(), 2);
        const int row = m_leader->log()->rowOf(sealedId);
        QVERIFY(row >= 0);
        const QModelIndex ix = m_leader->log()->index(row);
        QVERIFY(m_leader->log()->data(ix, LogListModel::SealedRole).toBool());
        QVERIFY(m_leader->log()->data(ix, LogListModel::NameRole).toString().isEmpty());
        QVERIFY(m_leader->log()->data(ix, LogListModel::IdNumberRole).toString().isEmpty());
        QVERIFY(!m_leader->showPeriod(u"year"_s, 2026, 0));
        QCOMPARE(m_leader->errorKind(), u"denied"_s);
        QVERIFY(m_leader->signedIn()); // a permission it lacks does not sign it out
        QVERIFY(m_leader->openRecord(sealedId));
        QVERIFY(m_leader->record().value(u"name"_s).toString().isEmpty());
        QVERIFY(!m_leader->mayOpenSealed());
        QVERIFY(!m_leader->unseal(u"Tò mò muốn xem"_s));
        QCOMPARE(m_leader->errorKind(), u"denied"_s);
        QCOMPARE(m_store->db().scalar(u"SELECT COUNT(*) FROM audit WHERE action = 'identity.unseal'"_s)->toInt(), 0);
    }

    // 120 records: the list holds one page, then grows page by page as the
    // view asks, newest first, no row twice, until complete.
    void listFetchesLazily()
    {
        const QDate first(2026, 6, 1);
        for (int i = 0; i < 120; ++i)
            QVERIFY(!add(first.addDays(i % 100)).isEmpty());
        QVERIFY(m_leader->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        LogListModel *log = m_leader->log();
        QCOMPARE(log->rowCount(), LogListModel::kPageSize);
        QVERIFY(log->canFetchMore({}));
        log->fetchMore({});
        QCOMPARE(log->rowCount(), 2 * LogListModel::kPageSize);
        log->fetchMore({});
        QCOMPARE(log->rowCount(), 120);
        QVERIFY(!log->canFetchMore({}) || (log->fetchMore({}), log->rowCount() == 120));
        QVERIFY(log->complete());
        QSet<QString> ids;
        QString previous = u"9999"_s;
        for (int i = 0; i < log->rowCount(); ++i) {
            const QModelIndex ix = log->index(i);
            ids.insert(log->data(ix, LogListModel::RecordIdRole).toString());
            const QString when =
                QDateTime::fromString(log->data(ix, LogListModel::DateRole).toString(), u"dd/MM/yyyy HH:mm"_s)
                    .toString(Qt::ISODate);
            QVERIFY2(when <= previous, qPrintable(when + u" after "_s + previous));
            previous = when;
        }
        QCOMPARE(ids.size(), 120);
        // A new filter starts again from one page; the model keeps Qt's
        // rules through its fetches (the tester fetches to the end itself).
        QVERIFY(m_leader->applyFilter({{u"from"_s, u"2026-07-01"_s}}));
        QCOMPARE(log->rowCount(), LogListModel::kPageSize);
        QAbstractItemModelTester tester(log);
        QCOMPARE(log->rowCount(), 70); // 1 Jul .. 8 Sep
    }

    void filters_data()
    {
        QTest::addColumn<QVariantMap>("filter");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("errorField");
        // Dataset (filters()): 3 officer visits (one a repeat by the same
        // ID number), 2 by the head, 1 group of 6 received by a deputy.
        QTest::newRow("none") << QVariantMap{} << 6 << QString();
        QTest::newRow("received by the head") << QVariantMap{{u"receiverRole"_s, u"head"_s}} << 2 << QString();
        QTest::newRow("receiver by name") << QVariantMap{{u"receiverName"_s, u"Lê Lãnh Đạo"_s}} << 3 << QString();
        QTest::newRow("groups") << QVariantMap{{u"group"_s, u"yes"_s}} << 1 << QString();
        QTest::newRow("not groups") << QVariantMap{{u"group"_s, u"no"_s}} << 5 << QString();
        QTest::newRow("repeat visits") << QVariantMap{{u"visit"_s, u"repeat"_s}} << 1 << QString();
        QTest::newRow("first visits") << QVariantMap{{u"visit"_s, u"first"_s}} << 5 << QString();
        QTest::newRow("period") << QVariantMap{{u"from"_s, u"2026-11-03"_s}, {u"to"_s, u"2026-11-04"_s}} << 2
                                << QString();
        QTest::newRow("text without diacritics") << QVariantMap{{u"text"_s, u"ke bien"_s}} << 6 << QString();
        QTest::newRow("head and period") << QVariantMap{{u"receiverRole"_s, u"head"_s}, {u"from"_s, u"2026-11-05"_s}}
                                         << 1 << QString();
        QTest::newRow("reversed period") << QVariantMap{{u"from"_s, u"2026-11-05"_s}, {u"to"_s, u"2026-11-01"_s}} << -1
                                         << u"period"_s;
        QTest::newRow("bad date") << QVariantMap{{u"from"_s, u"5/11/2026"_s}} << -1 << u"period"_s;
        QTest::newRow("unknown kind") << QVariantMap{{u"kind"_s, u"'; DROP TABLE audit; --"_s}} << -1 << u"kind"_s;
        QTest::newRow("unknown group value") << QVariantMap{{u"group"_s, u"maybe"_s}} << -1 << u"group"_s;
    }

    void filters()
    {
        QFETCH(QVariantMap, filter);
        QFETCH(int, expected);
        QFETCH(QString, errorField);
        add(QDate(2026, 11, 2), ReceiverRole::Officer, 1, {}, u"027085011111"_s);
        add(QDate(2026, 11, 3), ReceiverRole::Officer, 1, {}, u"027085011111"_s); // repeat visit
        add(QDate(2026, 11, 4), ReceiverRole::Head);
        add(QDate(2026, 11, 5), ReceiverRole::Head);
        add(QDate(2026, 11, 6), ReceiverRole::Deputy, 6);
        add(QDate(2026, 11, 9));
        QVERIFY(m_leader->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        const bool ok = m_leader->applyFilter(filter);
        if (expected < 0) {
            QVERIFY(!ok);
            QCOMPARE(m_leader->errorField(), errorField);
            QCOMPARE(m_leader->log()->rowCount(), 6); // the list in force stays
            return;
        }
        QVERIFY2(ok, qPrintable(m_leader->errorDetail()));
        QCOMPARE(m_leader->log()->rowCount(), expected);
    }

    void recordHistoryAndUnsealing()
    {
        const QString id = add(QDate(2026, 11, 16), ReceiverRole::Officer, 1, u"Võ Thị Tố"_s);
        QVERIFY(m_leader->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        QVERIFY(m_leader->openRecord(id));
        QVariantMap r = m_leader->record();
        QVERIFY(r.value(u"sealed"_s).toBool());
        QVERIFY(r.value(u"name"_s).toString().isEmpty());
        QCOMPARE(r.value(u"history"_s).toList().size(), 1);
        QCOMPARE(r.value(u"history"_s).toList().first().toMap().value(u"action"_s).toString(), u"record.add"_s);
        // Denunciation acceptance: 5 working days from Monday 16 Nov.
        const QVariantList deadlines = r.value(u"deadlines"_s).toList();
        QVERIFY(!deadlines.isEmpty());
        QCOMPARE(deadlines.first().toMap().value(u"due"_s).toString(), u"23/11/2026"_s);
        QVERIFY(!m_leader->unseal(u"xem"_s)); // a reason is required
        QCOMPARE(m_leader->errorField(), u"reason"_s);
        QVERIFY(m_leader->unseal(u"Thanh tra tỉnh yêu cầu xác minh"_s));
        r = m_leader->record();
        QCOMPARE(r.value(u"name"_s).toString(), u"Võ Thị Tố"_s);
        QVERIFY(r.value(u"unsealed"_s).toBool());
        QCOMPARE(r.value(u"history"_s).toList().size(), 2);
        QCOMPARE(r.value(u"history"_s).toList().last().toMap().value(u"actor"_s).toString(), u"lanhdao"_s);
        // Closing and reopening shows it masked again.
        m_leader->closeRecord();
        QVERIFY(m_leader->openRecord(id));
        QVERIFY(m_leader->record().value(u"name"_s).toString().isEmpty());
    }

    void statisticsBesideAYearEarlier()
    {
        for (int i = 0; i < 3; ++i)
            add(QDate(2025, 8, 4 + i));
        add(QDate(2025, 8, 7), ReceiverRole::Head, 6);
        for (int i = 0; i < 5; ++i)
            add(QDate(2026, 8, 3 + i));
        add(QDate(2026, 9, 1), ReceiverRole::Deputy);
        QVERIFY(m_leader->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        QVERIFY(m_leader->showPeriod(u"quarter"_s, 2026, 3));
        const QVariantMap s = m_leader->statistics();
        QCOMPARE(s.value(u"from"_s).toString(), u"01/07/2026"_s);
        QCOMPARE(s.value(u"previousTo"_s).toString(), u"30/09/2025"_s);
        auto figureOf = [](const QVariantList &list, const QString &key) {
            for (const QVariant &v : list)
                if (v.toMap().value(u"key"_s) == key)
                    return std::pair(v.toMap().value(u"current"_s).toInt(), v.toMap().value(u"previous"_s).toInt());
            return std::pair(-1, -1);
        };
        QCOMPARE(figureOf(s.value(u"totals"_s).toList(), u"visits"_s), std::pair(6, 4));
        QCOMPARE(figureOf(s.value(u"totals"_s).toList(), u"persons"_s), std::pair(6, 9));
        QCOMPARE(figureOf(s.value(u"groups"_s).toList(), u"groupPersons"_s), std::pair(0, 6));
        QCOMPARE(figureOf(s.value(u"byKind"_s).toList(), u"complaint"_s), std::pair(6, 4));
        const QVariantList leaders = s.value(u"leaders"_s).toList();
        QCOMPARE(leaders.first().toMap().value(u"key"_s).toString(), u"all"_s);
        QCOMPARE(leaders.first().toMap().value(u"visits"_s).toInt(), 1);
        QCOMPARE(leaders.first().toMap().value(u"previousVisits"_s).toInt(), 1);
        QVERIFY(!m_leader->showRange(u"2026-09-30"_s, u"2026-07-01"_s));
        QVERIFY(m_leader->showRange(u"2026-08-03"_s, u"2026-08-04"_s));
        QCOMPARE(figureOf(m_leader->statistics().value(u"totals"_s).toList(), u"visits"_s),
                 std::pair(2, 1)); // 4 Aug 2025 is in the year-earlier range
    }

    void periods_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("February (not leap)") << u"month"_s << 2 << QDate(2026, 2, 1) << QDate(2026, 2, 28);
        QTest::newRow("December") << u"month"_s << 12 << QDate(2026, 12, 1) << QDate(2026, 12, 31);
        QTest::newRow("quarter 3") << u"quarter"_s << 3 << QDate(2026, 7, 1) << QDate(2026, 9, 30);
        QTest::newRow("6 months") << u"half"_s << 0 << QDate(2026, 1, 1) << QDate(2026, 6, 30);
        QTest::newRow("9 months") << u"nine"_s << 0 << QDate(2026, 1, 1) << QDate(2026, 9, 30);
        QTest::newRow("year") << u"year"_s << 0 << QDate(2026, 1, 1) << QDate(2026, 12, 31);
        QTest::newRow("month 13") << u"month"_s << 13 << QDate() << QDate();
        QTest::newRow("quarter 0") << u"quarter"_s << 0 << QDate() << QDate();
        QTest::newRow("unknown") << u"week"_s << 1 << QDate() << QDate();
    }

    void periods()
    {
        QFETCH(QString, kind);
        QFETCH(int, n);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const auto [f, t] = LeaderController::periodOf(kind, 2026, n);
        QCOMPARE(f, from);
        QCOMPARE(t, to);
    }

    void deadlineWatchOnSignIn()
    {
        add(QDate(2026, 11, 16), ReceiverRole::Officer, 1, u"Võ Thị Tố"_s); // due 23/11 (today)
        ReceptionRecord pending;
        QVERIFY(m_leader->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        const QVariantList items = m_leader->deadlines();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toMap().value(u"daysLeft"_s).toInt(), 0);
        QCOMPARE(m_leader->overdueCount(), 0);
        QVERIFY(!QVariant(items).toString().contains(u"Võ"_s));
        m_now = m_now.addDays(3).addSecs(-3600 * 8); // Thursday morning, same session kept alive
        m_leader->touch();
        QVERIFY(m_leader->refreshDeadlines());
        QCOMPARE(m_leader->overdueCount(), 1);
    }

    void idleSignOutClearsTheView()
    {
        add(QDate(2026, 11, 2));
        QVERIFY(m_leader->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        QCOMPARE(m_leader->log()->rowCount(), 1);
        m_now = m_now.addSecs(16 * 60);
        m_leader->checkIdle();
        QVERIFY(!m_leader->signedIn());
        QCOMPARE(m_leader->signOutReason(), u"idle"_s);
        QCOMPARE(m_leader->log()->rowCount(), 0);
        QVERIFY(m_leader->statistics().isEmpty());
        QVERIFY(m_leader->deadlines().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLeaderController)
#include "tst_leadercontroller.moc"
