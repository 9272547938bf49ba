// One office database, several processes at once: two kiosks issuing
// tickets and four desks calling them (real receptionctl processes, each
// its own SQLite connection), while a DisplayController in this process
// watches. Afterwards: no number issued twice or skipped, no ticket called
// twice, every call seen by the display in order, and `db check` intact.
#include "configloader.h"
#include "displaycontroller.h"
#include "officestore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tiepdan;
using namespace Qt::StringLiterals;

namespace {
const QString kCtl = QStringLiteral(RECEPTIONCTL_PATH);
const QString kConfig = QStringLiteral(TIEPDAN_CONFIG_DIR);
constexpr int kPerKiosk = 30;
constexpr int kCallsPerDesk = 20;

// A shell loop of receptionctl commands; prints one line per command: ok / fail <code>.
QProcess *loop(QObject *parent, const QString &db, int times, const QStringList &command)
{
    QStringList quoted;
    for (const QString &a : QStringList{kCtl, u"--config"_s, kConfig, u"--db"_s, db} + command)
        quoted << u"'%1'"_s.arg(a);
    auto *p = new QProcess(parent);
    p->setProcessChannelMode(QProcess::SeparateChannels);
    p->start(u"bash"_s, {u"-c"_s,
                         u"for i in $(seq %1); do %2 >/dev/null 2>>\"$0.err\"; r=$?; "
                         "if [ $r = 0 ]; then echo ok; else echo fail $r; fi; done"_s.arg(times)
                             .arg(quoted.join(u' ')),
                         db});
    return p;
}
} // namespace

class TestOfficeConcurrency : public QObject {
    Q_OBJECT

private slots:
    void kioskAndDesksAtOnce()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"office.db"_s);
        auto cfg = loadConfig(kConfig);
        QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
        auto store = OfficeStore::open(cfg.config, db); // creates the office (keys) before the crowd
        QVERIFY(store);
        auto screen = OfficeStore::open(cfg.config, db);
        QVERIFY(screen);
        DisplayController display(**screen, nullptr);

        QList<QProcess *> procs;
        procs << loop(this, db, kPerKiosk,
                      {u"--actor"_s, u"kiosk1"_s, u"ticket"_s, u"issue"_s, u"--service"_s, u"complaint"_s});
        procs << loop(this, db, kPerKiosk,
                      {u"--actor"_s, u"kiosk2"_s, u"ticket"_s, u"issue"_s, u"--service"_s, u"petition"_s});
        for (int desk = 0; desk < 4; ++desk)
            procs << loop(this, db, kCallsPerDesk,
                          {u"--actor"_s, u"desk%1"_s.arg(desk), u"queue"_s, u"call-next"_s, u"--counter"_s,
                           QString::number(1 + desk % 2)});
        int issued = 0, called = 0, otherFailures = 0;
        for (int i = 0; i < procs.size(); ++i) {
            QProcess *p = procs[i];
            // The display keeps polling meanwhile (QTest's event loop).
            QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 240000);
            QCOMPARE(p->exitCode(), 0);
            for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
                if (line == "ok")
                    ++(i < 2 ? issued : called);
                else if (line.startsWith("fail") && !(i >= 2 && line == "fail 4")) // 4: nobody waiting
                    ++otherFailures;
            }
        }
        QFile err(db + u".err"_s);
        const QString errors = err.open(QIODevice::ReadOnly) ? QString::fromUtf8(err.readAll()) : QString();
        QVERIFY2(otherFailures == 0, qPrintable(errors.left(2000)));
        QCOMPARE(issued, 2 * kPerKiosk);
        QVERIFY(called > 0);

        Database &d = (*store)->db();
        // Numbers 1..30 per prefix, each once.
        for (const QString &prefix : {u"A"_s, u"C"_s}) {
            auto q = d.exec(u"SELECT COUNT(*), COUNT(DISTINCT number), MIN(number), MAX(number) FROM tickets "
                            "WHERE prefix = ?"_s,
                            {prefix});
            QVERIFY(q && q->next());
            QCOMPARE(q->value(0).toInt(), kPerKiosk);
            QCOMPARE(q->value(1).toInt(), kPerKiosk);
            QCOMPARE(q->value(2).toInt(), 1);
            QCOMPARE(q->value(3).toInt(), kPerKiosk);
        }
        // Each successful call-next called a different ticket, once.
        QCOMPARE(d.scalar(u"SELECT COUNT(*) FROM tickets WHERE state = 'called'"_s)->toInt(), called);
        QCOMPARE(d.scalar(u"SELECT COUNT(*) FROM audit WHERE action = 'ticket.call'"_s)->toInt(), called);
        QCOMPARE(d.scalar(u"SELECT COUNT(DISTINCT entity_id) FROM audit WHERE action = 'ticket.call'"_s)->toInt(),
                 called);

        // The display saw every call, in the order they were made.
        QStringList calls;
        auto q = d.exec(u"SELECT detail FROM audit WHERE action = 'ticket.call' ORDER BY seq"_s);
        QVERIFY(q);
        while (q->next()) {
            const QJsonObject o = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
            const QString label = o.value(u"label"_s).toString();
            calls << u"%1-%2@%3"_s.arg(label.left(1), label.mid(1)).arg(o.value(u"counter"_s).toInt());
        }
        QTRY_COMPARE_WITH_TIMEOUT(display.announced().size(), calls.size(), 5000);
        QCOMPARE(display.announced(), calls);

        QProcess check;
        check.start(kCtl, {u"--config"_s, kConfig, u"--db"_s, db, u"db"_s, u"check"_s});
        QVERIFY(check.waitForFinished(60000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());
        qInfo("%d tickets issued by 2 kiosk processes, %d calls by 4 desk processes, all %lld seen by the display",
              issued, called, qlonglong(display.announced().size()));
    }
};

QTEST_GUILESS_MAIN(TestOfficeConcurrency)
#include "tst_office_concurrency.moc"
