// Signed ticket payloads (ticketcode.h): TD1 codes, their signatures, what
// verification refuses and what scanner noise it accepts.
#include "cryptofixture.h"
#include "ticketcode.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <stdexcept>

using namespace tiepdan;
using namespace cryptofixture;

namespace {

const QString kAlphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");

QString describe(const TicketPayload &p)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(QChar(p.kind == TicketPayload::Kind::Ticket ? u'T' : u'A'))
        .arg(p.officeCode, p.date.toString(Qt::ISODate), p.label, p.randomId);
}

// Replaces the n-th dot-separated field.
QString withField(const QString &code, int n, const QString &value)
{
    QStringList parts = code.split(u'.');
    parts[n] = value;
    return parts.join(u'.');
}

} // namespace

class TestTicketCode : public QObject {
    Q_OBJECT

private slots:
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
};

// --- ticket codes -------------------------------------------------------

void TestTicketCode::signVerifyRoundTrip_data()
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

void TestTicketCode::signVerifyRoundTrip()
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

void TestTicketCode::signIsDeterministicForAGivenRandomId()
{
    const TicketSigner signer(fixedKey(1));
    const auto p = payload(TicketPayload::Kind::Ticket, "BN-KV1", QDate(2026, 3, 2), "A015", "ABCDEFGH");
    QCOMPARE(signer.sign(p).value(), signer.sign(p).value());
    QCOMPARE(signer.sign(p).value(), validCode());
    QVERIFY(TicketSigner(fixedKey(2)).sign(p).value() != validCode());
}

void TestTicketCode::signatureIsTruncatedHmacOfSubKey()
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

void TestTicketCode::verifyRejectsMalformed_data()
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

void TestTicketCode::verifyRejectsMalformed()
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

void TestTicketCode::verifyDetectsForgery_data()
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

void TestTicketCode::verifyDetectsForgery()
{
    QFETCH(QString, text);

    const auto r = TicketSigner(fixedKey(1)).verify(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Forged);
    QVERIFY2(r.error().message.contains(u8("signature")), qPrintable(r.error().message));
}

void TestTicketCode::verifyAcceptsScannerNoise_data()
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

void TestTicketCode::verifyAcceptsScannerNoise()
{
    QFETCH(QString, text);
    const auto r = TicketSigner(fixedKey(1)).verify(text);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY(r.value() == payload(TicketPayload::Kind::Ticket, "BN-KV1", QDate(2026, 3, 2), "A015", "ABCDEFGH"));
}

void TestTicketCode::signRejects_data()
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

void TestTicketCode::signRejects()
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

QTEST_GUILESS_MAIN(TestTicketCode)
#include "tst_ticketcode.moc"
