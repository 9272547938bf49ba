// Tests of app/core/vietcomposer: Telex and VNI typing, the on-screen tone
// and diacritic keys, tone placement in both styles, and the edges of the
// text before the cursor.
//
// Sources of the tables: standard Vietnamese orthography (syllable
// structure, vowel clusters, tone position in both the Traditional "hòa" and
// the Modern "hoà" placement) and the Telex / VNI conventions of Unikey, the
// de-facto standard input method (free mark order, undo by repeating a key,
// "w" alone for ư).
// The words are common Vietnamese family names, given names, provinces and
// the everyday words of a citizen-reception office.
#include "vietcomposer.h"
#include "vietcomposer_rows.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace tiepdan::viet;
using namespace Qt::StringLiterals;
using namespace vietrows;

namespace {

// The tone of `word` and the word without it (NFC).
std::pair<QString, Tone> stripTone(const QString &word)
{
    QString bare;
    Tone tone = Tone::None;
    for (QChar c : word.normalized(QString::NormalizationForm_D)) {
        switch (c.unicode()) {
        case 0x0301: tone = Tone::Acute; break;
        case 0x0300: tone = Tone::Grave; break;
        case 0x0309: tone = Tone::Hook; break;
        case 0x0303: tone = Tone::Tilde; break;
        case 0x0323: tone = Tone::Dot; break;
        default: bare += c;
        }
    }
    return {bare.normalized(QString::NormalizationForm_C), tone};
}

// The diacritics of `word` (đ as Stroke) and the word without them or its tone.
std::pair<QString, QList<Mark>> stripMarks(const QString &word)
{
    QString bare;
    QList<Mark> marks;
    const auto add = [&marks](Mark m) {
        if (!marks.contains(m))
            marks.append(m);
    };
    for (QChar c : stripTone(word).first.normalized(QString::NormalizationForm_D)) {
        switch (c.unicode()) {
        case 0x0302: add(Mark::Circumflex); break;
        case 0x0306: add(Mark::Breve); break;
        case 0x031B: add(Mark::Horn); break;
        case 0x0110:
        case 0x0111:
            add(Mark::Stroke);
            bare += c == QChar(0x0110) ? u'D' : u'd';
            break;
        default: bare += c;
        }
    }
    return {bare, marks};
}

QString typePlain(const Composer &c, QString text, QStringView letters)
{
    for (QChar l : letters)
        text = applyEdit(text, c.type(text, l));
    return text;
}

// Types `expected` again word by word with the on-screen keyboard: the
// letters (with their diacritics when `withMarks`, else bare followed by the
// diacritic keys), then the tone key.
QString retype(const QString &expected, ToneStyle style, bool withMarks)
{
    const Composer c(InputMethod::Plain, style);
    QString text;
    const QStringList words = expected.split(u' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            text = applyEdit(text, c.type(text, u' '));
        const auto [toneless, tone] = stripTone(words[i]);
        if (withMarks) {
            text = typePlain(c, text, toneless);
        } else {
            const auto [bare, marks] = stripMarks(words[i]);
            text = typePlain(c, text, bare);
            for (Mark m : marks)
                text = applyEdit(text, c.applyMark(text, m));
        }
        if (tone != Tone::None)
            text = applyEdit(text, c.applyTone(text, tone));
    }
    return text;
}

void addRows(const Row *begin, const Row *end)
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("traditional");
    QTest::addColumn<QString>("modern");
    for (const Row *r = begin; r != end; ++r) {
        const QString modern = (r->modern.isEmpty() ? r->traditional : r->modern).toString();
        QTest::addRow("%s", qPrintable(r->keys.toString()))
            << r->keys.toString() << r->traditional.toString() << modern;
    }
}

} // namespace

namespace tiepdan::viet {
// For QCOMPARE's failure messages.
char *toString(const Edit &edit)
{
    return QTest::toString(u"Edit{%1, \"%2\"}"_s.arg(edit.removeBefore).arg(edit.insert));
}
} // namespace tiepdan::viet

class TestVietComposer : public QObject {
    Q_OBJECT

private slots:
    void tables();

    void telex_data();
    void telex();

    void vni_data();
    void vni();

    void toneKeys_data();
    void toneKeys();

    void markKeys_data();
    void markKeys();

    void applyMark_data();
    void applyMark();

    void applyTone_data();
    void applyTone();

    void preview_data();
    void preview();

    void styles_data();
    void styles();

    void edits_data();
    void edits();

    void longField();
};

void TestVietComposer::tables()
{
    // Unique tags, enough rows, NFC expectations, every tone on every vowel.
    QSet<QStringView> keys;
    QSet<QString> combos;
    for (const Row &r : kTelex) {
        QVERIFY2(!keys.contains(r.keys), qPrintable(r.keys.toString()));
        keys.insert(r.keys);
        const QString t = r.traditional.toString();
        QCOMPARE(t, t.normalized(QString::NormalizationForm_C));
        for (QChar c : t) {
            const auto [bare, tone] = stripTone(QString(c).toLower());
            if (tone != Tone::None)
                combos.insert(bare + QString::number(int(tone)));
        }
    }
    QVERIFY(std::size(kTelex) >= 220);
    QVERIFY(std::size(kVni) >= 60);
    for (QChar v : u"aăâeêioôơuưy"_s)
        for (int t = 1; t <= 5; ++t)
            QVERIFY2(combos.contains(QString(v) + QString::number(t)), qPrintable(u"%1 tone %2"_s.arg(v).arg(t)));
    keys.clear();
    for (const Row &r : kVni) {
        QVERIFY2(!keys.contains(r.keys), qPrintable(r.keys.toString()));
        keys.insert(r.keys);
    }
}

void TestVietComposer::telex_data()
{
    addRows(std::begin(kTelex), std::end(kTelex));
}

void TestVietComposer::telex()
{
    QFETCH(QString, keys);
    QFETCH(QString, traditional);
    QFETCH(QString, modern);
    QCOMPARE(Composer(InputMethod::Telex, ToneStyle::Traditional).typeAll(keys), traditional);
    QCOMPARE(Composer(InputMethod::Telex, ToneStyle::Modern).typeAll(keys), modern);
}

void TestVietComposer::vni_data()
{
    addRows(std::begin(kVni), std::end(kVni));
}

void TestVietComposer::vni()
{
    QFETCH(QString, keys);
    QFETCH(QString, traditional);
    QFETCH(QString, modern);
    QCOMPARE(Composer(InputMethod::Vni, ToneStyle::Traditional).typeAll(keys), traditional);
    QCOMPARE(Composer(InputMethod::Vni, ToneStyle::Modern).typeAll(keys), modern);
}

void TestVietComposer::toneKeys_data()
{
    addRows(std::begin(kTelex), std::end(kTelex));
}

void TestVietComposer::toneKeys()
{
    // Every expected text of the Telex table, typed as letters with their
    // diacritics (Plain) and finished with the tone key.
    QFETCH(QString, traditional);
    QFETCH(QString, modern);
    QCOMPARE(retype(traditional, ToneStyle::Traditional, true), traditional);
    QCOMPARE(retype(modern, ToneStyle::Modern, true), modern);
}

void TestVietComposer::markKeys_data()
{
    addRows(std::begin(kTelex), std::end(kTelex));
}

void TestVietComposer::markKeys()
{
    // The same with bare letters and the diacritic keys: "truong" + Horn + Grave.
    QFETCH(QString, traditional);
    QFETCH(QString, modern);
    QCOMPARE(retype(traditional, ToneStyle::Traditional, false), traditional);
    QCOMPARE(retype(modern, ToneStyle::Modern, false), modern);
}

void TestVietComposer::applyMark_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<Mark>("mark");
    QTest::addColumn<QString>("after"); // the field afterwards; "-" for no edit

    QTest::newRow("nguyen circumflex") << u"nguyen"_s << Mark::Circumflex << u"nguyên"_s;
    QTest::newRow("truong horn") << u"truong"_s << Mark::Horn << u"trương"_s;
    QTest::newRow("dang stroke") << u"dang"_s << Mark::Stroke << u"đang"_s;
    QTest::newRow("d stroke") << u"d"_s << Mark::Stroke << u"đ"_s;
    QTest::newRow("D stroke") << u"Ông D"_s << Mark::Stroke << u"Ông Đ"_s;
    QTest::newRow("a breve") << u"a"_s << Mark::Breve << u"ă"_s;
    QTest::newRow("â breve replaces") << u"â"_s << Mark::Breve << u"ă"_s;
    QTest::newRow("ă circumflex replaces") << u"tăn"_s << Mark::Circumflex << u"tân"_s;
    QTest::newRow("tu horn") << u"tu"_s << Mark::Horn << u"tư"_s;
    QTest::newRow("mua horn") << u"mua"_s << Mark::Horn << u"mưa"_s;
    QTest::newRow("cuu horn first") << u"cuu"_s << Mark::Horn << u"cưu"_s;
    QTest::newRow("huou horn both") << u"huou"_s << Mark::Horn << u"hươu"_s;
    QTest::newRow("hoac breve") << u"hoac"_s << Mark::Breve << u"hoăc"_s;
    QTest::newRow("tuan circumflex") << u"Tuan"_s << Mark::Circumflex << u"Tuân"_s;
    QTest::newRow("tien circumflex") << u"tien"_s << Mark::Circumflex << u"tiên"_s;
    QTest::newRow("muon circumflex") << u"muon"_s << Mark::Circumflex << u"muôn"_s;
    QTest::newRow("ươ circumflex") << u"mươn"_s << Mark::Circumflex << u"muôn"_s;
    QTest::newRow("uô horn") << u"muôn"_s << Mark::Horn << u"mươn"_s;
    QTest::newRow("tone moves") << u"tuán"_s << Mark::Circumflex << u"tuấn"_s;
    QTest::newRow("tone moves to ơ") << u"thùong"_s << Mark::Horn << u"thường"_s;
    QTest::newRow("thuo horn both") << u"thuo"_s << Mark::Horn << u"thươ"_s;
    QTest::newRow("after a name") << u"Nguyễn Van"_s << Mark::Breve << u"Nguyễn Văn"_s;
    // The same mark again removes it.
    QTest::newRow("đang stroke again") << u"đang"_s << Mark::Stroke << u"dang"_s;
    QTest::newRow("trương horn again") << u"trương"_s << Mark::Horn << u"truong"_s;
    QTest::newRow("ă breve again") << u"ă"_s << Mark::Breve << u"a"_s;
    QTest::newRow("lê circumflex again") << u"lê"_s << Mark::Circumflex << u"le"_s;
    QTest::newRow("nguyễn circumflex again") << u"nguyễn"_s << Mark::Circumflex << u"nguyẽn"_s;
    // Nothing takes it.
    QTest::newRow("empty") << QString() << Mark::Circumflex << u"-"_s;
    QTest::newRow("after space") << u"xin "_s << Mark::Horn << u"-"_s;
    QTest::newRow("no vowel") << u"ng"_s << Mark::Horn << u"-"_s;
    QTest::newRow("ba horn") << u"ba"_s << Mark::Horn << u"-"_s;
    QTest::newRow("ba stroke") << u"ba"_s << Mark::Stroke << u"-"_s;
    QTest::newRow("ao circumflex") << u"bao"_s << Mark::Circumflex << u"-"_s;
    QTest::newRow("foreign word") << u"Street"_s << Mark::Circumflex << u"-"_s;
    QTest::newRow("after digit") << u"12"_s << Mark::Breve << u"-"_s;
}

void TestVietComposer::applyMark()
{
    QFETCH(QString, before);
    QFETCH(Mark, mark);
    QFETCH(QString, after);
    for (ToneStyle style : {ToneStyle::Traditional, ToneStyle::Modern}) {
        const Edit edit = Composer(InputMethod::Telex, style).applyMark(before, mark);
        if (after == u"-")
            QCOMPARE(edit, Edit{});
        else
            QCOMPARE(applyEdit(before, edit), after);
    }
}

void TestVietComposer::applyTone_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<Tone>("tone");
    QTest::addColumn<QString>("after"); // Traditional; "-" for no edit

    QTest::newRow("nguyên ngã") << u"nguyên"_s << Tone::Tilde << u"nguyễn"_s;
    QTest::newRow("moves the tone") << u"nguyến"_s << Tone::Tilde << u"nguyễn"_s;
    QTest::newRow("same removes") << u"nguyễn"_s << Tone::Tilde << u"nguyên"_s;
    QTest::newRow("none removes") << u"nguyễn"_s << Tone::None << u"nguyên"_s;
    QTest::newRow("none without tone") << u"nguyên"_s << Tone::None << u"-"_s;
    QTest::newRow("học sắc") << u"học"_s << Tone::Acute << u"hóc"_s;
    QTest::newRow("học huyền: stop final") << u"học"_s << Tone::Grave << u"-"_s;
    QTest::newRow("gi initial") << u"giư"_s << Tone::Tilde << u"giữ"_s;
    QTest::newRow("gi vowel") << u"gin"_s << Tone::Grave << u"gìn"_s;
    QTest::newRow("qu initial") << u"qua"_s << Tone::Acute << u"quá"_s;
    QTest::newRow("second word") << u"Trần Van"_s << Tone::Grave << u"Trần Vàn"_s;
    QTest::newRow("capitals") << u"NGUYÊN"_s << Tone::Tilde << u"NGUYỄN"_s;
    QTest::newRow("empty") << QString() << Tone::Acute << u"-"_s;
    QTest::newRow("no vowel") << u"ngh"_s << Tone::Acute << u"-"_s;
    QTest::newRow("after space") << u"an "_s << Tone::Acute << u"-"_s;
    QTest::newRow("foreign word") << u"Street"_s << Tone::Acute << u"-"_s;
    QTest::newRow("after digit") << u"a1"_s << Tone::Acute << u"-"_s;
}

void TestVietComposer::applyTone()
{
    QFETCH(QString, before);
    QFETCH(Tone, tone);
    QFETCH(QString, after);
    const Edit edit = Composer(InputMethod::Telex).applyTone(before, tone);
    if (after == u"-")
        QCOMPARE(edit, Edit{});
    else
        QCOMPARE(applyEdit(before, edit), after);
}

void TestVietComposer::preview_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QStringList>("previews"); // sắc huyền hỏi ngã nặng

    QTest::newRow("nguyên") << u"nguyên"_s
                            << QStringList{u"nguyến"_s, u"nguyền"_s, u"nguyển"_s, u"nguyễn"_s, u"nguyện"_s};
    QTest::newRow("a") << u"a"_s << QStringList{u"á"_s, u"à"_s, u"ả"_s, u"ã"_s, u"ạ"_s};
    QTest::newRow("last word only") << u"Ông Hoang"_s
                                    << QStringList{u"Hoáng"_s, u"Hoàng"_s, u"Hoảng"_s, u"Hoãng"_s, u"Hoạng"_s};
    QTest::newRow("same tone removes") << u"chào"_s
                                       << QStringList{u"cháo"_s, u"chao"_s, u"chảo"_s, u"chão"_s, u"chạo"_s};
    QTest::newRow("stop final") << u"hoc"_s << QStringList{u"hóc"_s, {}, {}, {}, u"học"_s};
    QTest::newRow("NFD") << u"Nguye\u0302n"_s
                         << QStringList{u"Nguyến"_s, u"Nguyền"_s, u"Nguyển"_s, u"Nguyễn"_s, u"Nguyện"_s};
    QTest::newRow("empty") << QString() << QStringList(5);
    QTest::newRow("no vowel") << u"th"_s << QStringList(5);
    QTest::newRow("after space") << u"a "_s << QStringList(5);
    QTest::newRow("foreign") << u"Smith"_s << QStringList(5);
}

void TestVietComposer::preview()
{
    QFETCH(QString, before);
    QFETCH(QStringList, previews);
    const Composer c(InputMethod::Telex);
    for (int t = 1; t <= 5; ++t) {
        QCOMPARE(c.preview(before, Tone(t)), previews[t - 1]);
        // The preview is what the tone key leaves.
        if (!previews[t - 1].isEmpty())
            QVERIFY(applyEdit(before, c.applyTone(before, Tone(t))).endsWith(previews[t - 1]));
    }
}

void TestVietComposer::styles_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QChar>("key");
    QTest::addColumn<QString>("traditional");
    QTest::addColumn<QString>("modern");

    QTest::newRow("hoa f") << u"hoa"_s << QChar(u'f') << u"hòa"_s << u"hoà"_s;
    QTest::newRow("thuy r") << u"thuy"_s << QChar(u'r') << u"thủy"_s << u"thuỷ"_s;
    QTest::newRow("khoe r") << u"khoe"_s << QChar(u'r') << u"khỏe"_s << u"khoẻ"_s;
    QTest::newRow("hoan f") << u"hoan"_s << QChar(u'f') << u"hoàn"_s << u"hoàn"_s;
    QTest::newRow("hoang f") << u"hoang"_s << QChar(u'f') << u"hoàng"_s << u"hoàng"_s;
    QTest::newRow("tuyen s") << u"tuyên"_s << QChar(u's') << u"tuyến"_s << u"tuyến"_s;
    QTest::newRow("ngoai f") << u"ngoai"_s << QChar(u'f') << u"ngoài"_s << u"ngoài"_s;
    QTest::newRow("qua s") << u"qua"_s << QChar(u's') << u"quá"_s << u"quá"_s;
    QTest::newRow("mua f") << u"mua"_s << QChar(u'f') << u"mùa"_s << u"mùa"_s;
    // A final consonant moves the tone in the Traditional style.
    QTest::newRow("hòa n") << u"hòa"_s << QChar(u'n') << u"hoàn"_s << u"hoàn"_s;
    QTest::newRow("hoà n") << u"hoà"_s << QChar(u'n') << u"hoàn"_s << u"hoàn"_s;
    QTest::newRow("thủy n") << u"thủy"_s << QChar(u'n') << u"thuỷn"_s << u"thuỷn"_s;
}

void TestVietComposer::styles()
{
    QFETCH(QString, before);
    QFETCH(QChar, key);
    QFETCH(QString, traditional);
    QFETCH(QString, modern);
    QCOMPARE(applyEdit(before, Composer(InputMethod::Telex, ToneStyle::Traditional).type(before, key)), traditional);
    QCOMPARE(applyEdit(before, Composer(InputMethod::Telex, ToneStyle::Modern).type(before, key)), modern);
}

void TestVietComposer::edits_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QChar>("key");
    QTest::addColumn<int>("removeBefore");
    QTest::addColumn<QString>("insert");

    const int telex = int(InputMethod::Telex);
    const int vni = int(InputMethod::Vni);
    const int plain = int(InputMethod::Plain);
    const QString emoji = u"\U0001F600"_s;

    QTest::newRow("plain key") << telex << u"ngu"_s << QChar(u'y') << 0 << u"y"_s;
    QTest::newRow("tone rewrites the word") << telex << u"nguyên"_s << QChar(u'x') << 6 << u"nguyễn"_s;
    QTest::newRow("NFD word becomes NFC") << telex << u"Nguye\u0302n"_s << QChar(u'x') << 7 << u"Nguyễn"_s;
    QTest::newRow("full NFD word") << telex << u"Nguye\u0302\u0303n"_s << QChar(u'z') << 8 << u"Nguyên"_s;
    QTest::newRow("NFD, tone moves") << telex << u"ho\u0300a"_s << QChar(u'n') << 4 << u"hoàn"_s;
    QTest::newRow("NFD after a name") << telex << u"Ông Nguye\u0302n"_s << QChar(u'x') << 7 << u"Nguyễn"_s;
    QTest::newRow("NFD foreign word left alone") << telex << u"Mu\u0308ller"_s << QChar(u's') << 0 << u"s"_s;
    QTest::newRow("empty before") << telex << QString() << QChar(u'a') << 0 << u"a"_s;
    QTest::newRow("empty before, tone key") << telex << QString() << QChar(u's') << 0 << u"s"_s;
    QTest::newRow("empty before, w") << telex << QString() << QChar(u'w') << 0 << u"ư"_s;
    QTest::newRow("empty before, VNI digit") << vni << QString() << QChar(u'1') << 0 << u"1"_s;
    QTest::newRow("after space") << telex << u"nguyên "_s << QChar(u'x') << 0 << u"x"_s;
    QTest::newRow("after digit") << telex << u"12"_s << QChar(u's') << 0 << u"s"_s;
    QTest::newRow("VNI after digit") << vni << u"số 1"_s << QChar(u'2') << 0 << u"2"_s;
    QTest::newRow("VNI after space") << vni << u"a "_s << QChar(u'1') << 0 << u"1"_s;
    QTest::newRow("VNI tone") << vni << u"a"_s << QChar(u'1') << 1 << u"á"_s;
    QTest::newRow("Telex digit") << telex << u"a"_s << QChar(u'1') << 0 << u"1"_s;
    QTest::newRow("after emoji") << telex << emoji << QChar(u's') << 0 << u"s"_s;
    QTest::newRow("after emoji, a") << telex << u"a"_s + emoji << QChar(u'a') << 0 << u"a"_s;
    QTest::newRow("after punctuation") << telex << u"hoa."_s << QChar(u'f') << 0 << u"f"_s;
    QTest::newRow("space key") << telex << u"hoaf"_s << QChar(u' ') << 0 << u" "_s;
    QTest::newRow("second w absorbed") << telex << u"ươ"_s << QChar(u'w') << 0 << QString();
    QTest::newRow("undo types the key") << telex << u"á"_s << QChar(u's') << 1 << u"as"_s;
    QTest::newRow("plain method") << plain << u"a"_s << QChar(u's') << 0 << u"s"_s;
    QTest::newRow("plain method moves tone") << plain << u"hòa"_s << QChar(u'n') << 3 << u"hoàn"_s;
    QTest::newRow("plain letter ơ") << plain << u"tư"_s << QChar(u'ơ') << 0 << u"ơ"_s;
    QTest::newRow("ok s (k closes a syllable)") << telex << u"ok"_s << QChar(u's') << 2 << u"ók"_s;
    QTest::newRow("oh s") << telex << u"oh"_s << QChar(u's') << 0 << u"s"_s;
    QTest::newRow("Street s") << telex << u"Street"_s << QChar(u's') << 0 << u"s"_s;
}

void TestVietComposer::edits()
{
    QFETCH(int, method);
    QFETCH(QString, before);
    QFETCH(QChar, key);
    QFETCH(int, removeBefore);
    QFETCH(QString, insert);
    const Edit edit = Composer(InputMethod(method)).type(before, key);
    QCOMPARE(edit.removeBefore, removeBefore);
    QCOMPARE(edit.insert, insert);
    QCOMPARE(edit.insert, edit.insert.normalized(QString::NormalizationForm_C));
}

void TestVietComposer::longField()
{
    // Only the last word is examined: a 10,000-character field costs what a
    // short one does.
    QString field;
    while (field.size() < 10000)
        field += u"Xin chào công dân Nguyễn Văn An, "_s;
    field += u"nguyên"_s;
    QVERIFY(field.size() > 10000);
    const Composer c(InputMethod::Telex);
    QCOMPARE(c.type(field, u'x'), (Edit{6, u"nguyễn"_s}));
    QCOMPARE(c.preview(field, Tone::Acute), u"nguyến"_s);

    const QString letters(10000, u'a'); // one endless "word": not Vietnamese
    QCOMPARE(c.type(letters, u's'), (Edit{0, u"s"_s}));
    QCOMPARE(c.preview(letters, Tone::Acute), QString());
    QCOMPARE(c.applyMark(letters, Mark::Circumflex), Edit{});

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 2000; ++i) {
        QCOMPARE(c.type(field, u'x').removeBefore, 6);
        QCOMPARE(c.type(letters, u'a').removeBefore, 0);
    }
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestVietComposer)
#include "tst_vietcomposer.moc"
