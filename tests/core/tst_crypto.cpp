// Key files and base32 (keys.h), sealed values (seal.h), signed ticket
// payloads (ticketcode.h) and QR matrices (qrcode.h).
#include "keys.h"
#include "qrcode.h"
#include "seal.h"
#include "ticketcode.h"

#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <stdexcept>
#include <sys/stat.h>

using namespace tiepdan;

Q_DECLARE_METATYPE(tiepdan::TicketPayload)

namespace {

const QString kAlphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");

// Fixed keys: the tests must not depend on randomness to pass.
QByteArray fixedKey(char seed)
{
    QByteArray k(KeySize, Qt::Uninitialized);
    for (int i = 0; i < KeySize; ++i)
        k[i] = char(seed * 31 + i * 7);
    return k;
}

// Deterministic bytes covering all values.
QByteArray pattern(int n, int salt = 0)
{
    QByteArray b(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        b[i] = char((i * 73 + salt * 151 + 11) & 0xff);
    return b;
}

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

bool writeFile(const QString &path, const QByteArray &data, int mode)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    f.close();
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

QByteArray readRaw(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int fileMode(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString describe(const TicketPayload &p)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(QChar(p.kind == TicketPayload::Kind::Ticket ? u'T' : u'A'))
        .arg(p.officeCode, p.date.toString(Qt::ISODate), p.label, p.randomId);
}

TicketPayload payload(TicketPayload::Kind kind, const char *office, QDate date, const char *label, const char *rid = "")
{
    TicketPayload p;
    p.kind = kind;
    p.officeCode = QString::fromLatin1(office);
    p.date = date;
    p.label = QString::fromLatin1(label);
    p.randomId = QString::fromLatin1(rid);
    return p;
}

// A signed ticket for BN-KV1, label A015, on 2026-03-02, random id ABCDEFGH.
QString validCode(const QByteArray &key = fixedKey(1))
{
    const auto r =
        TicketSigner(key).sign(payload(TicketPayload::Kind::Ticket, "BN-KV1", QDate(2026, 3, 2), "A015", "ABCDEFGH"));
    Q_ASSERT(r.ok());
    return r.value();
}

// Replaces the n-th dot-separated field.
QString withField(const QString &code, int n, const QString &value)
{
    QStringList parts = code.split(u'.');
    parts[n] = value;
    return parts.join(u'.');
}

// Finder pattern: 7x7, dark ring, light ring, dark 3x3 core.
bool finderAt(const QrMatrix &qr, int x0, int y0)
{
    for (int y = 0; y < 7; ++y)
        for (int x = 0; x < 7; ++x) {
            const int ring = qMax(qAbs(x - 3), qAbs(y - 3));
            const bool expectDark = ring != 2;
            if (qr.dark(x0 + x, y0 + y) != expectDark)
                return false;
        }
    return true;
}

} // namespace

class TestCrypto : public QObject {
    Q_OBJECT

private slots:
    // base32
    void base32RoundTrip_data();
    void base32RoundTrip();
    void base32Vectors_data();
    void base32Vectors();
    void base32Rejects_data();
    void base32Rejects();

    // key files
    void createKeyFile_data();
    void createKeyFile();
    void createKeyFileRefusesOverwrite();
    void createKeyFileInMissingFolder();
    void readKeyFile_data();
    void readKeyFile();

    // sealing
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

    // ticket codes
    void signVerifyRoundTrip_data();
    void signVerifyRoundTrip();
    void signIsDeterministicForAGivenRandomId();
    void signatureIsTruncatedHmacOfSubKey();
    void verifyRejectsMalformed_data();
    void verifyRejectsMalformed();
    void verifyDetectsForgery_data();
    void verifyDetectsForgery();
    void verifyAcceptsScannerNoise_data();
    void verifyAcceptsScannerNoise();
    void signRejects_data();
    void signRejects();

    // QR
    void encodeQr_data();
    void encodeQr();
    void encodeQrTooLong();
    void qrToSvg();
    void qrToText();
};

// --- base32 -------------------------------------------------------------

void TestCrypto::base32RoundTrip_data()
{
    QTest::addColumn<QByteArray>("data");
    for (int n = 0; n <= 40; ++n)
        QTest::addRow("pattern %d bytes", n) << pattern(n);
    for (int n : {1, 5, 8, 32, 40}) {
        QTest::addRow("zeros %d bytes", n) << QByteArray(n, '\0');
        QTest::addRow("0xff %d bytes", n) << QByteArray(n, '\xff');
    }
    QTest::newRow("random 33 bytes") << randomBytes(33);
}

void TestCrypto::base32RoundTrip()
{
    QFETCH(QByteArray, data);

    const QString text = base32Encode(data);
    QCOMPARE(text.size(), (data.size() * 8 + 4) / 5); // no padding
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-7]*$")).match(text).hasMatch(), qPrintable(text));
    bool ok = false;
    const QByteArray back = base32Decode(text, &ok);
    QVERIFY(ok);
    QCOMPARE(back, data);
}

void TestCrypto::base32Vectors_data()
{
    // RFC 4648, section 10, padding removed.
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArray("f") << u8("MY");
    QTest::newRow("fo") << QByteArray("fo") << u8("MZXQ");
    QTest::newRow("foo") << QByteArray("foo") << u8("MZXW6");
    QTest::newRow("foob") << QByteArray("foob") << u8("MZXW6YQ");
    QTest::newRow("fooba") << QByteArray("fooba") << u8("MZXW6YTB");
    QTest::newRow("foobar") << QByteArray("foobar") << u8("MZXW6YTBOI");
    QTest::newRow("all ones 5") << QByteArray(5, '\xff') << u8("77777777");
    QTest::newRow("zero 5") << QByteArray(5, '\0') << u8("AAAAAAAA");
}

void TestCrypto::base32Vectors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, text);
    QCOMPARE(base32Encode(data), text);
    bool ok = false;
    QCOMPARE(base32Decode(text, &ok), data);
    QVERIFY(ok);
}

void TestCrypto::base32Rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("lower case") << u8("mzxw6ytb");
    QTest::newRow("one lower-case letter") << u8("MZXW6yTB");
    QTest::newRow("padding =") << u8("MY======");
    QTest::newRow("digit 0") << u8("MZXW0YTB");
    QTest::newRow("digit 1") << u8("MZXW1YTB");
    QTest::newRow("digit 8") << u8("MZXW8YTB");
    QTest::newRow("digit 9") << u8("M9");
    QTest::newRow("space inside") << u8("MZXW 6YTB");
    QTest::newRow("trailing space") << u8("MZXW6YTB ");
    QTest::newRow("dash") << u8("MZXW-6YTB");
    QTest::newRow("dot") << u8("MZ.Q");
    QTest::newRow("non-ASCII") << u8("MZXĐ");
    QTest::newRow("full-width A") << u8("ＡＡ");
    QTest::newRow("NUL") << QString(QChar(0)) + u8("A");
    QTest::newRow("newline") << u8("MY\n");
    // Lengths that leave 5 or more bits over are not an encoding of anything.
    QTest::newRow("1 char") << u8("M");
    QTest::newRow("3 chars") << u8("MZX");
    QTest::newRow("6 chars") << u8("MZXW6Y");
    QTest::newRow("9 chars") << u8("MZXW6YTBO");
    // Non-canonical: leftover bits must be zero.
    QTest::newRow("MZ for f") << u8("MZ");         // 01100 11001: 2 leftover bits = 01
    QTest::newRow("MZXR for fo") << u8("MZXR");    // 4 leftover bits = 0001
    QTest::newRow("MZXW7 for foo") << u8("MZXW7"); // 1 leftover bit = 1
    QTest::newRow("MZXW6YR for foob") << u8("MZXW6YR");
    QTest::newRow("AB") << u8("AB");
    QTest::newRow("77") << u8("77");
}

void TestCrypto::base32Rejects()
{
    QFETCH(QString, text);
    bool ok = true;
    const QByteArray out = base32Decode(text, &ok);
    QVERIFY(!ok);
    QVERIFY(out.isEmpty());
}

// --- key files ----------------------------------------------------------

void TestCrypto::createKeyFile_data()
{
    QTest::addColumn<int>("umaskValue");
    QTest::newRow("umask 000") << 0;
    QTest::newRow("umask 022") << 022;
    QTest::newRow("umask 077") << 077;
    QTest::newRow("umask 002") << 002;
}

void TestCrypto::createKeyFile()
{
    QFETCH(int, umaskValue);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("office.key"));
    const mode_t old = ::umask(mode_t(umaskValue));
    const Status s = tiepdan::createKeyFile(path);
    ::umask(old);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));

    QCOMPARE(QFileInfo(path).size(), qint64(KeySize));
    QCOMPARE(fileMode(path), 0600);
    // Nothing else is left behind (no temporary file).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("office.key")});

    const auto key = tiepdan::readKeyFile(path);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
    QCOMPARE(key.value(), readRaw(path));
    QCOMPARE(key.value().size(), KeySize);
    QVERIFY(key.value() != QByteArray(KeySize, '\0'));

    // A second key is a different key.
    const QString path2 = dir.filePath(QStringLiteral("seal.key"));
    QVERIFY(tiepdan::createKeyFile(path2).ok());
    QVERIFY(readRaw(path2) != readRaw(path));
    QCOMPARE(fileMode(path2), 0600);
}

void TestCrypto::createKeyFileRefusesOverwrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("seal.key"));
    QVERIFY(tiepdan::createKeyFile(path).ok());
    const QByteArray before = readRaw(path);

    const Status again = tiepdan::createKeyFile(path);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY2(again.error().message.contains(path), qPrintable(again.error().message));
    QVERIFY2(again.error().message.contains(QLatin1String("already exists")), qPrintable(again.error().message));
    QCOMPARE(readRaw(path), before);
    QCOMPARE(fileMode(path), 0600);

    // Nor any other file that happens to be there.
    const QString other = dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(other, "do not touch", 0644));
    QVERIFY(!tiepdan::createKeyFile(other).ok());
    QCOMPARE(readRaw(other), QByteArray("do not touch"));
    QCOMPARE(fileMode(other), 0644);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestCrypto::createKeyFileInMissingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no/such/folder/office.key"));
    const Status s = tiepdan::createKeyFile(path);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Crypto);
    QVERIFY2(s.error().message.contains(path), qPrintable(s.error().message));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCrypto::readKeyFile_data()
{
    QTest::addColumn<int>("size"); // -1: no file
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("emptyPath");
    QTest::addColumn<QString>("message"); // empty: must succeed

    QTest::newRow("32 bytes, 0600") << 32 << 0600 << false << QString();
    QTest::newRow("32 bytes, 0400") << 32 << 0400 << false << QString();
    QTest::newRow("missing") << -1 << 0600 << false << u8("does not exist");
    QTest::newRow("no path configured") << -1 << 0600 << true << u8("no key file is configured");
    QTest::newRow("31 bytes") << 31 << 0600 << false << u8("must hold exactly 32 bytes, it holds 31");
    QTest::newRow("33 bytes") << 33 << 0600 << false << u8("must hold exactly 32 bytes, it holds 33");
    QTest::newRow("empty file") << 0 << 0600 << false << u8("it holds 0");
    QTest::newRow("64 bytes") << 64 << 0600 << false << u8("it holds 64");
    QTest::newRow("hex text of a key") << 65 << 0600 << false << u8("it holds 65");
    QTest::newRow("chmod 644") << 32 << 0644 << false << u8("is readable by other users");
    QTest::newRow("chmod 640") << 32 << 0640 << false << u8("is readable by other users");
    QTest::newRow("chmod 604") << 32 << 0604 << false << u8("is readable by other users");
    QTest::newRow("chmod 660") << 32 << 0660 << false << u8("is readable by other users");
    QTest::newRow("chmod 620 (group may write)") << 32 << 0620 << false << u8("chmod 600");
    QTest::newRow("chmod 602 (others may write)") << 32 << 0602 << false << u8("chmod 600");
    QTest::newRow("chmod 666") << 32 << 0666 << false << u8("chmod 600");
    QTest::newRow("31 bytes, chmod 644") << 31 << 0644 << false << u8("readable by other users");
}

void TestCrypto::readKeyFile()
{
    QFETCH(int, size);
    QFETCH(int, mode);
    QFETCH(bool, emptyPath);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = emptyPath ? QString() : dir.filePath(QStringLiteral("office.key"));
    const QByteArray content = pattern(qMax(size, 0), 3);
    if (size >= 0)
        QVERIFY(writeFile(path, content, mode));

    const auto r = tiepdan::readKeyFile(path);
    if (message.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value(), content);
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Crypto);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    if (!emptyPath)
        QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
    // The error never shows key material.
    if (size > 0)
        QVERIFY(!r.error().message.contains(QString::fromLatin1(content.toHex())));
}

// --- sealing ------------------------------------------------------------

void TestCrypto::sealerNeedsA32ByteKey_data()
{
    QTest::addColumn<int>("size");
    for (int n : {0, 1, 16, 31, 33, 64})
        QTest::addRow("%d bytes", n) << n;
}

void TestCrypto::sealerNeedsA32ByteKey()
{
    QFETCH(int, size);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Sealer s(pattern(size)));
}

void TestCrypto::sealRoundTrip_data()
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

void TestCrypto::sealRoundTrip()
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

void TestCrypto::sealIsRandomised()
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

void TestCrypto::openRejects_data()
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

void TestCrypto::openRejects()
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

void TestCrypto::openRejectsAnyFlippedByte()
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

void TestCrypto::openRejectsAnyTruncation()
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

void TestCrypto::keyIdOf_data()
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

void TestCrypto::keyIdOf()
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

// --- ticket codes -------------------------------------------------------

void TestCrypto::signVerifyRoundTrip_data()
{
    QTest::addColumn<TicketPayload>("input");

    using K = TicketPayload::Kind;
    QTest::newRow("ticket") << payload(K::Ticket, "BN-KV1", QDate(2026, 3, 2), "A015");
    QTest::newRow("ticket, given random id") << payload(K::Ticket, "BN-KV1", QDate(2026, 3, 2), "A015", "ABCDEFGH");
    QTest::newRow("appointment") << payload(K::Appointment, "BN-KV1", QDate(2026, 4, 15), "H7K2M9Q4");
    QTest::newRow("two-letter prefix") << payload(K::Ticket, "HN-KV12", QDate(2026, 12, 31), "AB999");
    QTest::newRow("shortest fields") << payload(K::Ticket, "HN", QDate(2026, 1, 1), "A1");
    QTest::newRow("longest fields") << payload(K::Appointment, "ABCDEFGHIJKLMNO-", QDate(2099, 12, 31),
                                               "ABCDEFGH12345678");
    QTest::newRow("digit-first office") << payload(K::Ticket, "79-KV3", QDate(2000, 2, 29), "E001");
    QTest::newRow("random id all A") << payload(K::Ticket, "BN-KV1", QDate(2026, 3, 2), "C100", "AAAAAAAA");
    QTest::newRow("random id all 7") << payload(K::Ticket, "BN-KV1", QDate(2026, 3, 2), "C100", "77777777");
}

void TestCrypto::signVerifyRoundTrip()
{
    QFETCH(TicketPayload, input);

    const TicketSigner signer(fixedKey(1));
    const auto signedCode = signer.sign(input);
    QVERIFY2(signedCode.ok(), qPrintable(signedCode.ok() ? QString() : signedCode.error().message));
    const QString code = signedCode.value();

    // TD1.<kind>.<office>.<yyyymmdd>.<label>.<rid>.<sig>, QR alphanumeric only.
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z0-9.-]+$")).match(code).hasMatch(), qPrintable(code));
    QVERIFY(code.size() <= 128);
    const QStringList parts = code.split(u'.');
    QCOMPARE(parts.size(), 7);
    QCOMPARE(parts[0], u8("TD1"));
    QCOMPARE(parts[1], input.kind == TicketPayload::Kind::Ticket ? u8("T") : u8("A"));
    QCOMPARE(parts[2], input.officeCode);
    QCOMPARE(parts[3], input.date.toString(QStringLiteral("yyyyMMdd")));
    QCOMPARE(parts[4], input.label);
    if (!input.randomId.isEmpty())
        QCOMPARE(parts[5], input.randomId);
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-7]{8}$")).match(parts[5]).hasMatch(), qPrintable(parts[5]));
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-7]{26}$")).match(parts[6]).hasMatch(), qPrintable(parts[6]));

    const auto verified = signer.verify(code);
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
    TicketPayload expected = input;
    expected.randomId = parts[5];
    QVERIFY2(verified.value() == expected,
             qPrintable(describe(verified.value()) + QStringLiteral(" vs ") + describe(expected)));

    // A signer built from the same office key (another process) agrees;
    // one with another key does not.
    QVERIFY(TicketSigner(fixedKey(1)).verify(code).ok());
    const auto foreign = TicketSigner(fixedKey(2)).verify(code);
    QVERIFY(!foreign.ok());
    QCOMPARE(foreign.error().code, ErrorCode::Forged);

    // No random id given: every signing makes a new, unique code.
    if (input.randomId.isEmpty()) {
        QSet<QString> codes{code};
        for (int i = 0; i < 10; ++i)
            codes.insert(signer.sign(input).value());
        QCOMPARE(codes.size(), 11);
    }
}

void TestCrypto::signIsDeterministicForAGivenRandomId()
{
    const TicketSigner signer(fixedKey(1));
    const auto p = payload(TicketPayload::Kind::Ticket, "BN-KV1", QDate(2026, 3, 2), "A015", "ABCDEFGH");
    QCOMPARE(signer.sign(p).value(), signer.sign(p).value());
    QCOMPARE(signer.sign(p).value(), validCode());
    QVERIFY(TicketSigner(fixedKey(2)).sign(p).value() != validCode());
}

void TestCrypto::signatureIsTruncatedHmacOfSubKey()
{
    // ticketcode.h: sig = first 16 bytes of HMAC-SHA256 over everything
    // before ".<sig>", keyed with a sub-key derived from the office key.
    const QByteArray master = fixedKey(1);
    const QString code = validCode(master);
    const QString body = code.left(code.lastIndexOf(u'.'));
    const QString sig = code.mid(code.lastIndexOf(u'.') + 1);
    const QByteArray sub = deriveKey(master, "tiepdan-ticket-v1");
    QCOMPARE(sub.size(), 32);
    QVERIFY(sub != master);
    QCOMPARE(sig,
             base32Encode(QMessageAuthenticationCode::hash(body.toLatin1(), sub, QCryptographicHash::Sha256).left(16)));
    // Not the master key itself: the ticket signature cannot be reused as
    // an audit-chain MAC.
    QVERIFY(sig != base32Encode(
                       QMessageAuthenticationCode::hash(body.toLatin1(), master, QCryptographicHash::Sha256).left(16)));
}

void TestCrypto::verifyRejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");
    QTest::addColumn<QString>("bug");

    const QString good = validCode();
    const QString sig = good.split(u'.').last();
    // Same signature with its 2 padding bits set: not a canonical encoding.
    QString sigPadded = sig;
    sigPadded[sig.size() - 1] = kAlphabet[kAlphabet.indexOf(sig.back()) | 1];

    QTest::newRow("empty") << QString() << u8("wrong format") << QString();
    QTest::newRow("spaces only") << u8("   \n") << u8("wrong format") << QString();
    QTest::newRow("garbage") << u8("hello world") << u8("wrong format") << QString();
    QTest::newRow("a URL") << u8("https://tiepdan.example/t?A015") << u8("wrong format") << QString();
    QTest::newRow("label only") << u8("A015") << u8("wrong format") << QString();
    QTest::newRow("too long by one") << (good + u8(".") + QString(128 - good.size(), u'A')) << u8("too long")
                                     << QString();
    QTest::newRow("far too long") << QString(10000, u'A') << u8("too long") << QString();
    QTest::newRow("version TD2") << u8("TD2") + good.mid(3) << u8("wrong format or version") << QString();
    QTest::newRow("version TD0") << u8("TD0") + good.mid(3) << u8("wrong format or version") << QString();
    QTest::newRow("version lower case") << u8("td1") + good.mid(3) << u8("wrong format or version") << QString();
    QTest::newRow("all lower case") << good.toLower() << u8("wrong format or version") << QString();
    QTest::newRow("6 fields (no signature)") << good.left(good.lastIndexOf(u'.')) << u8("wrong format") << QString();
    QTest::newRow("8 fields") << good + u8(".AA") << u8("wrong format") << QString();
    QTest::newRow("trailing dot") << good + u8(".") << u8("wrong format") << QString();
    QTest::newRow("dashes instead of dots") << QString(good).replace(u'.', u'-') << u8("wrong format") << QString();
    QTest::newRow("kind X") << withField(good, 1, u8("X")) << u8("unknown kind 'X'") << QString();
    QTest::newRow("kind lower case") << withField(good, 1, u8("t")) << u8("unknown kind") << QString();
    QTest::newRow("kind empty") << withField(good, 1, QString()) << u8("unknown kind") << QString();
    QTest::newRow("office lower case") << withField(good, 2, u8("bn-kv1")) << u8("a field is malformed") << QString();
    QTest::newRow("office underscore") << withField(good, 2, u8("BN_KV1")) << u8("a field is malformed") << QString();
    QTest::newRow("office one char") << withField(good, 2, u8("B")) << u8("a field is malformed") << QString();
    QTest::newRow("office 17 chars") << withField(good, 2, u8("ABCDEFGHIJKLMNOPQ")) << u8("a field is malformed")
                                     << QString();
    QTest::newRow("office with diacritic")
        << withField(good, 2, u8("BẮC-NINH")) << u8("a field is malformed") << QString();
    QTest::newRow("date 30 February") << withField(good, 3, u8("20260230")) << u8("a field is malformed") << QString();
    QTest::newRow("date ISO with dashes")
        << withField(good, 3, u8("2026-03-02")) << u8("a field is malformed") << QString();
    QTest::newRow("date 7 digits") << withField(good, 3, u8("2026032")) << u8("a field is malformed") << QString();
    QTest::newRow("date month 13") << withField(good, 3, u8("20261302")) << u8("a field is malformed") << QString();
    QTest::newRow("label lower case") << withField(good, 4, u8("a015")) << u8("a field is malformed") << QString();
    QTest::newRow("label with dash") << withField(good, 4, u8("A-15")) << u8("a field is malformed") << QString();
    QTest::newRow("label one char") << withField(good, 4, u8("A")) << u8("a field is malformed") << QString();
    QTest::newRow("random id 7 chars") << withField(good, 5, u8("ABCDEFG")) << u8("a field is malformed") << QString();
    QTest::newRow("random id 16 chars") << withField(good, 5, u8("ABCDEFGHABCDEFGH")) << u8("a field is malformed")
                                        << QString();
    QTest::newRow("random id lower case")
        << withField(good, 5, u8("abcdefgh")) << u8("a field is malformed") << QString();
    QTest::newRow("random id with 1") << withField(good, 5, u8("ABCDEFG1")) << u8("a field is malformed") << QString();
    QTest::newRow("signature empty") << withField(good, 6, QString()) << u8("signature is malformed") << QString();
    QTest::newRow("signature one char short")
        << withField(good, 6, sig.chopped(1)) << u8("signature is malformed") << QString();
    QTest::newRow("signature one char long")
        << withField(good, 6, sig + u'A') << u8("signature is malformed") << QString();
    QTest::newRow("signature lower case")
        << withField(good, 6, sig.toLower()) << u8("signature is malformed") << QString();
    QTest::newRow("signature with 0") << withField(good, 6, u8("0") + sig.mid(1)) << u8("signature is malformed")
                                      << QString();
    QTest::newRow("signature non-canonical")
        << withField(good, 6, sigPadded) << u8("signature is malformed") << QString();
    QTest::newRow("space inside") << QString(good).insert(10, u' ') << u8("a field is malformed") << QString();
    QTest::newRow("label ends with newline")
        << withField(good, 4, u8("A015\n")) << u8("a field is malformed") << QString();
    QTest::newRow("office ends with newline")
        << withField(good, 2, u8("BN-KV1\n")) << u8("a field is malformed") << QString();
}

void TestCrypto::verifyRejectsMalformed()
{
    QFETCH(QString, text);
    QFETCH(QString, why);
    QFETCH(QString, bug);

    const auto r = TicketSigner(fixedKey(1)).verify(text);
    const bool rejectedAsMalformed = !r.ok() && r.error().code == ErrorCode::InvalidInput;
    if (!bug.isEmpty())
        QEXPECT_FAIL("", qPrintable(bug), Continue);
    QVERIFY2(rejectedAsMalformed,
             qPrintable(r.ok() ? QStringLiteral("accepted")
                               : QStringLiteral("error %1: %2").arg(int(r.error().code)).arg(r.error().message)));
    if (!rejectedAsMalformed)
        return;
    QCOMPARE(r.error().field, u8("payload"));
    QVERIFY2(r.error().message.contains(u8("not a Tiếp Dân ticket code")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(why), qPrintable(r.error().message));
}

void TestCrypto::verifyDetectsForgery_data()
{
    QTest::addColumn<QString>("text");

    const QString good = validCode();
    const QString sig = good.split(u'.').last();
    QString sigChanged = sig;
    sigChanged[0] = sig[0] == u'A' ? u'B' : u'A';

    QTest::newRow("label changed") << withField(good, 4, u8("A016"));
    QTest::newRow("label from another service") << withField(good, 4, u8("B015"));
    QTest::newRow("date changed") << withField(good, 3, u8("20260303"));
    QTest::newRow("date a year on") << withField(good, 3, u8("20270302"));
    QTest::newRow("office changed") << withField(good, 2, u8("BN-KV2"));
    QTest::newRow("random id changed") << withField(good, 5, u8("ABCDEFGI"));
    QTest::newRow("random id all A") << withField(good, 5, u8("AAAAAAAA"));
    QTest::newRow("kind ticket to appointment") << withField(good, 1, u8("A"));
    QTest::newRow("signature changed") << withField(good, 6, sigChanged);
    QTest::newRow("signature all A") << withField(good, 6, QString(26, u'A'));
    QTest::newRow("signed by another office key") << validCode(fixedKey(2));

    // A real signature from another ticket of the same office.
    const auto other = TicketSigner(fixedKey(1))
                           .sign(payload(TicketPayload::Kind::Ticket, "BN-KV1", QDate(2026, 3, 2), "A016", "ABCDEFGH"));
    QTest::newRow("signature of the next ticket") << withField(good, 6, other.value().split(u'.').last());
}

void TestCrypto::verifyDetectsForgery()
{
    QFETCH(QString, text);

    const auto r = TicketSigner(fixedKey(1)).verify(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Forged);
    QVERIFY2(r.error().message.contains(u8("signature")), qPrintable(r.error().message));
}

void TestCrypto::verifyAcceptsScannerNoise_data()
{
    QTest::addColumn<QString>("text");
    const QString good = validCode();
    QTest::newRow("newline") << good + u'\n';
    QTest::newRow("CR LF") << good + u8("\r\n");
    QTest::newRow("trailing spaces") << good + u8("   ");
    QTest::newRow("tab") << good + u'\t';
    QTest::newRow("leading and trailing") << u8("  ") + good + u8(" \n");
    QTest::newRow("exactly as printed") << good;
}

void TestCrypto::verifyAcceptsScannerNoise()
{
    QFETCH(QString, text);
    const auto r = TicketSigner(fixedKey(1)).verify(text);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY(r.value() == payload(TicketPayload::Kind::Ticket, "BN-KV1", QDate(2026, 3, 2), "A015", "ABCDEFGH"));
}

void TestCrypto::signRejects_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("randomId"); // empty: sign() draws one

    const QDate d(2026, 3, 2);
    QTest::newRow("office empty") << QString() << u8("A015") << d << u8("office") << QString();
    QTest::newRow("office lower case") << u8("bn-kv1") << u8("A015") << d << u8("office") << QString();
    QTest::newRow("office one char") << u8("B") << u8("A015") << d << u8("office") << QString();
    QTest::newRow("office 17 chars") << u8("ABCDEFGHIJKLMNOPQ") << u8("A015") << d << u8("office") << QString();
    QTest::newRow("office starts with dash") << u8("-BN") << u8("A015") << d << u8("office") << QString();
    QTest::newRow("office with dot") << u8("BN.KV1") << u8("A015") << d << u8("office") << QString();
    QTest::newRow("office with space") << u8("BN KV1") << u8("A015") << d << u8("office") << QString();
    QTest::newRow("office Vietnamese") << u8("BẮC-NINH") << u8("A015") << d << u8("office") << QString();
    QTest::newRow("label empty") << u8("BN-KV1") << QString() << d << u8("label") << QString();
    QTest::newRow("label lower case") << u8("BN-KV1") << u8("a015") << d << u8("label") << QString();
    QTest::newRow("label one char") << u8("BN-KV1") << u8("A") << d << u8("label") << QString();
    QTest::newRow("label 17 chars") << u8("BN-KV1") << u8("ABCDEFGH123456789") << d << u8("label") << QString();
    QTest::newRow("label with dash") << u8("BN-KV1") << u8("A-015") << d << u8("label") << QString();
    QTest::newRow("label with dot") << u8("BN-KV1") << u8("A.015") << d << u8("label") << QString();
    QTest::newRow("label with newline") << u8("BN-KV1") << u8("A015\n") << d << u8("label") << QString();
    QTest::newRow("office with newline") << u8("BN-KV1\n") << u8("A015") << d << u8("office") << QString();
    QTest::newRow("null date") << u8("BN-KV1") << u8("A015") << QDate() << u8("date") << QString();
    QTest::newRow("30 February") << u8("BN-KV1") << u8("A015") << QDate(2026, 2, 30) << u8("date") << QString();
    QTest::newRow("5-digit year") << u8("BN-KV1") << u8("A015") << QDate(12026, 3, 2) << u8("date") << QString();
    QTest::newRow("year 999") << u8("BN-KV1") << u8("A015") << QDate(999, 3, 2) << u8("date") << QString();
    QTest::newRow("random id with dot") << u8("BN-KV1") << u8("A015") << d << u8("randomId") << u8("ABCD.EFG");
    QTest::newRow("random id 7 chars") << u8("BN-KV1") << u8("A015") << d << u8("randomId") << u8("ABCDEFG");
    QTest::newRow("random id 16 chars") << u8("BN-KV1") << u8("A015") << d << u8("randomId") << u8("ABCDEFGHABCDEFGH");
    QTest::newRow("random id lower case") << u8("BN-KV1") << u8("A015") << d << u8("randomId") << u8("abcdefgh");
}

void TestCrypto::signRejects()
{
    QFETCH(QString, office);
    QFETCH(QString, label);
    QFETCH(QDate, date);
    QFETCH(QString, field);
    QFETCH(QString, randomId);

    TicketPayload p;
    p.officeCode = office;
    p.label = label;
    p.date = date;
    p.randomId = randomId;
    const auto r = TicketSigner(fixedKey(1)).sign(p);
    QVERIFY2(!r.ok(), qPrintable(r.ok() ? QString::fromLatin1(r.value().toUtf8().toPercentEncoding()) : QString()));
    if (r.ok())
        return;
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QCOMPARE(r.error().field, field);
    QVERIFY(!r.error().message.isEmpty());
}

// --- QR -----------------------------------------------------------------

void TestCrypto::encodeQr_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ticket payload") << validCode();
    QTest::newRow("appointment payload") << TicketSigner(fixedKey(1))
                                                .sign(payload(TicketPayload::Kind::Appointment, "ABCDEFGHIJKLMNO-",
                                                              QDate(2026, 4, 15), "ABCDEFGH12345678"))
                                                .value();
    QTest::newRow("one character") << u8("A");
    QTest::newRow("empty") << QString();
    QTest::newRow("Vietnamese text") << u8("Phòng Thi hành án dân sự khu vực 1 - Bắc Ninh");
    QTest::newRow("1000 digits") << QString(1000, u'7');
}

void TestCrypto::encodeQr()
{
    QFETCH(QString, text);

    const auto r = tiepdan::encodeQr(text);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const QrMatrix &qr = r.value();
    QVERIFY2(qr.size >= 21 && qr.size <= 177, qPrintable(QString::number(qr.size)));
    QCOMPARE((qr.size - 17) % 4, 0); // version v has 17 + 4v modules
    QCOMPARE(qr.modules.size(), qsizetype(qr.size) * qr.size);
    int darkCount = 0;
    for (char m : qr.modules) {
        QVERIFY(m == 0 || m == 1);
        darkCount += m;
    }
    QVERIFY(darkCount > 0 && darkCount < qr.modules.size());

    // Three finder patterns, timing patterns between them.
    QVERIFY(finderAt(qr, 0, 0));
    QVERIFY(finderAt(qr, qr.size - 7, 0));
    QVERIFY(finderAt(qr, 0, qr.size - 7));
    for (int i = 8; i < qr.size - 8; ++i) {
        QCOMPARE(qr.dark(i, 6), i % 2 == 0);
        QCOMPARE(qr.dark(6, i), i % 2 == 0);
    }

    // Deterministic.
    QCOMPARE(tiepdan::encodeQr(text).value().modules, qr.modules);

    // A ticket payload (alphanumeric mode, ~60 characters) stays small
    // enough for an 80 mm thermal print.
    if (text.startsWith(QLatin1String("TD1.")))
        QVERIFY2(qr.size <= 37, qPrintable(QString::number(qr.size)));
}

void TestCrypto::encodeQrTooLong()
{
    for (const QString &text : {QString(5000, u'A'), QString(8000, u'7'), QString(3000, QChar(0x1EC5))}) {
        const auto r = tiepdan::encodeQr(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(r.error().field, u8("qr"));
    }
}

void TestCrypto::qrToSvg()
{
    const QrMatrix qr = tiepdan::encodeQr(validCode()).value();
    int dark = 0;
    for (char m : qr.modules)
        dark += m;

    for (int moduleSize : {1, 4, 10}) {
        const QString svg = tiepdan::qrToSvg(qr, moduleSize);
        QVERIFY(svg.startsWith(QLatin1String("<?xml")));
        QVERIFY(svg.trimmed().endsWith(QLatin1String("</svg>")));
        const int dim = (qr.size + 8) * moduleSize;

        // Well-formed XML with an <svg> root of the right size.
        QXmlStreamReader xml(svg);
        QString rootName, width, height, viewBox, pathData;
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            ++elements;
            if (rootName.isEmpty()) {
                rootName = xml.name().toString();
                QCOMPARE(xml.namespaceUri().toString(), u8("http://www.w3.org/2000/svg"));
                width = xml.attributes().value(QLatin1String("width")).toString();
                height = xml.attributes().value(QLatin1String("height")).toString();
                viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
            }
            if (xml.name() == QLatin1String("path"))
                pathData = xml.attributes().value(QLatin1String("d")).toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(rootName, u8("svg"));
        QCOMPARE(elements, 3); // svg, rect, path
        QCOMPARE(width, QString::number(dim));
        QCOMPARE(height, QString::number(dim));
        QCOMPARE(viewBox, QStringLiteral("0 0 %1 %1").arg(dim));
        // One square per dark module, inside the 4-module quiet zone.
        QCOMPARE(int(pathData.count(u'M')), dark);
        QCOMPARE(int(pathData.count(QStringLiteral("h%1v%1h-%1z").arg(moduleSize))), dark);
        const QString first = QStringLiteral("M%1,%1h").arg(4 * moduleSize);
        QVERIFY2(pathData.startsWith(first), qPrintable(pathData.left(40))); // (0,0) is dark
    }
}

void TestCrypto::qrToText()
{
    for (const QString &text : {validCode(), u8("A"), QString(300, u'9')}) {
        const QrMatrix qr = tiepdan::encodeQr(text).value();
        const QString out = tiepdan::qrToText(qr);
        QVERIFY(out.endsWith(u'\n'));
        const QStringList lines = out.chopped(1).split(u'\n');
        QCOMPARE(lines.size(), (qr.size + 4 + 1) / 2);

        // Decode the half blocks back into modules (light = block drawn).
        const QChar full(0x2588), upper(0x2580), lower(0x2584), blank(u' ');
        for (int row = 0; row < lines.size(); ++row) {
            QCOMPARE(lines[row].size(), qr.size + 4);
            for (int col = 0; col < lines[row].size(); ++col) {
                const QChar c = lines[row][col];
                QVERIFY(c == full || c == upper || c == lower || c == blank);
                const int x = col - 2, y = 2 * row - 2;
                const bool topLight = c == full || c == upper;
                const bool bottomLight = c == full || c == lower;
                auto dark = [&](int xx, int yy) {
                    return xx >= 0 && yy >= 0 && xx < qr.size && yy < qr.size && qr.dark(xx, yy);
                };
                QCOMPARE(!topLight, dark(x, y));
                QCOMPARE(!bottomLight, dark(x, y + 1));
            }
        }
        // The quiet zone on top is all light.
        QCOMPARE(lines.first(), QString(qr.size + 4, full));
    }
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
