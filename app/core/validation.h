// Validation and normalisation of what visitors and officers type.
// Every function is pure. A validating function returns the value to store
// (NFC, trimmed, inner whitespace collapsed) or an Error naming the field,
// with a short specific English message ("ID number must have 12 digits");
// the UI translates by field and shows the message.
#pragma once

#include "result.h"

#include <QDate>
#include <QString>

namespace tiepdan {

// Limits shared by the UI (max lengths of inputs) and the storage layer.
namespace limits {
constexpr int NameMin = 2; // characters of a person's name
constexpr int NameMax = 100;
constexpr int AddressMax = 300;
constexpr int ContentMax = 20000; // content of a matter
constexpr int ShortTextMax = 500; // agency names, notes lines, follow-up
constexpr int NotesMax = 4000;
constexpr int GroupSizeMax = 10000;
constexpr int UnsealReasonMin = 5; // the reason given for opening a sealed identity
} // namespace limits

// NFC, trim, collapse runs of whitespace to one space, strip zero-width chars.
QString normalizeText(const QString &s);

// Folded form for search: NFD, combining marks removed, đ/Đ -> d, lower case,
// NFC. "Nguyễn Văn Đức" -> "nguyen van duc". Used for the FTS index and queries.
QString foldForSearch(const QString &s);

// A person's full name: letters (any script, with diacritics), spaces, and
// . ' - only; NameMin..NameMax chars after normalisation. Rejects digits, emoji,
// control characters, SQL-looking punctuation. Returns the NFC name.
Result<QString> validatePersonName(const QString &s);

enum class IdKind { CitizenId12, LegacyId9, Passport };

struct IdNumber {
    IdKind kind = IdKind::CitizenId12;
    QString value; // digits only / upper-case passport
    // CitizenId12 only:
    QString provinceCode; // "001"
    QString provinceName; // "Hà Nội"
    bool female = false;
    int birthYear = 0;
};

// Accepts spaces and dots as separators ("001 099 012345"). `today` bounds the
// birth year (no births in the future). kind is detected: 12 digits = citizen
// ID (structure checked: province code, century/sex digit, year), 9 digits =
// legacy CMND, a letter followed by 7-8 digits or 6-20 alphanumerics with at
// least one letter = passport.
Result<IdNumber> validateIdNumber(const QString &s, const QDate &today);

// Vietnamese phone: mobile 0[35789]xxxxxxxx (10 digits) or landline
// 02xxxxxxxxx (11 digits); "+84" / "84" prefix and spaces, dots, dashes are
// accepted and normalised to the leading-zero form.
Result<QString> validatePhone(const QString &s);

// Free text (address, content, notes): normalised; rejects control characters
// other than newline/tab, rejects text longer than maxChars, and when
// required rejects empty text. Emoji and any other Unicode are kept.
Result<QString> validateText(const QString &field, const QString &s, int maxChars, bool required);

// A date typed on a screen: d/M/yyyy as every paper and screen of the office
// writes it (01/12/2026, 1/12/2026; "." or "-" also separate, spaces around
// them are ignored) or ISO yyyy-MM-dd. Years 1900-2999. Refuses empty text,
// any other form and dates that do not exist (31/02/2026, 29/02/2025) with
// an Error naming `field` and saying the expected form.
Result<QDate> parseUserDate(const QString &field, const QString &text);

// Name of the province that issued a citizen ID by its 3-digit code, or empty.
QString provinceForCode(const QString &code);

} // namespace tiepdan
