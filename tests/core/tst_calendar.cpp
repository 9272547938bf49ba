// ReceptionCalendar on a 2026 Vietnamese calendar built in code: Tết
// 2026-02-14..22, 30 April / 1 May, New Year bridge day 2026-01-02 worked
// back on Saturday 2026-01-10.
#include "calendar.h"

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

SessionTemplate slot(const char *id, QTime start, QTime end, int capacity)
{
    SessionTemplate s;
    s.id = QString::fromLatin1(id);
    s.nameVi = s.id;
    s.nameEn = s.id;
    s.start = start;
    s.end = end;
    s.capacity = capacity;
    return s;
}

// Working weekdays, regular sessions and the 2026 holidays; no periodic rules.
Schedule baseSchedule()
{
    Schedule s;
    s.workingWeekdays = {1, 2, 3, 4, 5};
    s.regularSessions = {slot("morning", QTime(7, 30), QTime(11, 30), 30),
                         slot("afternoon", QTime(13, 30), QTime(16, 30), 30)};
    s.regularPlace = QStringLiteral("Phòng tiếp công dân");
    for (QDate t = d("2026-02-14"); t <= d("2026-02-22"); t = t.addDays(1))
        s.holidays.insert(t);
    for (const char *h :
         {"2026-01-01", "2026-01-02", "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02"})
        s.holidays.insert(d(h));
    s.workingDays.insert(d("2026-01-10"));
    s.holidayYears = {2026};
    return s;
}

PeriodicRule weekly(const char *id, QList<int> weekdays, bool move, SessionTemplate session)
{
    PeriodicRule r;
    r.id = QString::fromLatin1(id);
    r.kind = PeriodicRule::Kind::Weekly;
    r.weekdays = weekdays;
    r.moveToNextWorkingDay = move;
    r.receiverVi = QStringLiteral("Trưởng phòng");
    r.receiverEn = QStringLiteral("Head of office");
    r.place = QStringLiteral("Phòng họp số 1");
    r.sessions = {session};
    return r;
}

PeriodicRule monthly(const char *id, int dayOfMonth, bool move, SessionTemplate session)
{
    PeriodicRule r = weekly(id, {}, move, session);
    r.kind = PeriodicRule::Kind::Monthly;
    r.dayOfMonth = dayOfMonth;
    return r;
}

AdHocSession adHoc(const char *date, SessionTemplate session)
{
    AdHocSession a;
    a.date = d(date);
    a.receiverVi = QStringLiteral("Cục trưởng");
    a.receiverEn = QStringLiteral("Director");
    a.place = QStringLiteral("Hội trường");
    a.session = session;
    return a;
}

// The base calendar with the head's weekly (Tue/Thu) and monthly (15th)
// days and three ad-hoc sessions.
Schedule officeSchedule()
{
    Schedule s = baseSchedule();
    s.periodic = {weekly("head-weekly", {2, 4}, true, slot("morning", QTime(7, 30), QTime(11, 30), 10)),
                  monthly("head-monthly", 15, true, slot("afternoon", QTime(13, 30), QTime(16, 30), 8))};
    s.adHoc = {adHoc("2026-03-10", slot("morning", QTime(7, 30), QTime(11, 30), 40)),
               adHoc("2026-03-12", slot("early", QTime(7, 0), QTime(7, 30), 5)),
               adHoc("2026-03-14", slot("morning", QTime(8, 0), QTime(11, 0), 50))};
    return s;
}

QStringList keysOf(const QList<ReceptionSession> &sessions)
{
    QStringList out;
    for (const ReceptionSession &s : sessions)
        out << s.key();
    return out;
}

} // namespace

class TestCalendar : public QObject {
    Q_OBJECT

private slots:
    void kindStrings_data();
    void kindStrings();
    void workingDays_data();
    void workingDays();
    void nextWorkingDay_data();
    void nextWorkingDay();
    void holidaysKnownFor_data();
    void holidaysKnownFor();
    void periodicDates_data();
    void periodicDates();
    void sessionsOn_data();
    void sessionsOn();
    void sessionByKey_data();
    void sessionByKey();
    void sessionFields();
    void capacityLeft_data();
    void capacityLeft();
};

void TestCalendar::kindStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("kind");
    QTest::newRow("regular") << "regular" << true << int(ReceptionKind::Regular);
    QTest::newRow("periodic") << "periodic" << true << int(ReceptionKind::Periodic);
    QTest::newRow("adhoc") << "adhoc" << true << int(ReceptionKind::AdHoc);
    QTest::newRow("wrong case") << "Regular" << false << 0;
    QTest::newRow("empty") << "" << false << 0;
}

void TestCalendar::kindStrings()
{
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(int, kind);
    ReceptionKind parsed = ReceptionKind::AdHoc;
    QCOMPARE(receptionKindFromString(text, &parsed), known);
    if (known) {
        QCOMPARE(int(parsed), kind);
        QCOMPARE(toString(parsed), text);
    }
}

void TestCalendar::workingDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::addColumn<bool>("holiday");
    QTest::newRow("ordinary Monday") << d("2026-03-02") << true << false;
    QTest::newRow("ordinary Friday") << d("2026-03-06") << true << false;
    QTest::newRow("Saturday") << d("2026-03-07") << false << false;
    QTest::newRow("Sunday") << d("2026-03-08") << false << false;
    QTest::newRow("New Year's Day") << d("2026-01-01") << false << true;
    QTest::newRow("bridge day 2 Jan") << d("2026-01-02") << false << true;
    QTest::newRow("swapped working Saturday") << d("2026-01-10") << true << false;
    QTest::newRow("next Saturday is a rest day") << d("2026-01-17") << false << false;
    QTest::newRow("Tết first day (Saturday)") << d("2026-02-14") << false << true;
    QTest::newRow("Tết Tuesday (lunar new year)") << d("2026-02-17") << false << true;
    QTest::newRow("Tết last day (Sunday)") << d("2026-02-22") << false << true;
    QTest::newRow("Friday before Tết") << d("2026-02-13") << true << false;
    QTest::newRow("Monday after Tết") << d("2026-02-23") << true << false;
    QTest::newRow("30 April") << d("2026-04-30") << false << true;
    QTest::newRow("1 May") << d("2026-05-01") << false << true;
    QTest::newRow("uncovered year weekday") << d("2027-03-02") << true << false;
    QTest::newRow("invalid date") << QDate() << false << false;
}

void TestCalendar::workingDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QFETCH(bool, holiday);
    const ReceptionCalendar cal(baseSchedule());
    QCOMPARE(cal.isWorkingDay(date), working);
    QCOMPARE(cal.isHoliday(date), holiday);
}

void TestCalendar::nextWorkingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("next");
    QTest::addColumn<QDate>("sameOrNext");
    QTest::newRow("Monday -> Tuesday") << d("2026-03-02") << d("2026-03-03") << d("2026-03-02");
    QTest::newRow("Friday -> Monday") << d("2026-03-06") << d("2026-03-09") << d("2026-03-06");
    QTest::newRow("Saturday -> Monday") << d("2026-03-07") << d("2026-03-09") << d("2026-03-09");
    QTest::newRow("Friday before Tết -> after Tết") << d("2026-02-13") << d("2026-02-23") << d("2026-02-13");
    QTest::newRow("inside Tết -> after Tết") << d("2026-02-18") << d("2026-02-23") << d("2026-02-23");
    QTest::newRow("31 Dec over New Year and bridge day") << d("2025-12-31") << d("2026-01-05") << d("2025-12-31");
    QTest::newRow("Friday -> swapped Saturday") << d("2026-01-09") << d("2026-01-10") << d("2026-01-09");
    QTest::newRow("swapped Saturday -> Monday") << d("2026-01-10") << d("2026-01-12") << d("2026-01-10");
    QTest::newRow("29 April over 30/4, 1/5 and weekend") << d("2026-04-29") << d("2026-05-04") << d("2026-04-29");
}

void TestCalendar::nextWorkingDay()
{
    QFETCH(QDate, date);
    QFETCH(QDate, next);
    QFETCH(QDate, sameOrNext);
    const ReceptionCalendar cal(baseSchedule());
    QCOMPARE(cal.nextWorkingDay(date), next);
    QCOMPARE(cal.sameOrNextWorkingDay(date), sameOrNext);
}

void TestCalendar::holidaysKnownFor_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("known");
    QTest::newRow("2026 configured") << 2026 << true;
    QTest::newRow("2025 not configured") << 2025 << false;
    QTest::newRow("2027 not configured") << 2027 << false;
}

void TestCalendar::holidaysKnownFor()
{
    QFETCH(int, year);
    QFETCH(bool, known);
    QCOMPARE(ReceptionCalendar(baseSchedule()).holidaysKnownFor(year), known);
}

// One periodic rule alone on the base calendar; `dates` are its session
// dates in [from, to].
void TestCalendar::periodicDates_data()
{
    QTest::addColumn<bool>("isMonthly");
    QTest::addColumn<QList<int>>("weekdays");
    QTest::addColumn<int>("dayOfMonth");
    QTest::addColumn<bool>("move");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("dates");

    const QList<int> tueThu{2, 4};
    QTest::newRow("weekly Tue/Thu, ordinary weeks")
        << false << tueThu << 0 << true << d("2026-03-02") << d("2026-03-13")
        << strings({"2026-03-03", "2026-03-05", "2026-03-10", "2026-03-12"});
    QTest::newRow("weekly Tue/Thu, both Tết days become one session on Mon 23 Feb")
        << false << tueThu << 0 << true << d("2026-02-09") << d("2026-02-27")
        << strings({"2026-02-10", "2026-02-12", "2026-02-23", "2026-02-24", "2026-02-26"});
    QTest::newRow("weekly Tue/Thu, Tết days dropped without move")
        << false << tueThu << 0 << false << d("2026-02-09") << d("2026-02-27")
        << strings({"2026-02-10", "2026-02-12", "2026-02-24", "2026-02-26"});
    QTest::newRow("weekly Mon, Tết Monday moves onto a Monday that already has it")
        << false << QList<int>{1} << 0 << true << d("2026-02-09") << d("2026-03-02")
        << strings({"2026-02-09", "2026-02-23", "2026-03-02"});
    QTest::newRow("weekly Thu, 30 April moves into May")
        << false << QList<int>{4} << 0 << true << d("2026-04-20") << d("2026-05-08")
        << strings({"2026-04-23", "2026-05-04", "2026-05-07"});
    QTest::newRow("weekly Thu, 30 April dropped without move")
        << false << QList<int>{4} << 0 << false << d("2026-04-20") << d("2026-05-08")
        << strings({"2026-04-23", "2026-05-07"});
    QTest::newRow("weekly Thu, New Year's Day moves past the bridge day")
        << false << QList<int>{4} << 0 << true << d("2025-12-29") << d("2026-01-09")
        << strings({"2026-01-05", "2026-01-08"});
    QTest::newRow("weekly Sat, swapped Saturday kept, rest Saturdays move to Monday")
        << false << QList<int>{6} << 0 << true << d("2026-01-05") << d("2026-01-19")
        << strings({"2026-01-05", "2026-01-10", "2026-01-19"});
    QTest::newRow("monthly 15th, ordinary") << true << QList<int>{} << 15 << true << d("2026-04-01") << d("2026-05-31")
                                            << strings({"2026-04-15", "2026-05-15"});
    QTest::newRow("monthly 15th, Tết: 15 Feb lands on Mon 23 Feb")
        << true << QList<int>{} << 15 << true << d("2026-02-01") << d("2026-02-28") << strings({"2026-02-23"});
    QTest::newRow("monthly 15th, Sunday moves to Monday")
        << true << QList<int>{} << 15 << true << d("2026-03-01") << d("2026-03-31") << strings({"2026-03-16"});
    QTest::newRow("monthly 15th, Sunday dropped without move")
        << true << QList<int>{} << 15 << false << d("2026-03-01") << d("2026-03-31") << QStringList{};
    QTest::newRow("monthly 31st, 31 Jan and 28 Feb (Saturdays) move into the next month")
        << true << QList<int>{} << 31 << true << d("2026-02-01") << d("2026-03-15")
        << strings({"2026-02-02", "2026-03-02"});
    QTest::newRow("monthly 31st, clamped 30 April moves past 1 May and the weekend")
        << true << QList<int>{} << 31 << true << d("2026-04-01") << d("2026-06-05")
        << strings({"2026-05-04", "2026-06-01"});
    QTest::newRow("monthly 31st, clamped to 29 Feb in a leap year")
        << true << QList<int>{} << 31 << true << d("2028-02-01") << d("2028-02-29") << strings({"2028-02-29"});
    QTest::newRow("monthly 30th without move, rest days dropped")
        << true << QList<int>{} << 30 << false << d("2026-01-01") << d("2026-06-30")
        << strings({"2026-01-30", "2026-03-30", "2026-06-30"});
    QTest::newRow("monthly 10th on the swapped working Saturday stays")
        << true << QList<int>{} << 10 << true << d("2026-01-01") << d("2026-01-31") << strings({"2026-01-10"});
    QTest::newRow("bounds inclusive, single day")
        << false << tueThu << 0 << true << d("2026-03-03") << d("2026-03-03") << strings({"2026-03-03"});
    QTest::newRow("single day without a session")
        << false << tueThu << 0 << true << d("2026-03-04") << d("2026-03-04") << QStringList{};
    QTest::newRow("from after to") << false << tueThu << 0 << true << d("2026-03-13") << d("2026-03-02")
                                   << QStringList{};
}

void TestCalendar::periodicDates()
{
    QFETCH(bool, isMonthly);
    QFETCH(QList<int>, weekdays);
    QFETCH(int, dayOfMonth);
    QFETCH(bool, move);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, dates);

    const SessionTemplate morning = slot("morning", QTime(8, 0), QTime(11, 0), 10);
    Schedule s = baseSchedule();
    s.periodic = {isMonthly ? monthly("rule", dayOfMonth, move, morning) : weekly("rule", weekdays, move, morning)};
    const ReceptionCalendar cal(s);

    QStringList got;
    QStringList expectedKeys;
    for (const ReceptionSession &session : cal.periodicSessionsBetween(from, to)) {
        QCOMPARE(int(session.kind), int(ReceptionKind::Periodic));
        got << session.date.toString(Qt::ISODate);
    }
    QCOMPARE(got, dates);
    // Every date found in a range is also found day by day.
    for (const QString &date : dates) {
        const QStringList keys = keysOf(cal.sessionsOn(d(qPrintable(date))));
        QVERIFY2(keys.contains(date + QStringLiteral("/periodic/rule/morning")), qPrintable(date));
    }
}

void TestCalendar::sessionsOn_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("ordinary Monday: regular only")
        << d("2026-03-09") << strings({"2026-03-09/regular/regular/morning", "2026-03-09/regular/regular/afternoon"});
    QTest::newRow("Tuesday: weekly head session after regular at the same start")
        << d("2026-03-03")
        << strings({"2026-03-03/regular/regular/morning", "2026-03-03/periodic/head-weekly/morning",
                    "2026-03-03/regular/regular/afternoon"});
    QTest::newRow("same start: regular < periodic < ad-hoc")
        << d("2026-03-10")
        << strings({"2026-03-10/regular/regular/morning", "2026-03-10/periodic/head-weekly/morning",
                    "2026-03-10/adhoc/adhoc/morning", "2026-03-10/regular/regular/afternoon"});
    QTest::newRow("earlier start wins over kind")
        << d("2026-03-12")
        << strings({"2026-03-12/adhoc/adhoc/early", "2026-03-12/regular/regular/morning",
                    "2026-03-12/periodic/head-weekly/morning", "2026-03-12/regular/regular/afternoon"});
    QTest::newRow("Saturday with an ad-hoc session only")
        << d("2026-03-14") << strings({"2026-03-14/adhoc/adhoc/morning"});
    QTest::newRow("Sunday 15th: nothing (monthly moved)") << d("2026-03-15") << QStringList{};
    QTest::newRow("Monday 16 March: monthly 15th moved here")
        << d("2026-03-16")
        << strings({"2026-03-16/regular/regular/morning", "2026-03-16/regular/regular/afternoon",
                    "2026-03-16/periodic/head-monthly/afternoon"});
    QTest::newRow("Tết holiday: nothing") << d("2026-02-17") << QStringList{};
    QTest::newRow("Monday after Tết: weekly and monthly both moved here")
        << d("2026-02-23")
        << strings({"2026-02-23/regular/regular/morning", "2026-02-23/periodic/head-weekly/morning",
                    "2026-02-23/regular/regular/afternoon", "2026-02-23/periodic/head-monthly/afternoon"});
    QTest::newRow("swapped working Saturday: regular sessions")
        << d("2026-01-10") << strings({"2026-01-10/regular/regular/morning", "2026-01-10/regular/regular/afternoon"});
    QTest::newRow("invalid date: nothing") << QDate() << QStringList{};
}

void TestCalendar::sessionsOn()
{
    QFETCH(QDate, date);
    QFETCH(QStringList, keys);
    QCOMPARE(keysOf(ReceptionCalendar(officeSchedule()).sessionsOn(date)), keys);
}

void TestCalendar::sessionByKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("found");
    QTest::newRow("regular") << "2026-03-09/regular/regular/afternoon" << true;
    QTest::newRow("periodic") << "2026-03-03/periodic/head-weekly/morning" << true;
    QTest::newRow("periodic moved after Tết") << "2026-02-23/periodic/head-monthly/afternoon" << true;
    QTest::newRow("ad-hoc on a Saturday") << "2026-03-14/adhoc/adhoc/morning" << true;
    QTest::newRow("periodic on a day without it") << "2026-03-04/periodic/head-weekly/morning" << false;
    QTest::newRow("monthly on its unmoved date") << "2026-02-15/periodic/head-monthly/afternoon" << false;
    QTest::newRow("regular on a holiday") << "2026-04-30/regular/regular/morning" << false;
    QTest::newRow("unknown rule") << "2026-03-03/periodic/deputy/morning" << false;
    QTest::newRow("unknown slot") << "2026-03-03/regular/regular/evening" << false;
    QTest::newRow("kind does not match rule") << "2026-03-03/adhoc/regular/morning" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("garbage") << "hello" << false;
    QTest::newRow("three parts") << "2026-03-03/regular/regular" << false;
    QTest::newRow("five parts") << "2026-03-03/regular/regular/morning/x" << false;
    QTest::newRow("bad date") << "2026-13-03/regular/regular/morning" << false;
    QTest::newRow("unpadded date") << "2026-3-3/regular/regular/morning" << false;
}

void TestCalendar::sessionByKey()
{
    QFETCH(QString, key);
    QFETCH(bool, found);
    const ReceptionSession s = ReceptionCalendar(officeSchedule()).sessionByKey(key);
    QCOMPARE(s.date.isValid(), found);
    if (found)
        QCOMPARE(s.key(), key);
}

void TestCalendar::sessionFields()
{
    const ReceptionCalendar cal(officeSchedule());
    const ReceptionSession head = cal.sessionByKey(QStringLiteral("2026-03-05/periodic/head-weekly/morning"));
    QCOMPARE(head.date, d("2026-03-05"));
    QCOMPARE(int(head.kind), int(ReceptionKind::Periodic));
    QCOMPARE(head.ruleId, QStringLiteral("head-weekly"));
    QCOMPARE(head.receiverVi, QStringLiteral("Trưởng phòng"));
    QCOMPARE(head.place, QStringLiteral("Phòng họp số 1"));
    QCOMPARE(head.slot.capacity, 10);
    QCOMPARE(head.slot.start, QTime(7, 30));

    const ReceptionSession regular = cal.sessionByKey(QStringLiteral("2026-03-05/regular/regular/morning"));
    QCOMPARE(regular.ruleId, QStringLiteral("regular"));
    QCOMPARE(regular.place, QStringLiteral("Phòng tiếp công dân"));
    QVERIFY(regular.receiverVi.isEmpty());
    QCOMPARE(regular.slot.capacity, 30);

    const ReceptionSession extra = cal.sessionByKey(QStringLiteral("2026-03-14/adhoc/adhoc/morning"));
    QCOMPARE(int(extra.kind), int(ReceptionKind::AdHoc));
    QCOMPARE(extra.receiverEn, QStringLiteral("Director"));
    QCOMPARE(extra.place, QStringLiteral("Hội trường"));
    QCOMPARE(extra.slot.capacity, 50);
}

void TestCalendar::capacityLeft_data()
{
    QTest::addColumn<int>("taken");
    QTest::addColumn<int>("left");
    QTest::newRow("empty") << 0 << 10;
    QTest::newRow("one place left") << 9 << 1;
    QTest::newRow("full") << 10 << 0;
    QTest::newRow("overbooked") << 12 << 0;
}

void TestCalendar::capacityLeft()
{
    QFETCH(int, taken);
    QFETCH(int, left);
    ReceptionSession s;
    s.slot.capacity = 10;
    QCOMPARE(tiepdan::capacityLeft(s, taken), left);
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
