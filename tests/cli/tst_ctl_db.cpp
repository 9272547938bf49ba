// Tests of receptionctl's db commands, through the real binary: a file that
// is not an office database is refused untouched, `db check` passes on a
// sound database and finds every kind of tampering.
#include "ctlharness.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ctlharness;
using namespace Qt::StringLiterals;

class TestCtlDb : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void dbIsNotADatabase_data();
    void dbIsNotADatabase();
    void dbCheck();
    void dbCheckFindsTampering_data();
    void dbCheckFindsTampering();

private:
    QString m_sqlite3;
};

void TestCtlDb::initTestCase()
{
    checkSetUp();
    m_sqlite3 = findTool(u"sqlite3"_s);
}

void TestCtlDb::dbIsNotADatabase_data()
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

void TestCtlDb::dbIsNotADatabase()
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
        QCOMPARE(readBytes(db), content);
    }
}

void TestCtlDb::dbCheck()
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

void TestCtlDb::dbCheckFindsTampering_data()
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

void TestCtlDb::dbCheckFindsTampering()
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

QTEST_GUILESS_MAIN(TestCtlDb)
#include "tst_ctl_db.moc"
