// applyScheduleChange (configloader.h, defined in scheduleloader.cpp): a
// schedule change published by the department server, checked with the
// rules of schedule.json, on the shipped configuration's schedule.
#include "configloader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tiepdan;
using namespace Qt::StringLiterals;

namespace {
const QString kShipped = QStringLiteral(TIEPDAN_CONFIG_DIR);
} // namespace

class TestScheduleChange : public QObject {
    Q_OBJECT

private slots:
    void scheduleChange_data();
    void scheduleChange();
};

// Schedule changes published by the department server (down-sync): each
// type applies; a malformed one is refused with the key at fault and leaves
// the schedule as it was.
void TestScheduleChange::scheduleChange_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("issueKey"); // empty: applies
    const QByteArray session =
        R"({"id": "special", "nameVi": "Buổi đặc biệt", "nameEn": "Special", "start": "08:00", "end": "10:00", "capacity": 5})";
    const QByteArray adhoc =
        R"({"type": "adHoc", "adHoc": {"date": "2026-12-02", "receiverVi": "Cục trưởng", "receiverEn": "Director", "place": "Phòng 1", "session": )" +
        session + "}}";
    const QByteArray rule =
        R"({"type": "periodic", "rule": {"id": "head-monthly", "kind": "monthly", "dayOfMonth": 20, "receiverVi": "Trưởng phòng", "receiverEn": "Head", "place": "Phòng 1", "sessions": [)" +
        session + "]}}";
    QTest::newRow("holiday") << QByteArray(R"({"type": "holiday", "date": "2026-12-03"})") << QString();
    QTest::newRow("working day") << QByteArray(R"({"type": "workingDay", "date": "2026-12-05"})") << QString();
    QTest::newRow("ad-hoc session") << adhoc << QString();
    QTest::newRow("periodic rule replaced") << rule << QString();
    QTest::newRow("periodic rule removed")
        << QByteArray(R"({"type": "periodicRemoved", "id": "deputy-weekly"})") << QString();
    QTest::newRow("unknown type") << QByteArray(R"({"type": "party"})") << u"type"_s;
    QTest::newRow("no type") << QByteArray(R"({"date": "2026-12-03"})") << u"type"_s;
    QTest::newRow("bad date") << QByteArray(R"({"type": "holiday", "date": "03/12/2026"})") << u"date"_s;
    QTest::newRow("unknown key") << QByteArray(R"({"type": "holiday", "date": "2026-12-03", "dropTable": "x"})")
                                 << u"dropTable"_s;
    QTest::newRow("ad-hoc without session")
        << QByteArray(
               R"({"type": "adHoc", "adHoc": {"date": "2026-12-02", "receiverVi": "a", "receiverEn": "b", "place": "c"}})")
        << u"adHoc.session"_s;
    QTest::newRow("session ends before it starts")
        << QByteArray(adhoc).replace("\"end\": \"10:00\"", "\"end\": \"07:00\"") << u"adHoc.session.end"_s;
    QTest::newRow("cancel an ad-hoc session that is not there")
        << QByteArray(R"({"type": "adHocCancelled", "date": "2026-12-02", "sessionId": "special"})") << u"sessionId"_s;
    QTest::newRow("remove a rule that is not there")
        << QByteArray(R"({"type": "periodicRemoved", "id": "nobody"})") << u"id"_s;
    QTest::newRow("periodic rule with a bad kind") << QByteArray(rule).replace("monthly", "yearly") << u"rule.kind"_s;
}

void TestScheduleChange::scheduleChange()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, issueKey);
    const ConfigLoadResult cfg = loadConfig(kShipped);
    QVERIFY(cfg.ok());
    Schedule schedule = cfg.config.schedule;
    QJsonParseError err;
    const QJsonObject change = QJsonDocument::fromJson(json, &err).object();
    QCOMPARE(err.error, QJsonParseError::NoError);
    const QList<ConfigIssue> issues = applyScheduleChange(change, schedule);
    if (issueKey.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
        const QString type = change.value(u"type"_s).toString();
        if (type == u"holiday"_s)
            QVERIFY(schedule.holidays.contains(QDate(2026, 12, 3)));
        else if (type == u"workingDay"_s)
            QVERIFY(schedule.workingDays.contains(QDate(2026, 12, 5)));
        else if (type == u"adHoc"_s)
            QCOMPARE(schedule.adHoc.size(), cfg.config.schedule.adHoc.size() + 1);
        else if (type == u"periodic"_s)
            QCOMPARE(schedule.periodic.size(), cfg.config.schedule.periodic.size()); // replaced, not added
        else
            QCOMPARE(schedule.periodic.size(), cfg.config.schedule.periodic.size() - 1);
        // An ad-hoc session can then be cancelled.
        if (type == u"adHoc"_s) {
            const auto cancel =
                QJsonDocument::fromJson(R"({"type": "adHocCancelled", "date": "2026-12-02", "sessionId": "special"})")
                    .object();
            QVERIFY(applyScheduleChange(cancel, schedule).isEmpty());
            QCOMPARE(schedule.adHoc.size(), cfg.config.schedule.adHoc.size());
        }
    } else {
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().key, issueKey);
        QCOMPARE(issues.first().file, u"schedule change"_s);
        QCOMPARE(schedule.holidays, cfg.config.schedule.holidays);
        QCOMPARE(schedule.adHoc.size(), cfg.config.schedule.adHoc.size());
        QCOMPARE(schedule.periodic.size(), cfg.config.schedule.periodic.size());
    }
}

QTEST_GUILESS_MAIN(TestScheduleChange)
#include "tst_schedulechange.moc"
