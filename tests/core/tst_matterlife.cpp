// Tests of app/core/matterlife: a matter's steps, their rules, the state of
// each part, column 11, and the deadlines that run from the real dates.
//
// The deadline table was worked out by hand from the law and the shipped
// configuration (kiosk-config/deadlines.json, holidays.json), not by running
// the code: Civil Code 2015 Arts. 147-148 (the event day is not counted; a
// calendar-day period ending on a rest day or holiday ends on the next
// working day); 2026 for civil servants: 1 Jan, 2 Jan (swapped, worked back
// Saturday 10 Jan), Tết 16-20 Feb, 27 Apr (Giỗ Tổ moved from Sunday 26
// Apr), 30 Apr, 1 May, 31 Aug (swapped, worked back Saturday 22 Aug), 1-2
// Sep; 2027: 1 Jan. Complaint acceptance 10 days from receipt, resolution
// 30 days from acceptance (Luật Khiếu nại 2011, Arts. 27-28), second
// instance 45 days (Art. 37); complaints about enforcement: acceptance 5
// working days, resolution 15 days (Luật THADS, Art. 145); denunciations:
// acceptance 7 working days from receipt (Luật Tố cáo 2018, Art. 24), the
// denunciator notified within 5 working days of the acceptance (Art. 29),
// resolution 30 days from acceptance (Art. 30); anonymous: none (Art. 25).
#include "calendar.h"
#include "configloader.h"
#include "deadlines.h"
#include "matterlife.h"

#include <QTest>

using namespace tiepdan;
using namespace Qt::StringLiterals;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

MatterStep step(StepKind kind, const char *date, int seq, const QString &part = {})
{
    MatterStep s;
    s.kind = kind;
    s.date = d(date);
    s.seq = seq;
    s.part = part;
    s.number = u"12/QĐ-THADS"_s;
    if (kind == StepKind::Resolved)
        s.outcome = StepOutcome::Rejected;
    return s;
}

// "rule=yyyy-mm-dd" for every deadline, sorted: what a row expects.
QStringList render(const QList<MatterDeadline> &list)
{
    QStringList out;
    for (const MatterDeadline &m : list)
        out << m.deadline.ruleId + u'=' + m.deadline.due.toString(Qt::ISODate);
    out.sort();
    return out;
}

} // namespace

class TestMatterLife : public QObject {
    Q_OBJECT

    OfficeConfig m_config;
    std::unique_ptr<ReceptionCalendar> m_calendar;
    std::unique_ptr<DeadlineCalculator> m_calc;

private slots:
    void initTestCase()
    {
        auto cfg = loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
        QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
        m_config = cfg.config;
        m_calendar = std::make_unique<ReceptionCalendar>(m_config.schedule);
        m_calc = std::make_unique<DeadlineCalculator>(m_config.deadlineRuleSets, *m_calendar);
    }

    void periodCounting_data();
    void periodCounting();
    void matterDeadlines_data();
    void matterDeadlines();
    void ruleSetBoundary();

    void stepRules_data();
    void stepRules();
    void closedMatterTakesNoStep();
    void correctionsApply();
    void directionAtReception();
    void followUpText();
    void jsonRoundTrip();
};

// One period counted by hand: (event, days, working days) -> due.
void TestMatterLife::periodCounting_data()
{
    QTest::addColumn<QDate>("event");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("working");
    QTest::addColumn<QDate>("due");
    // Calendar days.
    QTest::newRow("Mon +10 = Thu") << d("2026-03-02") << 10 << false << d("2026-03-12");
    QTest::newRow("Fri +10 = Mon") << d("2026-03-06") << 10 << false << d("2026-03-16");
    QTest::newRow("ends Sat -> Mon") << d("2026-03-04") << 10 << false << d("2026-03-16");
    QTest::newRow("ends Sun -> Mon") << d("2026-03-05") << 10 << false << d("2026-03-16");
    QTest::newRow("ends 1 Jan 2027 -> Mon 4 Jan") << d("2026-12-22") << 10 << false << d("2027-01-04");
    QTest::newRow("ends first day of Tết -> 23 Feb") << d("2026-02-06") << 10 << false << d("2026-02-23");
    QTest::newRow("ends last day of Tết -> 23 Feb") << d("2026-02-10") << 10 << false << d("2026-02-23");
    QTest::newRow("ends the Monday after Tết") << d("2026-02-13") << 10 << false << d("2026-02-23");
    QTest::newRow("ends swapped 2 Jan -> Mon 5 Jan") << d("2025-12-23") << 10 << false << d("2026-01-05");
    QTest::newRow("ends worked-back Sat 10 Jan: due that day") << d("2025-12-31") << 10 << false << d("2026-01-10");
    QTest::newRow("ends swapped 31 Aug -> 3 Sep") << d("2026-08-21") << 10 << false << d("2026-09-03");
    QTest::newRow("ends worked-back Sat 22 Aug") << d("2026-08-12") << 10 << false << d("2026-08-22");
    QTest::newRow("ends Sat 29 Aug -> 3 Sep") << d("2026-08-19") << 10 << false << d("2026-09-03");
    QTest::newRow("ends 27 Apr (Giỗ Tổ) -> 28 Apr") << d("2026-04-17") << 10 << false << d("2026-04-28");
    QTest::newRow("ends 30 Apr -> 4 May") << d("2026-04-20") << 10 << false << d("2026-05-04");
    QTest::newRow("across the new year") << d("2026-12-28") << 10 << false << d("2027-01-07");
    QTest::newRow("from a Saturday in Tết") << d("2026-02-14") << 10 << false << d("2026-02-24");
    QTest::newRow("from a holiday") << d("2026-01-01") << 10 << false << d("2026-01-12");
    QTest::newRow("ends an ordinary Saturday") << d("2026-01-07") << 10 << false << d("2026-01-19");
    QTest::newRow("30 days ending 1 May -> 4 May") << d("2026-04-01") << 30 << false << d("2026-05-04");
    QTest::newRow("30 days ending 30 Apr -> 4 May") << d("2026-03-31") << 30 << false << d("2026-05-04");
    QTest::newRow("30 days ending Sun 30 Aug -> 3 Sep") << d("2026-07-31") << 30 << false << d("2026-09-03");
    QTest::newRow("15 days ending 1 Jan 2027") << d("2026-12-17") << 15 << false << d("2027-01-04");
    QTest::newRow("15 days from a Sunday into Tết") << d("2026-02-01") << 15 << false << d("2026-02-23");
    QTest::newRow("30 days from a Sunday") << d("2026-03-08") << 30 << false << d("2026-04-07");
    QTest::newRow("45 days") << d("2026-04-20") << 45 << false << d("2026-06-04");
    // Working days.
    QTest::newRow("5 wd over worked-back Sat 10 Jan") << d("2026-01-09") << 5 << true << d("2026-01-15");
    QTest::newRow("7 wd over the National Day break") << d("2026-08-24") << 7 << true << d("2026-09-07");
    QTest::newRow("7 wd over the new year and 2 Jan") << d("2025-12-25") << 7 << true << d("2026-01-07");
    QTest::newRow("7 wd over Tết") << d("2026-02-12") << 7 << true << d("2026-03-02");
    QTest::newRow("5 wd over 27 Apr, 30 Apr, 1 May") << d("2026-04-24") << 5 << true << d("2026-05-06");
    QTest::newRow("5 wd from a Saturday") << d("2026-03-07") << 5 << true << d("2026-03-13");
    QTest::newRow("5 wd over worked-back Sat 22 Aug") << d("2026-08-20") << 5 << true << d("2026-08-26");
    QTest::newRow("7 wd across the new year") << d("2026-12-28") << 7 << true << d("2027-01-07");
    QTest::newRow("3 wd over worked-back Sat 10 Jan") << d("2026-01-08") << 3 << true << d("2026-01-12");
}

void TestMatterLife::periodCounting()
{
    QFETCH(QDate, event);
    QFETCH(int, days);
    QFETCH(bool, working);
    QFETCH(QDate, due);
    QCOMPARE(m_calc->addPeriod(event, days, working), due);
}

// A matter's open periods from its facts, computed by hand.
void TestMatterLife::matterDeadlines_data()
{
    QTest::addColumn<QList<MatterKind>>("parts");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<bool>("anonymous");
    QTest::addColumn<bool>("enforcement");
    QTest::addColumn<QList<MatterStep>>("steps");
    QTest::addColumn<QStringList>("expected");
    const QList<MatterKind> complaint{MatterKind::Complaint};
    const QList<MatterKind> denunciation{MatterKind::Denunciation};
    const QList<MatterKind> mixed{MatterKind::Complaint, MatterKind::Denunciation};
    using L = QList<MatterStep>;

    QTest::newRow("complaint received: acceptance in 10 days")
        << complaint << d("2026-03-02") << false << false << L{} << QStringList{u"complaint.accept=2026-03-12"_s};
    QTest::newRow("accepted: resolution from the acceptance, not the receipt")
        << complaint << d("2026-03-02") << false << false << L{step(StepKind::Accepted, "2026-03-10", 1)}
        << QStringList{u"complaint.resolve.first.complex=2026-04-24"_s, u"complaint.resolve.first.remote=2026-04-24"_s,
                       u"complaint.resolve.first.remote_complex=2026-05-11"_s, u"complaint.resolve.first=2026-04-09"_s};
    QTest::newRow("denunciation: 7 working days, then none once resolved")
        << denunciation << d("2026-03-02") << false << false << L{}
        << QStringList{u"denunciation.accept.several_places=2026-03-16"_s, u"denunciation.accept=2026-03-11"_s};
    QTest::newRow("denunciation accepted: notify in 5 wd, resolve in 30 days")
        << denunciation << d("2026-03-20") << false << false << L{step(StepKind::Accepted, "2026-04-01", 1)}
        << QStringList{u"denunciation.notify=2026-04-08"_s, u"denunciation.resolve=2026-05-04"_s};
    QTest::newRow("mixed visit: each part its own periods")
        << mixed << d("2026-03-02") << false << false << L{}
        << QStringList{u"complaint.accept=2026-03-12"_s, u"denunciation.accept.several_places=2026-03-16"_s,
                       u"denunciation.accept=2026-03-11"_s};
    QTest::newRow("mixed visit, complaint part accepted only")
        << mixed << d("2026-03-02") << false << false << L{step(StepKind::Accepted, "2026-03-10", 1, u"complaint"_s)}
        << QStringList{
               u"complaint.resolve.first.complex=2026-04-24"_s,        u"complaint.resolve.first.remote=2026-04-24"_s,
               u"complaint.resolve.first.remote_complex=2026-05-11"_s, u"complaint.resolve.first=2026-04-09"_s,
               u"denunciation.accept.several_places=2026-03-16"_s,     u"denunciation.accept=2026-03-11"_s};
    QTest::newRow("anonymous denunciation: no statutory period")
        << denunciation << d("2026-03-02") << true << false << L{} << QStringList{};
    QTest::newRow("enforcement complaint: 5 wd over the worked-back Saturday")
        << complaint << d("2026-01-09") << false << true << L{} << QStringList{u"enforcement.accept=2026-01-15"_s};
    QTest::newRow("enforcement complaint accepted: 15 days into the new year")
        << complaint << d("2026-12-10") << false << true << L{step(StepKind::Accepted, "2026-12-17", 1)}
        << QStringList{u"enforcement.resolve.first=2027-01-04"_s};
    QTest::newRow("resolved: nothing runs")
        << complaint << d("2026-03-02") << false << false
        << L{step(StepKind::Accepted, "2026-03-10", 1), step(StepKind::Resolved, "2026-04-01", 2)} << QStringList{};
    MatterStep extension = step(StepKind::Extended, "2026-03-25", 2);
    extension.dueDate = d("2026-05-08");
    extension.legalGround = u"Luật Tố cáo 2018, Điều 30"_s;
    QTest::newRow("extended: the extension's due date")
        << denunciation << d("2026-03-02") << false << false << L{step(StepKind::Accepted, "2026-03-06", 1), extension}
        << QStringList{u"denunciation.resolve.extended=2026-05-08"_s};
    QTest::newRow("second instance: 45 days from it")
        << complaint << d("2026-03-02") << false << false
        << L{step(StepKind::Accepted, "2026-03-10", 1), step(StepKind::Resolved, "2026-04-15", 2),
             step(StepKind::SecondInstance, "2026-04-20", 3)}
        << QStringList{
               u"complaint.resolve.second.complex=2026-06-19"_s, u"complaint.resolve.second.remote=2026-06-19"_s,
               u"complaint.resolve.second.remote_complex=2026-06-29"_s, u"complaint.resolve.second=2026-06-04"_s};
    QTest::newRow("transferred: closed") << complaint << d("2026-03-02") << false << false
                                         << L{step(StepKind::Transferred, "2026-03-04", 1)} << QStringList{};
}

void TestMatterLife::matterDeadlines()
{
    QFETCH(QList<MatterKind>, parts);
    QFETCH(QDate, received);
    QFETCH(bool, anonymous);
    QFETCH(bool, enforcement);
    QFETCH(QList<MatterStep>, steps);
    QFETCH(QStringList, expected);
    MatterFacts m;
    m.parts = parts;
    m.firstReceipt = received;
    m.anonymous = anonymous;
    m.aboutEnforcement = enforcement;
    m.steps = steps;
    QCOMPARE(render(tiepdan::matterDeadlines(m, *m_calc)), expected);
}

// The rule set is the one in force on the first receipt, even for a period
// counted from an acceptance after the next set took effect.
void TestMatterLife::ruleSetBoundary()
{
    QList<DeadlineRuleSet> sets = m_config.deadlineRuleSets;
    QCOMPARE(sets.size(), 2);
    for (DeadlineRule &r : sets[1].rules) // a 2026 set that differs, for this test
        if (r.id == u"complaint.resolve.first"_s)
            r.days = 20;
    DeadlineCalculator calc(sets, *m_calendar);
    MatterFacts m;
    m.parts = {MatterKind::Complaint};
    m.steps = {step(StepKind::Accepted, "2026-07-02", 1)};
    m.firstReceipt = d("2026-06-30"); // the 2014 set: 30 days from 2 Jul = 1 Aug (Sat) -> Mon 3 Aug
    QVERIFY(render(tiepdan::matterDeadlines(m, calc)).contains(u"complaint.resolve.first=2026-08-03"_s));
    m.firstReceipt = d("2026-07-01"); // the 2026 set: 20 days = 22 Jul (Wed)
    QVERIFY(render(tiepdan::matterDeadlines(m, calc)).contains(u"complaint.resolve.first=2026-07-22"_s));
}

void TestMatterLife::stepRules_data()
{
    QTest::addColumn<QList<MatterStep>>("before");
    QTest::addColumn<MatterStep>("next");
    QTest::addColumn<QString>("field"); // empty: accepted
    using L = QList<MatterStep>;
    const MatterStep accepted = step(StepKind::Accepted, "2026-03-10", 1);

    QTest::newRow("acceptance") << L{} << step(StepKind::Accepted, "2026-03-10", 1) << QString();
    MatterStep noNumber = step(StepKind::Accepted, "2026-03-10", 1);
    noNumber.number.clear();
    QTest::newRow("acceptance without its number") << L{} << noNumber << u"number"_s;
    QTest::newRow("dated before the receipt") << L{} << step(StepKind::Accepted, "2026-03-01", 1) << u"date"_s;
    QTest::newRow("dated in the future") << L{} << step(StepKind::Accepted, "2026-12-31", 1) << u"date"_s;
    QTest::newRow("resolution before acceptance") << L{} << step(StepKind::Resolved, "2026-03-10", 1) << u"kind"_s;
    QTest::newRow("resolution dated before the acceptance")
        << L{accepted} << step(StepKind::Resolved, "2026-03-09", 2) << u"date"_s;
    MatterStep noOutcome = step(StepKind::Resolved, "2026-04-01", 2);
    noOutcome.outcome = StepOutcome::None;
    QTest::newRow("resolution without outcome") << L{accepted} << noOutcome << u"outcome"_s;
    QTest::newRow("resolution") << L{accepted} << step(StepKind::Resolved, "2026-04-01", 2) << QString();
    QTest::newRow("accepted twice") << L{accepted} << step(StepKind::Accepted, "2026-03-11", 2) << u"kind"_s;
    MatterStep notAccepted = step(StepKind::NotAccepted, "2026-03-05", 1);
    QTest::newRow("not accepted without a reason") << L{} << notAccepted << u"reason"_s;
    notAccepted.reason = u"   "_s;
    QTest::newRow("not accepted with a blank reason") << L{} << notAccepted << u"reason"_s;
    notAccepted.reason = u"Không thuộc thẩm quyền"_s;
    QTest::newRow("not accepted with a reason") << L{} << notAccepted << QString();
    MatterStep transfer = step(StepKind::Transferred, "2026-03-05", 1);
    QTest::newRow("transfer without agency") << L{} << transfer << u"agency"_s;
    transfer.agency = u"Tòa án nhân dân tỉnh Bắc Ninh"_s;
    QTest::newRow("transfer") << L{} << transfer << QString();
    MatterStep extend = step(StepKind::Extended, "2026-03-20", 2);
    extend.dueDate = d("2026-05-20");
    QTest::newRow("extension without ground") << L{accepted} << extend << u"legalGround"_s;
    extend.legalGround = u"Luật Khiếu nại 2011, Điều 28"_s;
    QTest::newRow("extension before acceptance") << L{} << extend << u"kind"_s;
    QTest::newRow("extension") << L{accepted} << extend << QString();
    extend.dueDate = d("2026-03-15");
    QTest::newRow("extension to an earlier date") << L{accepted} << extend << u"dueDate"_s;
    MatterStep huge = step(StepKind::Resolved, "2026-04-01", 2);
    huge.text = QString(100000, u'x');
    QTest::newRow("100,000-character decision text") << L{accepted} << huge << u"text"_s;
    QTest::newRow("part the matter does not have")
        << L{} << step(StepKind::Accepted, "2026-03-10", 1, u"denunciation"_s) << u"part"_s;
    QTest::newRow("second instance before a resolution")
        << L{accepted} << step(StepKind::SecondInstance, "2026-04-01", 2) << u"kind"_s;
    MatterStep correction;
    correction.kind = StepKind::Correction;
    correction.seq = 2;
    correction.corrects = 7;
    correction.reason = u"Nhập sai số quyết định"_s;
    correction.number = u"13/QĐ-THADS"_s;
    QTest::newRow("correction of no step") << L{accepted} << correction << u"corrects"_s;
    correction.corrects = 1;
    QTest::newRow("correction") << L{accepted} << correction << QString();
    correction.reason.clear();
    QTest::newRow("correction without reason") << L{accepted} << correction << u"reason"_s;
}

void TestMatterLife::stepRules()
{
    QFETCH(QList<MatterStep>, before);
    QFETCH(MatterStep, next);
    QFETCH(QString, field);
    MatterFacts m;
    m.parts = {MatterKind::Complaint};
    m.firstReceipt = d("2026-03-02");
    m.steps = before;
    const auto r = validateStep(m, next, d("2026-06-01"));
    if (field.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    } else {
        QVERIFY2(!r.ok(), "the step was accepted");
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestMatterLife::closedMatterTakesNoStep()
{
    MatterFacts m;
    m.parts = {MatterKind::Complaint};
    m.firstReceipt = d("2026-03-02");
    m.steps = {step(StepKind::Withdrawn, "2026-03-05", 1)};
    QVERIFY(isClosed(m));
    const auto r = validateStep(m, step(StepKind::Accepted, "2026-03-06", 2), d("2026-06-01"));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(u"closed"_s));
    // The department's final result closes it too.
    MatterFacts open;
    open.parts = {MatterKind::Petition};
    open.firstReceipt = d("2026-03-02");
    QVERIFY(!isClosed(open));
    open.closedByDepartment = d("2026-03-20");
    QVERIFY(isClosed(open));
    QVERIFY(tiepdan::matterDeadlines(open, *m_calc).isEmpty());
}

// What the desk decided at the first visit: "accept" counts the resolution
// from the receipt until the acceptance step gives the decision's date (and
// that step is still taken); "return_guide" and "transfer" close the matter.
void TestMatterLife::directionAtReception()
{
    MatterFacts m;
    m.parts = {MatterKind::Complaint};
    m.firstReceipt = d("2026-03-02");
    m.directionAtReception = HandlingDirection::Accept;
    // 30 days from Monday 2 March: Wednesday 1 April.
    QVERIFY(render(tiepdan::matterDeadlines(m, *m_calc)).contains(u"complaint.resolve.first=2026-04-01"_s));
    QVERIFY(partStatuses(m).first().provisional);
    const auto accepted = validateStep(m, step(StepKind::Accepted, "2026-03-09", 1), d("2026-03-20"));
    QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message));
    m.steps << *accepted;
    // From the decision of Monday 9 March: Wednesday 8 April.
    QVERIFY(render(tiepdan::matterDeadlines(m, *m_calc)).contains(u"complaint.resolve.first=2026-04-08"_s));
    QVERIFY(!partStatuses(m).first().provisional);
    const auto again = validateStep(m, step(StepKind::Accepted, "2026-03-10", 2), d("2026-03-20"));
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(u"already accepted"_s));

    for (HandlingDirection closing : {HandlingDirection::ReturnGuide, HandlingDirection::Transfer}) {
        MatterFacts c;
        c.parts = {MatterKind::Complaint, MatterKind::Denunciation};
        c.firstReceipt = d("2026-03-02");
        c.directionAtReception = closing;
        QVERIFY(isClosed(c));
        QVERIFY(tiepdan::matterDeadlines(c, *m_calc).isEmpty());
        auto refused = validateStep(c, step(StepKind::Accepted, "2026-03-05", 1, u"complaint"_s), d("2026-03-20"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"at reception"_s), qPrintable(refused.error().message));
    }
}

void TestMatterLife::correctionsApply()
{
    MatterStep fix;
    fix.kind = StepKind::Correction;
    fix.seq = 2;
    fix.corrects = 1;
    fix.date = d("2026-03-11");
    fix.reason = u"Ngày quyết định ghi nhầm"_s;
    MatterFacts m;
    m.parts = {MatterKind::Complaint};
    m.firstReceipt = d("2026-03-02");
    m.steps = {step(StepKind::Accepted, "2026-03-10", 1), fix};
    const QList<MatterStep> eff = effectiveSteps(m.steps);
    QCOMPARE(eff.size(), 1);
    QCOMPARE(eff[0].date, d("2026-03-11"));
    QCOMPARE(eff[0].number, u"12/QĐ-THADS"_s); // not given: kept
    // The resolution period follows the corrected acceptance: 11 Mar + 30 = 10 Apr.
    QVERIFY(render(tiepdan::matterDeadlines(m, *m_calc)).contains(u"complaint.resolve.first=2026-04-10"_s));
    // Annulled: the matter is back to received.
    MatterStep annul = fix;
    annul.seq = 3;
    annul.date = {};
    annul.annuls = true;
    m.steps << annul;
    QVERIFY(effectiveSteps(m.steps).isEmpty());
    QCOMPARE(render(tiepdan::matterDeadlines(m, *m_calc)), QStringList{u"complaint.accept=2026-03-12"_s});
    // An annulled step cannot be corrected again.
    MatterStep again = fix;
    again.seq = 4;
    QVERIFY(!validateStep(m, again, d("2026-06-01")).ok());
}

void TestMatterLife::followUpText()
{
    MatterStep extend = step(StepKind::Extended, "2026-03-30", 2);
    extend.dueDate = d("2026-05-20");
    MatterStep resolved = step(StepKind::Resolved, "2026-05-15", 3);
    resolved.number = u"30/QĐ-THADS"_s;
    QCOMPARE(tiepdan::followUpText({step(StepKind::Accepted, "2026-03-09", 1), extend, resolved}),
             u"Thụ lý ngày 09/03/2026, số 12/QĐ-THADS; Gia hạn giải quyết đến 20/05/2026; "
             "Đã giải quyết ngày 15/05/2026, số 30/QĐ-THADS (không chấp nhận)"_s);
    QCOMPARE(tiepdan::followUpText({}), QString());
    QCOMPARE(tiepdan::followUpText({step(StepKind::Accepted, "2026-03-09", 1, u"denunciation"_s)}),
             u"Thụ lý ngày 09/03/2026, số 12/QĐ-THADS [tố cáo]"_s);
}

void TestMatterLife::jsonRoundTrip()
{
    MatterStep s = step(StepKind::Extended, "2026-03-30", 4, u"complaint"_s);
    s.id = u"5d6c"_s;
    s.matterId = u"m-1"_s;
    s.dueDate = d("2026-05-20");
    s.legalGround = u"Điều 28"_s;
    s.recordedBy = u"canbo.an"_s;
    s.recordedAt = QDateTime(d("2026-03-30"), QTime(9, 15), Qt::UTC);
    const MatterStep back = MatterStep::fromJson(s.toJson());
    QCOMPARE(back.toJson(), s.toJson());
    QVERIFY(back.kind == StepKind::Extended);
    QCOMPARE(back.dueDate, s.dueDate);
}

QTEST_GUILESS_MAIN(TestMatterLife)
#include "tst_matterlife.moc"
