// Tests of the receptionctl binary, run as a separate process exactly as an
// operator runs it (RECEPTIONCTL_PATH), on real database files in
// temporary folders.
//
// The two that matter most:
//  - killDurability: tickets issued in a loop and the process killed with
//    SIGKILL at random moments, many times over: every ticket it printed
//    exists, numbers per prefix run 1..N without a gap or duplicate, and the
//    audit chain stays intact.
//  - sealedIdentity: a denunciator's name is nowhere in the database file,
//    its WAL or shared memory (raw bytes, and `strings`), yet an audited
//    `log unseal` shows it.
#include "validation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kBinary = QStringLiteral(RECEPTIONCTL_PATH);
const QString kConfig = QStringLiteral(TIEPDAN_CONFIG_DIR);

struct Run {
    int code = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QByteArray out, err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString describe() const
    {
        return u"exit %1\n--- stdout:\n%2\n--- stderr:\n%3"_s.arg(code).arg(QString::fromUtf8(out.left(2000)),
                                                                            QString::fromUtf8(err.left(2000)));
    }
};

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"TIEPDAN_CONFIG"_s);
    env.remove(u"TIEPDAN_DB"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

QStringList baseArgs(const QString &db, const QString &config = kConfig)
{
    return {u"--config"_s, config, u"--db"_s, db, u"--actor"_s, u"tester"_s};
}

// Runs receptionctl with --config/--db/--actor and `args`, `input` on stdin.
Run runWithInput(const QString &db, const QStringList &args, const QByteArray &input, const QString &config = kConfig,
                 int timeoutMs = 30000)
{
    QProcess p;
    p.setProcessEnvironment(cleanEnvironment());
    p.start(kBinary, baseArgs(db, config) + args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = "could not start " + kBinary.toUtf8();
        return r;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.code = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Runs receptionctl with --config/--db/--actor and `args`, nothing on stdin.
Run run(const QString &db, const QStringList &args, const QString &config = kConfig, int timeoutMs = 30000)
{
    return runWithInput(db, args, {}, config, timeoutMs);
}

// Runs receptionctl with raw arguments only (no --config/--db).
Run runRaw(const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(cleanEnvironment());
    p.start(kBinary, args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(30000))
        return r;
    r.code = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// The audit chain's length as `db check --json` reports it (-1 on failure).
qint64 auditEntries(const QString &db)
{
    const Run r = run(db, {u"--json"_s, u"db"_s, u"check"_s});
    if (r.code != 0)
        return -1;
    return r.json().value(u"auditEntries"_s).toInteger(-1);
}

qint64 recordCount(const QString &db)
{
    const Run r = run(db, {u"--json"_s, u"log"_s, u"list"_s, u"--limit"_s, u"10000"_s});
    if (r.code != 0)
        return -1;
    return r.json().value(u"records"_s).toArray().size();
}

// A QSqlDatabase connection for the test's own checks; closed and removed
// on destruction (after every QSqlQuery on it is gone).
class SqlConnection {
public:
    SqlConnection(const QString &path, bool readOnly)
        : m_name(u"tst-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~SqlConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql, const QVariantList &binds = {}, QString *error = nullptr) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        const bool ok = q.exec();
        if (!ok && error)
            *error = q.lastError().text();
        return ok;
    }

private:
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

QByteArray readRaw(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray utf16le(const QString &s)
{
    QByteArray out;
    for (QChar c : s) {
        out.append(char(c.unicode() & 0xff));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

QList<QByteArray> byteForms(const QString &s)
{
    QList<QByteArray> forms;
    for (const QString &v : {s.normalized(QString::NormalizationForm_C), s.normalized(QString::NormalizationForm_D),
                             tiepdan::foldForSearch(s), s.toUpper(), s.toLower()})
        for (const QByteArray &b : {v.toUtf8(), utf16le(v)})
            if (!forms.contains(b))
                forms << b;
    return forms;
}

const QStringList kDbSuffixes{u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s};

QStringList findInFiles(const QString &db, const QStringList &secrets)
{
    QStringList hits;
    for (const QString &suffix : kDbSuffixes) {
        const QByteArray bytes = readRaw(db + suffix);
        for (const QString &secret : secrets)
            for (const QByteArray &form : byteForms(secret))
                if (bytes.contains(form))
                    hits << u"%1 contains \"%2\""_s.arg(QFileInfo(db + suffix).fileName(), QString::fromUtf8(form));
    }
    return hits;
}

// Runs `strings` (binutils) in 7-bit, 8-bit and UTF-16LE modes on each of
// the database's files; returns what it printed per file.
QMap<QString, QString> stringsOf(const QString &stringsProgram, const QString &db)
{
    QMap<QString, QString> out;
    for (const QString &suffix : kDbSuffixes) {
        const QString path = db + suffix;
        if (!QFileInfo::exists(path))
            continue;
        QString all;
        for (const QString &enc : {u"s"_s, u"S"_s, u"l"_s}) {
            QProcess p;
            p.start(stringsProgram, {u"-a"_s, u"-n"_s, u"4"_s, u"-e"_s, enc, path});
            if (!p.waitForFinished(30000) || p.exitCode() != 0)
                return {{path, u"<strings failed>"_s}};
            all += QString::fromUtf8(p.readAllStandardOutput());
        }
        out.insert(path, all);
    }
    return out;
}

void checkUsageStderr(const Run &r)
{
    QVERIFY2(r.errText().startsWith(u"receptionctl: "_s), qPrintable(r.describe()));
}

} // namespace

class TestReceptionctl : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void help();
    void usageErrors_data();
    void usageErrors();

    void ticketIssueShowVerify();
    void ticketVerifyRejects_data();
    void ticketVerifyRejects();
    void queueFlow();

    void logAddAndList();
    void badInputChangesNothing_data();
    void badInputChangesNothing();

    void corruptConfig_data();
    void corruptConfig();
    void dbIsNotADatabase_data();
    void dbIsNotADatabase();
    void dbCheck();
    void dbCheckFindsTampering_data();
    void dbCheckFindsTampering();

    void killDurability();
    void sealedIdentity_data();
    void sealedIdentity();

private:
    QString m_sqlite3;
    QString m_strings;
};

void TestReceptionctl::initTestCase()
{
    QVERIFY2(QFileInfo(kBinary).isExecutable(), qPrintable(kBinary));
    QVERIFY(QFileInfo::exists(kConfig + u"/office.json"_s));
    m_sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    m_strings = QStandardPaths::findExecutable(u"strings"_s);
    qInfo() << "sqlite3:" << (m_sqlite3.isEmpty() ? u"not found"_s : m_sqlite3)
            << "strings:" << (m_strings.isEmpty() ? u"not found"_s : m_strings);
}

void TestReceptionctl::help()
{
    for (const QString &flag : {u"--help"_s, u"-h"_s}) {
        const Run r = runRaw({flag});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.code, 0);
        QVERIFY(r.outText().startsWith(u"Usage: receptionctl"_s));
        for (const QString &word : {u"ticket issue"_s, u"log unseal"_s, u"db check"_s, u"Exit codes"_s})
            QVERIFY2(r.outText().contains(word), qPrintable(word));
        QVERIFY(r.err.isEmpty());
    }
    // --help anywhere wins, and touches no database.
    QTemporaryDir dir;
    const QString db = dir.filePath(u"office.db"_s);
    const Run r = run(db, {u"ticket"_s, u"issue"_s, u"--help"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(!QFileInfo::exists(db));
}

void TestReceptionctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << u"no command given"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command 'frobnicate'"_s;
    QTest::newRow("unknown subcommand") << QStringList{u"ticket"_s, u"explode"_s}
                                        << u"ticket takes issue, show or verify"_s;
    QTest::newRow("unknown option") << QStringList{u"ticket"_s, u"issue"_s, u"--service"_s, u"complaint"_s,
                                                   u"--bogus"_s}
                                    << u"unknown option --bogus"_s;
    QTest::newRow("unknown log option") << QStringList{u"log"_s,       u"add"_s,    u"--kind"_s,
                                                       u"complaint"_s, u"--nope"_s, u"x"_s}
                                        << u"unknown option --nope"_s;
    QTest::newRow("option without value")
        << QStringList{u"ticket"_s, u"issue"_s, u"--service"_s} << u"--service needs a value"_s;
    QTest::newRow("missing --service") << QStringList{u"ticket"_s, u"issue"_s} << u"needs --service"_s;
    QTest::newRow("extra word") << QStringList{u"db"_s, u"check"_s, u"now"_s} << u"unexpected word 'now'"_s;
    QTest::newRow("unseal without reason") << QStringList{u"log"_s, u"unseal"_s, u"abc"_s} << u"needs --reason"_s;
    QTest::newRow("global option without value")
        << QStringList{u"log"_s, u"list"_s, u"--actor"_s} << u"--actor needs a value"_s;
}

void TestReceptionctl::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"office.db"_s);
    const Run r = run(db, args);
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(r.code == 2, qPrintable(r.describe()));
    checkUsageStderr(r);
    QVERIFY2(r.errText().contains(message), qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(u"--help"_s), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    // A usage error touches nothing.
    QVERIFY2(!QFileInfo::exists(db), "a usage error created the database");
}

void TestReceptionctl::ticketIssueShowVerify()
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

void TestReceptionctl::ticketVerifyRejects_data()
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

void TestReceptionctl::ticketVerifyRejects()
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

void TestReceptionctl::queueFlow()
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

void TestReceptionctl::logAddAndList()
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

void TestReceptionctl::badInputChangesNothing_data()
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

void TestReceptionctl::badInputChangesNothing()
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

void TestReceptionctl::corruptConfig_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::newRow("truncated JSON") << u"truncate"_s;
    QTest::newRow("empty file") << u"empty"_s;
    QTest::newRow("not JSON at all") << u"text"_s;
    QTest::newRow("unknown key") << u"unknown-key"_s;
    QTest::newRow("wrong type") << u"wrong-type"_s;
    QTest::newRow("file missing") << u"missing"_s;
}

void TestReceptionctl::corruptConfig()
{
    QFETCH(QString, breakage);
    QTemporaryDir dir;
    const QString config = dir.filePath(u"kiosk-config"_s);
    QVERIFY(QDir().mkpath(config));
    for (const QFileInfo &f : QDir(kConfig).entryInfoList(QDir::Files))
        QVERIFY(QFile::copy(f.absoluteFilePath(), config + u'/' + f.fileName()));
    const QString officeJson = config + u"/office.json"_s;
    QFile::setPermissions(officeJson, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = readRaw(officeJson);
    QVERIFY(!original.isEmpty());
    // The copy is valid before we break it.
    const QString db = dir.filePath(u"office.db"_s);
    QCOMPARE(run(db, {u"config"_s, u"check"_s}, config).code, 0);

    QByteArray broken;
    if (breakage == u"truncate"_s)
        broken = original.left(original.size() / 2);
    else if (breakage == u"empty"_s)
        broken = {};
    else if (breakage == u"text"_s)
        broken = "office = Bac Ninh\n";
    else if (breakage == u"unknown-key"_s)
        broken = QByteArray(original).replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"bogusKey\": true,");
    else if (breakage == u"wrong-type"_s)
        broken = QByteArray(original).replace("\"minPeople\": 5", "\"minPeople\": \"five\"");
    QVERIFY(breakage == u"missing"_s || broken != original);
    if (breakage == u"missing"_s) {
        QVERIFY(QFile::remove(officeJson));
    } else {
        QFile f(officeJson);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(broken);
    }

    for (const QStringList &args :
         {QStringList{u"config"_s, u"check"_s}, QStringList{u"ticket"_s, u"issue"_s, u"--service"_s, u"complaint"_s},
          QStringList{u"log"_s, u"list"_s}}) {
        const Run r = run(db, args, config);
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.code == 6, qPrintable(args.join(u' ') + u": "_s + r.describe()));
        checkUsageStderr(r);
        QVERIFY2(r.errText().contains(u"office.json"_s), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
    }
    // Nothing was created with a broken configuration.
    QVERIFY(!QFileInfo::exists(db));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"keys"_s)));
}

void TestReceptionctl::dbIsNotADatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "Sổ tiếp công dân - đây là một tệp văn bản, không phải cơ sở dữ liệu.\n";
    QTest::newRow("text file") << text;
    QTest::newRow("short text") << QByteArray("hello\n");
    QByteArray fakeHeader("SQLite format 3\0", 16);
    fakeHeader += QByteArray(4080, '\x5a');
    QTest::newRow("SQLite header then garbage") << fakeHeader;
}

void TestReceptionctl::dbIsNotADatabase()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"office.db"_s);
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    for (const QStringList &args :
         {QStringList{u"log"_s, u"list"_s}, QStringList{u"ticket"_s, u"issue"_s, u"--service"_s, u"complaint"_s},
          QStringList{u"db"_s, u"check"_s}, QStringList{u"db"_s, u"migrate"_s}}) {
        const Run r = run(db, args);
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.code == 7 || r.code == 8, qPrintable(args.join(u' ') + u": "_s + r.describe()));
        // The message for the operator (the storage library may log a
        // technical line of its own before it).
        const QStringList lines = r.errText().split(u'\n', Qt::SkipEmptyParts);
        const auto message = std::find_if(lines.begin(), lines.end(),
                                          [](const QString &l) { return l.startsWith(u"receptionctl: "_s); });
        QVERIFY2(message != lines.end(), qPrintable(r.describe()));
        QVERIFY2(message->contains(db) && message->contains(u"database"_s), qPrintable(r.describe()));
        QVERIFY2(!message->contains(u"QSql"_s) && !message->contains(u"sql error"_s), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        // The file is left as it was.
        QCOMPARE(readRaw(db), content);
    }
}

void TestReceptionctl::dbCheck()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"office.db"_s);
    // No database yet: not found, and none is created.
    const Run none = run(db, {u"db"_s, u"check"_s});
    QCOMPARE(none.code, 4);
    QVERIFY(!QFileInfo::exists(db));

    QCOMPARE(run(db, {u"ticket"_s, u"issue"_s, u"--service"_s, u"complaint"_s, u"--repeat"_s, u"3"_s}).code, 0);
    QCOMPARE(
        run(db, {u"log"_s, u"add"_s, u"--kind"_s, u"petition"_s, u"--name"_s, u"Lê Văn A"_s, u"--content"_s, u"x"_s})
            .code,
        0);
    const Run ok = run(db, {u"--json"_s, u"db"_s, u"check"_s});
    QVERIFY2(ok.code == 0, qPrintable(ok.describe()));
    QCOMPARE(ok.json().value(u"ok"_s).toBool(), true);
    QCOMPARE(ok.json().value(u"auditEntries"_s).toInt(), 4);
    QVERIFY(ok.json().value(u"problems"_s).toArray().isEmpty());
    const Run text = run(db, {u"db"_s, u"check"_s});
    QCOMPARE(text.code, 0);
    QVERIFY(text.outText().contains(u"audit chain of 4 entries intact"_s));
}

void TestReceptionctl::dbCheckFindsTampering_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("sql");
    QTest::newRow("detail edited (QSqlDatabase)")
        << u"qt"_s << u"UPDATE audit SET detail = '{\"label\":\"A009\"}' WHERE seq = 2"_s;
    QTest::newRow("actor edited (QSqlDatabase)")
        << u"qt"_s << u"UPDATE audit SET actor = 'someone-else' WHERE seq = 1"_s;
    QTest::newRow("middle entry deleted (QSqlDatabase)") << u"qt"_s << u"DELETE FROM audit WHERE seq = 2"_s;
    QTest::newRow("newest entry deleted (QSqlDatabase)")
        << u"qt"_s << u"DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit)"_s;
    QTest::newRow("ticket renumbered (QSqlDatabase)")
        << u"qt"_s << u"UPDATE tickets SET number = 7, label = 'A007' WHERE number = 3"_s;
    QTest::newRow("time edited (sqlite3 shell)")
        << u"sqlite3"_s << u"UPDATE audit SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 3;"_s;
    QTest::newRow("action edited (sqlite3 shell)")
        << u"sqlite3"_s << u"UPDATE audit SET action = 'ticket.cancel' WHERE seq = 1;"_s;
}

void TestReceptionctl::dbCheckFindsTampering()
{
    QFETCH(QString, tool);
    QFETCH(QString, sql);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"office.db"_s);
    QCOMPARE(run(db, {u"ticket"_s, u"issue"_s, u"--service"_s, u"complaint"_s, u"--repeat"_s, u"3"_s}).code, 0);
    QCOMPARE(
        run(db, {u"log"_s, u"add"_s, u"--kind"_s, u"petition"_s, u"--name"_s, u"Lê Văn A"_s, u"--content"_s, u"x"_s})
            .code,
        0);
    QCOMPARE(run(db, {u"db"_s, u"check"_s}).code, 0);

    if (tool == u"sqlite3"_s) {
        if (m_sqlite3.isEmpty())
            QSKIP("the sqlite3 shell is not installed");
        QProcess p;
        p.start(m_sqlite3, {db, sql});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    } else {
        SqlConnection c(db, false);
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QString error;
        QVERIFY2(c.exec(sql, {}, &error), qPrintable(error));
    }

    const Run r = run(db, {u"--json"_s, u"db"_s, u"check"_s});
    QVERIFY2(r.code == 8, qPrintable(r.describe()));
    QCOMPARE(r.json().value(u"ok"_s).toBool(), false);
    const QJsonArray problems = r.json().value(u"problems"_s).toArray();
    QVERIFY(!problems.isEmpty());
    const Run text = run(db, {u"db"_s, u"check"_s});
    QCOMPARE(text.code, 8);
    QVERIFY2(text.outText().startsWith(u"PROBLEMS FOUND"_s), qPrintable(text.describe()));
}

// ---------------------------------------------------------------------------
// (a) Durability under kill -9

namespace {
struct Printed {
    QString service;
    QString prefix;
    int number = 0;
    int ahead = 0;
    QString payload;
    QString date; // yyyy-MM-dd, from the payload
};
} // namespace

void TestReceptionctl::killDurability()
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

// ---------------------------------------------------------------------------
// (b) A denunciator's identity stays sealed

void TestReceptionctl::sealedIdentity_data()
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

void TestReceptionctl::sealedIdentity()
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
        QVERIFY2(readRaw(db + u"-wal"_s).contains(marker.toUtf8()), "the WAL does not hold the new record");
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
    QVERIFY(readRaw(db).contains(marker.toUtf8()));
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

QTEST_GUILESS_MAIN(TestReceptionctl)
#include "tst_receptionctl.moc"
