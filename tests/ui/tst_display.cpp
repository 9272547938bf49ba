// The waiting-room display: what is spoken (espeak-ng renders real WAV
// files, chime first), that a new call waits behind the one being spoken,
// and that DisplayController announces every call made by another
// connection exactly once, in order, recalls included, and shows numbers only.
#include "announcer.h"
#include "configloader.h"
#include "displaycontroller.h"
#include "officestore.h"
#include "ticketrepository.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace tiepdan;
using namespace Qt::StringLiterals;

class TestDisplay : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    OfficeConfig m_config;

private slots:
    void initTestCase()
    {
        auto cfg = loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
        QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
        m_config = cfg.config;
    }

    void spokenText_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("counter");
        QTest::addColumn<QString>("text");
        QTest::newRow("A-015") << u"A-015"_s << 2 << u"Mời số A 15 đến quầy số 2"_s;
        QTest::newRow("A015") << u"A015"_s << 2 << u"Mời số A 15 đến quầy số 2"_s;
        QTest::newRow("B-100") << u"B-100"_s << 12 << u"Mời số B 100 đến quầy số 12"_s;
        QTest::newRow("C-007") << u"c-007"_s << 1 << u"Mời số C 7 đến quầy số 1"_s;
    }
    void spokenText()
    {
        QFETCH(QString, label);
        QFETCH(int, counter);
        QFETCH(QString, text);
        QCOMPARE(Announcer::spokenText(label, counter), text);
    }

    // Two calls in a row: the second starts only after the first is done,
    // and each leaves a WAV file (chime + Vietnamese speech) that is not empty.
    void callsQueueAndProduceSound()
    {
        const QString out = m_dir.filePath(u"calls"_s);
        Announcer a(out, QString()); // render only: no speakers here
        QStringList events;
        QStringList files;
        connect(&a, &Announcer::started, this, [&](const QString &t) { events << u"start "_s + t; });
        connect(&a, &Announcer::finished, this, [&](const QString &t, const QString &wav, const QString &err) {
            events << u"end "_s + t;
            QVERIFY2(err.isEmpty(), qPrintable(err));
            files << wav;
        });
        a.announce(u"A-015"_s, 2);
        a.announce(u"B-003"_s, 1);
        QCOMPARE(a.pending(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(files.size(), 2, 30000);
        QCOMPARE(events, (QStringList{u"start Mời số A 15 đến quầy số 2"_s, u"end Mời số A 15 đến quầy số 2"_s,
                                      u"start Mời số B 3 đến quầy số 1"_s, u"end Mời số B 3 đến quầy số 1"_s}));
        QCOMPARE(a.pending(), 0);
        const QByteArray chime = Announcer::chime(22050);
        for (const QString &f : files) {
            QFile wav(f);
            QVERIFY2(wav.open(QIODevice::ReadOnly), qPrintable(f));
            const QByteArray data = wav.readAll();
            QVERIFY(data.startsWith("RIFF"));
            QCOMPARE(data.mid(8, 8), QByteArray("WAVEfmt "));
            const int rate = int(qFromLittleEndian<quint32>(data.constData() + 24));
            QCOMPARE(rate, 22050); // espeak-ng's rate; the chime is made at it
            const quint32 pcm = qFromLittleEndian<quint32>(data.constData() + 40);
            QCOMPARE(qsizetype(pcm), data.size() - 44);
            // Chime, then at least a second of speech that is not silence.
            QVERIFY2(pcm > quint32(chime.size() + rate * 2), qPrintable(QString::number(pcm)));
            QCOMPARE(data.mid(44, chime.size()), chime);
            int loud = 0;
            for (qsizetype i = 44 + chime.size(); i + 1 < data.size(); i += 2)
                loud += std::abs(qFromLittleEndian<qint16>(data.constData() + i)) > 1000;
            QVERIFY2(loud > rate / 4, qPrintable(QString::number(loud)));
        }
    }

    void missingPlayerDoesNotStopTheQueue()
    {
        Announcer a(m_dir.filePath(u"calls2"_s), u"/nonexistent/player"_s);
        QSignalSpy done(&a, &Announcer::finished);
        a.announce(u"A-001"_s, 1);
        a.announce(u"A-002"_s, 1);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 30000);
        QVERIFY(!a.busy());
    }

    void everyCallIsAnnouncedOnceInOrder()
    {
        const QString db = m_dir.filePath(u"office.db"_s);
        auto desk = OfficeStore::open(m_config, db);
        QVERIFY(desk);
        OfficeStore &s = **desk;
        for (const char *service : {"complaint", "complaint", "petition", "leader"}) {
            IssueRequest r;
            r.serviceId = QString::fromLatin1(service);
            QVERIFY(s.tickets().issue(r, u"kiosk"_s));
        }
        QVERIFY(s.tickets().callNext(1, u"canbo"_s)); // A-001, before the display starts

        auto screen = OfficeStore::open(m_config, db); // the display: its own connection
        QVERIFY(screen);
        DisplayController display(**screen, nullptr);
        QCOMPARE(display.calls()->count(), 1); // on the board, not announced again
        QCOMPARE(display.announced(), QStringList{});
        QCOMPARE(display.nextLabels(), (QStringList{u"A-002"_s, u"C-001"_s, u"D-001"_s}));

        QVERIFY(s.tickets().callNext(3, u"canbo"_s));                            // D-001 at 3
        QVERIFY(s.tickets().act(u"A001"_s, QueueAction::Recall, u"canbo"_s, 1)); // A-001 again
        QVERIFY(s.tickets().callNext(2, u"canbo"_s));                            // A-002 at 2
        QTRY_COMPARE_WITH_TIMEOUT(display.announced().size(), 3, 3000);
        QCOMPARE(display.announced(), (QStringList{u"D-001@3"_s, u"A-001@1"_s, u"A-002@2"_s}));
        QCOMPARE(display.calls()->count(), 3);
        QCOMPARE(display.calls()->data(display.calls()->index(0), CallListModel::LabelRole).toString(), u"A-002"_s);
        QCOMPARE(display.nextLabels(), QStringList{u"C-001"_s});
        // Starting a visit is not a call: nothing more is said.
        QVERIFY(s.tickets().act(u"A002"_s, QueueAction::Start, u"canbo"_s, 2));
        QTest::qWait(800);
        QCOMPARE(display.announced().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDisplay)
#include "tst_display.moc"
