// Shared by the receptionctl tests (tst_ctl_usage, tst_ctl_ticket,
// tst_ctl_log, tst_ctl_db): running the real binary (RECEPTIONCTL_PATH) as a
// separate process exactly as an operator runs it, on real database files
// in temporary folders, and a plain SQLite connection for the test's own
// checks. Header-only, cli-local.
#pragma once

#include "testfiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

namespace ctlharness {

using namespace Qt::StringLiterals;
using testfiles::readBytes;

inline const QString kBinary = QStringLiteral(RECEPTIONCTL_PATH);
inline const QString kConfig = QStringLiteral(TIEPDAN_CONFIG_DIR);

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

inline QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"TIEPDAN_CONFIG"_s);
    env.remove(u"TIEPDAN_DB"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

inline QStringList baseArgs(const QString &db, const QString &config = kConfig)
{
    return {u"--config"_s, config, u"--db"_s, db, u"--actor"_s, u"tester"_s};
}

// Runs receptionctl with --config/--db/--actor and `args`, `input` on stdin.
inline Run runWithInput(const QString &db, const QStringList &args, const QByteArray &input,
                        const QString &config = kConfig, int timeoutMs = 30000)
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
inline Run run(const QString &db, const QStringList &args, const QString &config = kConfig, int timeoutMs = 30000)
{
    return runWithInput(db, args, {}, config, timeoutMs);
}

// Runs receptionctl with raw arguments only (no --config/--db).
inline Run runRaw(const QStringList &args)
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
inline qint64 auditEntries(const QString &db)
{
    const Run r = run(db, {u"--json"_s, u"db"_s, u"check"_s});
    if (r.code != 0)
        return -1;
    return r.json().value(u"auditEntries"_s).toInteger(-1);
}

inline qint64 recordCount(const QString &db)
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

inline void checkUsageStderr(const Run &r)
{
    QVERIFY2(r.errText().startsWith(u"receptionctl: "_s), qPrintable(r.describe()));
}

// initTestCase's checks: the binary and the shipped configuration are there.
inline void checkSetUp()
{
    QVERIFY2(QFileInfo(kBinary).isExecutable(), qPrintable(kBinary));
    QVERIFY(QFileInfo::exists(kConfig + u"/office.json"_s));
}

// A helper program's path, empty (and said so) when it is not installed.
inline QString findTool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    qInfo() << name + u":"_s << (path.isEmpty() ? u"not found"_s : path);
    return path;
}

} // namespace ctlharness
