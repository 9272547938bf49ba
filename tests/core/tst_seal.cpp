// Sealed values (seal.h): XChaCha20-Poly1305 under the seal key, bound to
// their associated data.
#include "cryptofixture.h"
#include "seal.h"

#include <QMessageAuthenticationCode>
#include <QSet>
#include <QTest>

#include <stdexcept>

using namespace tiepdan;
using namespace cryptofixture;

class TestSeal : public QObject {
    Q_OBJECT

private slots:
    void sealerNeedsA32ByteKey_data();
    void sealerNeedsA32ByteKey();
    void sealRoundTrip_data();
    void sealRoundTrip();
    void sealIsRandomised();
    void openRejects_data();
    void openRejects();
    void openRejectsAnyFlippedByte();
    void openRejectsAnyTruncation();
    void keyIdOf_data();
    void keyIdOf();
};

// --- sealing ------------------------------------------------------------

void TestSeal::sealerNeedsA32ByteKey_data()
{
    QTest::addColumn<int>("size");
    for (int n : {0, 1, 16, 31, 33, 64})
        QTest::addRow("%d bytes", n) << n;
}

void TestSeal::sealerNeedsA32ByteKey()
{
    QFETCH(int, size);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Sealer s(pattern(size)));
}

void TestSeal::sealRoundTrip_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("ad");

    QTest::newRow("ascii") << QByteArray("Nguyen Van A, 12 Ly Thai To") << QByteArray("visit:42");
    QTest::newRow("vietnamese name and address")
        << u8("Nguyễn Thị Hồng Nhung; số 8 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh").toUtf8()
        << QByteArray("01HV7Q3W9Z");
    QTest::newRow("vietnamese NFD") << u8("Trần Văn Đức").normalized(QString::NormalizationForm_D).toUtf8()
                                    << QByteArray("rec-7");
    QTest::newRow("ID number") << QByteArray("001203004567") << QByteArray("rec-8");
    QTest::newRow("empty plaintext") << QByteArray() << QByteArray("rec-9");
    QTest::newRow("empty associated data") << QByteArray("secret") << QByteArray();
    QTest::newRow("both empty") << QByteArray() << QByteArray();
    QTest::newRow("binary with NULs") << QByteArray("\0\x01\xff\0abc", 7) << QByteArray("\0", 1);
    QTest::newRow("one byte") << QByteArray("x") << QByteArray("r");
    QTest::newRow("64 KiB") << pattern(65536, 5) << QByteArray("big");
}

void TestSeal::sealRoundTrip()
{
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, ad);

    const QByteArray key = fixedKey(7);
    const Sealer sealer(key);
    const QByteArray sealed = sealer.seal(plain, ad);

    // "TDS1" | key id (8) | nonce (24) | ciphertext + tag (n + 16)
    QCOMPARE(sealed.size(), 4 + 8 + 24 + plain.size() + 16);
    QVERIFY(sealed.startsWith("TDS1"));
    QCOMPARE(sealed.mid(4, 8), sealer.keyId());
    QCOMPARE(Sealer::keyIdOf(sealed), sealer.keyId());

    // Plaintext is not visible in the sealed bytes (too-short values could
    // appear by chance, so only from 6 bytes on).
    if (plain.size() >= 6) {
        QVERIFY(!sealed.contains(plain));
        QVERIFY(!sealed.contains(plain.left(6)));
        QVERIFY(!sealed.contains(plain.right(6)));
    }

    const auto opened = sealer.open(sealed, ad);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(opened.value(), plain);

    // Another Sealer with the same key (e.g. after a restart) opens it too.
    const Sealer again(key);
    const auto opened2 = again.open(sealed, ad);
    QVERIFY(opened2.ok());
    QCOMPARE(opened2.value(), plain);
    if (!plain.isEmpty())
        QCOMPARE(QString::fromUtf8(opened2.value()), QString::fromUtf8(plain));
}

void TestSeal::sealIsRandomised()
{
    const Sealer sealer(fixedKey(7));
    const QByteArray plain = u8("Lê Thị Bích Ngọc").toUtf8();
    QSet<QByteArray> seen, nonces;
    for (int i = 0; i < 20; ++i) {
        const QByteArray s = sealer.seal(plain, "rec-1");
        seen.insert(s);
        nonces.insert(s.mid(12, 24));
        QCOMPARE(sealer.open(s, "rec-1").value(), plain);
    }
    QCOMPARE(seen.size(), 20);
    QCOMPARE(nonces.size(), 20);
    // Same text, same record: the ciphertexts still differ past the header.
    const QByteArray a = sealer.seal(plain, "rec-1"), b = sealer.seal(plain, "rec-1");
    QCOMPARE(a.left(12), b.left(12));
    QVERIFY(a.mid(36) != b.mid(36));
}

void TestSeal::openRejects_data()
{
    QTest::addColumn<QByteArray>("sealed");
    QTest::addColumn<QByteArray>("ad");

    const Sealer sealer(fixedKey(7));
    const QByteArray plain = u8("Phạm Minh Tuấn").toUtf8();
    const QByteArray good = sealer.seal(plain, "rec-1");

    QTest::newRow("other record") << good << QByteArray("rec-2");
    QTest::newRow("empty associated data") << good << QByteArray();
    QTest::newRow("associated data with trailing space") << good << QByteArray("rec-1 ");
    QTest::newRow("associated data prefix") << good << QByteArray("rec-");
    QTest::newRow("associated data upper case") << good << QByteArray("REC-1");
    QTest::newRow("empty value") << QByteArray() << QByteArray("rec-1");
    QTest::newRow("magic only") << QByteArray("TDS1") << QByteArray("rec-1");
    QTest::newRow("header only") << good.left(36) << QByteArray("rec-1");
    QTest::newRow("header and 15 bytes") << good.left(51) << QByteArray("rec-1");
    QTest::newRow("one byte missing") << good.chopped(1) << QByteArray("rec-1");
    QTest::newRow("one byte appended") << good + 'x' << QByteArray("rec-1");
    QTest::newRow("wrong magic TDS2") << QByteArray("TDS2") + good.mid(4) << QByteArray("rec-1");
    QTest::newRow("plaintext") << plain << QByteArray("rec-1");
    QTest::newRow("base64 of the value") << good.toBase64() << QByteArray("rec-1");

    const Sealer other(fixedKey(8));
    const QByteArray foreign = other.seal(plain, "rec-1");
    QTest::newRow("sealed with another key") << foreign << QByteArray("rec-1");
    // Another key's value relabelled with this key's id: still does not open.
    QTest::newRow("another key, key id rewritten")
        << QByteArray("TDS1") + sealer.keyId() + foreign.mid(12) << QByteArray("rec-1");
    // Header of one value, body of another (nonce swap).
    const QByteArray second = sealer.seal(plain, "rec-1");
    QTest::newRow("nonce of another value") << good.left(12) + second.mid(12, 24) + good.mid(36) << QByteArray("rec-1");
}

void TestSeal::openRejects()
{
    QFETCH(QByteArray, sealed);
    QFETCH(QByteArray, ad);

    const Sealer sealer(fixedKey(7));
    const auto r = sealer.open(sealed, ad);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Crypto);
    QVERIFY(!r.error().message.isEmpty());
    // The message never carries the sealed content.
    QVERIFY(!r.error().message.contains(u8("Phạm")));
}

void TestSeal::openRejectsAnyFlippedByte()
{
    const Sealer sealer(fixedKey(7));
    const QByteArray plain = u8("Đỗ Quang Vinh, 001203004567").toUtf8();
    const QByteArray good = sealer.seal(plain, "rec-1");
    QVERIFY(sealer.open(good, "rec-1").ok());
    for (qsizetype i = 0; i < good.size(); ++i)
        for (char mask : {'\x01', '\x80', '\xff'}) {
            QByteArray bad = good;
            bad[i] = char(bad[i] ^ mask);
            const auto r = sealer.open(bad, "rec-1");
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("opened with byte %1 ^ %2").arg(i).arg(int(quint8(mask)))));
            QCOMPARE(r.error().code, ErrorCode::Crypto);
        }
}

void TestSeal::openRejectsAnyTruncation()
{
    const Sealer sealer(fixedKey(7));
    const QByteArray good = sealer.seal("Vũ Thị Mai", "rec-1");
    for (qsizetype n = 0; n < good.size(); ++n) {
        const auto head = sealer.open(good.left(n), "rec-1");
        QVERIFY2(!head.ok(), qPrintable(QStringLiteral("opened the first %1 bytes").arg(n)));
        QCOMPARE(head.error().code, ErrorCode::Crypto);
    }
    // An empty plaintext's value is exactly header + tag; one byte less fails.
    const QByteArray empty = sealer.seal(QByteArray(), "rec-1");
    QCOMPARE(empty.size(), 52);
    QVERIFY(sealer.open(empty, "rec-1").ok());
    QVERIFY(!sealer.open(empty.chopped(1), "rec-1").ok());
}

void TestSeal::keyIdOf_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray key = fixedKey(7);
    // Header comment of seal.h: first 8 bytes of HMAC-SHA256(key, "tiepdan-seal-key-id").
    const QByteArray id =
        QMessageAuthenticationCode::hash("tiepdan-seal-key-id", key, QCryptographicHash::Sha256).left(8);
    const Sealer sealer(key);
    QTest::newRow("sealed value") << sealer.seal("x", "r") << id;
    QTest::newRow("empty plaintext") << sealer.seal({}, {}) << id;
    QTest::newRow("just magic and id") << QByteArray("TDS1") + id << id;
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("magic only") << QByteArray("TDS1") << QByteArray();
    QTest::newRow("id cut short") << QByteArray("TDS1") + id.left(7) << QByteArray();
    QTest::newRow("wrong magic") << QByteArray("XDS1") + sealer.seal("x", "r").mid(4) << QByteArray();
    QTest::newRow("lower-case magic") << QByteArray("tds1") + sealer.seal("x", "r").mid(4) << QByteArray();
}

void TestSeal::keyIdOf()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(Sealer::keyIdOf(value), expected);

    // The id tells keys apart and does not reveal the key.
    const Sealer a(fixedKey(7)), b(fixedKey(8));
    QCOMPARE(a.keyId().size(), 8);
    QVERIFY(a.keyId() != b.keyId());
    QVERIFY(!fixedKey(7).contains(a.keyId()));
    QCOMPARE(Sealer(fixedKey(7)).keyId(), a.keyId());
}

QTEST_GUILESS_MAIN(TestSeal)
#include "tst_seal.moc"
