// Tests of app/storage/matterrepository on a real SQLite file: a matter's
// steps recorded, numbered, audited and queued for the department server;
// refused steps change nothing; the deadline watch follows the steps (a
// resolved matter leaves it, an extended one stays with its new date); a
// matter is named by its id, a record's id or a book number. The rules
// themselves: tests/core/tst_matterlife.
#include "recordfixture.h"

#include "matterrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tiepdan;
using namespace recordfixture;
using namespace Qt::StringLiterals;

class TestMatters : public RecordTest {
    Q_OBJECT

    std::unique_ptr<OfficeStore> m_store;
    QTemporaryDir m_dir;
    QString m_matter, m_record;
    int m_bookNo = 0;
    std::optional<Session> m_officer;

    MatterStep step(StepKind kind, const QDate &date)
    {
        MatterStep s;
        s.matterId = m_matter;
        s.kind = kind;
        s.date = date;
        s.number = u"12/QĐ-CCTHADS"_s;
        return s;
    }
    Counts counts() { return Counts::of(*m_store); }
    qint64 steps() { return rowCount(*m_store, u"matter_steps"_s); }
    // The watch rows of this test's matter, "rule due".
    QStringList watched()
    {
        auto w = m_store->records().deadlineWatch(kNow.date(), 400);
        if (!w)
            return {u"error: "_s + errorText(w.error())};
        QStringList out;
        for (const WatchedDeadline &d : *w)
            if (d.matterId == m_matter)
                out << d.deadline.ruleId + u' ' + d.deadline.due.toString(Qt::ISODate);
        return out;
    }

private slots:
    void initTestCase();
    void init();
    void resolveNamesAMatter();
    void stepsRecordedAuditedQueued();
    void refusedStepsChangeNothing_data();
    void refusedStepsChangeNothing();
    void watchFollowsTheSteps();
    void onlyOfficersAndLeaders();
};

void TestMatters::initTestCase()
{
    loadShippedConfig();
}

// Each test: a new office with one complaint received on Monday 2 November
// 2026, left pending at the desk.
void TestMatters::init()
{
    m_store.reset();
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(u"office.db"_s));
    m_store = openStore(m_dir);
    QVERIFY(m_store);
    auto added = m_store->records().add(
        simple(QDate(2026, 11, 2), MatterKind::Complaint, kDucNfc, u"027085001234"_s, u"Khiếu nại kê biên"_s), kActor);
    QVERIFY2(added, added ? "" : qPrintable(errorText(added.error())));
    m_matter = added->record.matterId;
    m_record = added->record.id;
    m_bookNo = added->record.bookNo;
    m_officer = officefixture::signedIn(*m_store, Role::Officer, u"canbo.thu"_s);
    QVERIFY(m_officer);
}

void TestMatters::resolveNamesAMatter()
{
    MatterRepository &m = m_store->matters();
    QCOMPARE(*m.resolve(m_matter), m_matter);
    QCOMPARE(*m.resolve(m_record), m_matter);
    QCOMPARE(*m.resolve(u"%1/2026"_s.arg(m_bookNo)), m_matter);
    QCOMPARE(*m.resolve(u"  %1/2026 "_s.arg(m_bookNo)), m_matter);
    for (const QString &unknown : {u"99/2026"_s, u"no-such-matter"_s, u"' OR 1=1 --"_s, QString()}) {
        auto r = m.resolve(unknown);
        QVERIFY2(!r, qPrintable(unknown));
        QCOMPARE(r.error().code, ErrorCode::NotFound);
    }
}

void TestMatters::stepsRecordedAuditedQueued()
{
    MatterRepository &m = m_store->matters();
    const Counts before = counts();
    auto accepted = m.addStep(step(StepKind::Accepted, QDate(2026, 11, 9)), *m_officer);
    QVERIFY2(accepted, accepted ? "" : qPrintable(errorText(accepted.error())));
    QCOMPARE(accepted->seq, 1);
    QCOMPARE(accepted->recordedBy, u"canbo.thu"_s);
    QVERIFY(!accepted->id.isEmpty());
    MatterStep resolved = step(StepKind::Resolved, QDate(2026, 11, 19));
    resolved.number = u"30/QĐ-CCTHADS"_s;
    resolved.outcome = StepOutcome::Rejected;
    auto second = m.addStep(resolved, *m_officer);
    QVERIFY2(second, second ? "" : qPrintable(errorText(second.error())));
    QCOMPARE(second->seq, 2);

    // Two steps, two audit entries, two outbox rows; nothing else moved.
    const Counts after = counts();
    QCOMPARE(steps(), 2);
    QCOMPARE(after.audit, before.audit + 2);
    QCOMPARE(after.outbox, before.outbox + 2);
    QCOMPARE(after.records, before.records);
    QCOMPARE(rowCount(m_store->db(), u"outbox"_s, u"record_kind = 'matter_step' AND version = 1"_s), 2);
    QCOMPARE(rowCount(m_store->db(), u"audit"_s, u"action = 'matter.step' AND entity_id = '%1'"_s.arg(m_matter)), 2);
    // The audit detail and the queued step carry no name.
    auto detail = m_store->db().exec(u"SELECT group_concat(detail, ' ') FROM audit WHERE action = 'matter.step'"_s);
    QVERIFY(detail && detail->next());
    QVERIFY(!detail->value(0).toString().contains(u"Nguy"_s));
    auto payload = m_store->db().exec(u"SELECT group_concat(payload, ' ') FROM outbox "
                                      "WHERE record_kind = 'matter_step'"_s);
    QVERIFY(payload && payload->next());
    QVERIFY(!payload->value(0).toString().contains(u"Nguy"_s));
    QVERIFY(m_store->audit().verify()->problems.isEmpty());

    // Read back: the steps in order, the matter closed, column 11 written.
    auto facts = m.facts(m_matter);
    QVERIFY(facts);
    QCOMPARE(facts->steps.size(), 2);
    QCOMPARE(toString(facts->steps[1].outcome), u"rejected"_s);
    QVERIFY(isClosed(*facts));
    QCOMPARE(m_store->db().scalar(u"SELECT status FROM matters WHERE id = ?"_s, {m_matter})->toString(), u"closed"_s);
    QCOMPARE(followUpText(facts->steps), u"Thụ lý ngày 09/11/2026, số 12/QĐ-CCTHADS; Đã giải quyết ngày 19/11/2026, "
                                         "số 30/QĐ-CCTHADS (không chấp nhận)"_s);
    // A closed matter takes no further step.
    auto more = m.addStep(step(StepKind::Withdrawn, QDate(2026, 11, 20)), *m_officer);
    QVERIFY(!more);
    QCOMPARE(steps(), 2);
}

void TestMatters::refusedStepsChangeNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("matter");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("code");
    const int invalid = int(ErrorCode::InvalidInput);
    QTest::newRow("resolution before acceptance")
        << int(StepKind::Resolved) << QDate(2026, 11, 10) << QString() << QString() << QString() << invalid;
    QTest::newRow("acceptance dated before the receipt")
        << int(StepKind::Accepted) << QDate(2026, 11, 1) << QString() << QString() << QString() << invalid;
    QTest::newRow("acceptance dated tomorrow")
        << int(StepKind::Accepted) << QDate(2026, 11, 21) << QString() << QString() << QString() << invalid;
    QTest::newRow("not accepted without a reason")
        << int(StepKind::NotAccepted) << QDate(2026, 11, 10) << QString() << QString() << u"   "_s << invalid;
    QTest::newRow("a 100,000-character decision text")
        << int(StepKind::Accepted) << QDate(2026, 11, 10) << QString() << QString(100000, u'x') << QString() << invalid;
    QTest::newRow("unknown matter") << int(StepKind::Accepted) << QDate(2026, 11, 10) << u"no-such-matter"_s
                                    << QString() << QString() << int(ErrorCode::NotFound);
}

void TestMatters::refusedStepsChangeNothing()
{
    QFETCH(int, kind);
    QFETCH(QDate, date);
    QFETCH(QString, matter);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QFETCH(int, code);
    MatterStep s = step(StepKind(kind), date);
    if (!matter.isEmpty())
        s.matterId = matter;
    s.text = text;
    s.reason = reason;
    if (s.kind == StepKind::Resolved)
        s.outcome = StepOutcome::Upheld;
    const Counts before = counts();
    auto r = m_store->matters().addStep(s, *m_officer);
    QVERIFY(!r);
    QCOMPARE(int(r.error().code), code);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(counts().toString(), before.toString());
    QCOMPARE(steps(), 0);
}

// The watch on Friday 20 November: acceptance due 12/11 (10 days from 2/11);
// accepted on 9/11: resolution from then (30 days: 9/12); extended to
// 15/01/2027: that date; resolved: gone at once.
void TestMatters::watchFollowsTheSteps()
{
    MatterRepository &m = m_store->matters();
    QCOMPARE(watched(), QStringList{u"complaint.accept 2026-11-12"_s});
    QVERIFY(m.addStep(step(StepKind::Accepted, QDate(2026, 11, 9)), *m_officer));
    QCOMPARE(watched(), QStringList{u"complaint.resolve.first 2026-12-09"_s});
    MatterStep extension = step(StepKind::Extended, QDate(2026, 11, 20));
    extension.dueDate = QDate(2027, 1, 15);
    extension.legalGround = u"Luật Khiếu nại 2011, Điều 28"_s;
    auto ext = m.addStep(extension, *m_officer);
    QVERIFY2(ext, ext ? "" : qPrintable(errorText(ext.error())));
    QCOMPARE(watched(), QStringList{u"complaint.resolve.extended 2027-01-15"_s});
    MatterStep resolved = step(StepKind::Resolved, QDate(2026, 11, 20));
    resolved.outcome = StepOutcome::PartlyUpheld;
    QVERIFY(m.addStep(resolved, *m_officer));
    QVERIFY(watched().isEmpty());
}

void TestMatters::onlyOfficersAndLeaders()
{
    auto admin = officefixture::signedIn(*m_store, Role::Admin, u"quantri"_s);
    QVERIFY(admin);
    auto r = m_store->matters().addStep(step(StepKind::Accepted, QDate(2026, 11, 9)), *admin);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Denied);
    auto leader = officefixture::signedIn(*m_store, Role::Leader, u"lanhdao"_s);
    QVERIFY(leader);
    QVERIFY(m_store->matters().addStep(step(StepKind::Accepted, QDate(2026, 11, 9)), *leader));
    QCOMPARE(steps(), 1);
}

QTEST_GUILESS_MAIN(TestMatters)
#include "tst_matters.moc"
