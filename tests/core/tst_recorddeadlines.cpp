// The deadlines of reception records and open matters (app/core/recorddeadlines.h)
// with the shipped rule sets and calendar (kiosk-config/): which rules apply
// to a record from receipt and from acceptance (Civil Code 2015 Arts.
// 147-148 counting: the day of the event is not counted; a last day on a
// rest day or holiday moves to the next working day), the conclusion
// notice's follow-up date, and what the deadline watch shows and in which
// order. The watch's query over an office database: tests/storage/tst_deadlinewatch.
#include "calendar.h"
#include "configloader.h"
#include "deadlines.h"
#include "recorddeadlines.h"

#include <QTest>

#include <memory>

using namespace tiepdan;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(MatterKind)
Q_DECLARE_METATYPE(HandlingDirection)

namespace {

// A visit received at 08:30 on `date` (what the storage tests add).
ReceptionRecord record(const QDate &date, MatterKind kind, bool enforcement, HandlingDirection direction)
{
    ReceptionRecord r;
    r.receivedAt = QDateTime(date, QTime(8, 30));
    r.identity.fullName = u"Nguyễn Văn An"_s;
    r.identity.idNumber = u"001099012345"_s;
    r.kinds = {kind};
    r.content = u"nội dung"_s;
    r.aboutEnforcement = enforcement;
    r.direction = direction;
    return r;
}

} // namespace

class TestRecordDeadlines : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void recordDeadlines_data();
    void recordDeadlines();
    void watchedDeadlines();
    void conclusionNotice();
    void watchOrder();
    void watchWindow();

private:
    OfficeConfig m_config;
    std::unique_ptr<ReceptionCalendar> m_calendar;
    std::unique_ptr<DeadlineCalculator> m_calc;
};

// The shipped configuration, as an office store builds its calculator.
void TestRecordDeadlines::initTestCase()
{
    const ConfigLoadResult cfg = loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
    QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
    m_config = cfg.config;
    m_calendar = std::make_unique<ReceptionCalendar>(m_config.schedule);
    m_calc = std::make_unique<DeadlineCalculator>(m_config.deadlineRuleSets, *m_calendar);
}

// ---------------------------------------------------------------------------
// Deadlines (Civil Code 2015 Arts. 147-148: the day of the event is not
// counted; a last day on a rest day or holiday moves to the next working day)

void TestRecordDeadlines::recordDeadlines_data()
{
    QTest::addColumn<MatterKind>("kind");
    QTest::addColumn<bool>("enforcement");
    QTest::addColumn<HandlingDirection>("direction");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QDate>("due"); // invalid: the rule must not be listed

    const auto C = MatterKind::Complaint;
    const auto D = MatterKind::Denunciation;
    const auto accept = HandlingDirection::Accept;
    const auto pending = HandlingDirection::Pending;
    QTest::newRow("complaint accept, received Mon 03-02")
        << C << false << accept << QDate(2026, 3, 2) << u"complaint.accept"_s << QDate(2026, 3, 12);
    QTest::newRow("complaint resolve.first, received Mon 03-02")
        << C << false << accept << QDate(2026, 3, 2) << u"complaint.resolve.first"_s << QDate(2026, 4, 1);
    QTest::newRow("pending complaint: accept deadline")
        << C << false << pending << QDate(2026, 3, 2) << u"complaint.accept"_s << QDate(2026, 3, 12);
    QTest::newRow("pending complaint: no resolution deadline")
        << C << false << pending << QDate(2026, 3, 2) << u"complaint.resolve.first"_s << QDate();
    QTest::newRow("last day on Hung Kings day 04-27")
        << C << false << accept << QDate(2026, 4, 17) << u"complaint.accept"_s << QDate(2026, 4, 28);
    QTest::newRow("last day 04-30, then 05-01 and a weekend")
        << C << false << accept << QDate(2026, 4, 20) << u"complaint.accept"_s << QDate(2026, 5, 4);
    QTest::newRow("resolve.first ends 04-30 -> 05-04")
        << C << false << accept << QDate(2026, 3, 31) << u"complaint.resolve.first"_s << QDate(2026, 5, 4);
    QTest::newRow("last day on a Saturday")
        << C << false << accept << QDate(2026, 3, 4) << u"complaint.accept"_s << QDate(2026, 3, 16);
    QTest::newRow("2026 rule set, National Day")
        << C << false << accept << QDate(2026, 8, 22) << u"complaint.accept"_s << QDate(2026, 9, 3);
    QTest::newRow("enforcement accept, 5 working days")
        << C << true << accept << QDate(2026, 3, 2) << u"enforcement.accept"_s << QDate(2026, 3, 9);
    QTest::newRow("enforcement resolve.first 15 days")
        << C << true << accept << QDate(2026, 3, 2) << u"enforcement.resolve.first"_s << QDate(2026, 3, 17);
    QTest::newRow("enforcement: no general complaint rule")
        << C << true << accept << QDate(2026, 3, 2) << u"complaint.accept"_s << QDate();
    QTest::newRow("denunciation accept over Tet")
        << D << false << pending << QDate(2026, 2, 13) << u"denunciation.accept"_s << QDate(2026, 3, 3);
    QTest::newRow("denunciation resolve")
        << D << false << accept << QDate(2026, 3, 2) << u"denunciation.resolve"_s << QDate(2026, 4, 1);
    QTest::newRow("pending denunciation: no resolve")
        << D << false << pending << QDate(2026, 3, 2) << u"denunciation.resolve"_s << QDate();
}

void TestRecordDeadlines::recordDeadlines()
{
    QFETCH(MatterKind, kind);
    QFETCH(bool, enforcement);
    QFETCH(HandlingDirection, direction);
    QFETCH(QDate, received);
    QFETCH(QString, rule);
    QFETCH(QDate, due);
    const QList<Deadline> deadlines = tiepdan::recordDeadlines(record(received, kind, enforcement, direction), *m_calc);
    const Deadline *found = nullptr;
    QStringList listed;
    for (const Deadline &d : deadlines) {
        listed << u"%1=%2"_s.arg(d.ruleId, d.due.toString(Qt::ISODate));
        if (d.ruleId == rule)
            found = &d;
    }
    if (!due.isValid()) {
        QVERIFY2(!found, qPrintable(listed.join(u", "_s)));
        return;
    }
    QVERIFY2(found, qPrintable(u"%1 not among: %2"_s.arg(rule, listed.join(u", "_s))));
    QCOMPARE(found->due, due);
    QCOMPARE(found->eventDate, received);
    QVERIFY(!found->legalBasis.isEmpty());
    QVERIFY(!found->labelVi.isEmpty());
}

// The deadline watch's order: soonest due first, then office, book year
// and number; stable otherwise.
void TestRecordDeadlines::watchOrder()
{
    auto item = [](const char *due, const char *office, int year, int no, const char *tag) {
        WatchedDeadline w;
        w.deadline.due = QDate::fromString(QString::fromLatin1(due), Qt::ISODate);
        w.office = QString::fromLatin1(office);
        w.bookYear = year;
        w.bookNo = no;
        w.matterId = QString::fromLatin1(tag);
        return w;
    };
    QList<WatchedDeadline> items{
        item("2026-11-25", "", 2026, 3, "c"),       item("2026-11-20", "", 2026, 9, "a"),
        item("2026-11-25", "", 2025, 40, "b"),      item("2026-11-25", "", 2026, 3, "d"),
        item("2026-11-25", "BN-KV2", 2026, 1, "f"), item("2026-11-25", "BN-KV1", 2026, 2, "e")};
    sortWatch(items);
    QStringList order;
    for (const WatchedDeadline &w : items)
        order << w.matterId;
    QCOMPARE(order, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s}));
}

void TestRecordDeadlines::watchWindow()
{
    QVERIFY(checkWatchWindow(QDate(2026, 11, 20), 0));
    QVERIFY(checkWatchWindow(QDate(2026, 11, 20), 30));
    for (const auto &[today, within] : {std::pair{QDate(2026, 11, 20), -1}, std::pair{QDate(), 7}}) {
        auto r = checkWatchWindow(today, within);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(r.error().field, u"within"_s);
    }
}

// A matter waits for acceptance until accepted, then for resolution; where
// a family has variants the earliest is watched; a kind without rules has
// nothing to watch; each part of a mixed visit is watched on its own; an
// anonymous denunciation has no statutory period.
void TestRecordDeadlines::watchedDeadlines()
{
    const QDate today(2026, 3, 10);
    auto matter = [](QList<MatterKind> parts, bool enforcement = false) {
        MatterFacts m;
        m.id = u"matter-1"_s;
        m.parts = parts;
        m.firstReceipt = QDate(2026, 3, 2);
        m.aboutEnforcement = enforcement;
        return m;
    };
    const QList<WatchedDeadline> pending = watchedParts(matter({MatterKind::Complaint}), *m_calc, today);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending[0].kind, u"complaint"_s);
    QCOMPARE(pending[0].matterId, u"matter-1"_s);
    QCOMPARE(pending[0].deadline.ruleId, u"complaint.accept"_s);
    QCOMPARE(pending[0].deadline.due, QDate(2026, 3, 12));
    QCOMPARE(pending[0].daysLeft, 2);
    QVERIFY(!pending[0].ruleSetId.isEmpty());
    QVERIFY(pending[0].recordId.isEmpty() && pending[0].office.isEmpty());

    MatterFacts accepted = matter({MatterKind::Complaint});
    accepted.directionAtReception = HandlingDirection::Accept;
    const QList<WatchedDeadline> resolving = watchedParts(accepted, *m_calc, today);
    QCOMPARE(resolving.size(), 1);
    QVERIFY(resolving[0].deadline.ruleId.startsWith(u"complaint.resolve"_s));
    for (const Deadline &d : m_calc->computeAll(u"complaint"_s, u"acceptance"_s, QDate(2026, 3, 2), QDate(2026, 3, 2)))
        QVERIFY2(resolving[0].deadline.due <= d.due, qPrintable(d.ruleId));
    QCOMPARE(resolving[0].daysLeft, int(today.daysTo(resolving[0].deadline.due)));

    const QList<WatchedDeadline> enforcement = watchedParts(matter({MatterKind::Complaint}, true), *m_calc, today);
    QCOMPARE(enforcement.size(), 1);
    QCOMPARE(enforcement[0].kind, u"complaint_enforcement"_s);
    QCOMPARE(enforcement[0].deadline.ruleId, u"enforcement.accept"_s);
    QVERIFY(watchedParts(matter({MatterKind::Petition}), *m_calc, today).isEmpty());

    // Complaint and denunciation in one visit: two rows, 12/03 (10 days)
    // and 11/03 (7 working days from Monday 2 March, Art. 24).
    const QList<WatchedDeadline> mixed =
        watchedParts(matter({MatterKind::Complaint, MatterKind::Denunciation}), *m_calc, today);
    QCOMPARE(mixed.size(), 2);
    QCOMPARE(mixed[0].deadline.ruleId + u' ' + mixed[0].deadline.due.toString(Qt::ISODate),
             u"complaint.accept 2026-03-12"_s);
    QCOMPARE(mixed[1].deadline.ruleId + u' ' + mixed[1].deadline.due.toString(Qt::ISODate),
             u"denunciation.accept 2026-03-11"_s);
    MatterFacts anonymous = matter({MatterKind::Denunciation});
    anonymous.anonymous = true;
    QVERIFY(watchedParts(anonymous, *m_calc, today).isEmpty());
}

// A conclusion notice's follow-up date, as a record's deadline and as a
// watch item of the record's matter.
void TestRecordDeadlines::conclusionNotice()
{
    ReceptionRecord r = record(QDate(2026, 11, 18), MatterKind::Complaint, false, HandlingDirection::Pending);
    r.id = u"record-1"_s;
    r.matterId = u"matter-1"_s;
    r.bookYear = 2026;
    r.bookNo = 12;
    r.receiverName = u"Lê Lãnh Đạo"_s;
    r.conclusion = u"Giao Chấp hành viên kiểm tra lại"_s;
    r.conclusionDue = QDate(2026, 11, 25);
    const Deadline d = conclusionDeadline(r);
    QCOMPARE(d.ruleId, u"conclusion.followUp"_s);
    QCOMPARE(d.eventDate, QDate(2026, 11, 18));
    QCOMPARE(d.due, QDate(2026, 11, 25));
    QVERIFY(d.legalBasis.contains(u"Lê Lãnh Đạo"_s));
    QCOMPARE(tiepdan::recordDeadlines(r, *m_calc).last().ruleId, u"conclusion.followUp"_s);
    const WatchedDeadline w = conclusionWatch(r, QDate(2026, 11, 20));
    QCOMPARE(w.kind, u"conclusion"_s);
    QCOMPARE(w.matterId, u"matter-1"_s);
    QCOMPARE(w.recordId, u"record-1"_s);
    QCOMPARE(w.bookYear, 2026);
    QCOMPARE(w.bookNo, 12);
    QCOMPARE(w.daysLeft, 5);
    QCOMPARE(w.deadline.ruleId, u"conclusion.followUp"_s);
    QVERIFY(w.office.isEmpty());
}

QTEST_GUILESS_MAIN(TestRecordDeadlines)
#include "tst_recorddeadlines.moc"
