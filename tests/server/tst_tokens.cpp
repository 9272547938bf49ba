// The server's token file (TokenTable): what it accepts, what it refuses
// (the whole file, naming the line), and who a token belongs to.
#include "tokens.h"

#include <QTest>

using namespace tiepdan;
using namespace Qt::StringLiterals;

class TestTokens : public QObject {
    Q_OBJECT

private slots:
    void parsesClients()
    {
        auto t = TokenTable::parse("# comment\n\n  BN-KV1 kiosk kiosk-token-0000000001  \n"
                                   "* leader leader-token-000000001\r\nBN-KV2\tleader leader-token-000000002\n");
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        QCOMPARE(t->size(), 3);
        auto k = t->find("kiosk-token-0000000001");
        QVERIFY(k);
        QCOMPARE(k->office, u"BN-KV1"_s);
        QCOMPARE(k->role, ClientRole::Kiosk);
        QVERIFY(k->covers(u"BN-KV1"_s));
        QVERIFY(!k->covers(u"BN-KV2"_s));
        auto all = t->find("leader-token-000000001");
        QVERIFY(all && all->role == ClientRole::Leader && all->covers(u"ANY-OFFICE"_s));
        QVERIFY(t->find("leader-token-000000002")->covers(u"BN-KV2"_s));
        QVERIFY(!t->find("kiosk-token-000000000"));   // one character off
        QVERIFY(!t->find("kiosk-token-0000000001 ")); // trailing space is another token
        QVERIFY(!t->find(""));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("two fields") << QByteArray("BN-KV1 kiosk\n") << u"line 1: expected"_s;
        QTest::newRow("four fields") << QByteArray("BN-KV1 kiosk a-token-of-16-chars extra\n") << u"line 1: expected"_s;
        QTest::newRow("role") << QByteArray("# x\nBN-KV1 admin token-000000000001\n") << u"line 2: role"_s;
        QTest::newRow("office lower") << QByteArray("bn-kv1 kiosk token-000000000001\n") << u"office"_s;
        QTest::newRow("office dash") << QByteArray("-BN kiosk token-000000000001\n") << u"office"_s;
        QTest::newRow("star kiosk") << QByteArray("* kiosk token-000000000001\n") << u"'*' only for a leader"_s;
        QTest::newRow("short token") << QByteArray("BN-KV1 kiosk short\n") << u"shorter than 16"_s;
        QTest::newRow("same token twice")
            << QByteArray("BN-KV1 kiosk token-000000000001\nBN-KV2 kiosk token-000000000001\n")
            << u"line 2: token already listed"_s;
    }
    void refusesBadFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        auto t = TokenTable::parse(text);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, ErrorCode::Config);
        QVERIFY2(t.error().message.contains(message), qPrintable(t.error().message));
    }

    void missingFile()
    {
        auto t = TokenTable::load(u"/nonexistent/tokens.txt"_s);
        QVERIFY(!t.ok());
        QVERIFY(t.error().message.contains(u"/nonexistent/tokens.txt"_s));
    }
};

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
