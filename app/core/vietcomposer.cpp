// Implements vietcomposer.h. The last word before the cursor is decoded into
// letters (base, diacritic, tone, case), parsed as a syllable, changed and
// encoded again. Nothing is remembered between keys: every rule reads only
// the text, which is why a few of Unikey's history-based rules are
// approximated (see putMark and telexW).
#include "vietcomposer.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <initializer_list>
#include <optional>

using namespace Qt::StringLiterals;

namespace tiepdan::viet {
namespace {

// A letter's diacritic: 0 none, else Mark + 1.
constexpr int kNoMark = 0;
constexpr int kHat = int(Mark::Circumflex) + 1;
constexpr int kBreve = int(Mark::Breve) + 1;
constexpr int kHorn = int(Mark::Horn) + 1;
constexpr int kStroke = int(Mark::Stroke) + 1;

// A Vietnamese syllable is at most 7 letters; with NFD marks well under this.
// Longer letter runs are not Vietnamese and are not even normalised.
constexpr qsizetype kMaxWord = 24;

struct Letter {
    char16_t base = 0; // lower-case a-z
    int mark = kNoMark;
    int tone = 0; // Tone as int
    bool upper = false;
};
using Word = QList<Letter>;

// The vowels [nucleus, end) of a parsed word; the initial is before them, the
// final after them. nucleus == end for a word of consonants only.
struct Syllable {
    int nucleus = 0;
    int end = 0;
};

enum class Outcome {
    None,     // the key does not act: it is typed as itself
    Applied,  // the word changed; the key is consumed
    Undone,   // the mark or tone was already there: removed, key typed too
    Absorbed, // already in place (the second w of "uwow"): the key vanishes
};

bool isVowel(char16_t b)
{
    return b == u'a' || b == u'e' || b == u'i' || b == u'o' || b == u'u' || b == u'y';
}

bool takes(char16_t base, int mark)
{
    switch (mark) {
    case kHat: return base == u'a' || base == u'e' || base == u'o';
    case kBreve: return base == u'a';
    case kHorn: return base == u'o' || base == u'u';
    case kStroke: return base == u'd';
    default: return true;
    }
}

bool oneOf(QStringView s, std::initializer_list<QStringView> list)
{
    return std::find(list.begin(), list.end(), s) != list.end();
}

struct Charset {
    QHash<char16_t, Letter> decode;
    QHash<int, QChar> encode;
    static int key(const Letter &l) { return l.base | l.mark << 8 | l.tone << 12 | int(l.upper) << 16; }
};

// Every Latin letter and Vietnamese vowel, built by composing base + mark +
// tone so that the table cannot disagree with Unicode's NFC.
const Charset &charset()
{
    static const Charset cs = [] {
        Charset cs;
        const char16_t marks[] = {0, 0x0302, 0x0306, 0x031B};
        const char16_t tones[] = {0, 0x0301, 0x0300, 0x0309, 0x0303, 0x0323};
        const auto add = [&cs](QChar c, const Letter &l) {
            cs.decode.insert(c.unicode(), l);
            cs.encode.insert(Charset::key(l), c);
        };
        for (char16_t b = u'a'; b <= u'z'; ++b) {
            for (int m = kNoMark; m <= kHorn; ++m) {
                for (int t = 0; t <= 5 && takes(b, m) && (t == 0 || isVowel(b)); ++t) {
                    for (bool upper : {false, true}) {
                        QString s(QChar(upper ? char16_t(b - u'a' + u'A') : b));
                        if (m != kNoMark)
                            s += QChar(marks[m]);
                        if (t != 0)
                            s += QChar(tones[t]);
                        s = s.normalized(QString::NormalizationForm_C);
                        Q_ASSERT(s.size() == 1);
                        add(s.front(), Letter{b, m, t, upper});
                    }
                }
            }
        }
        add(QChar(0x0111), Letter{u'd', kStroke, 0, false}); // đ
        add(QChar(0x0110), Letter{u'd', kStroke, 0, true});  // Đ
        return cs;
    }();
    return cs;
}

std::optional<Word> decode(QStringView text)
{
    const QString nfc = text.toString().normalized(QString::NormalizationForm_C);
    Word w;
    for (QChar c : nfc) {
        const auto it = charset().decode.constFind(c.unicode());
        if (it == charset().decode.constEnd())
            return std::nullopt;
        w.append(*it);
    }
    return w;
}

QString encode(const Word &w)
{
    QString s;
    for (const Letter &l : w)
        s += charset().encode.value(Charset::key(l), QChar(l.base));
    return s;
}

struct Nucleus {
    Word letters;
    bool open; // takes no final consonant
};

// The vowel clusters of standard orthography, with their diacritics.
const QList<Nucleus> &nuclei()
{
    static const QList<Nucleus> list = [] {
        QList<Nucleus> list;
        const auto add = [&list](std::initializer_list<QStringView> clusters, bool open) {
            for (QStringView c : clusters)
                list.append({*decode(c), open});
        };
        add({u"a",  u"ă",  u"â",  u"e",  u"ê",  u"i",  u"o",  u"ô",  u"ơ",  u"u",  u"ư",  u"iê",
             u"oa", u"oă", u"oe", u"oo", u"uâ", u"uê", u"uô", u"ươ", u"uy", u"yê", u"uyê"},
            false);
        add({u"y",   u"ai",  u"ao",  u"au",  u"ay",  u"âu",  u"ây",  u"eo",  u"êu", u"ia",  u"iu",
             u"oi",  u"ôi",  u"ơi",  u"ua",  u"ui",  u"uơ",  u"ưa",  u"ưi",  u"ưu", u"iêu", u"yêu",
             u"oai", u"oay", u"oeo", u"uây", u"uôi", u"ươi", u"ươu", u"uya", u"uyu"},
            true);
        return list;
    }();
    return list;
}

// A vowel still waiting for its diacritic fits too: "uo" may become "ươ" or
// "uô", "tien" is "tiên" half typed.
bool nucleusFits(const Word &w, int from, int to, bool hasFinal)
{
    for (const Nucleus &n : nuclei()) {
        if (n.letters.size() != to - from || (hasFinal && n.open))
            continue;
        bool match = true;
        for (int k = 0; k < n.letters.size() && match; ++k) {
            const Letter &a = w[from + k];
            match = a.base == n.letters[k].base && (a.mark == n.letters[k].mark || a.mark == kNoMark);
        }
        if (match)
            return true;
    }
    return false;
}

std::optional<Syllable> parse(const Word &w)
{
    const int n = int(w.size());
    int i = 0;
    QString initial;
    while (i < n && !isVowel(w[i].base))
        initial += QChar(w[i++].base);
    for (int k = 0; k < n; ++k)
        if (w[k].mark == kStroke && (k != 0 || initial != u"d"))
            return std::nullopt;
    if (initial == u"q") { // the u of "qu" belongs to the initial
        if (i == n || w[i].base != u'u' || w[i].mark != kNoMark)
            return std::nullopt;
        initial = u"qu"_s;
        ++i;
    } else if (initial == u"g" && i + 1 < n && w[i].base == u'i' && isVowel(w[i + 1].base)) {
        initial = u"gi"_s; // "gia", "giữ"; but "gì", "gìn" keep i as the vowel
        ++i;
    }
    if (!oneOf(initial, {u"",   u"b",   u"c",  u"ch", u"d",  u"g",  u"gh", u"gi", u"h", u"k",  u"kh", u"l", u"m", u"n",
                         u"ng", u"ngh", u"nh", u"p",  u"ph", u"qu", u"r",  u"s",  u"t", u"th", u"tr", u"v", u"x"}))
        return std::nullopt;
    int end = i;
    while (end < n && isVowel(w[end].base))
        ++end;
    QString final;
    for (int k = end; k < n; ++k)
        final += QChar(w[k].base); // a vowel here fails the list below
    // k: place names of the Central Highlands (Đắk Lắk, Krông Búk).
    if (!oneOf(final, {u"", u"c", u"ch", u"k", u"m", u"n", u"ng", u"nh", u"p", u"t"}))
        return std::nullopt;
    if (end == i ? !final.isEmpty() : end - i > 3 || !nucleusFits(w, i, end, !final.isEmpty()))
        return std::nullopt;
    return Syllable{i, end};
}

int toneOf(const Word &w)
{
    for (const Letter &l : w)
        if (l.tone != 0)
            return l.tone;
    return 0;
}

void clearTones(Word &w)
{
    for (Letter &l : w)
        l.tone = 0;
}

int tonePosition(const Word &w, const Syllable &s, ToneStyle style)
{
    int marked = -1; // the (last) vowel with a diacritic: ơ in "ươ"
    for (int k = s.nucleus; k < s.end; ++k)
        if (w[k].mark != kNoMark)
            marked = k;
    if (marked >= 0)
        return marked;
    const int count = s.end - s.nucleus;
    if (s.end < w.size() || count == 1)
        return s.end - 1;
    if (count == 3)
        return s.nucleus + 1;
    const QString pair = QChar(w[s.nucleus].base) + QString(QChar(w[s.nucleus + 1].base));
    if (style == ToneStyle::Modern && oneOf(pair, {u"oa", u"oe", u"uy"}))
        return s.nucleus + 1;
    return s.nucleus;
}

// Completes the horn pair and puts the tone where the orthography wants it,
// whatever key changed the word.
void finish(Word &w, ToneStyle style)
{
    const auto s = parse(w);
    if (!s || s->nucleus == s->end)
        return;
    for (int k = s->nucleus; k + 1 < s->end; ++k) {
        Letter &u = w[k];
        Letter &o = w[k + 1];
        if (u.base != u'u' || o.base != u'o')
            continue;
        if (u.mark == kHorn && o.mark == kNoMark)
            o.mark = kHorn; // "ưo" is not Vietnamese: "uwo" -> "ươ"
        else if (u.mark == kNoMark && o.mark == kHorn && k + 2 < w.size())
            u.mark = kHorn; // "uơ" only ends a word (thuở): "uơn" -> "ươn"
    }
    const int tone = toneOf(w);
    clearTones(w);
    if (tone != 0)
        w[tonePosition(w, *s, style)].tone = tone;
}

QString render(Word w, ToneStyle style)
{
    finish(w, style);
    return encode(w);
}

Outcome putTone(Word &w, const Syllable &s, int tone)
{
    if (s.nucleus == s.end)
        return Outcome::None;
    const int current = toneOf(w);
    if (tone == 0 || tone == current) {
        if (current == 0)
            return Outcome::None;
        clearTones(w);
        return tone == 0 ? Outcome::Applied : Outcome::Undone;
    }
    // A syllable ending in c, ch, p or t takes only sắc or nặng.
    const bool stop = s.end < w.size() && (w[s.end].base == u'c' || w[s.end].base == u'k' || w[s.end].base == u'p' ||
                                           w[s.end].base == u't');
    if (stop && tone != int(Tone::Acute) && tone != int(Tone::Dot))
        return Outcome::None;
    clearTones(w);
    w[s.nucleus].tone = tone; // finish() moves it to its place
    return Outcome::Applied;
}

// Puts `mark` on the letter that takes it; `named` (Telex a/e/o) restricts
// the vowel. Typed keys cannot tell "uwo"+"w" (want ươ) from "uow"+"w" (want
// "uow") without history, so a complete "ươ" absorbs a typed horn
// (`absorbPair`); the diacritic key removes it.
Outcome putMark(Word &w, const Syllable &s, int mark, char16_t named, bool absorbPair)
{
    if (mark == kStroke) {
        if (s.nucleus != 1 || w[0].base != u'd')
            return Outcome::None;
        const bool undo = w[0].mark == kStroke;
        w[0].mark = undo ? kNoMark : kStroke;
        return undo ? Outcome::Undone : Outcome::Applied;
    }
    if (mark == kHorn) {
        for (int k = s.nucleus; k + 1 < s.end; ++k) {
            if (w[k].base != u'u' || w[k + 1].base != u'o')
                continue;
            const bool both = w[k].mark == kHorn && w[k + 1].mark == kHorn;
            if (both && absorbPair)
                return Outcome::Absorbed;
            w[k].mark = w[k + 1].mark = both ? kNoMark : kHorn;
            return both ? Outcome::Undone : Outcome::Applied;
        }
    }
    QList<int> candidates;
    for (int k = s.nucleus; k < s.end; ++k)
        if (takes(w[k].base, mark) && (named == 0 || w[k].base == named))
            candidates.append(k);
    for (int k : candidates) {
        if (w[k].mark == mark) {
            w[k].mark = kNoMark;
            return Outcome::Undone;
        }
    }
    for (auto it = candidates.crbegin(); it != candidates.crend(); ++it) {
        Word trial = w;
        trial[*it].mark = mark;
        if (mark == kHat && *it > s.nucleus && trial[*it - 1].base == u'u' && trial[*it].base == u'o')
            trial[*it - 1].mark = kNoMark; // "ươ" + circumflex -> "uô"
        if (parse(trial)) {
            w = trial;
            return Outcome::Applied;
        }
    }
    return Outcome::None;
}

// Telex w: ư on its own, else horn (both letters of "uo"), else breve.
Outcome telexW(Word &w, const Syllable &s, QChar key)
{
    if (s.nucleus == s.end) { // consonants only: "w" -> "ư", "nhw" -> "như"
        if (!w.isEmpty() && w[0].base == u'q')
            return Outcome::None;
        w.append(Letter{u'u', kHorn, 0, key.isUpper()});
        return Outcome::Applied;
    }
    Letter &vowel = w[s.nucleus];
    if (s.end == w.size() && s.end - s.nucleus == 1 && vowel.base == u'u' && vowel.mark == kHorn && vowel.tone == 0) {
        // Most likely made by a lone w: "ww" -> "w", as in Unikey.
        vowel = Letter{u'w', kNoMark, 0, vowel.upper};
        return Outcome::Applied;
    }
    const Outcome o = putMark(w, s, kHorn, 0, true);
    return o != Outcome::None ? o : putMark(w, s, kBreve, 0, true);
}

struct KeyRole {
    enum Kind { Letter, Tone, Mark } kind = Letter;
    int value = 0;
    char16_t named = 0;
};

KeyRole roleOf(InputMethod method, QChar key)
{
    const char16_t c = key.toLower().unicode();
    if (method == InputMethod::Telex) {
        switch (c) {
        case u's': return {KeyRole::Tone, int(Tone::Acute)};
        case u'f': return {KeyRole::Tone, int(Tone::Grave)};
        case u'r': return {KeyRole::Tone, int(Tone::Hook)};
        case u'x': return {KeyRole::Tone, int(Tone::Tilde)};
        case u'j': return {KeyRole::Tone, int(Tone::Dot)};
        case u'z': return {KeyRole::Tone, 0};
        case u'a':
        case u'e':
        case u'o': return {KeyRole::Mark, kHat, c};
        case u'w': return {KeyRole::Mark, kHorn};
        case u'd': return {KeyRole::Mark, kStroke};
        default: break;
        }
    } else if (method == InputMethod::Vni && c >= u'0' && c <= u'9') {
        const int digit = c - u'0';
        if (digit <= 5)
            return {KeyRole::Tone, digit};
        const int marks[] = {kHat, kHorn, kBreve, kStroke};
        return {KeyRole::Mark, marks[digit - 6]};
    }
    return {};
}

// The word before the cursor, decoded and parsed.
struct Target {
    QStringView raw; // as it is in the field (maybe NFD)
    Word word;
    Syllable syllable;
};

std::optional<Target> target(QStringView before)
{
    qsizetype i = before.size();
    while (i > 0 && (before[i - 1].isLetter() || before[i - 1].isMark())) {
        if (before.size() - i >= kMaxWord)
            return std::nullopt;
        --i;
    }
    const QStringView raw = before.sliced(i);
    const auto word = decode(raw);
    const auto syllable = word ? parse(*word) : std::nullopt;
    if (!syllable)
        return std::nullopt;
    return Target{raw, *word, *syllable};
}

// Replaces the whole word unless the new text only appends to it.
Edit replaceWord(QStringView raw, const QString &next)
{
    return next.startsWith(raw) ? Edit{0, next.sliced(raw.size())} : Edit{int(raw.size()), next};
}

} // namespace

Edit Composer::type(QStringView before, QChar key) const
{
    const Edit plain{0, QString(key)};
    const KeyRole role = roleOf(m_method, key);
    if (role.kind == KeyRole::Letter && !key.isLetter())
        return plain;
    auto t = target(before);
    if (!t)
        return plain; // not a Vietnamese word: leave it alone
    Word &w = t->word;
    Outcome o = Outcome::None;
    if (role.kind == KeyRole::Tone)
        o = putTone(w, t->syllable, role.value);
    else if (role.kind == KeyRole::Mark && m_method == InputMethod::Telex && role.value == kHorn)
        o = telexW(w, t->syllable, key);
    else if (role.kind == KeyRole::Mark)
        o = putMark(w, t->syllable, role.value, role.named, true);
    if (o == Outcome::Applied || o == Outcome::Absorbed)
        return replaceWord(t->raw, render(w, m_style));
    if (!key.isLetter()) // a VNI digit
        return o == Outcome::Undone ? replaceWord(t->raw, render(w, m_style) + key) : plain;
    const auto letter = charset().decode.constFind(key.unicode());
    if (letter == charset().decode.constEnd())
        return plain;
    w.append(*letter);
    // A plain letter can still move the tone: "hòa" + "n" -> "hoàn".
    if (o != Outcome::Undone && !parse(w))
        return plain;
    return replaceWord(t->raw, render(w, m_style));
}

Edit Composer::applyTone(QStringView before, Tone tone) const
{
    const QString next = preview(before, tone);
    return next.isEmpty() ? Edit{} : replaceWord(target(before)->raw, next);
}

Edit Composer::applyMark(QStringView before, Mark mark) const
{
    auto t = target(before);
    if (!t || putMark(t->word, t->syllable, int(mark) + 1, 0, false) == Outcome::None)
        return {};
    return replaceWord(t->raw, render(t->word, m_style));
}

QString Composer::preview(QStringView before, Tone tone) const
{
    auto t = target(before);
    if (!t || putTone(t->word, t->syllable, int(tone)) == Outcome::None)
        return {};
    return render(t->word, m_style);
}

QString Composer::typeAll(QStringView keys) const
{
    QString text;
    for (QChar key : keys)
        text = applyEdit(text, type(text, key));
    return text;
}

QString applyEdit(const QString &text, const Edit &edit)
{
    const qsizetype keep = text.size() - qBound(qsizetype(0), qsizetype(edit.removeBefore), text.size());
    return text.first(keep) + edit.insert;
}

} // namespace tiepdan::viet
