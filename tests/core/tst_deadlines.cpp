// DeadlineCalculator: Civil Code 2015 Arts. 147-148 counting on a 2026
// Vietnamese calendar built in code (Tết 2026-02-14..22, 30 April / 1 May,
// bridge day 2026-01-02 worked back on Saturday 2026-01-10), and rule sets
// versioned by effective date.
#include "deadlines.h"

#include <QTest>

using namespace tiepdan;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

Schedule schedule2026()
{
    Schedule s;
    s.workingWeekdays = {1, 2, 3, 4, 5};
    for (QDate t = d("2026-02-14"); t <= d("2026-02-22"); t = t.addDays(1))
        s.holidays.insert(t);
    for (const char *h :
         {"2026-01-01", "2026-01-02", "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02"})
        s.holidays.insert(d(h));
    s.workingDays.insert(d("2026-01-10"));
    s.holidayYears = {2026};
    return s;
}

DeadlineRule rule(const char *id, const char *kind, const char *fromEvent, int days, bool workingDays,
                  const QString &basis)
{
    DeadlineRule r;
    r.id = QString::fromLatin1(id);
    r.matterKind = QString::fromLatin1(kind);
    r.fromEvent = QString::fromLatin1(fromEvent);
    r.days = days;
    r.workingDays = workingDays;
    r.labelVi = QStringLiteral("Thời hạn ") + r.id;
    r.labelEn = QStringLiteral("Deadline ") + r.id;
    r.legalBasis = basis;
    return r;
}

const QString kComplaint2011 = QStringLiteral("Luật Khiếu nại 2011");
const QString kDenunciation2018 = QStringLiteral("Luật Tố cáo 2018");
const QString kNew2025 = QStringLiteral("Luật 136/2025/QH15");

// Two sets, deliberately passed newest first. The 2026 figures are made up
// for the test (the new law's figures are configuration, not known here);
// they differ from the old ones so the chosen set is visible in the result.
QList<DeadlineRuleSet> ruleSets()
{
    DeadlineRuleSet old;
    old.id = QStringLiteral("2019");
    old.effectiveFrom = d("2019-01-01");
    old.rules = {rule("complaint.accept", "complaint", "receipt", 10, false, kComplaint2011),
                 rule("complaint.resolve.first", "complaint", "acceptance", 30, false, kComplaint2011),
                 rule("denunciation.accept", "denunciation", "receipt", 5, true, kDenunciation2018),
                 rule("denunciation.resolve", "denunciation", "acceptance", 30, false, kDenunciation2018),
                 rule("denunciation.resolve.extended", "denunciation", "acceptance", 60, false, kDenunciation2018)};
    DeadlineRuleSet next;
    next.id = QStringLiteral("2026");
    next.effectiveFrom = d("2026-07-01");
    next.rules = {rule("complaint.accept", "complaint", "receipt", 7, true, kNew2025),
                  rule("complaint.resolve.first", "complaint", "acceptance", 20, false, kNew2025),
                  rule("complaint.new_only", "complaint", "acceptance", 3, true, kNew2025)};
    return {next, old};
}

} // namespace

class TestDeadlines : public QObject {
    Q_OBJECT

public:
    TestDeadlines() : m_calendar(schedule2026()), m_calc(ruleSets(), m_calendar) {}

private slots:
    void addPeriod_data();
    void addPeriod();
    void ruleSetFor_data();
    void ruleSetFor();
    void compute_data();
    void compute();
    void computeAll_data();
    void computeAll();
    void noWorkingDayAhead();

private:
    ReceptionCalendar m_calendar;
    DeadlineCalculator m_calc;
};

void TestDeadlines::addPeriod_data()
{
    QTest::addColumn<QDate>("event");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("workingDays");
    QTest::addColumn<QDate>("due");

    // Calendar days.
    QTest::newRow("complaint acceptance, 10 days: Mon 2 Mar -> Thu 12 Mar")
        << d("2026-03-02") << 10 << false << d("2026-03-12");
    QTest::newRow("complaint first resolution, 30 days: Mon 2 Mar -> Wed 1 Apr")
        << d("2026-03-02") << 30 << false << d("2026-04-01");
    QTest::newRow("10 days ending on Sunday 15 Mar move to Monday")
        << d("2026-03-05") << 10 << false << d("2026-03-16");
    QTest::newRow("10 days ending on Saturday 17 Jan move to Monday")
        << d("2026-01-07") << 10 << false << d("2026-01-19");
    QTest::newRow("10 days ending on the first day of Tết move past the whole break")
        << d("2026-02-04") << 10 << false << d("2026-02-23");
    QTest::newRow("10 days ending on lunar new year's day move past the break")
        << d("2026-02-07") << 10 << false << d("2026-02-23");
    QTest::newRow("10 days ending on 30 April move past 1 May and the weekend")
        << d("2026-04-20") << 10 << false << d("2026-05-04");
    QTest::newRow("10 days ending on the swapped working Saturday stay there")
        << d("2025-12-31") << 10 << false << d("2026-01-10");
    QTest::newRow("period crossing Tết but ending after it is not extended")
        << d("2026-02-10") << 15 << false << d("2026-02-25");
    QTest::newRow("0 calendar days on a working day: the event day")
        << d("2026-03-02") << 0 << false << d("2026-03-02");
    QTest::newRow("0 calendar days on a Sunday: next working day") << d("2026-03-01") << 0 << false << d("2026-03-02");

    // Working days.
    QTest::newRow("5 working days within a week") << d("2026-03-02") << 5 << true << d("2026-03-09");
    QTest::newRow("denunciation acceptance notice, 5 working days spanning a weekend")
        << d("2026-03-05") << 5 << true << d("2026-03-12");
    QTest::newRow("denunciation acceptance notice, 5 working days spanning Tết")
        << d("2026-02-11") << 5 << true << d("2026-02-25");
    QTest::newRow("5 working days from a day inside Tết") << d("2026-02-17") << 5 << true << d("2026-02-27");
    QTest::newRow("5 working days over New Year and the bridge day") << d("2025-12-29") << 5 << true << d("2026-01-07");
    QTest::newRow("5 working days counting the swapped Saturday") << d("2026-01-07") << 5 << true << d("2026-01-13");
    QTest::newRow("1 working day from Friday is Monday") << d("2026-03-06") << 1 << true << d("2026-03-09");
    QTest::newRow("1 working day from Saturday is Monday") << d("2026-03-07") << 1 << true << d("2026-03-09");
    QTest::newRow("0 working days: the event day") << d("2026-03-02") << 0 << true << d("2026-03-02");

    // Invalid input.
    QTest::newRow("invalid event date, calendar days") << QDate() << 10 << false << QDate();
    QTest::newRow("invalid event date, working days") << QDate() << 5 << true << QDate();
    QTest::newRow("negative days") << d("2026-03-02") << -1 << false << QDate();
}

void TestDeadlines::addPeriod()
{
    QFETCH(QDate, event);
    QFETCH(int, days);
    QFETCH(bool, workingDays);
    QFETCH(QDate, due);
    QCOMPARE(m_calc.addPeriod(event, days, workingDays), due);
}

void TestDeadlines::ruleSetFor_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("setId"); // empty: none in force
    QTest::newRow("before every set") << d("2018-12-31") << QString();
    QTest::newRow("first day of the old set") << d("2019-01-01") << "2019";
    QTest::newRow("last day of the old set") << d("2026-06-30") << "2019";
    QTest::newRow("first day of the new set") << d("2026-07-01") << "2026";
    QTest::newRow("long after") << d("2030-01-01") << "2026";
    QTest::newRow("invalid date") << QDate() << QString();
}

void TestDeadlines::ruleSetFor()
{
    QFETCH(QDate, date);
    QFETCH(QString, setId);
    const DeadlineRuleSet *set = m_calc.ruleSetFor(date);
    QCOMPARE(set ? set->id : QString(), setId);
}

void TestDeadlines::compute_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QDate>("receivedOn");
    QTest::addColumn<QDate>("event");
    QTest::addColumn<int>("error"); // 0: ok
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QString>("basis");

    QTest::newRow("complaint acceptance, 10 days from receipt")
        << "complaint.accept" << d("2026-03-02") << d("2026-03-02") << 0 << d("2026-03-12") << kComplaint2011;
    QTest::newRow("complaint first resolution, 30 days from acceptance, ends Sat -> Mon")
        << "complaint.resolve.first" << d("2026-03-02") << d("2026-03-12") << 0 << d("2026-04-13") << kComplaint2011;
    QTest::newRow("denunciation acceptance notice, 5 working days across Tết")
        << "denunciation.accept" << d("2026-02-11") << d("2026-02-11") << 0 << d("2026-02-25") << kDenunciation2018;
    QTest::newRow("received before 1 July 2026: old set even for a later event")
        << "complaint.resolve.first" << d("2026-06-25") << d("2026-07-06") << 0 << d("2026-08-05") << kComplaint2011;
    QTest::newRow("received on 1 July 2026: new set")
        << "complaint.resolve.first" << d("2026-07-01") << d("2026-07-06") << 0 << d("2026-07-27") << kNew2025;
    QTest::newRow("new set, working-day rule")
        << "complaint.accept" << d("2026-07-03") << d("2026-07-03") << 0 << d("2026-07-14") << kNew2025;
    QTest::newRow("rule only in the new set, matter received under the old one")
        << "complaint.new_only" << d("2026-06-30") << d("2026-07-02") << int(ErrorCode::NotFound) << QDate()
        << QString();
    QTest::newRow("rule only in the new set, matter received under it")
        << "complaint.new_only" << d("2026-07-02") << d("2026-07-02") << 0 << d("2026-07-07") << kNew2025;
    QTest::newRow("no set in force yet") << "complaint.accept" << d("2018-12-31") << d("2018-12-31")
                                         << int(ErrorCode::NotFound) << QDate() << QString();
    QTest::newRow("unknown rule") << "complaint.unknown" << d("2026-03-02") << d("2026-03-02")
                                  << int(ErrorCode::NotFound) << QDate() << QString();
    QTest::newRow("invalid receipt date")
        << "complaint.accept" << QDate() << d("2026-03-02") << int(ErrorCode::InvalidInput) << QDate() << QString();
    QTest::newRow("invalid event date") << "complaint.accept" << d("2026-03-02") << QDate()
                                        << int(ErrorCode::InvalidInput) << QDate() << QString();
}

void TestDeadlines::compute()
{
    QFETCH(QString, ruleId);
    QFETCH(QDate, receivedOn);
    QFETCH(QDate, event);
    QFETCH(int, error);
    QFETCH(QDate, due);
    QFETCH(QString, basis);

    const Result<Deadline> r = m_calc.compute(ruleId, receivedOn, event);
    if (error) {
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), error);
        QVERIFY(!r.error().message.isEmpty());
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->ruleId, ruleId);
    QCOMPARE(r->eventDate, event);
    QCOMPARE(r->due, due);
    QCOMPARE(r->legalBasis, basis);
    QCOMPARE(r->labelEn, QStringLiteral("Deadline ") + ruleId);
    QCOMPARE(r->labelVi, QStringLiteral("Thời hạn ") + ruleId);
}

void TestDeadlines::computeAll_data()
{
    QTest::addColumn<QString>("matterKind");
    QTest::addColumn<QString>("fromEvent");
    QTest::addColumn<QDate>("receivedOn");
    QTest::addColumn<QDate>("event");
    QTest::addColumn<QStringList>("deadlines"); // "<rule id> <due>"

    QTest::newRow("complaint at receipt, old set")
        << "complaint"
        << "receipt" << d("2026-03-02") << d("2026-03-02") << strings({"complaint.accept 2026-03-12"});
    QTest::newRow("denunciation at acceptance, old set, in rule order")
        << "denunciation"
        << "acceptance" << d("2026-03-02") << d("2026-03-09")
        << strings({"denunciation.resolve 2026-04-08", "denunciation.resolve.extended 2026-05-08"});
    QTest::newRow("complaint at acceptance, new set")
        << "complaint"
        << "acceptance" << d("2026-07-01") << d("2026-07-06")
        << strings({"complaint.resolve.first 2026-07-27", "complaint.new_only 2026-07-09"});
    QTest::newRow("kind absent from the new set")
        << "denunciation"
        << "acceptance" << d("2026-07-01") << d("2026-07-06") << QStringList{};
    QTest::newRow("unknown event") << "complaint"
                                   << "decision" << d("2026-03-02") << d("2026-03-02") << QStringList{};
    QTest::newRow("no set in force") << "complaint"
                                     << "receipt" << d("2018-12-31") << d("2018-12-31") << QStringList{};
    QTest::newRow("invalid receipt date") << "complaint"
                                          << "receipt" << QDate() << d("2026-03-02") << QStringList{};
    QTest::newRow("invalid event date") << "complaint"
                                        << "receipt" << d("2026-03-02") << QDate() << QStringList{};
}

void TestDeadlines::computeAll()
{
    QFETCH(QString, matterKind);
    QFETCH(QString, fromEvent);
    QFETCH(QDate, receivedOn);
    QFETCH(QDate, event);
    QFETCH(QStringList, deadlines);

    QStringList got;
    for (const Deadline &dl : m_calc.computeAll(matterKind, fromEvent, receivedOn, event)) {
        QCOMPARE(dl.eventDate, event);
        got << dl.ruleId + u' ' + dl.due.toString(Qt::ISODate);
    }
    QCOMPARE(got, deadlines);
}

// A calendar with no working day at all must not hang the count.
void TestDeadlines::noWorkingDayAhead()
{
    const ReceptionCalendar closed{Schedule{}};
    const DeadlineCalculator calc(ruleSets(), closed);
    QCOMPARE(calc.addPeriod(d("2026-03-02"), 5, true), QDate());
    QCOMPARE(calc.addPeriod(d("2026-03-02"), 5, false), QDate());
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
