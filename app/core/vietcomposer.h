// Vietnamese typing: Telex and VNI composition and tone / diacritic keys,
// as pure functions over the text before the cursor. The on-screen keyboard
// (app/ui/keyboardcontroller) turns each tap into one Edit and applies it to
// the focused field at once, so nothing is ever left "composing": what the
// citizen sees in the field is what the field holds.
//
// Contract
// - Every function looks only at the last word of `before` (the letters
//   after the last space, digit or punctuation) and returns the Edit that
//   replaces its tail. Output is NFC (precomposed: "ễ" is U+1EC5), whatever
//   the input's normalisation; case is kept ("NGUYEENX" -> "NGUYỄN").
// - A key applies a mark or a tone only when the word so far is a possible
//   Vietnamese syllable (initial consonant cluster from the standard list,
//   a vowel nucleus, an allowed final: c ch k m n ng nh p t, k for place
//   names such as Đắk Lắk) and the mark fits one of its vowels; otherwise
//   the key is typed as the letter it is ("Street" + "s" -> "Streets").
// - Repeating a key undoes it and types it literally, as Unikey does:
//   "as" -> "á", "ass" -> "as"; "aa" -> "â", "aaa" -> "aa"; "dd" -> "đ",
//   "ddd" -> "dd"; VNI "a1" -> "á", "a11" -> "a1". (Only exception: a horn
//   key on a finished "ươ" is absorbed, so that "uwow" gives "ươ".)
// - Tones go on the vowel the orthography asks for: the vowel with a
//   diacritic (â ă ê ô ơ ư; ơ in "ươ"); else with a final consonant, the last
//   vowel ("hoàng", "tuấn"); else of three vowels the middle one ("khuỷu",
//   "ngoài"); else of two the first ("mùa", "tài"), except oa/oe/uy, which
//   take it on the second in the Modern style ("hoà", "thuỷ") and on the
//   first in the Traditional style ("hòa", "thủy"). "gi" and "qu" are
//   initials: "giữ", "quyết". A mark typed later moves an existing tone to
//   its new place ("thuowngf"/"truongwf" style input gives "thường").
// - Telex: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, w alone ư (or horn on the
//   word's u/o: "uow"/"uwow"/"uwo" -> "ươ"), dd đ (also d typed later in a
//   word that starts with d: "dangd" -> "đang"), s sắc, f huyền, r hỏi,
//   x ngã, j nặng, z removes the tone; a mark letter typed later in the word
//   applies to the vowel it names ("nguyene" -> "nguyên", "tuaan" -> "tuân").
// - VNI: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng, 6 circumflex (â ê ô),
//   7 horn (ơ ư; "uo7" -> "ươ"), 8 breve (ă), 9 đ, 0 removes the tone; a
//   digit after a word with no vowel, or after a non-letter, is a digit.
#pragma once

#include <QString>
#include <QStringView>

namespace tiepdan::viet {

enum class InputMethod {
    Plain, // every key is its letter; tone and mark keys still work
    Telex,
    Vni,
};

enum class ToneStyle {
    Traditional, // hòa, thủy, khỏe
    Modern,      // hoà, thuỷ, khoẻ
};

enum class Tone { None, Acute, Grave, Hook, Tilde, Dot }; // -, sắc, huyền, hỏi, ngã, nặng

enum class Mark { Circumflex, Breve, Horn, Stroke }; // â ê ô, ă, ơ ư, đ

// Replace the `removeBefore` characters before the cursor by `insert`.
struct Edit {
    int removeBefore = 0;
    QString insert;
    bool operator==(const Edit &) const = default;
};

class Composer {
public:
    explicit Composer(InputMethod method = InputMethod::Telex, ToneStyle style = ToneStyle::Traditional)
        : m_method(method), m_style(style)
    {
    }
    InputMethod method() const { return m_method; }
    ToneStyle style() const { return m_style; }

    // The effect of typing `key` (one character, as the key's label: "a",
    // "A", "6", " ") with `before` in the field before the cursor. A plain
    // key gives {0, key}.
    Edit type(QStringView before, QChar key) const;

    // A tone key: the tone on the word before the cursor (moving an existing
    // one). The same tone again removes it (no letter is typed: the key is
    // not a letter). {0, ""} when it cannot apply: no vowel, not a possible
    // syllable, or huyền/hỏi/ngã after a final c, ch, p or t.
    Edit applyTone(QStringView before, Tone tone) const;

    // A diacritic key: the mark on the vowel of the word that takes it
    // (Circumflex: a e o; Breve: a; Horn: o u, both in "uo"; Stroke: d); the
    // same mark again removes it. {0, ""} when nothing in the word takes it.
    Edit applyMark(QStringView before, Mark mark) const;

    // The last word of `before` as applyTone would leave it; empty when the
    // tone cannot apply. For the keyboard's key labels ("nguyên" + sắc ->
    // "nguyến").
    QString preview(QStringView before, Tone tone) const;

    // Types `keys` one by one into an empty field and returns the text
    // (the tests' tables).
    QString typeAll(QStringView keys) const;

private:
    InputMethod m_method;
    ToneStyle m_style;
};

// Applies `edit` to `text` whose cursor is at its end.
QString applyEdit(const QString &text, const Edit &edit);

} // namespace tiepdan::viet
