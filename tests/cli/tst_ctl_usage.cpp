// Tests of receptionctl's command line as a whole, through the real binary:
// --help, usage errors (exit code and message, nothing touched), and a
// broken configuration folder.
#include "ctlharness.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ctlharness;
using namespace Qt::StringLiterals;

class TestCtlUsage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void help();
    void usageErrors_data();
    void usageErrors();
    void corruptConfig_data();
    void corruptConfig();
};

void TestCtlUsage::initTestCase()
{
    checkSetUp();
}

void TestCtlUsage::help()
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

void TestCtlUsage::usageErrors_data()
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

void TestCtlUsage::usageErrors()
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

void TestCtlUsage::corruptConfig_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::newRow("truncated JSON") << u"truncate"_s;
    QTest::newRow("empty file") << u"empty"_s;
    QTest::newRow("not JSON at all") << u"text"_s;
    QTest::newRow("unknown key") << u"unknown-key"_s;
    QTest::newRow("wrong type") << u"wrong-type"_s;
    QTest::newRow("file missing") << u"missing"_s;
}

void TestCtlUsage::corruptConfig()
{
    QFETCH(QString, breakage);
    QTemporaryDir dir;
    const QString config = dir.filePath(u"kiosk-config"_s);
    QVERIFY(QDir().mkpath(config));
    for (const QFileInfo &f : QDir(kConfig).entryInfoList(QDir::Files))
        QVERIFY(QFile::copy(f.absoluteFilePath(), config + u'/' + f.fileName()));
    const QString officeJson = config + u"/office.json"_s;
    QFile::setPermissions(officeJson, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = readBytes(officeJson);
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

QTEST_GUILESS_MAIN(TestCtlUsage)
#include "tst_ctl_usage.moc"
