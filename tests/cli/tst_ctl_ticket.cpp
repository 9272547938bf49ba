// Tests of receptionctl's ticket and queue commands, through the real binary:
// issue, show and verify (and forged or broken codes refused), a queue
// flow, and killDurability, the one that matters most: tickets issued in a
// loop and the process killed with SIGKILL at random moments, many times
// over: every ticket it printed exists, numbers per prefix run 1..N without
// a gap or duplicate, and the audit chain stays intact.
#include "ctlharness.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ctlharness;
using namespace Qt::StringLiterals;

class TestCtlTicket : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void ticketIssueShowVerify();
    void ticketVerifyRejects_data();
    void ticketVerifyRejects();
    void queueFlow();
    void killDurability();
};

void TestCtlTicket::initTestCase()
{
    checkSetUp();
}

void TestCtlTicket::ticketIssueShowVerify()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"office.db"_s);
    const QString today = QDate::currentDate().toString(Qt::ISODate);

    const Run issued = run(db, {u"--json"_s, u"ticket"_s, u"issue"_s, u"--service"_s, u"complaint"_s});
    QVERIFY2(issued.code == 0, qPrintable(issued.describe()));
    const QJsonObject t = issued.json();
    QCOMPARE(t.value(u"label"_s).toString(), u"A-001"_s);
    QCOMPARE(t.value(u"service"_s).toString(), u"complaint"_s);
    QCOMPARE(t.value(u"number"_s).toInt(), 1);
    QCOMPARE(t.value(u"state"_s).toString(), u"waiting"_s);
    QCOMPARE(t.value(u"peopleAhead"_s).toInt(), 0);
    const QString payload = t.value(u"payload"_s).toString();
    QVERIFY2(payload.startsWith(u"TD1.T.BN-KV1."_s), qPrintable(payload));
    QVERIFY(payload.contains(u".A001."_s));

    // Text form: "A-002 complaint ahead:1 <payload>".
    const Run second = run(db, {u"ticket"_s, u"issue"_s, u"--service"_s, u"complaint"_s});
    QVERIFY2(second.code == 0, qPrintable(second.describe()));
    static const QRegularExpression line(u"^A-002 complaint ahead:1 (TD1\\.T\\.BN-KV1\\.\\d{8}\\.A002\\.\\S+)\n$"_s);
    const auto m = line.match(second.outText());
    QVERIFY2(m.hasMatch(), qPrintable(second.outText()));
    const Run other = run(db, {u"ticket"_s, u"issue"_s, u"--service"_s, u"petition"_s});
    QVERIFY2(other.outText().startsWith(u"C-001 petition ahead:0 "_s), qPrintable(other.describe()));

    // show: by "A-001", "A001" and "a1"; the same payload.
    for (const QString &label : {u"A-001"_s, u"A001"_s, u"a1"_s}) {
        const Run shown = run(db, {u"--json"_s, u"ticket"_s, u"show"_s, label});
        QVERIFY2(shown.code == 0, qPrintable(shown.describe()));
        QCOMPARE(shown.json().value(u"label"_s).toString(), u"A-001"_s);
        QCOMPARE(shown.json().value(u"payload"_s).toString(), payload);
        QCOMPARE(shown.json().value(u"date"_s).toString(), today);
    }
    const Run shownText = run(db, {u"ticket"_s, u"show"_s, u"A-001"_s, u"--qr"_s});
    QCOMPARE(shownText.code, 0);
    QVERIFY(shownText.outText().contains(u"QR: "_s + payload));
    const Run missing = run(db, {u"ticket"_s, u"show"_s, u"A-099"_s});
    QCOMPARE(missing.code, 4);
    checkUsageStderr(missing);

    // verify: valid, with its state.
    const Run verified = run(db, {u"--json"_s, u"ticket"_s, u"verify"_s, payload});
    QVERIFY2(verified.code == 0, qPrintable(verified.describe()));
    const QJsonObject v = verified.json();
    QCOMPARE(v.value(u"valid"_s).toBool(), true);
    QCOMPARE(v.value(u"kind"_s).toString(), u"ticket"_s);
    QCOMPARE(v.value(u"label"_s).toString(), u"A001"_s);
    QCOMPARE(v.value(u"office"_s).toString(), u"BN-KV1"_s);
    QCOMPARE(v.value(u"date"_s).toString(), today);
    QCOMPARE(v.value(u"state"_s).toString(), u"waiting"_s);
    const Run verifiedText = run(db, {u"ticket"_s, u"verify"_s, m.captured(1)});
    QCOMPARE(verifiedText.code, 0);
    QVERIFY2(verifiedText.outText().startsWith(u"valid ticket A002 of BN-KV1"_s), qPrintable(verifiedText.outText()));

    // Three tickets, three audit entries, chain intact.
    QCOMPARE(auditEntries(db), 3);
}

void TestCtlTicket::ticketVerifyRejects_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("label edited A001 -> A002") << u"label"_s << 9;
    QTest::newRow("date edited") << u"date"_s << 9;
    QTest::newRow("office edited") << u"office"_s << 9;
    QTest::newRow("signature edited") << u"signature"_s << 9;
    QTest::newRow("random id edited") << u"rid"_s << 9;
    QTest::newRow("garbage") << u"garbage"_s << 3;
    QTest::newRow("empty") << u"empty"_s << 3;
    QTest::newRow("truncated") << u"truncated"_s << 3;
    QTest::newRow("SQL") << u"sql"_s << 3;
}

void TestCtlTicket::ticketVerifyRejects()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"office.db"_s);
    const Run issued = run(db, {u"--json"_s, u"ticket"_s, u"issue"_s, u"--service"_s, u"complaint"_s});
    QVERIFY2(issued.code == 0, qPrintable(issued.describe()));
    const QString payload = issued.json().value(u"payload"_s).toString();
    QStringList parts = payload.split(u'.'); // TD1 T office date label rid sig
    QCOMPARE(parts.size(), 7);
    // The first character: the last one of a base32 MAC may carry only padding bits.
    auto flip = [](QString s) {
        s[0] = s.at(0) == u'A' ? u'B' : u'A';
        return s;
    };
    QString tampered;
    if (kind == u"label"_s) {
        parts[4] = u"A002"_s;
        tampered = parts.join(u'.');
    } else if (kind == u"date"_s) {
        parts[3] = QDate::currentDate().addDays(1).toString(u"yyyyMMdd"_s);
        tampered = parts.join(u'.');
    } else if (kind == u"office"_s) {
        parts[2] = u"BN-KV2"_s;
        tampered = parts.join(u'.');
    } else if (kind == u"signature"_s) {
        parts[6] = flip(parts[6]);
        tampered = parts.join(u'.');
    } else if (kind == u"rid"_s) {
        parts[5] = flip(parts[5]);
        tampered = parts.join(u'.');
    } else if (kind == u"garbage"_s)
        tampered = u"hello, this is not a ticket"_s;
    else if (kind == u"empty"_s)
        tampered = QString();
    else if (kind == u"truncated"_s)
        tampered = payload.left(payload.lastIndexOf(u'.'));
    else if (kind == u"sql"_s)
        tampered = u"'; DELETE FROM tickets; --"_s;
    QVERIFY(tampered != payload);

    const qint64 before = auditEntries(db);
    const Run r = run(db, {u"--json"_s, u"ticket"_s, u"verify"_s, tampered});
    QVERIFY2(r.code == code, qPrintable(r.describe()));
    checkUsageStderr(r);
    QCOMPARE(r.json().value(u"error"_s).toObject().value(u"code"_s).toInt(), code);
    QVERIFY(!r.outText().contains(u"\"valid\""_s));
    QCOMPARE(auditEntries(db), before);
    // The genuine payload still verifies.
    QCOMPARE(run(db, {u"ticket"_s, u"verify"_s, payload}).code, 0);
}

void TestCtlTicket::queueFlow()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"office.db"_s);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(run(db, {u"ticket"_s, u"issue"_s, u"--service"_s, u"complaint"_s}).code, 0);

    auto state = [&](const QString &label) {
        return run(db, {u"--json"_s, u"ticket"_s, u"show"_s, label}).json().value(u"state"_s).toString();
    };
    const Run called = run(db, {u"--json"_s, u"queue"_s, u"call-next"_s, u"--counter"_s, u"1"_s});
    QVERIFY2(called.code == 0, qPrintable(called.describe()));
    QCOMPARE(called.json().value(u"label"_s).toString(), u"A-001"_s);
    QCOMPARE(called.json().value(u"state"_s).toString(), u"called"_s);
    QCOMPARE(called.json().value(u"counter"_s).toInt(), 1);

    // done before start is a conflict (5) and changes nothing.
    const qint64 auditBefore = auditEntries(db);
    const Run early = run(db, {u"queue"_s, u"done"_s, u"A-001"_s});
    QVERIFY2(early.code == 5, qPrintable(early.describe()));
    checkUsageStderr(early);
    QCOMPARE(auditEntries(db), auditBefore);
    QCOMPARE(state(u"A-001"_s), u"called"_s);

    const Run started = run(db, {u"--json"_s, u"queue"_s, u"start"_s, u"A-001"_s, u"--counter"_s, u"1"_s});
    QVERIFY2(started.code == 0, qPrintable(started.describe()));
    QCOMPARE(started.json().value(u"state"_s).toString(), u"serving"_s);
    const Run done = run(db, {u"--json"_s, u"queue"_s, u"done"_s, u"A-001"_s});
    QVERIFY2(done.code == 0, qPrintable(done.describe()));
    QCOMPARE(done.json().value(u"state"_s).toString(), u"done"_s);
    QVERIFY(!done.json().value(u"finishedAt"_s).toString().isEmpty());

    // The next call takes A-002; the list shows only active tickets.
    const Run next = run(db, {u"queue"_s, u"call-next"_s, u"--counter"_s, u"2"_s});
    QVERIFY2(next.code == 0, qPrintable(next.describe()));
    QVERIFY2(next.outText().startsWith(u"A-002 to counter 2"_s), qPrintable(next.outText()));
    const Run list = run(db, {u"--json"_s, u"queue"_s, u"list"_s});
    QCOMPARE(list.code, 0);
    const QJsonArray active = list.json().value(u"tickets"_s).toArray();
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.first().toObject().value(u"label"_s).toString(), u"A-002"_s);
    const Run all = run(db, {u"--json"_s, u"queue"_s, u"list"_s, u"--all"_s});
    QCOMPARE(all.json().value(u"tickets"_s).toArray().size(), 2);

    // Nobody left: call-next says not found (4).
    const Run empty = run(db, {u"queue"_s, u"call-next"_s, u"--counter"_s, u"1"_s});
    QVERIFY2(empty.code == 4, qPrintable(empty.describe()));
    // Counter 3 serves only the leader's service.
    QCOMPARE(run(db, {u"queue"_s, u"call-next"_s, u"--counter"_s, u"3"_s}).code, 4);
    // Bad counter number: invalid input.
    QCOMPARE(run(db, {u"queue"_s, u"call-next"_s, u"--counter"_s, u"abc"_s}).code, 3);

    // 2 issues + call + start + done + call = 6 audited changes.
    QCOMPARE(auditEntries(db), 6);
}

namespace {
// One ticket line as receptionctl printed it before it was killed.
struct Printed {
    QString service;
    QString prefix;
    int number = 0;
    int ahead = 0;
    QString payload;
    QString date; // yyyy-MM-dd, from the payload
};
} // namespace

void TestCtlTicket::killDurability()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"office.db"_s);
    // A new office: the database and its keys exist before the first kill.
    const Run init = run(db, {u"db"_s, u"migrate"_s});
    QVERIFY2(init.code == 0, qPrintable(init.describe()));

    const quint32 seed = qEnvironmentVariableIsSet("TST_SEED") ? quint32(qEnvironmentVariableIntValue("TST_SEED"))
                                                               : QRandomGenerator::global()->generate();
    qInfo() << "random seed (set TST_SEED to repeat):" << seed;
    QRandomGenerator rng(seed);

    static const QRegularExpression lineRe(
        u"^([A-Z])-(\\d{3,}) (\\S+) ahead:(\\d+) (TD1\\.T\\.BN-KV1\\.(\\d{8})\\.([A-Z])(\\d{3,})\\.[A-Z2-7]+\\.[A-Z2-7]+)$"_s);
    const QMap<QString, QString> prefixOf{{u"complaint"_s, u"A"_s}, {u"petition"_s, u"C"_s}};
    QMap<QString, Printed> printed; // "date/label" -> what the citizen holds
    int killed = 0, partialLines = 0, rounds = 0;
    QElapsedTimer clock;
    clock.start();

    // Checks the database as the last kill left it, read-only (no recovery
    // by another writer first).
    auto checkDatabase = [&](const QString &when) {
        SqlConnection c(db, true);
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QSqlQuery q(c.db());
        QVERIFY2(q.exec(u"SELECT service_date, prefix, number, label, service_id, payload FROM tickets "
                        "ORDER BY service_date, prefix, number"_s),
                 qPrintable(q.lastError().text()));
        QMap<QString, QList<int>> numbers;             // "date/prefix" -> numbers in order
        QMap<QString, QPair<QString, QString>> stored; // "date/label" -> (service, payload)
        while (q.next()) {
            const QString date = q.value(0).toString();
            numbers[date + u'/' + q.value(1).toString()] << q.value(2).toInt();
            const QString label = q.value(3).toString();
            QVERIFY2(!stored.contains(date + u'/' + label), qPrintable(u"duplicate ticket %1 %2"_s.arg(date, label)));
            stored.insert(date + u'/' + label, {q.value(4).toString(), q.value(5).toString()});
        }
        q.finish();
        for (auto it = numbers.begin(); it != numbers.end(); ++it) {
            const QList<int> &n = it.value();
            for (int i = 0; i < n.size(); ++i)
                QVERIFY2(n[i] == i + 1, qPrintable(u"%1: %2 numbers, but position %3 holds %4 (%5)"_s.arg(it.key())
                                                       .arg(n.size())
                                                       .arg(i + 1)
                                                       .arg(n[i])
                                                       .arg(when)));
        }
        int unprinted = 0;
        for (auto it = printed.begin(); it != printed.end(); ++it) {
            QVERIFY2(stored.contains(it.key()),
                     qPrintable(u"printed ticket %1 is not in the database (%2)"_s.arg(it.key(), when)));
            QCOMPARE(stored.value(it.key()).first, it->service);
            QCOMPARE(stored.value(it.key()).second, it->payload);
        }
        unprinted = int(stored.size()) - int(printed.size());
        // A killed process can have committed at most the one ticket it had
        // no time to print.
        QVERIFY2(
            unprinted >= 0 && unprinted <= killed,
            qPrintable(
                u"%1 tickets in the database were never printed, after %2 kills (%3)"_s.arg(unprinted).arg(killed).arg(
                    when)));
        // Each ticket was audited and queued for sync in its own transaction.
        QCOMPARE(c.scalar(u"SELECT COUNT(*) FROM audit WHERE action = 'ticket.issue'"_s).toInt(), int(stored.size()));
        QCOMPARE(c.scalar(u"SELECT COUNT(*) FROM audit"_s).toInt(), int(stored.size()));
        QCOMPARE(c.scalar(u"SELECT COUNT(*) FROM outbox WHERE record_kind = 'ticket'"_s).toInt(), int(stored.size()));
        QCOMPARE(
            c.scalar(
                 u"SELECT COUNT(*) FROM tickets t LEFT JOIN audit a ON a.seq = t.audit_seq AND a.entity_id = t.uuid "
                 "WHERE a.seq IS NULL"_s)
                .toInt(),
            0);
    };

    for (int round = 0; round < 25 && clock.elapsed() < 45000; ++round) {
        // Alternate the two services; every fifth round runs both at once.
        QStringList services{round % 2 ? u"petition"_s : u"complaint"_s};
        if (round % 5 == 4)
            services = {u"complaint"_s, u"petition"_s};
        std::vector<std::unique_ptr<QProcess>> procs;
        for (const QString &service : services) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(cleanEnvironment());
            p->start(kBinary, baseArgs(db) + QStringList{u"ticket"_s, u"issue"_s, u"--service"_s, service,
                                                         u"--repeat"_s, u"1000000"_s});
            QVERIFY2(p->waitForStarted(5000), qPrintable(p->errorString()));
            procs.push_back(std::move(p));
        }
        const int waitMs = int(rng.bounded(50, 401));
        QTest::qWait(waitMs);
        for (auto &p : procs)
            p->kill(); // SIGKILL
        for (std::size_t i = 0; i < procs.size(); ++i) {
            QProcess &p = *procs[i];
            QVERIFY(p.waitForFinished(10000));
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(p.exitStatus() == QProcess::CrashExit,
                     qPrintable(u"round %1: %2 ended by itself (exit %3) before the kill: %4"_s.arg(round)
                                    .arg(services[i])
                                    .arg(p.exitCode())
                                    .arg(QString::fromUtf8(err))));
            ++killed;
            QByteArray out = p.readAllStandardOutput();
            QList<QByteArray> lines = out.split('\n');
            if (!lines.last().isEmpty())
                ++partialLines; // cut by the kill: never a whole ticket line
            lines.removeLast();
            for (const QByteArray &raw : lines) {
                const QString line = QString::fromUtf8(raw);
                const auto m = lineRe.match(line);
                QVERIFY2(m.hasMatch(), qPrintable(u"round %1: unexpected output line '%2'"_s.arg(round).arg(line)));
                Printed t;
                t.prefix = m.captured(1);
                t.number = m.captured(2).toInt();
                t.service = m.captured(3);
                t.ahead = m.captured(4).toInt();
                t.payload = m.captured(5);
                t.date = QDate::fromString(m.captured(6), u"yyyyMMdd"_s).toString(Qt::ISODate);
                QCOMPARE(t.service, services[i]);
                QCOMPARE(t.prefix, prefixOf.value(t.service));
                QCOMPARE(m.captured(7), t.prefix);
                QCOMPARE(m.captured(8).toInt(), t.number);
                // Nobody was called: everyone issued before is still ahead.
                QCOMPARE(t.ahead, t.number - 1);
                const QString key = t.date + u'/' + t.prefix + u"%1"_s.arg(t.number, 3, 10, QLatin1Char('0'));
                QVERIFY2(!printed.contains(key), qPrintable(u"ticket %1 was handed out twice"_s.arg(key)));
                printed.insert(key, t);
            }
        }
        ++rounds;
        checkDatabase(u"after round %1 (%2 ms)"_s.arg(round).arg(waitMs));
        if (QTest::currentTestFailed())
            return;
    }
    qInfo().noquote()
        << u"%1 rounds, %2 processes killed, %3 tickets printed (A: %4, C: %5), %6 cut lines, %7 ms"_s.arg(rounds)
               .arg(killed)
               .arg(printed.size())
               .arg(std::count_if(printed.begin(), printed.end(), [](const Printed &p) { return p.prefix == u"A"_s; }))
               .arg(std::count_if(printed.begin(), printed.end(), [](const Printed &p) { return p.prefix == u"C"_s; }))
               .arg(partialLines)
               .arg(clock.elapsed());
    QVERIFY2(rounds >= 10, "the machine is too slow for this test's time budget");
    QVERIFY2(printed.size() >= 20, "too few tickets were issued to prove anything");

    // The program's own check: SQLite integrity, numbering and the audit chain.
    const Run check = run(db, {u"--json"_s, u"db"_s, u"check"_s});
    QVERIFY2(check.code == 0, qPrintable(check.describe()));
    QCOMPARE(check.json().value(u"ok"_s).toBool(), true);
    checkDatabase(u"after db check"_s);
    // And the numbering goes on from where it stopped.
    const Run next = run(db, {u"--json"_s, u"ticket"_s, u"issue"_s, u"--service"_s, u"complaint"_s});
    QCOMPARE(next.code, 0);
    SqlConnection c(db, true);
    QVERIFY(c.ok());
    QCOMPARE(next.json().value(u"number"_s).toInt(),
             c.scalar(u"SELECT MAX(number) FROM tickets WHERE prefix = 'A' AND service_date = ?"_s,
                      {next.json().value(u"date"_s).toString()})
                 .toInt());
    QCOMPARE(next.json().value(u"number"_s).toInt(),
             c.scalar(u"SELECT COUNT(*) FROM tickets WHERE prefix = 'A' AND service_date = ?"_s,
                      {next.json().value(u"date"_s).toString()})
                 .toInt());
}

QTEST_GUILESS_MAIN(TestCtlTicket)
#include "tst_ctl_ticket.moc"
