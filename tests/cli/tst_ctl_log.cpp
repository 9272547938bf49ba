// Tests of receptionctl's log commands, through the real binary: add and
// list, bad input that changes nothing, and sealedIdentity, the one that
// matters most: a denunciator's name is nowhere in the database file, its
// WAL or shared memory (raw bytes, and `strings`; tests/common/secretscan.h),
// yet an audited `log unseal` shows it.
#include "ctlharness.h"
#include "secretscan.h"
#include "validation.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ctlharness;
using namespace Qt::StringLiterals;
using namespace secretscan;

class TestCtlLog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void logAddAndList();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void sealedIdentity_data();
    void sealedIdentity();

private:
    QString m_strings;
};

void TestCtlLog::initTestCase()
{
    checkSetUp();
    m_strings = findTool(u"strings"_s);
}

void TestCtlLog::logAddAndList()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"office.db"_s);
    const Run added = run(db, {u"--json"_s,
                               u"log"_s,
                               u"add"_s,
                               u"--kind"_s,
                               u"complaint"_s,
                               u"--date"_s,
                               u"2026-03-02T09:15"_s,
                               u"--name"_s,
                               u"Nguyễn Văn An"_s,
                               u"--address"_s,
                               u"Số 5 Ngô Gia Tự, Bắc Ninh"_s,
                               u"--id"_s,
                               u"027 085 001 234"_s,
                               u"--phone"_s,
                               u"+84 912 345 678"_s,
                               u"--content"_s,
                               u"Khiếu nại quyết định cưỡng chế 😡"_s,
                               u"--previous-agency"_s,
                               u"Chi cục THADS huyện Tiên Du"_s,
                               u"--direction"_s,
                               u"accept"_s,
                               u"--follow-up"_s,
                               u"Đã thụ lý"_s,
                               u"--notes"_s,
                               u"ghi chú"_s,
                               u"--receiver-role"_s,
                               u"head"_s,
                               u"--receiver-name"_s,
                               u"Phó Đức Hải"_s,
                               u"--reception-kind"_s,
                               u"periodic"_s,
                               u"--ticket"_s,
                               u"a015"_s});
    QVERIFY2(added.code == 0, qPrintable(added.describe()));
    const QJsonObject r = added.json();
    const QString id = r.value(u"id"_s).toString();
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(r.value(u"no"_s).toInt(), 1);
    QCOMPARE(r.value(u"receivedAt"_s).toString(), u"2026-03-02T09:15:00"_s);
    QCOMPARE(r.value(u"fullName"_s).toString(), u"Nguyễn Văn An"_s);
    QCOMPARE(r.value(u"idNumber"_s).toString(), u"027085001234"_s);
    QCOMPARE(r.value(u"content"_s).toString(), u"Khiếu nại quyết định cưỡng chế 😡"_s);
    QCOMPARE(r.value(u"kinds"_s).toArray(), QJsonArray{u"complaint"_s});
    QCOMPARE(r.value(u"direction"_s).toString(), u"accept"_s);
    QCOMPARE(r.value(u"receiverRole"_s).toString(), u"head"_s);
    QCOMPARE(r.value(u"receptionKind"_s).toString(), u"periodic"_s);
    QCOMPARE(r.value(u"ticket"_s).toString(), u"A015"_s);
    QCOMPARE(r.value(u"recordedBy"_s).toString(), u"tester"_s);
    QCOMPARE(r.value(u"firstVisit"_s).toBool(), true);
    QCOMPARE(r.value(u"sealed"_s).toBool(), false);
    QMap<QString, QString> due;
    for (const QJsonValue &d : r.value(u"deadlines"_s).toArray())
        due.insert(d.toObject().value(u"rule"_s).toString(), d.toObject().value(u"due"_s).toString());
    QCOMPARE(due.value(u"complaint.accept"_s), u"2026-03-12"_s);
    QCOMPARE(due.value(u"complaint.resolve.first"_s), u"2026-04-01"_s);

    // A repeat visit by the same person on the same kind.
    const Run repeat =
        run(db, {u"--json"_s, u"log"_s, u"add"_s, u"--kind"_s, u"complaint"_s, u"--date"_s, u"2026-03-09"_s,
                 u"--name"_s, u"Nguyễn Văn An"_s, u"--id"_s, u"027085001234"_s, u"--content"_s, u"lần hai"_s});
    QVERIFY2(repeat.code == 0, qPrintable(repeat.describe()));
    QCOMPARE(repeat.json().value(u"firstVisit"_s).toBool(), false);
    QCOMPARE(repeat.json().value(u"matterId"_s).toString(), r.value(u"matterId"_s).toString());
    // A petition of a group of 6 with 2 representatives, returned and guided.
    const Run group = run(db, {u"log"_s, u"add"_s, u"--kind"_s, u"petition"_s, u"--date"_s, u"2026-03-10"_s,
                               u"--name"_s, u"Phạm Minh Đức"_s, u"--people"_s, u"6"_s, u"--representative"_s,
                               u"Lê Văn Một"_s, u"--representative"_s, u"Lê Văn Hai"_s, u"--content"_s, u"kiến nghị"_s,
                               u"--direction"_s, u"return_guide"_s});
    QVERIFY2(group.code == 0, qPrintable(group.describe()));
    QVERIFY2(group.outText().startsWith(u"recorded 2026/3"_s), qPrintable(group.outText()));

    // list --json: newest first, all three.
    const Run list = run(db, {u"--json"_s, u"log"_s, u"list"_s});
    QVERIFY2(list.code == 0, qPrintable(list.describe()));
    const QJsonArray records = list.json().value(u"records"_s).toArray();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).toObject().value(u"kinds"_s).toArray(), QJsonArray{u"petition"_s});
    QCOMPARE(records.at(0).toObject().value(u"peopleCount"_s).toInt(), 6);
    QCOMPARE(records.at(2).toObject().value(u"id"_s).toString(), id);
    QCOMPARE(records.at(2).toObject().value(u"previousAgency"_s).toString(), u"Chi cục THADS huyện Tiên Du"_s);

    // Filters and search through the CLI.
    auto count = [&](const QStringList &args) {
        const Run l = run(db, QStringList{u"--json"_s, u"log"_s, u"list"_s} + args);
        return l.code == 0 ? int(l.json().value(u"records"_s).toArray().size()) : -l.code;
    };
    QCOMPARE(count({u"--text"_s, u"nguyen van"_s}), 2);
    QCOMPARE(count({u"--text"_s, u"Nguyễn Văn"_s}), 2);
    QCOMPARE(count({u"--text"_s, u"đức"_s}), 2); // Phạm Minh Đức, receiver Phó Đức Hải
    QCOMPARE(count({u"--text"_s, u"duc"_s}), 2);
    QCOMPARE(count({u"--text"_s, u"AND OR NOT \"*"_s}), 0);
    QCOMPARE(count({u"--kind"_s, u"petition"_s}), 1);
    QCOMPARE(count({u"--direction"_s, u"accept"_s}), 1);
    QCOMPARE(count({u"--from"_s, u"2026-03-09"_s, u"--to"_s, u"2026-03-09"_s}), 1);
    QCOMPARE(count({u"--limit"_s, u"1"_s, u"--offset"_s, u"1"_s}), 1);
    QCOMPARE(count({u"--kind"_s, u"bogus"_s}), -3);
    QCOMPARE(count({u"--from"_s, u"yesterday"_s}), -3);

    const Run text = run(db, {u"log"_s, u"list"_s});
    QCOMPARE(text.code, 0);
    QCOMPARE(text.outText().count(u'\n'), 3);
    QVERIFY(text.outText().contains(u"Nguyễn Văn An"_s));

    const Run shown = run(db, {u"log"_s, u"show"_s, id});
    QCOMPARE(shown.code, 0);
    QVERIFY(shown.outText().contains(u"deadline Thụ lý đơn khiếu nại: 2026-03-12"_s));
    QCOMPARE(run(db, {u"log"_s, u"show"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}).code, 4);

    const Run report = run(db, {u"--json"_s, u"report"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s});
    QVERIFY2(report.code == 0, qPrintable(report.describe()));
    QCOMPARE(report.json().value(u"visits"_s).toInt(), 3);
    QCOMPARE(report.json().value(u"persons"_s).toInt(), 8);
    QCOMPARE(report.json().value(u"cases"_s).toInt(), 2);
    QCOMPARE(report.json().value(u"repeatVisits"_s).toInt(), 1);

    // The deadline watch: the accepted complaint's first resolution (30 days
    // from 2 March: 1 April) four days ahead.
    const Run watch = run(db, {u"--json"_s, u"deadlines"_s, u"--today"_s, u"2026-03-28"_s, u"--within"_s, u"7"_s});
    QVERIFY2(watch.code == 0, qPrintable(watch.describe()));
    bool found = false;
    for (const QJsonValue &v : watch.json().value(u"deadlines"_s).toArray())
        found = found || (v.toObject().value(u"recordId"_s).toString() == id &&
                          v.toObject().value(u"rule"_s).toString() == u"complaint.resolve.first"_s &&
                          v.toObject().value(u"due"_s).toString() == u"2026-04-01"_s &&
                          v.toObject().value(u"daysLeft"_s).toInt() == 4);
    QVERIFY2(found, qPrintable(watch.describe()));
    QVERIFY(!watch.outText().contains(u"Nguyễn"_s));
    QCOMPARE(run(db, {u"deadlines"_s, u"--within"_s, u"-1"_s}).code, 2);
    QCOMPARE(run(db, {u"deadlines"_s, u"--today"_s, u"10/03/2026"_s}).code, 3);
    const Run early = run(db, {u"--json"_s, u"deadlines"_s, u"--today"_s, u"2026-03-10"_s, u"--within"_s, u"7"_s});
    QCOMPARE(early.json().value(u"deadlines"_s).toArray().size(), 0);

    QCOMPARE(auditEntries(db), 3);
}

void TestCtlLog::badInputChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions"); // the stderr message names the problem

    const QStringList complaint{u"log"_s, u"add"_s, u"--kind"_s, u"complaint"_s, u"--content"_s, u"nội dung"_s};
    const QStringList named = complaint + QStringList{u"--name"_s, u"Nguyễn Văn An"_s};
    QTest::newRow("empty name") << complaint + QStringList{u"--name"_s, QString()} << 3 << u"name is required"_s;
    QTest::newRow("no name") << complaint << 3 << u"name is required"_s;
    QTest::newRow("13-digit ID") << named + QStringList{u"--id"_s, u"0010990123456"_s} << 3 << u"13 digits"_s;
    QTest::newRow("emoji name") << complaint + QStringList{u"--name"_s, u"Nguyễn 😀 An"_s} << 3 << u"name contains"_s;
    QTest::newRow("huge content") << QStringList{u"log"_s,    u"add"_s,           u"--kind"_s,    u"complaint"_s,
                                                 u"--name"_s, u"Nguyễn Văn An"_s, u"--content"_s, QString(25000, u'x')}
                                  << 3 << u"content has 25000 characters; the limit is 20000"_s;
    QTest::newRow("empty content") << QStringList{u"log"_s,    u"add"_s,           u"--kind"_s,    u"complaint"_s,
                                                  u"--name"_s, u"Nguyễn Văn An"_s, u"--content"_s, u"   "_s}
                                   << 3 << u"content is required"_s;
    QTest::newRow("unknown --kind") << QStringList{u"log"_s,       u"add"_s,
                                                   u"--kind"_s,    u"complaint,gossip"_s,
                                                   u"--name"_s,    u"Nguyễn Văn An"_s,
                                                   u"--content"_s, u"x"_s}
                                    << 3 << u"'gossip' is not complaint, denunciation, petition or feedback"_s;
    QTest::newRow("no --kind") << QStringList{u"log"_s,           u"add"_s,       u"--name"_s,
                                              u"Nguyễn Văn An"_s, u"--content"_s, u"x"_s}
                               << 3 << u"classification"_s;
    QTest::newRow("bad --date") << named + QStringList{u"--date"_s, u"2026-13-45"_s} << 3 << u"--date must be"_s;
    QTest::newRow("words as --date") << named + QStringList{u"--date"_s, u"yesterday"_s} << 3 << u"--date must be"_s;
    QTest::newRow("future --date") << named + QStringList{u"--date"_s,
                                                          QDate::currentDate().addDays(2).toString(Qt::ISODate)}
                                   << 3 << u"in the future"_s;
    QTest::newRow("bad --direction") << named + QStringList{u"--direction"_s, u"sideways"_s} << 3
                                     << u"--direction must be one of"_s;
    QTest::newRow("transfer without agency")
        << named + QStringList{u"--direction"_s, u"transfer"_s} << 3 << u"transferAgency"_s;
    QTest::newRow("--people 0") << named + QStringList{u"--people"_s, u"0"_s} << 3 << u"--people must be"_s;
    QTest::newRow("--people abc") << named + QStringList{u"--people"_s, u"abc"_s} << 3 << u"--people must be"_s;
    QTest::newRow("7 people, 3 representatives")
        << named + QStringList{u"--people"_s,         u"7"_s,        u"--representative"_s, u"Lê Văn A"_s,
                               u"--representative"_s, u"Lê Văn B"_s, u"--representative"_s, u"Lê Văn C"_s}
        << 3 << u"at most 2 representatives"_s;
    QTest::newRow("bad phone") << named + QStringList{u"--phone"_s, u"12345"_s} << 3 << u"phone"_s;
    QTest::newRow("anonymous complaint") << complaint + QStringList{u"--anonymous"_s} << 3 << u"only a denunciation"_s;
    QTest::newRow("anonymous denunciation with a name") << QStringList{u"log"_s,
                                                                       u"add"_s,
                                                                       u"--kind"_s,
                                                                       u"denunciation"_s,
                                                                       u"--anonymous"_s,
                                                                       u"--name"_s,
                                                                       u"Tran Van Bimat"_s,
                                                                       u"--content"_s,
                                                                       u"x"_s}
                                                        << 3 << u"anonymous"_s;
    QTest::newRow("unknown matter") << named + QStringList{u"--matter"_s, u"no-such-matter"_s} << 4 << u"no matter"_s;
    QTest::newRow("unknown service") << QStringList{u"ticket"_s, u"issue"_s, u"--service"_s, u"gossip"_s} << 3
                                     << u"no service 'gossip'"_s;
    QTest::newRow("unknown priority") << QStringList{u"ticket"_s,    u"issue"_s,      u"--service"_s,
                                                     u"complaint"_s, u"--priority"_s, u"vip"_s}
                                      << 3 << u"'vip' is not a priority category"_s;
    QTest::newRow("unseal short reason") << QStringList{u"log"_s, u"unseal"_s, u"RECORD"_s, u"--reason"_s, u"abc"_s}
                                         << 3 << u"at least 5 characters"_s;
    QTest::newRow("report without period") << QStringList{u"report"_s} << 3 << u"period"_s;
}

void TestCtlLog::badInputChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"office.db"_s);
    // Something in the database already: a ticket and a sealed record.
    QCOMPARE(run(db, {u"ticket"_s, u"issue"_s, u"--service"_s, u"complaint"_s}).code, 0);
    const Run sealed = run(db, {u"--json"_s, u"log"_s, u"add"_s, u"--kind"_s, u"denunciation"_s, u"--name"_s,
                                u"Tran Van Bimat"_s, u"--content"_s, u"tố cáo"_s});
    QVERIFY2(sealed.code == 0, qPrintable(sealed.describe()));
    args.replaceInStrings(u"RECORD"_s, sealed.json().value(u"id"_s).toString());

    const qint64 auditBefore = auditEntries(db);
    const qint64 recordsBefore = recordCount(db);
    QCOMPARE(auditBefore, 2);
    QCOMPARE(recordsBefore, 1);

    const Run r = run(db, args);
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(r.code == code, qPrintable(r.describe()));
    checkUsageStderr(r);
    QVERIFY2(r.errText().contains(mentions, Qt::CaseInsensitive), qPrintable(r.describe()));
    QVERIFY2(r.errText().count(u'\n') <= 2, qPrintable(r.describe()));
    QVERIFY2(!r.errText().contains(u"Bimat"_s), qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));

    // With --json the error is also on stdout, machine-readable.
    const Run j = run(db, QStringList{u"--json"_s} + args);
    QCOMPARE(j.code, code);
    QCOMPARE(j.json().value(u"error"_s).toObject().value(u"code"_s).toInt(), code);

    QCOMPARE(auditEntries(db), auditBefore);
    QCOMPARE(recordCount(db), recordsBefore);
}

// ---------------------------------------------------------------------------
// (b) A denunciator's identity stays sealed

void TestCtlLog::sealedIdentity_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<QString>("nameToken"); // a distinctive word of the name
    QTest::newRow("ASCII name") << u"Tran Van Bimat"_s << u"So 9 ngo Kin Dao, phuong Vu Ninh"_s << u"001099012345"_s
                                << u"Bimat"_s;
    QTest::newRow("Vietnamese name") << u"Trần Thị Bí Mật"_s << u"Số 9 ngõ Kín Đáo, phường Vũ Ninh"_s
                                     << u"027185004321"_s << u"Bí Mật"_s;
}

void TestCtlLog::sealedIdentity()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(QString, idNumber);
    QFETCH(QString, nameToken);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"office.db"_s);
    const QString marker = u"ZqxMarker%1"_s.arg(QRandomGenerator::global()->bounded(100000, 999999));

    // A record in the clear first (positive control for the scans).
    const QString controlName = u"Hoang Van Congkhai"_s;
    QCOMPARE(
        run(db, {u"log"_s, u"add"_s, u"--kind"_s, u"complaint"_s, u"--name"_s, controlName, u"--content"_s, u"x"_s})
            .code,
        0);

    QString sealedId;
    const QStringList secrets{name, address, idNumber, nameToken};
    {
        // Hold a connection open while receptionctl writes, as the kiosk
        // would: the WAL is then not folded back and removed at exit, so
        // the new record's pages are still in <db>-wal when we look.
        SqlConnection reader(db, true);
        QVERIFY2(reader.ok(), qPrintable(reader.error()));
        QCOMPARE(reader.scalar(u"SELECT COUNT(*) FROM reception_records"_s).toInt(), 1);

        const Run added =
            run(db, {u"--json"_s, u"log"_s, u"add"_s, u"--kind"_s, u"denunciation"_s, u"--name"_s, name, u"--address"_s,
                     address, u"--id"_s, idNumber, u"--phone"_s, u"0987654321"_s, u"--content"_s,
                     u"Tố cáo chấp hành viên nhận tiền "_s + marker, u"--direction"_s, u"accept"_s});
        QVERIFY2(added.code == 0, qPrintable(added.describe()));
        sealedId = added.json().value(u"id"_s).toString();
        QVERIFY(!sealedId.isEmpty());
        QCOMPARE(added.json().value(u"sealed"_s).toBool(), true);
        QCOMPARE(added.json().value(u"confidential"_s).toBool(), true);
        QCOMPARE(added.json().value(u"fullName"_s).toString(), u"[bảo mật / sealed]"_s);
        QCOMPARE(added.json().value(u"idNumber"_s).toString(), QString());
        for (const QString &s : secrets)
            QVERIFY2(!added.outText().contains(s, Qt::CaseInsensitive) &&
                         !added.errText().contains(s, Qt::CaseInsensitive),
                     qPrintable(added.describe()));

        // The files as they are now: the WAL holds the new record.
        QVERIFY2(QFileInfo(db + u"-wal"_s).size() > 0, "no WAL to inspect");
        QVERIFY(QFileInfo::exists(db + u"-shm"_s));
        QVERIFY2(readBytes(db + u"-wal"_s).contains(marker.toUtf8()), "the WAL does not hold the new record");
        QVERIFY2(!findInFiles(db, {controlName}).isEmpty(), "the scan does not see the clear record");
        const QStringList hits = findInFiles(db, secrets);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));

        if (!m_strings.isEmpty()) {
            const QMap<QString, QString> out = stringsOf(m_strings, db);
            QVERIFY(out.contains(db + u"-wal"_s));
            QVERIFY2(out.value(db + u"-wal"_s).contains(marker), "strings does not show the WAL's new content");
            for (auto it = out.begin(); it != out.end(); ++it) {
                QVERIFY2(it.value() != u"<strings failed>"_s, qPrintable(it.key()));
                for (const QString &s : secrets) {
                    QVERIFY2(!it.value().contains(s, Qt::CaseInsensitive) &&
                                 !it.value().contains(tiepdan::foldForSearch(s), Qt::CaseInsensitive),
                             qPrintable(u"strings %1 shows '%2'"_s.arg(it.key(), s)));
                }
            }
        } else {
            qWarning("strings (binutils) not found: the raw byte scan stands alone");
        }
    }

    // Listing, showing and searching never show it either.
    for (const QStringList &args :
         {QStringList{u"log"_s, u"list"_s}, QStringList{u"--json"_s, u"log"_s, u"list"_s},
          QStringList{u"--json"_s, u"log"_s, u"show"_s, sealedId},
          QStringList{u"--json"_s, u"log"_s, u"list"_s, u"--text"_s, name},
          QStringList{u"--json"_s, u"report"_s, u"--from"_s, u"2020-01-01"_s, u"--to"_s, u"2030-12-31"_s}}) {
        const Run r = run(db, args);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        for (const QString &s : secrets)
            QVERIFY2(!r.outText().contains(s, Qt::CaseInsensitive),
                     qPrintable(args.join(u' ') + u": "_s + r.describe()));
    }
    const Run search = run(db, {u"--json"_s, u"log"_s, u"list"_s, u"--text"_s, tiepdan::foldForSearch(name)});
    QCOMPARE(search.json().value(u"records"_s).toArray().size(), 0);

    // The last receptionctl closed the database: everything is in the db file now.
    QVERIFY(readBytes(db).contains(marker.toUtf8()));
    QStringList hits = findInFiles(db, secrets);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));

    // Opening it: needs a real reason, and is audited.
    const qint64 before = auditEntries(db);
    QCOMPARE(run(db, {u"log"_s, u"unseal"_s, sealedId}).code, 2);
    QCOMPARE(run(db, {u"log"_s, u"unseal"_s, sealedId, u"--reason"_s, u"xem"_s}).code, 3);
    QCOMPARE(auditEntries(db), before);

    // Only a signed-in leader may open it: the office's users first (PINs on stdin).
    Run made =
        runWithInput(db, {u"user"_s, u"add"_s, u"quantri"_s, u"--name"_s, u"Quản Trị"_s, u"--role"_s, u"admin"_s},
                     "admin-pin-1357\n");
    QVERIFY2(made.code == 0, qPrintable(made.describe()));
    made = runWithInput(db,
                        {u"user"_s, u"add"_s, u"thanhtra.le"_s, u"--name"_s, u"Lê Thanh Tra"_s, u"--role"_s,
                         u"leader"_s, u"--as"_s, u"quantri"_s},
                        "admin-pin-1357\nleader-pin-2468\n");
    QVERIFY2(made.code == 0, qPrintable(made.describe()));
    made = runWithInput(db, {u"user"_s, u"add"_s, u"canbo.an"_s, u"--name"_s, u"Nguyễn An"_s, u"--as"_s, u"quantri"_s},
                        "admin-pin-1357\nofficer-pin-1111\n");
    QVERIFY2(made.code == 0, qPrintable(made.describe()));
    const QStringList unsealArgs{u"log"_s, u"unseal"_s, sealedId, u"--reason"_s, u"Thanh tra yêu cầu"_s};
    // No user, an officer, a wrong PIN: denied (exit 11), nothing shown.
    for (const auto &[as, pin] :
         {std::pair{QString(), QByteArray()}, std::pair{u"canbo.an"_s, QByteArray("officer-pin-1111\n")},
          std::pair{u"thanhtra.le"_s, QByteArray("wrong-pin-0000\n")}}) {
        const Run denied = runWithInput(db, as.isEmpty() ? unsealArgs : unsealArgs + QStringList{u"--as"_s, as}, pin);
        QVERIFY2(denied.code == 11, qPrintable(denied.describe()));
        QVERIFY(!denied.outText().contains(name) && !denied.errText().contains(name));
    }
    QCOMPARE(run(db, {u"db"_s, u"check"_s}).code, 0);
    const qint64 beforeOpening = auditEntries(db);
    const Run opening = runWithInput(db, unsealArgs + QStringList{u"--as"_s, u"thanhtra.le"_s}, "leader-pin-2468\n");
    const QString shown = opening.outText();
    QVERIFY2(opening.code == 0, qPrintable(opening.describe()));
    QVERIFY2(shown.contains(name), qPrintable(shown));
    QVERIFY2(shown.contains(address), qPrintable(shown));
    QVERIFY2(shown.contains(idNumber), qPrintable(shown));
    QVERIFY(shown.contains(u"audit"_s));
    QCOMPARE(auditEntries(db), beforeOpening + 2); // user.sign_in, identity.unseal

    {
        SqlConnection c(db, true);
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QSqlQuery q(c.db());
        QVERIFY(q.exec(u"SELECT action, actor, entity, entity_id, detail FROM audit ORDER BY seq DESC LIMIT 1"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"identity.unseal"_s);
        QCOMPARE(q.value(1).toString(), u"thanhtra.le"_s);
        QCOMPARE(q.value(2).toString(), u"record"_s);
        QCOMPARE(q.value(3).toString(), sealedId);
        QVERIFY2(q.value(4).toString().contains(u"Thanh tra yêu cầu"_s), qPrintable(q.value(4).toString()));
        for (const QString &s : secrets)
            QVERIFY(!q.value(4).toString().contains(s, Qt::CaseInsensitive));
        q.finish();
        QCOMPARE(
            c.scalar(u"SELECT COUNT(*) FROM audit WHERE action = 'identity.unseal' AND entity_id = ?"_s, {sealedId})
                .toInt(),
            1);
    }
    // The opening wrote no identity to disk, and the chain is intact.
    hits = findInFiles(db, secrets);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    QCOMPARE(run(db, {u"db"_s, u"check"_s}).code, 0);
}

QTEST_GUILESS_MAIN(TestCtlLog)
#include "tst_ctl_log.moc"
