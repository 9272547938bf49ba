#include "validation.h"

#include <QChar>
#include <QRegularExpression>
#include <QStringList>
#include <QStringView>

#include <array>

namespace tiepdan {

namespace {

// Citizen ID province codes (Circular 07/2016/TT-BCA), sorted by code.
struct Province {
    const char *code;
    const char16_t *name;
};

constexpr std::array<Province, 63> kProvinces{{
    {"001", u"Hà Nội"},
    {"002", u"Hà Giang"},
    {"004", u"Cao Bằng"},
    {"006", u"Bắc Kạn"},
    {"008", u"Tuyên Quang"},
    {"010", u"Lào Cai"},
    {"011", u"Điện Biên"},
    {"012", u"Lai Châu"},
    {"014", u"Sơn La"},
    {"015", u"Yên Bái"},
    {"017", u"Hòa Bình"},
    {"019", u"Thái Nguyên"},
    {"020", u"Lạng Sơn"},
    {"022", u"Quảng Ninh"},
    {"024", u"Bắc Giang"},
    {"025", u"Phú Thọ"},
    {"026", u"Vĩnh Phúc"},
    {"027", u"Bắc Ninh"},
    {"030", u"Hải Dương"},
    {"031", u"Hải Phòng"},
    {"033", u"Hưng Yên"},
    {"034", u"Thái Bình"},
    {"035", u"Hà Nam"},
    {"036", u"Nam Định"},
    {"037", u"Ninh Bình"},
    {"038", u"Thanh Hóa"},
    {"040", u"Nghệ An"},
    {"042", u"Hà Tĩnh"},
    {"044", u"Quảng Bình"},
    {"045", u"Quảng Trị"},
    {"046", u"Thừa Thiên Huế"},
    {"048", u"Đà Nẵng"},
    {"049", u"Quảng Nam"},
    {"051", u"Quảng Ngãi"},
    {"052", u"Bình Định"},
    {"054", u"Phú Yên"},
    {"056", u"Khánh Hòa"},
    {"058", u"Ninh Thuận"},
    {"060", u"Bình Thuận"},
    {"062", u"Kon Tum"},
    {"064", u"Gia Lai"},
    {"066", u"Đắk Lắk"},
    {"067", u"Đắk Nông"},
    {"068", u"Lâm Đồng"},
    {"070", u"Bình Phước"},
    {"072", u"Tây Ninh"},
    {"074", u"Bình Dương"},
    {"075", u"Đồng Nai"},
    {"077", u"Bà Rịa - Vũng Tàu"},
    {"079", u"Hồ Chí Minh"},
    {"080", u"Long An"},
    {"082", u"Tiền Giang"},
    {"083", u"Bến Tre"},
    {"084", u"Trà Vinh"},
    {"086", u"Vĩnh Long"},
    {"087", u"Đồng Tháp"},
    {"089", u"An Giang"},
    {"091", u"Kiên Giang"},
    {"092", u"Cần Thơ"},
    {"093", u"Hậu Giang"},
    {"094", u"Sóc Trăng"},
    {"095", u"Bạc Liêu"},
    {"096", u"Cà Mau"},
}};

// A person born more than this many years before `today` is implausible.
constexpr int kMaxAgeYears = 130;

bool isZeroWidth(char16_t c)
{
    return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}

bool isAsciiDigit(char32_t cp)
{
    return cp >= U'0' && cp <= U'9';
}
bool isAsciiLetter(char32_t cp)
{
    return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z');
}
bool isSurrogate(char32_t cp)
{
    return cp >= 0xD800 && cp <= 0xDFFF;
}

// Returns the code point at s[i] and moves i past it; a lone surrogate is
// returned as itself.
char32_t nextCodePoint(QStringView s, qsizetype &i)
{
    const QChar c = s[i++];
    if (c.isHighSurrogate() && i < s.size() && s[i].isLowSurrogate())
        return QChar::surrogateToUcs4(c, s[i++]);
    return c.unicode();
}

// "'x' (U+0078)" for a visible character, "U+0007" otherwise.
QString describe(char32_t cp)
{
    const QString code = QStringLiteral("U+%1").arg(uint(cp), 4, 16, QLatin1Char('0')).toUpper();
    if (isSurrogate(cp) || !QChar::isPrint(cp) || QChar::isSpace(cp) || QChar::isMark(cp))
        return code;
    return QStringLiteral("'%1' (%2)").arg(QString::fromUcs4(&cp, 1), code);
}

QString stripZeroWidth(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (!isZeroWidth(c.unicode()))
            out += c;
    }
    return out;
}

// normalizeText applied to each line; CRLF and CR become LF, leading and
// trailing empty lines are dropped.
QString normalizeMultiline(const QString &s)
{
    QString t = s;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = t.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = normalizeText(line);
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QString digitsWord(qsizetype n)
{
    return n == 1 ? QStringLiteral("1 digit") : QStringLiteral("%1 digits").arg(n);
}

} // namespace

QString normalizeText(const QString &s)
{
    // Zero-width characters go before NFC so that they do not block composition.
    const QString nfc = stripZeroWidth(s).normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size());
    bool pendingSpace = false;
    for (QChar c : nfc) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += c;
    }
    return out;
}

// Also applies normalizeText, so surrounding and repeated whitespace do not
// affect matching.
QString foldForSearch(const QString &s)
{
    const QString nfd = normalizeText(s).normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(nfd.size());
    for (qsizetype i = 0; i < nfd.size();) {
        const char32_t cp = nextCodePoint(nfd, i);
        if (QChar::isMark(cp))
            continue;
        if (cp == U'đ' || cp == U'Đ')
            out += QLatin1Char('d');
        else
            out += QString::fromUcs4(&cp, 1);
    }
    return out.toLower().normalized(QString::NormalizationForm_C);
}

// Whitespace of any kind (tab, newline, no-break space) becomes a single
// space. The name must start with a letter; a combining mark must follow a
// letter or another mark. Length is counted in UTF-16 code units, as the UI
// counts it.
Result<QString> validatePersonName(const QString &s)
{
    const QString field = QStringLiteral("name");
    const QString name = normalizeText(s);
    if (name.isEmpty())
        return Error::invalid(field, QStringLiteral("name is required"));

    bool afterLetter = false; // previous code point is a letter or a mark
    for (qsizetype i = 0; i < name.size();) {
        const char32_t cp = nextCodePoint(name, i);
        if (QChar::isLetter(cp)) {
            afterLetter = true;
            continue;
        }
        if (QChar::isMark(cp)) {
            if (!afterLetter)
                return Error::invalid(
                    field,
                    QStringLiteral("name has a combining mark %1 that does not follow a letter").arg(describe(cp)));
            continue;
        }
        afterLetter = false;
        if (cp == U' ' || cp == U'.' || cp == U'\'' || cp == U'-')
            continue;
        if (QChar::isNumber(cp))
            return Error::invalid(field, QStringLiteral("name must not contain digits (found %1)").arg(describe(cp)));
        if (isSurrogate(cp))
            return Error::invalid(
                field, QStringLiteral("name contains invalid Unicode (lone surrogate %1)").arg(describe(cp)));
        if (QChar::category(cp) == QChar::Other_Control)
            return Error::invalid(field, QStringLiteral("name contains a control character (%1)").arg(describe(cp)));
        return Error::invalid(
            field, QStringLiteral("name contains %1, which is not allowed; use letters, spaces and . ' - only")
                       .arg(describe(cp)));
    }

    qsizetype first = 0;
    if (!QChar::isLetter(nextCodePoint(name, first)))
        return Error::invalid(field, QStringLiteral("name must start with a letter"));
    if (name.size() < limits::NameMin)
        return Error::invalid(
            field, QStringLiteral("name is too short; it needs at least %1 characters").arg(limits::NameMin));
    if (name.size() > limits::NameMax)
        return Error::invalid(
            field, QStringLiteral("name has %1 characters; the limit is %2").arg(name.size()).arg(limits::NameMax));
    return name;
}

// The birth year is checked against `today` only when `today` is valid.
Result<IdNumber> validateIdNumber(const QString &s, const QDate &today)
{
    const QString field = QStringLiteral("idNumber");
    const QString t = normalizeText(s);

    QString compact;
    bool hasLetter = false;
    for (qsizetype i = 0; i < t.size();) {
        const char32_t cp = nextCodePoint(t, i);
        if (cp == U'.' || cp == U' ')
            continue;
        if (isAsciiDigit(cp)) {
            compact += QChar(char16_t(cp));
        } else if (isAsciiLetter(cp)) {
            compact += QChar(char16_t(cp)).toUpper();
            hasLetter = true;
        } else if (QChar::isDigit(cp)) {
            return Error::invalid(
                field, QStringLiteral("ID number contains the non-ASCII digit %1; only digits 0-9 are accepted")
                           .arg(describe(cp)));
        } else {
            return Error::invalid(
                field,
                QStringLiteral("ID number contains %1; only digits 0-9, Latin letters, spaces and dots are allowed")
                    .arg(describe(cp)));
        }
    }
    if (compact.isEmpty())
        return Error::invalid(field, QStringLiteral("ID number is required"));

    IdNumber id;
    id.value = compact;
    if (hasLetter) {
        if (compact.size() < 6 || compact.size() > 20)
            return Error::invalid(
                field, QStringLiteral("passport number has %1 characters; it must have 6 to 20 letters and digits")
                           .arg(compact.size()));
        id.kind = IdKind::Passport;
        return id;
    }
    if (compact.size() == 9) {
        id.kind = IdKind::LegacyId9;
        return id;
    }
    if (compact.size() != 12)
        return Error::invalid(field, QStringLiteral("ID number has %1; a citizen ID has 12 and an old ID card 9")
                                         .arg(digitsWord(compact.size())));

    id.kind = IdKind::CitizenId12;
    id.provinceCode = compact.left(3);
    id.provinceName = provinceForCode(id.provinceCode);
    if (id.provinceName.isEmpty())
        return Error::invalid(field, QStringLiteral("unknown province code %1").arg(id.provinceCode));

    // Digit 4: even = male, odd = female; pairs 0-1, 2-3, 4-5, 6-7 are the
    // 1900s..2200s, 8-9 the 1800s.
    static constexpr int kCentury[10] = {1900, 1900, 2000, 2000, 2100, 2100, 2200, 2200, 1800, 1800};
    const int genderDigit = compact.at(3).digitValue();
    id.female = genderDigit % 2 == 1;
    id.birthYear = kCentury[genderDigit] + compact.mid(4, 2).toInt();
    if (today.isValid()) {
        if (id.birthYear > today.year())
            return Error::invalid(
                field,
                QStringLiteral("ID number gives birth year %1 (digits 4-6), which is in the future").arg(id.birthYear));
        if (id.birthYear < today.year() - kMaxAgeYears)
            return Error::invalid(field,
                                  QStringLiteral("ID number gives birth year %1 (digits 4-6), more than %2 years ago")
                                      .arg(id.birthYear)
                                      .arg(kMaxAgeYears));
    }
    return id;
}

// Also accepts a redundant trunk zero after the country code ("+84 0912...").
Result<QString> validatePhone(const QString &s)
{
    const QString field = QStringLiteral("phone");
    const QString t = normalizeText(s);
    if (t.isEmpty())
        return Error::invalid(field, QStringLiteral("phone number is required"));

    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < t.size();) {
        const char32_t cp = nextCodePoint(t, i);
        if (cp == U' ' || cp == U'.' || cp == U'-')
            continue;
        if (cp == U'+' && !plus && digits.isEmpty()) {
            plus = true;
        } else if (isAsciiDigit(cp)) {
            digits += QChar(char16_t(cp));
        } else if (QChar::isDigit(cp)) {
            return Error::invalid(
                field, QStringLiteral("phone number contains the non-ASCII digit %1; only digits 0-9 are accepted")
                           .arg(describe(cp)));
        } else {
            return Error::invalid(
                field, QStringLiteral(
                           "phone number contains %1; only digits, spaces, dots, dashes and a leading + are allowed")
                           .arg(describe(cp)));
        }
    }
    if (digits.isEmpty())
        return Error::invalid(field, QStringLiteral("phone number is required"));

    const QString countryCode = QStringLiteral("84");
    if (plus && !digits.startsWith(countryCode))
        return Error::invalid(field, QStringLiteral("only Vietnamese phone numbers (+84) are accepted"));
    if (digits.startsWith(countryCode)) {
        digits.remove(0, countryCode.size());
        if (!digits.startsWith(QLatin1Char('0')))
            digits.prepend(QLatin1Char('0'));
    }
    if (!digits.startsWith(QLatin1Char('0')))
        return Error::invalid(field, QStringLiteral("phone number must start with 0 or +84"));

    if (digits.size() == 10) {
        const QChar second = digits.at(1);
        if (second == u'3' || second == u'5' || second == u'7' || second == u'8' || second == u'9')
            return digits;
        return Error::invalid(field, QStringLiteral("a 10-digit mobile number must start with 03, 05, 07, 08 or 09"));
    }
    if (digits.size() == 11) {
        if (digits.at(1) == u'2')
            return digits;
        return Error::invalid(field, QStringLiteral("an 11-digit landline number must start with 02"));
    }
    return Error::invalid(
        field,
        QStringLiteral("phone number has %1; a mobile number has 10 and a landline 11").arg(digitsWord(digits.size())));
}

// Line breaks are kept (CRLF and CR become LF); each line is normalised like
// normalizeText, so a tab becomes a space; leading and trailing empty lines are
// dropped. Length is counted in UTF-16 code units after normalisation.
Result<QString> validateText(const QString &field, const QString &s, int maxChars, bool required)
{
    for (qsizetype i = 0; i < s.size();) {
        const char32_t cp = nextCodePoint(s, i);
        if (isSurrogate(cp))
            return Error::invalid(
                field, QStringLiteral("%1 contains invalid Unicode (lone surrogate %2)").arg(field, describe(cp)));
        if (QChar::category(cp) == QChar::Other_Control && cp != U'\n' && cp != U'\r' && cp != U'\t')
            return Error::invalid(field,
                                  QStringLiteral("%1 contains a control character (%2)").arg(field, describe(cp)));
    }
    const QString text = normalizeMultiline(s);
    if (text.isEmpty() && required)
        return Error::invalid(field, QStringLiteral("%1 is required").arg(field));
    if (text.size() > maxChars)
        return Error::invalid(
            field, QStringLiteral("%1 has %2 characters; the limit is %3").arg(field).arg(text.size()).arg(maxChars));
    return text;
}

Result<QDate> parseUserDate(const QString &field, const QString &text)
{
    static const QRegularExpression dmy(
        QStringLiteral(R"(^([0-9]{1,2})\s*[/.\-]\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{4})$)"));
    static const QRegularExpression iso(QStringLiteral(R"(^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$)"));
    const QString t = text.trimmed();
    const QString form = QStringLiteral("write it as day/month/year, e.g. 01/12/2026");
    if (t.isEmpty())
        return Error::invalid(field, QStringLiteral("%1 is empty: %2").arg(field, form));
    int y = 0, m = 0, d = 0;
    if (const auto a = dmy.match(t); a.hasMatch()) {
        d = a.captured(1).toInt();
        m = a.captured(2).toInt();
        y = a.captured(3).toInt();
    } else if (const auto b = iso.match(t); b.hasMatch()) {
        y = b.captured(1).toInt();
        m = b.captured(2).toInt();
        d = b.captured(3).toInt();
    } else {
        return Error::invalid(field, QStringLiteral("%1 \"%2\" is not a date: %3").arg(field, t.left(40), form));
    }
    if (y < 1900 || y > 2999)
        return Error::invalid(field, QStringLiteral("%1 %2 is not between the years 1900 and 2999").arg(field, t));
    const QDate date(y, m, d);
    if (!date.isValid())
        return Error::invalid(field, QStringLiteral("%1 %2 is not a day of the calendar: %3").arg(field, t, form));
    return date;
}

QString provinceForCode(const QString &code)
{
    for (const Province &p : kProvinces) {
        if (code == QLatin1String(p.code))
            return QString::fromUtf16(p.name);
    }
    return {};
}

} // namespace tiepdan
