// Tests of app/core/validation: normalisation, search folding, names, ID
// numbers, phone numbers, free text, the province code table and dates
// typed on a screen.
#include "validation.h"

#include <QTest>

using namespace tiepdan;
using namespace Qt::StringLiterals;

namespace {

// "Nguyễn" precomposed (NFC) and decomposed (NFD: e + circumflex + tilde).
const QString kNguyenNfc = u"Nguy\u1EC5n"_s;
const QString kNguyenNfd = u"Nguye\u0302\u0303n"_s;
const QString kGrinning = u"\U0001F600"_s; // emoji, a surrogate pair

// Checks a failed result: field, error code, and that the message contains `fragment`.
template <typename T> void checkError(const Result<T> &r, const QString &field, const QString &fragment)
{
    QVERIFY2(!r.ok(), "expected an error");
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QCOMPARE(r.error().field, field);
    QVERIFY2(r.error().message.contains(fragment),
             qPrintable(u"message \"%1\" lacks \"%2\""_s.arg(r.error().message, fragment)));
}

} // namespace

class TestValidation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void normalizeText_data();
    void normalizeText();

    void foldForSearch_data();
    void foldForSearch();

    void personName_data();
    void personName();

    void idNumber_data();
    void idNumber();
    void idNumberWithoutToday();

    void phone_data();
    void phone();

    void text_data();
    void text();

    void provinceForCode_data();
    void provinceForCode();
    void provinceTable();

    void userDate_data();
    void userDate();
};

void TestValidation::initTestCase()
{
    // The NFD fixture must really differ from the NFC one, or the NFD rows test nothing.
    QCOMPARE(kNguyenNfc.size(), 6);
    QCOMPARE(kNguyenNfd.size(), 8);
    QVERIFY(kNguyenNfc != kNguyenNfd);
    QCOMPARE(kNguyenNfc, u"Nguyễn"_s);
    QCOMPARE(kGrinning.size(), 2);
}

void TestValidation::normalizeText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces only") << u"   \t \n "_s << QString();
    QTest::newRow("plain") << u"Nguyễn Văn An"_s << u"Nguyễn Văn An"_s;
    QTest::newRow("trim and collapse") << u"  Nguyễn   Văn \t\n An  "_s << u"Nguyễn Văn An"_s;
    QTest::newRow("no-break space") << u"Văn\u00A0An"_s << u"Văn An"_s;
    QTest::newRow("NFD to NFC") << kNguyenNfd << kNguyenNfc;
    QTest::newRow("zero-width space") << u"Ng\u200Buy\u1EC5n"_s << kNguyenNfc;
    QTest::newRow("ZWNJ and ZWJ") << u"A\u200Cn\u200Dh"_s << u"Anh"_s;
    QTest::newRow("BOM") << u"\uFEFFAn"_s << u"An"_s;
    QTest::newRow("zero-width between base and mark") << u"e\u200B\u0301"_s << u"\u00E9"_s;
    QTest::newRow("zero-width only") << u"\u200B\uFEFF"_s << QString();
    QTest::newRow("emoji kept") << u"a %1 b"_s.arg(kGrinning) << u"a %1 b"_s.arg(kGrinning);
    QTest::newRow("case kept") << u"ĐỨC đức"_s << u"ĐỨC đức"_s;
}

void TestValidation::normalizeText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(tiepdan::normalizeText(input), expected);
}

void TestValidation::foldForSearch_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("example") << u"Nguyễn Văn Đức"_s << u"nguyen van duc"_s;
    QTest::newRow("NFD input") << kNguyenNfd + u" V\u0103n \u0110u\u031B\u0301c"_s << u"nguyen van duc"_s;
    QTest::newRow("upper case") << u"ĐẶNG THỊ Ở"_s << u"dang thi o"_s;
    QTest::newRow("horn letters") << u"Ưu Ơn Trương"_s << u"uu on truong"_s;
    QTest::newRow("d stroke lower") << u"đường"_s << u"duong"_s;
    QTest::newRow("whitespace") << u"  Trần   Hưng\tĐạo "_s << u"tran hung dao"_s;
    QTest::newRow("zero-width") << u"Tr\u200B\u1EA7n"_s << u"tran"_s;
    QTest::newRow("digits kept") << u"Số 12"_s << u"so 12"_s;
    QTest::newRow("ascii") << u"ABC def"_s << u"abc def"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("emoji kept") << kGrinning << kGrinning;
    QTest::newRow("cjk kept") << u"李小龙"_s << u"李小龙"_s;
    QTest::newRow("french") << u"Élise Müller"_s << u"elise muller"_s;
}

void TestValidation::foldForSearch()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(tiepdan::foldForSearch(input), expected);
}

void TestValidation::personName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected"); // stored value, or a fragment of the message

    const auto accept = [](const char *tag, const QString &in, const QString &out) {
        QTest::newRow(tag) << in << true << out;
    };
    const auto reject = [](const char *tag, const QString &in, const QString &fragment) {
        QTest::newRow(tag) << in << false << fragment;
    };

    accept("vietnamese", u"Nguyễn Văn An"_s, u"Nguyễn Văn An"_s);
    accept("NFD is stored as NFC", kNguyenNfd, kNguyenNfc);
    accept("NFD full name", kNguyenNfd + u" Thi\u0323"_s, kNguyenNfc + u" Thị"_s);
    accept("whitespace normalised", u"  Trần \t Thị\u00A0 Bình  "_s, u"Trần Thị Bình"_s);
    accept("newline is whitespace", u"Lê\nLợi"_s, u"Lê Lợi"_s);
    accept("zero-width stripped", u"Ng\u200Buy\u1EC5n\uFEFF An"_s, kNguyenNfc + u" An"_s);
    accept("case kept", u"nguyễn văn AN"_s, u"nguyễn văn AN"_s);
    accept("apostrophe (Ê Đê name)", u"Ksor H'Bia"_s, u"Ksor H'Bia"_s);
    accept("hyphen", u"Jean-Pierre Dupont"_s, u"Jean-Pierre Dupont"_s);
    accept("initial with dot", u"Nguyễn V. An"_s, u"Nguyễn V. An"_s);
    accept("trailing dot", u"Trần B."_s, u"Trần B."_s);
    accept("two letters", u"Lý"_s, u"Lý"_s);
    accept("cjk", u"李小龙"_s, u"李小龙"_s);
    accept("cyrillic", u"Анна Иванова"_s, u"Анна Иванова"_s);
    accept("arabic", u"محمد علي"_s, u"محمد علي"_s);
    accept("thai with combining marks", u"สมชาย ใจดี"_s, u"สมชาย ใจดี"_s);
    accept("exactly NameMax", QString(limits::NameMax, u'a'), QString(limits::NameMax, u'a'));
    accept("NameMax after collapse", u"  "_s + QString(limits::NameMax, u'b') + u"   "_s,
           QString(limits::NameMax, u'b'));

    reject("empty", QString(), u"name is required"_s);
    reject("blank", u" \t "_s, u"name is required"_s);
    reject("zero-width only", u"\u200B"_s, u"name is required"_s);
    reject("one letter", u"A"_s, u"too short"_s);
    reject("too long", QString(limits::NameMax + 1, u'a'), u"the limit is 100"_s);
    reject("digit", u"Nguyễn Văn 2"_s, u"must not contain digits"_s);
    reject("full-width digit", u"An\uFF11"_s, u"must not contain digits"_s);
    reject("roman numeral", u"Louis \u216B"_s, u"must not contain digits"_s);
    reject("emoji", u"An %1"_s.arg(kGrinning), u"U+1F600"_s);
    reject("NUL", u"Nguyễn\u0000An"_s, u"control character (U+0000)"_s);
    reject("BEL", u"Nguyễn\u0007"_s, u"control character (U+0007)"_s);
    reject("ESC", u"An\u001B[31m"_s, u"control character (U+001B)"_s);
    reject("DEL", u"An\u007F"_s, u"control character (U+007F)"_s);
    reject("bidi override", u"An\u202Enib"_s, u"U+202E"_s);
    reject("lone surrogate", u"An"_s + QChar(0xD83D), u"lone surrogate"_s);
    reject("SQL", u"'; DROP TABLE visitors; --"_s, u"';' (U+003B)"_s);
    reject("SQL after name", u"Robert'); DROP TABLE visitors;--"_s, u"')' (U+0029)"_s);
    reject("equals", u"a=b"_s, u"'=' (U+003D)"_s);
    reject("double quote", u"An \"Bé\""_s, u"'\"' (U+0022)"_s);
    reject("angle brackets", u"<script>"_s, u"'<' (U+003C)"_s);
    reject("parentheses", u"An (Bé)"_s, u"'(' (U+0028)"_s);
    reject("asterisk", u"An*"_s, u"'*' (U+002A)"_s);
    reject("comma", u"Trần, An"_s, u"',' (U+002C)"_s);
    reject("at sign", u"an@example.vn"_s, u"'@' (U+0040)"_s);
    reject("underscore", u"An_Bình"_s, u"'_' (U+005F)"_s);
    reject("slash", u"An/Bình"_s, u"'/' (U+002F)"_s);
    reject("curly apostrophe", u"H\u2019Bia"_s, u"U+2019"_s);
    reject("leading hyphen", u"-An"_s, u"must start with a letter"_s);
    reject("leading apostrophe", u"'Nam"_s, u"must start with a letter"_s);
    reject("punctuation only", u".-"_s, u"must start with a letter"_s);
    reject("leading combining mark", u"\u0301An"_s, u"does not follow a letter"_s);
    reject("mark after space", u"An \u0301Bình"_s, u"does not follow a letter"_s);
}

void TestValidation::personName()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, expected);

    const Result<QString> r = validatePersonName(input);
    if (ok) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value(), expected);
        QCOMPARE(r.value(), r.value().normalized(QString::NormalizationForm_C));
    } else {
        checkError(r, u"name"_s, expected);
    }
}

void TestValidation::idNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value"); // stored value, or a fragment of the message
    QTest::addColumn<QString>("provinceCode");
    QTest::addColumn<QString>("provinceName");
    QTest::addColumn<bool>("female");
    QTest::addColumn<int>("birthYear");

    const QDate today(2025, 6, 15);
    const auto citizen = [&](const char *tag, const QString &in, const QString &value, const QString &code,
                             const QString &province, bool female, int year) {
        QTest::newRow(tag) << in << today << true << int(IdKind::CitizenId12) << value << code << province << female
                           << year;
    };
    const auto other = [&](const char *tag, const QString &in, IdKind kind, const QString &value) {
        QTest::newRow(tag) << in << today << true << int(kind) << value << QString() << QString() << false << 0;
    };
    const auto reject = [&](const char *tag, const QString &in, const QString &fragment, QDate day = {}) {
        QTest::newRow(tag) << in << (day.isValid() ? day : today) << false << 0 << fragment << QString() << QString()
                           << false << 0;
    };

    citizen("Hà Nội male 1999", u"001099012345"_s, u"001099012345"_s, u"001"_s, u"Hà Nội"_s, false, 1999);
    citizen("HCM female 2003", u"079303012345"_s, u"079303012345"_s, u"079"_s, u"Hồ Chí Minh"_s, true, 2003);
    citizen("spaces", u"001 099 012345"_s, u"001099012345"_s, u"001"_s, u"Hà Nội"_s, false, 1999);
    citizen("dots", u"001.099.012.345"_s, u"001099012345"_s, u"001"_s, u"Hà Nội"_s, false, 1999);
    citizen("surrounding whitespace", u"  096185123456\n"_s, u"096185123456"_s, u"096"_s, u"Cà Mau"_s, true, 1985);
    citizen("zero-width inside", u"046095\u200B000001"_s, u"046095000001"_s, u"046"_s, u"Thừa Thiên Huế"_s, false,
            1995);
    citizen("1900 male", u"077000000000"_s, u"077000000000"_s, u"077"_s, u"Bà Rịa - Vũng Tàu"_s, false, 1900);
    citizen("born this year", u"001225000000"_s, u"001225000000"_s, u"001"_s, u"Hà Nội"_s, false, 2025);
    citizen("born this year female", u"048325000000"_s, u"048325000000"_s, u"048"_s, u"Đà Nẵng"_s, true, 2025);
    citizen("1800s male, exactly 130 years", u"001895123456"_s, u"001895123456"_s, u"001"_s, u"Hà Nội"_s, false, 1895);
    citizen("1800s female, 130 years", u"001995123456"_s, u"001995123456"_s, u"001"_s, u"Hà Nội"_s, true, 1895);
    other("legacy CMND", u"123456789"_s, IdKind::LegacyId9, u"123456789"_s);
    other("legacy CMND spaced", u"123 456 789"_s, IdKind::LegacyId9, u"123456789"_s);
    other("passport VN", u"C1234567"_s, IdKind::Passport, u"C1234567"_s);
    other("passport 8 digits", u"B12345678"_s, IdKind::Passport, u"B12345678"_s);
    other("passport lower case", u"c 123 4567"_s, IdKind::Passport, u"C1234567"_s);
    other("passport letters inside", u"ab12cd34"_s, IdKind::Passport, u"AB12CD34"_s);
    other("passport 6", u"X12345"_s, IdKind::Passport, u"X12345"_s);
    other("passport 20", u"P"_s + QString(19, u'9'), IdKind::Passport, u"P"_s + QString(19, u'9'));

    reject("empty", QString(), u"ID number is required"_s);
    reject("blank", u"   "_s, u"ID number is required"_s);
    reject("separators only", u" . . "_s, u"ID number is required"_s);
    reject("11 digits", u"00109901234"_s, u"ID number has 11 digits; a citizen ID has 12 and an old ID card 9"_s);
    reject("13 digits", u"0010990123456"_s, u"ID number has 13 digits; a citizen ID has 12 and an old ID card 9"_s);
    reject("10 digits", u"0123 456 789"_s, u"ID number has 10 digits;"_s);
    reject("1 digit", u"7"_s, u"ID number has 1 digit;"_s);
    reject("province 003", u"003099012345"_s, u"unknown province code 003"_s);
    reject("province 000", u"000099012345"_s, u"unknown province code 000"_s);
    reject("province 097", u"097099012345"_s, u"unknown province code 097"_s);
    reject("province 999", u"999099012345"_s, u"unknown province code 999"_s);
    reject("born next year", u"001226000000"_s, u"birth year 2026 (digits 4-6), which is in the future"_s);
    reject("2100s", u"001400000000"_s, u"birth year 2100"_s);
    reject("2200s female", u"001799000000"_s, u"birth year 2299"_s);
    reject("1800s, 131 years", u"001894123456"_s, u"birth year 1894 (digits 4-6), more than 130 years ago"_s);
    reject("1800s female old", u"001900123456"_s, u"birth year 1800"_s);
    reject("future relative to today", u"001224000000"_s, u"birth year 2024"_s, QDate(2023, 12, 31));
    reject("full-width digits", u"\uFF10\uFF10\uFF11\uFF10\uFF19\uFF19\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15"_s,
           u"non-ASCII digit '\uFF10' (U+FF10); only digits 0-9 are accepted"_s);
    reject("Arabic-Indic digits", u"\u0660\u0660\u0661\u0660\u0669\u0669\u0660\u0661\u0662\u0663\u0664\u0665"_s,
           u"non-ASCII digit '\u0660' (U+0660)"_s);
    reject("one full-width digit", u"00109901234\uFF15"_s, u"U+FF15"_s);
    reject("dash", u"001-099-012345"_s, u"'-' (U+002D)"_s);
    reject("slash", u"001/099"_s, u"'/' (U+002F)"_s);
    reject("vietnamese letter", u"Đ1234567"_s, u"'Đ' (U+0110)"_s);
    reject("control", u"001099\u0000012345"_s, u"U+0000"_s);
    reject("SQL", u"1' OR '1'='1"_s, u"''' (U+0027)"_s);
    reject("passport too short", u"A1234"_s, u"passport number has 5 characters; it must have 6 to 20"_s);
    reject("passport too long", u"P"_s + QString(20, u'9'), u"passport number has 21 characters"_s);
}

void TestValidation::idNumber()
{
    QFETCH(QString, input);
    QFETCH(QDate, today);
    QFETCH(bool, ok);
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(QString, provinceCode);
    QFETCH(QString, provinceName);
    QFETCH(bool, female);
    QFETCH(int, birthYear);

    const Result<IdNumber> r = validateIdNumber(input, today);
    if (!ok) {
        checkError(r, u"idNumber"_s, value);
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(int(r->kind), kind);
    QCOMPARE(r->value, value);
    QCOMPARE(r->provinceCode, provinceCode);
    QCOMPARE(r->provinceName, provinceName);
    QCOMPARE(r->female, female);
    QCOMPARE(r->birthYear, birthYear);
}

void TestValidation::idNumberWithoutToday()
{
    // Without a valid `today` the birth year is not bounded.
    const Result<IdNumber> r = validateIdNumber(u"001499000000"_s, QDate());
    QVERIFY(r.ok());
    QCOMPARE(r->birthYear, 2199);
    QVERIFY(!validateIdNumber(u"003099012345"_s, QDate()).ok());
}

void TestValidation::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected"); // stored value, or a fragment of the message

    const auto accept = [](const char *tag, const QString &in, const QString &out) {
        QTest::newRow(tag) << in << true << out;
    };
    const auto reject = [](const char *tag, const QString &in, const QString &fragment) {
        QTest::newRow(tag) << in << false << fragment;
    };

    accept("mobile 09", u"0912345678"_s, u"0912345678"_s);
    accept("mobile 03", u"0312345678"_s, u"0312345678"_s);
    accept("mobile 05", u"0512345678"_s, u"0512345678"_s);
    accept("mobile 07", u"0712345678"_s, u"0712345678"_s);
    accept("mobile 08", u"0812345678"_s, u"0812345678"_s);
    accept("spaces", u"091 234 5678"_s, u"0912345678"_s);
    accept("dots", u"091.234.5678"_s, u"0912345678"_s);
    accept("dashes", u"091-234-5678"_s, u"0912345678"_s);
    accept("surrounding whitespace", u"  0912345678 \n"_s, u"0912345678"_s);
    accept("+84", u"+84912345678"_s, u"0912345678"_s);
    accept("+84 spaced", u"+84 91 234 5678"_s, u"0912345678"_s);
    accept("84 without plus", u"84912345678"_s, u"0912345678"_s);
    accept("+84 with trunk zero", u"+84 0912 345 678"_s, u"0912345678"_s);
    accept("landline", u"02838291234"_s, u"02838291234"_s);
    accept("landline spaced", u"028 3829 1234"_s, u"02838291234"_s);
    accept("landline +84", u"+84 28 3829 1234"_s, u"02838291234"_s);
    accept("landline 84", u"842438291234"_s, u"02438291234"_s);

    reject("empty", QString(), u"phone number is required"_s);
    reject("blank", u"  "_s, u"phone number is required"_s);
    reject("separators only", u" - . "_s, u"phone number is required"_s);
    reject("10 digits 04", u"0412345678"_s, u"a 10-digit mobile number must start with 03, 05, 07, 08 or 09"_s);
    reject("10 digits 06", u"0612345678"_s, u"must start with 03, 05, 07, 08 or 09"_s);
    reject("10 digits 02", u"0212345678"_s, u"must start with 03, 05, 07, 08 or 09"_s);
    reject("10 digits 01", u"0112345678"_s, u"must start with 03, 05, 07, 08 or 09"_s);
    reject("11 digits not 02", u"03812345678"_s, u"an 11-digit landline number must start with 02"_s);
    reject("old 11-digit mobile", u"01612345678"_s, u"must start with 02"_s);
    reject("9 digits", u"091234567"_s, u"phone number has 9 digits; a mobile number has 10 and a landline 11"_s);
    reject("12 digits", u"091234567890"_s, u"phone number has 12 digits"_s);
    reject("+84 too short", u"+84 91234567"_s, u"phone number has 9 digits"_s);
    reject("1 digit", u"0"_s, u"phone number has 1 digit;"_s);
    reject("foreign", u"+1 212 555 0100"_s, u"only Vietnamese phone numbers (+84) are accepted"_s);
    reject("plus only", u"+"_s, u"phone number is required"_s);
    reject("no leading zero", u"912345678"_s, u"must start with 0 or +84"_s);
    reject("letter", u"0912345678a"_s, u"'a' (U+0061)"_s);
    reject("parentheses", u"(028) 3829 1234"_s, u"'(' (U+0028)"_s);
    reject("plus inside", u"0912+345678"_s, u"'+' (U+002B)"_s);
    reject("double plus", u"++84912345678"_s, u"'+' (U+002B)"_s);
    reject("full-width digits", u"\uFF10\uFF19\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18"_s,
           u"non-ASCII digit '\uFF10' (U+FF10)"_s);
    reject("Arabic-Indic digit", u"091234567\u0668"_s, u"non-ASCII digit '\u0668' (U+0668)"_s);
    reject("control", u"0912345678\u0007"_s, u"U+0007"_s);
}

void TestValidation::phone()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, expected);

    const Result<QString> r = validatePhone(input);
    if (ok) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value(), expected);
    } else {
        checkError(r, u"phone"_s, expected);
    }
}

void TestValidation::text_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<bool>("required");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected"); // stored value, or a fragment of the message

    const QString address = u"address"_s;
    const QString content = u"content"_s;
    const QString notes = u"notes"_s;
    const auto accept = [](const char *tag, const QString &field, const QString &in, int max, bool required,
                           const QString &out) { QTest::newRow(tag) << field << in << max << required << true << out; };
    const auto reject = [](const char *tag, const QString &field, const QString &in, int max, bool required,
                           const QString &fragment) {
        QTest::newRow(tag) << field << in << max << required << false << fragment;
    };
    const QString sql = u"'; DROP TABLE visitors; --"_s;

    accept("address", address, u"  Số 1,   phố Tràng Tiền,  Hoàn Kiếm  "_s, limits::AddressMax, true,
           u"Số 1, phố Tràng Tiền, Hoàn Kiếm"_s);
    accept("NFD to NFC", address, kNguyenNfd, limits::AddressMax, true, kNguyenNfc);
    accept("emoji kept", notes, u"Cảm ơn %1"_s.arg(kGrinning), limits::NotesMax, false, u"Cảm ơn %1"_s.arg(kGrinning));
    accept("other scripts kept", notes, u"李小龙 محمد Анна"_s, limits::NotesMax, false, u"李小龙 محمد Анна"_s);
    accept("newline kept", content, u"Dòng 1\nDòng 2"_s, limits::ContentMax, true, u"Dòng 1\nDòng 2"_s);
    accept("blank line kept", content, u"a\n\nb"_s, limits::ContentMax, true, u"a\n\nb"_s);
    accept("CRLF", content, u"a\r\nb\rc"_s, limits::ContentMax, true, u"a\nb\nc"_s);
    accept("lines trimmed", content, u"\n  line 1  \n \t \n  line 2\n\n"_s, limits::ContentMax, true,
           u"line 1\n\nline 2"_s);
    accept("tab", content, u"a\tb"_s, limits::ContentMax, true, u"a b"_s);
    accept("zero-width stripped", notes, u"a\u200Bb\uFEFF"_s, limits::NotesMax, false, u"ab"_s);
    accept("SQL is text", content, sql, limits::ContentMax, true, sql);
    accept("markup is text", notes, u"<b>x</b> & \"y\" = 1; (z) *"_s, limits::NotesMax, false,
           u"<b>x</b> & \"y\" = 1; (z) *"_s);
    accept("optional empty", notes, QString(), limits::NotesMax, false, QString());
    accept("optional blank", notes, u" \n\t "_s, limits::NotesMax, false, QString());
    accept("exactly the limit", address, QString(limits::AddressMax, u'x'), limits::AddressMax, true,
           QString(limits::AddressMax, u'x'));
    accept("limit after trimming", address, u"   "_s + QString(limits::AddressMax, u'x') + u"   "_s, limits::AddressMax,
           true, QString(limits::AddressMax, u'x'));
    accept("content at limit", content, QString(limits::ContentMax, u'n'), limits::ContentMax, true,
           QString(limits::ContentMax, u'n'));

    reject("required empty", address, QString(), limits::AddressMax, true, u"address is required"_s);
    reject("required blank", content, u" \n \t"_s, limits::ContentMax, true, u"content is required"_s);
    reject("required zero-width", content, u"\u200B"_s, limits::ContentMax, true, u"content is required"_s);
    reject("one over the limit", address, QString(limits::AddressMax + 1, u'x'), limits::AddressMax, true,
           u"address has 301 characters; the limit is 300"_s);
    reject("content over the limit", content, QString(limits::ContentMax + 1, u'n'), limits::ContentMax, true,
           u"the limit is 20000"_s);
    reject("short text over the limit", u"agency"_s, QString(limits::ShortTextMax + 1, u'a'), limits::ShortTextMax,
           false, u"agency has 501 characters; the limit is 500"_s);
    reject("NUL", notes, u"a\u0000b"_s, limits::NotesMax, false, u"notes contains a control character (U+0000)"_s);
    reject("BEL", notes, u"a\u0007b"_s, limits::NotesMax, false, u"control character (U+0007)"_s);
    reject("vertical tab", notes, u"a\u000Bb"_s, limits::NotesMax, false, u"control character (U+000B)"_s);
    reject("ESC", content, u"\u001B[2J"_s, limits::ContentMax, true, u"control character (U+001B)"_s);
    reject("DEL", content, u"x\u007F"_s, limits::ContentMax, true, u"control character (U+007F)"_s);
    reject("C1 control", content, u"x\u0085y"_s, limits::ContentMax, true, u"control character (U+0085)"_s);
    reject("lone surrogate", notes, u"x"_s + QChar(0xDC00), limits::NotesMax, false,
           u"invalid Unicode (lone surrogate U+DC00)"_s);
}

void TestValidation::text()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(int, maxChars);
    QFETCH(bool, required);
    QFETCH(bool, ok);
    QFETCH(QString, expected);

    const Result<QString> r = validateText(field, input, maxChars, required);
    if (ok) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value(), expected);
    } else {
        checkError(r, field, expected);
    }
}

void TestValidation::provinceForCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");

    QTest::newRow("001") << u"001"_s << u"Hà Nội"_s;
    QTest::newRow("002") << u"002"_s << u"Hà Giang"_s;
    QTest::newRow("031") << u"031"_s << u"Hải Phòng"_s;
    QTest::newRow("046") << u"046"_s << u"Thừa Thiên Huế"_s;
    QTest::newRow("048") << u"048"_s << u"Đà Nẵng"_s;
    QTest::newRow("066") << u"066"_s << u"Đắk Lắk"_s;
    QTest::newRow("077") << u"077"_s << u"Bà Rịa - Vũng Tàu"_s;
    QTest::newRow("079") << u"079"_s << u"Hồ Chí Minh"_s;
    QTest::newRow("092") << u"092"_s << u"Cần Thơ"_s;
    QTest::newRow("096") << u"096"_s << u"Cà Mau"_s;
    QTest::newRow("003 unused") << u"003"_s << QString();
    QTest::newRow("000") << u"000"_s << QString();
    QTest::newRow("097") << u"097"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("two digits") << u"01"_s << QString();
    QTest::newRow("four digits") << u"0001"_s << QString();
    QTest::newRow("padded") << u" 001"_s << QString();
    QTest::newRow("letters") << u"abc"_s << QString();
}

void TestValidation::provinceForCode()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(tiepdan::provinceForCode(code), name);
}

void TestValidation::provinceTable()
{
    int count = 0;
    QStringList names;
    for (int n = 0; n < 1000; ++n) {
        const QString name = tiepdan::provinceForCode(u"%1"_s.arg(n, 3, 10, QLatin1Char('0')));
        if (name.isEmpty())
            continue;
        ++count;
        QCOMPARE(name, name.normalized(QString::NormalizationForm_C));
        QCOMPARE(name, tiepdan::normalizeText(name));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names << name;
    }
    QCOMPARE(count, 63);
}

void TestValidation::userDate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("expected");   // invalid: refused
    QTest::addColumn<QString>("fragment"); // of the message when refused

    const auto accept = [](const char *tag, const QString &in, const QDate &d) {
        QTest::newRow(tag) << in << d << QString();
    };
    const auto reject = [](const char *tag, const QString &in, const QString &fragment) {
        QTest::newRow(tag) << in << QDate() << fragment;
    };
    accept("dd/MM/yyyy", u"01/12/2026"_s, QDate(2026, 12, 1));
    accept("d/M/yyyy", u"1/2/2026"_s, QDate(2026, 2, 1));
    accept("dots", u"01.12.2026"_s, QDate(2026, 12, 1));
    accept("dashes", u"1-12-2026"_s, QDate(2026, 12, 1));
    accept("spaces around", u"  31 / 12 / 2026 "_s, QDate(2026, 12, 31));
    accept("ISO", u"2026-12-01"_s, QDate(2026, 12, 1));
    accept("ISO short", u"2026-2-3"_s, QDate(2026, 2, 3));
    accept("leap day", u"29/02/2028"_s, QDate(2028, 2, 29));
    accept("first year", u"01/01/1900"_s, QDate(1900, 1, 1));
    accept("day first, not month first", u"12/01/2026"_s, QDate(2026, 1, 12));

    reject("empty", QString(), u"from is empty: write it as day/month/year, e.g. 01/12/2026"_s);
    reject("blank", u"   "_s, u"is empty"_s);
    reject("31 February", u"31/02/2026"_s,
           u"from 31/02/2026 is not a day of the calendar: write it as day/month/year"_s);
    reject("29 February, not leap", u"29/02/2026"_s, u"not a day of the calendar"_s);
    reject("month 13", u"01/13/2026"_s, u"not a day of the calendar"_s);
    reject("day 0", u"0/12/2026"_s, u"not a day of the calendar"_s);
    reject("ISO impossible", u"2026-04-31"_s, u"not a day of the calendar"_s);
    reject("two-digit year", u"01/12/26"_s, u"\"01/12/26\" is not a date: write it as day/month/year"_s);
    reject("year first with slashes", u"2026/12/01"_s, u"is not a date"_s);
    reject("words", u"hôm nay"_s, u"is not a date"_s);
    reject("time attached", u"01/12/2026 09:00"_s, u"is not a date"_s);
    reject("other digits", u"١/12/2026"_s, u"is not a date"_s);
    reject("too early", u"31/12/1899"_s, u"not between the years 1900 and 2999"_s);
    reject("too late", u"01/01/3000"_s, u"not between the years 1900 and 2999"_s);
}

void TestValidation::userDate()
{
    QFETCH(QString, input);
    QFETCH(QDate, expected);
    QFETCH(QString, fragment);

    const Result<QDate> r = parseUserDate(u"from"_s, input);
    if (expected.isValid()) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value(), expected);
    } else {
        checkError(r, u"from"_s, fragment);
    }
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
