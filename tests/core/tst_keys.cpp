// Key files and base32 (keys.h).
#include "cryptofixture.h"
#include "keys.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace tiepdan;
using namespace cryptofixture;
using testfiles::readBytes;

namespace {

bool writeFile(const QString &path, const QByteArray &data, int mode)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    f.close();
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

int fileMode(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestKeys : public QObject {
    Q_OBJECT

private slots:
    void base32RoundTrip_data();
    void base32RoundTrip();
    void base32Vectors_data();
    void base32Vectors();
    void base32Rejects_data();
    void base32Rejects();
    void createKeyFile_data();
    void createKeyFile();
    void createKeyFileRefusesOverwrite();
    void createKeyFileInMissingFolder();
    void readKeyFile_data();
    void readKeyFile();
};

// --- base32 -------------------------------------------------------------

void TestKeys::base32RoundTrip_data()
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

void TestKeys::base32RoundTrip()
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

void TestKeys::base32Vectors_data()
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

void TestKeys::base32Vectors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, text);
    QCOMPARE(base32Encode(data), text);
    bool ok = false;
    QCOMPARE(base32Decode(text, &ok), data);
    QVERIFY(ok);
}

void TestKeys::base32Rejects_data()
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

void TestKeys::base32Rejects()
{
    QFETCH(QString, text);
    bool ok = true;
    const QByteArray out = base32Decode(text, &ok);
    QVERIFY(!ok);
    QVERIFY(out.isEmpty());
}

// --- key files ----------------------------------------------------------

void TestKeys::createKeyFile_data()
{
    QTest::addColumn<int>("umaskValue");
    QTest::newRow("umask 000") << 0;
    QTest::newRow("umask 022") << 022;
    QTest::newRow("umask 077") << 077;
    QTest::newRow("umask 002") << 002;
}

void TestKeys::createKeyFile()
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
    QCOMPARE(key.value(), readBytes(path));
    QCOMPARE(key.value().size(), KeySize);
    QVERIFY(key.value() != QByteArray(KeySize, '\0'));

    // A second key is a different key.
    const QString path2 = dir.filePath(QStringLiteral("seal.key"));
    QVERIFY(tiepdan::createKeyFile(path2).ok());
    QVERIFY(readBytes(path2) != readBytes(path));
    QCOMPARE(fileMode(path2), 0600);
}

void TestKeys::createKeyFileRefusesOverwrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("seal.key"));
    QVERIFY(tiepdan::createKeyFile(path).ok());
    const QByteArray before = readBytes(path);

    const Status again = tiepdan::createKeyFile(path);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY2(again.error().message.contains(path), qPrintable(again.error().message));
    QVERIFY2(again.error().message.contains(QLatin1String("already exists")), qPrintable(again.error().message));
    QCOMPARE(readBytes(path), before);
    QCOMPARE(fileMode(path), 0600);

    // Nor any other file that happens to be there.
    const QString other = dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(other, "do not touch", 0644));
    QVERIFY(!tiepdan::createKeyFile(other).ok());
    QCOMPARE(readBytes(other), QByteArray("do not touch"));
    QCOMPARE(fileMode(other), 0644);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestKeys::createKeyFileInMissingFolder()
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

void TestKeys::readKeyFile_data()
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

void TestKeys::readKeyFile()
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

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
