// Tests of the deadline watch in app/storage/receptionrepository
// (deadlinewatch.cpp) over open matters, with two rule sets, matter results
// from the department server and conclusion notices, on a real SQLite file.
// The rules themselves (recorddeadlines.h): tests/core/tst_recorddeadlines.
#include "recordfixture.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace tiepdan;
using namespace recordfixture;
using namespace Qt::StringLiterals;

class TestDeadlineWatch : public RecordTest {
    Q_OBJECT

private slots:
    void initTestCase();
    void deadlineWatch();
    void conclusionNotice();
};

void TestDeadlineWatch::initTestCase()
{
    loadShippedConfig();
}

// The deadline watch on Friday 2026-11-20 (kNow), with two rule sets: the
// shipped "2014" one (complaint acceptance 10 days) and a "2026" one from
// 2026-07-01 where acceptance takes 7.
void TestDeadlineWatch::deadlineWatch()
{
    OfficeConfig config = m_config;
    bool changed = false;
    for (DeadlineRuleSet &set : config.deadlineRuleSets)
        for (DeadlineRule &rule : set.rules)
            if (set.id == u"2026"_s && rule.id == u"complaint.accept"_s) {
                rule.days = 7;
                changed = true;
            }
    QVERIFY(changed);
    QTemporaryDir dir;
    auto opened = OfficeStore::open(config, dir.filePath(u"office.db"_s));
    QVERIFY(opened);
    std::unique_ptr<OfficeStore> store = std::move(opened).value();
    store->setClock([] { return kNow; });

    QHash<QString, QString> tagOf; // record id -> tag
    QHash<QString, QString> matterOf;
    int serial = 0;
    auto add = [&](const QString &tag, const QDate &day, MatterKind kind, HandlingDirection direction) {
        static const QStringList given{u"An"_s,    u"Bình"_s, u"Cường"_s, u"Dũng"_s, u"Hà"_s,  u"Lan"_s,
                                       u"Sơn"_s,   u"Yến"_s,  u"Tâm"_s,   u"Hải"_s,  u"Nga"_s, u"Phúc"_s,
                                       u"Quang"_s, u"Thảo"_s, u"Vy"_s,    u"Khoa"_s};
        ReceptionRecord r = simple(day, kind, u"Trần Văn "_s + given[serial],
                                   u"0010990123%1"_s.arg(serial, 2, 10, QChar(u'0')), u"Nội dung "_s + tag);
        ++serial;
        r.direction = direction;
        if (direction == HandlingDirection::Transfer)
            r.transferAgency = u"Tòa án nhân dân tỉnh"_s;
        auto added = store->records().add(r, kActor);
        if (!added)
            qWarning().noquote() << tag << errorText(added.error());
        tagOf.insert(added ? added->record.id : QString(), tag);
        matterOf.insert(tag, added ? added->record.matterId : QString());
        return added.ok();
    };
    using K = MatterKind;
    using D = HandlingDirection;
    QVERIFY(add(u"A 2014 set, overdue"_s, QDate(2026, 6, 30), K::Complaint, D::Pending));
    QVERIFY(add(u"B 2026 set, overdue"_s, QDate(2026, 7, 1), K::Complaint, D::Pending));
    QVERIFY(add(u"C due today"_s, QDate(2026, 11, 13), K::Complaint, D::Pending));
    QVERIFY(add(u"D due on the window's last day"_s, QDate(2026, 11, 20), K::Complaint, D::Pending));
    QVERIFY(add(u"F denunciation, working days"_s, QDate(2026, 11, 16), K::Denunciation, D::Pending));
    QVERIFY(add(u"G accepted: resolution"_s, QDate(2026, 10, 26), K::Complaint, D::Accept));
    QVERIFY(add(u"H returned at reception"_s, QDate(2026, 11, 18), K::Complaint, D::ReturnGuide));
    QVERIFY(add(u"I transferred at reception"_s, QDate(2026, 11, 18), K::Complaint, D::Transfer));
    QVERIFY(add(u"J resolved by the department"_s, QDate(2026, 11, 17), K::Complaint, D::Pending));
    QVERIFY(add(u"K accepted by the department"_s, QDate(2026, 11, 17), K::Complaint, D::Pending));
    QVERIFY(add(u"L closed"_s, QDate(2026, 11, 17), K::Complaint, D::Pending));
    QVERIFY(add(u"M petition: no deadline"_s, QDate(2026, 11, 17), K::Petition, D::Pending));
    QVERIFY(add(u"N accepted, due after the window"_s, QDate(2026, 11, 18), K::Complaint, D::Accept));
    QVERIFY(add(u"O older than the lookback"_s, QDate(2025, 9, 1), K::Complaint, D::Pending));
    QVERIFY(store->db().exec(
        u"INSERT INTO matter_results(matter_id, result, note, at, seq) VALUES (?, 'resolved', '', "
        u"'2026-11-19T08:00:00Z', 1), "
        "(?, 'accepted', '', '2026-11-19T08:00:00Z', 2)"_s,
        {matterOf.value(u"J resolved by the department"_s), matterOf.value(u"K accepted by the department"_s)}));
    QVERIFY(store->db().exec(u"UPDATE matters SET status = 'closed' WHERE id = ?"_s, {matterOf.value(u"L closed"_s)}));

    auto watch = store->records().deadlineWatch(QDate(2026, 11, 20), 7);
    QVERIFY2(watch, watch ? "" : qPrintable(errorText(watch.error())));
    QStringList got;
    for (const WatchedDeadline &w : *watch)
        got << u"%1|%2|%3|%4|%5"_s.arg(tagOf.value(w.recordId), w.deadline.ruleId, w.deadline.due.toString(Qt::ISODate))
                   .arg(w.daysLeft)
                   .arg(w.ruleSetId);
    const QStringList expected{
        u"B 2026 set, overdue|complaint.accept|2026-07-08|-135|2026"_s,
        u"A 2014 set, overdue|complaint.accept|2026-07-10|-133|2014"_s,
        u"C due today|complaint.accept|2026-11-20|0|2026"_s,
        u"K accepted by the department|complaint.accept|2026-11-24|4|2026"_s,
        // 7 working days from Monday 16/11 (Art. 24 of the Law on Denunciations).
        u"F denunciation, working days|denunciation.accept|2026-11-25|5|2026"_s,
        u"G accepted: resolution|complaint.resolve.first|2026-11-25|5|2026"_s,
        u"D due on the window's last day|complaint.accept|2026-11-27|7|2026"_s,
    };
    QCOMPARE(got, expected);
    // One day narrower: the last one drops out.
    auto narrower = store->records().deadlineWatch(QDate(2026, 11, 20), 6);
    QVERIFY(narrower);
    QCOMPARE(narrower->size(), expected.size() - 1);
    // Nothing identifying in what the watch carries (F is a sealed denunciation).
    for (const WatchedDeadline &w : *watch) {
        const QByteArray json = QJsonDocument(w.toJson()).toJson();
        QVERIFY2(!json.contains("Trần") && !json.contains("0010990123"), json.constData());
        QCOMPARE(w.bookYear, 2026);
        QVERIFY(w.bookNo > 0);
    }
    QVERIFY(!store->records().deadlineWatch(QDate(2026, 11, 20), -1));

    // Received vs resolved: J's result counts in the month it is dated; K's
    // ("accepted") is not a resolution.
    auto november = store->records().report(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QVERIFY(november);
    QCOMPARE(november->resolvedByKind, (QMap<QString, int>{{u"complaint"_s, 1}}));
    auto october = store->records().report(QDate(2026, 10, 1), QDate(2026, 10, 31));
    QVERIFY(october);
    QVERIFY(october->resolvedByKind.isEmpty());
}

// The head's reception ends with a conclusion notice and its follow-up
// date: stored, synced, shown among the record's deadlines and watched.
void TestDeadlineWatch::conclusionNotice()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    ReceptionRecord r = simple(QDate(2026, 11, 18), MatterKind::Complaint, u"Nguyễn Văn An"_s, u"001099012345"_s,
                               u"Khiếu nại việc kê biên"_s);
    r.receiverRole = ReceiverRole::Head;
    r.receiverName = u"Lê Lãnh Đạo"_s;
    r.receptionKind = ReceptionKind::Periodic;
    r.sessionKey = u"2026-11-18/periodic/head-weekly/morning"_s;
    r.conclusion = u"Giao Chấp hành viên Trần Văn B kiểm tra lại việc kê biên, trả lời công dân bằng văn bản"_s;
    r.conclusionDue = QDate(2026, 11, 25);
    auto added = store->records().add(r, kActor);
    QVERIFY2(added, added ? "" : qPrintable(errorText(added.error())));
    auto got = store->records().get(added->record.id);
    QVERIFY(got);
    compareRecord(got->record, r);
    const Deadline *notice = nullptr;
    for (const Deadline &d : got->deadlines)
        if (d.ruleId == u"conclusion.followUp"_s)
            notice = &d;
    QVERIFY(notice);
    QCOMPARE(notice->due, QDate(2026, 11, 25));
    QVERIFY(notice->legalBasis.contains(u"Lê Lãnh Đạo"_s));
    // The outbox carries it to the department server.
    QCOMPARE(
        store->db().scalar(u"SELECT COUNT(*) FROM outbox WHERE payload LIKE '%conclusionDue%2026-11-25%'"_s)->toInt(),
        1);
    // Watched until the matter is settled.
    auto watch = store->records().deadlineWatch(QDate(2026, 11, 20), 7);
    QVERIFY(watch);
    bool watched = false;
    for (const WatchedDeadline &w : *watch)
        watched = watched || (w.kind == u"conclusion"_s && w.daysLeft == 5 && w.recordId == added->record.id);
    QVERIFY(watched);
    QVERIFY(store->db().exec(u"UPDATE matters SET status = 'closed' WHERE id = ?"_s, {added->record.matterId}));
    watch = store->records().deadlineWatch(QDate(2026, 11, 20), 7);
    QVERIFY(watch);
    for (const WatchedDeadline &w : *watch)
        QVERIFY(w.kind != u"conclusion"_s);

    // Refused: an officer's reception with a conclusion, a date before the
    // reception, a date without a conclusion.
    ReceptionRecord officer = r;
    officer.receiverRole = ReceiverRole::Officer;
    auto bad = store->records().add(officer, kActor);
    QVERIFY(!bad);
    QCOMPARE(bad.error().field, u"conclusion"_s);
    ReceptionRecord early = r;
    early.conclusionDue = QDate(2026, 11, 17);
    bad = store->records().add(early, kActor);
    QVERIFY(!bad);
    QCOMPARE(bad.error().field, u"conclusionDue"_s);
    ReceptionRecord dateOnly = r;
    dateOnly.conclusion.clear();
    bad = store->records().add(dateOnly, kActor);
    QVERIFY(!bad);
    QCOMPARE(bad.error().field, u"conclusion"_s);
}

QTEST_GUILESS_MAIN(TestDeadlineWatch)
#include "tst_deadlinewatch.moc"
