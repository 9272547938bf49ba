// Tests of the log list in app/storage/receptionrepository (recordsearch.cpp):
// full-text search with and without diacritics, whole words and prefixes,
// ID numbers as typed, every filter, on a real SQLite file.
#include "recordfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tiepdan;
using namespace recordfixture;
using namespace Qt::StringLiterals;

class TestRecordSearch : public RecordTest {
    Q_OBJECT

private slots:
    void initTestCase();
    void search_data();
    void search();
    void filters_data();
    void filters();
};

void TestRecordSearch::initTestCase()
{
    loadShippedConfig();
}

// ---------------------------------------------------------------------------
// Search and filters

void TestRecordSearch::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // keys of the records found, sorted

    const QStringList all{u"an"_s, u"duc"_s, u"hoa"_s, u"secret"_s};
    QTest::newRow("nguyen van") << u"nguyen van"_s << QStringList{u"an"_s};
    QTest::newRow("Nguyễn Văn") << u"Nguyễn Văn"_s << QStringList{u"an"_s};
    QTest::newRow("Nguyễn Văn NFD") << u"Nguye\u0302\u0303n Va\u0306n"_s << QStringList{u"an"_s};
    QTest::newRow("NGUYỄN văn AN") << u"NGUYỄN văn AN"_s << QStringList{u"an"_s};
    QTest::newRow("prefix nguy*") << u"nguy*"_s << QStringList{u"an"_s};
    QTest::newRow("nguy: whole words only") << u"nguy"_s << QStringList{};
    QTest::newRow("đức") << u"đức"_s << QStringList{u"duc"_s};
    QTest::newRow("duc") << u"duc"_s << QStringList{u"duc"_s};
    QTest::newRow("ĐỨC") << u"ĐỨC"_s << QStringList{u"duc"_s};
    QTest::newRow("Phạm Minh Đức") << u"Phạm Minh Đức"_s << QStringList{u"duc"_s};
    QTest::newRow("content cưỡng chế") << u"cưỡng chế"_s << QStringList{u"an"_s};
    QTest::newRow("content cuong che") << u"cuong che"_s << QStringList{u"an"_s};
    QTest::newRow("address words") << u"Đông Xuyên"_s << QStringList{u"hoa"_s};
    QTest::newRow("ID number") << u"027085001234"_s << QStringList{u"an"_s};
    QTest::newRow("ID number with spaces") << u"027 085 001 234"_s << QStringList{u"an"_s};
    QTest::newRow("ID number with dots") << u"027.085.001.234"_s << QStringList{u"an"_s};
    QTest::newRow("sealed ID with spaces") << u"001 099 012 345"_s << QStringList{};
    QTest::newRow("ticket") << u"C007"_s << QStringList{u"duc"_s};
    QTest::newRow("receiver name") << u"Thu"_s << QStringList{u"an"_s, u"hoa"_s};
    QTest::newRow("tran (sealed Trần excluded)") << u"tran"_s << QStringList{u"hoa"_s};
    QTest::newRow("sealed name") << u"Trần Thị Bí Mật"_s << QStringList{};
    QTest::newRow("sealed name folded") << u"bi mat"_s << QStringList{};
    QTest::newRow("sealed ID") << u"001099012345"_s << QStringList{};
    QTest::newRow("denunciation content") << u"hối lộ"_s << QStringList{u"secret"_s};
    QTest::newRow("no match") << u"zzzkhongco"_s << QStringList{};
    QTest::newRow("FTS operators") << u"AND OR NOT \"*"_s << QStringList{};
    QTest::newRow("only punctuation") << u"\"*^():-+"_s << all;
    QTest::newRow("unbalanced quote") << u"nguyen \"van"_s << QStringList{u"an"_s};
    QTest::newRow("column filter syntax") << u"body:nguyen"_s << QStringList{};
    QTest::newRow("NEAR") << u"NEAR(nguyen an)"_s << QStringList{};
    QTest::newRow("star and caret") << u"^nguyen*"_s << QStringList{u"an"_s};
    QTest::newRow("SQL in query") << u"'; DROP TABLE record_fts; --"_s << QStringList{};
    QTest::newRow("empty") << QString() << all;
    QTest::newRow("spaces") << u"   "_s << all;
}

void TestRecordSearch::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QMap<QString, QString> keyOf; // record id -> key

    ReceptionRecord an = fullRecord(); // Nguyễn Văn An, content about cưỡng chế, receiver Lê Thị Thu
    auto a = store->records().add(an, kActor);
    QVERIFY(a);
    keyOf[a->record.id] = u"an"_s;
    ReceptionRecord duc =
        simple(QDate(2026, 3, 3), MatterKind::Petition, u"Phạm Minh Đức"_s, {}, u"Kiến nghị về việc trả lại tiền"_s);
    duc.ticketLabel = u"C007"_s;
    auto d = store->records().add(duc, kActor);
    QVERIFY(d);
    keyOf[d->record.id] = u"duc"_s;
    ReceptionRecord hoa =
        simple(QDate(2026, 3, 4), MatterKind::Feedback, u"Trần Thị Hoa"_s, {}, u"Phản ánh thái độ cán bộ"_s);
    hoa.identity.address = u"thôn Đông Xuyên"_s;
    hoa.receiverName = u"Lê Thị Thu"_s;
    auto h = store->records().add(hoa, kActor);
    QVERIFY(h);
    keyOf[h->record.id] = u"hoa"_s;
    ReceptionRecord secret = simple(QDate(2026, 3, 5), MatterKind::Denunciation, u"Trần Thị Bí Mật"_s,
                                    u"001099012345"_s, u"Tố cáo cán bộ nhận hối lộ"_s);
    auto s = store->records().add(secret, kActor);
    QVERIFY(s);
    keyOf[s->record.id] = u"secret"_s;
    const QStringList schema = tableNames(*store);

    auto found = store->records().list({.text = query});
    QVERIFY2(found, found ? "" : qPrintable(errorText(found.error())));
    QStringList keys;
    for (const StoredRecord &r : *found)
        keys << keyOf.value(r.record.id, u"?"_s);
    keys.sort();
    QCOMPARE(keys, expected);
    QCOMPARE(tableNames(*store), schema);
    QCOMPARE(rowCount(*store, u"record_fts"_s), 4);
}

void TestRecordSearch::filters_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("kind");      // -1 = none
    QTest::addColumn<int>("direction"); // -1 = none
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QStringList>("expected"); // in list order: newest first

    const QDate none;
    const int any = -1;
    const QStringList all{u"pf"_s, u"p1"_s, u"c2"_s, u"d1"_s, u"c1"_s, u"f1"_s};
    QTest::newRow("everything") << none << none << any << any << QString() << 100 << 0 << all;
    QTest::newRow("from 03-01") << QDate(2026, 3, 1) << none << any << any << QString() << 100 << 0
                                << QStringList{u"pf"_s, u"p1"_s, u"c2"_s, u"d1"_s, u"c1"_s};
    QTest::newRow("to 03-02 inclusive") << none << QDate(2026, 3, 2) << any << any << QString() << 100 << 0
                                        << QStringList{u"c1"_s, u"f1"_s};
    QTest::newRow("one day") << QDate(2026, 3, 10) << QDate(2026, 3, 10) << any << any << QString() << 100 << 0
                             << QStringList{u"d1"_s};
    QTest::newRow("March") << QDate(2026, 3, 1) << QDate(2026, 3, 31) << any << any << QString() << 100 << 0
                           << QStringList{u"c2"_s, u"d1"_s, u"c1"_s};
    QTest::newRow("empty range") << QDate(2026, 3, 3) << QDate(2026, 3, 9) << any << any << QString() << 100 << 0
                                 << QStringList{};
    QTest::newRow("reversed range") << QDate(2026, 3, 31) << QDate(2026, 3, 1) << any << any << QString() << 100 << 0
                                    << QStringList{};
    QTest::newRow("complaint") << none << none << int(MatterKind::Complaint) << any << QString() << 100 << 0
                               << QStringList{u"c2"_s, u"c1"_s};
    QTest::newRow("petition (incl. mixed)")
        << none << none << int(MatterKind::Petition) << any << QString() << 100 << 0 << QStringList{u"pf"_s, u"p1"_s};
    QTest::newRow("feedback (incl. mixed)")
        << none << none << int(MatterKind::Feedback) << any << QString() << 100 << 0 << QStringList{u"pf"_s, u"f1"_s};
    QTest::newRow("denunciation") << none << none << int(MatterKind::Denunciation) << any << QString() << 100 << 0
                                  << QStringList{u"d1"_s};
    QTest::newRow("accept") << none << none << any << int(HandlingDirection::Accept) << QString() << 100 << 0
                            << QStringList{u"pf"_s, u"c1"_s};
    QTest::newRow("return_guide") << none << none << any << int(HandlingDirection::ReturnGuide) << QString() << 100 << 0
                                  << QStringList{u"c2"_s, u"f1"_s};
    QTest::newRow("transfer") << none << none << any << int(HandlingDirection::Transfer) << QString() << 100 << 0
                              << QStringList{u"d1"_s};
    QTest::newRow("pending") << none << none << any << int(HandlingDirection::Pending) << QString() << 100 << 0
                             << QStringList{u"p1"_s};
    QTest::newRow("complaint + accept") << none << none << int(MatterKind::Complaint) << int(HandlingDirection::Accept)
                                        << QString() << 100 << 0 << QStringList{u"c1"_s};
    QTest::newRow("March + complaint + return_guide")
        << QDate(2026, 3, 1) << QDate(2026, 3, 31) << int(MatterKind::Complaint) << int(HandlingDirection::ReturnGuide)
        << QString() << 100 << 0 << QStringList{u"c2"_s};
    QTest::newRow("text + kind") << none << none << int(MatterKind::Complaint) << any << u"kê biên"_s << 100 << 0
                                 << QStringList{u"c2"_s, u"c1"_s};
    QTest::newRow("text + direction") << none << none << any << int(HandlingDirection::Accept) << u"ke bien"_s << 100
                                      << 0 << QStringList{u"c1"_s};
    QTest::newRow("text + date") << QDate(2026, 3, 5) << none << any << any << u"kê biên"_s << 100 << 0
                                 << QStringList{u"c2"_s};
    QTest::newRow("limit 2") << none << none << any << any << QString() << 2 << 0 << QStringList{u"pf"_s, u"p1"_s};
    QTest::newRow("limit 2 offset 1") << none << none << any << any << QString() << 2 << 1
                                      << QStringList{u"p1"_s, u"c2"_s};
    QTest::newRow("offset past end") << none << none << any << any << QString() << 100 << 6 << QStringList{};
    QTest::newRow("limit 0 is clamped") << none << none << any << any << QString() << 0 << 0 << QStringList{u"pf"_s};
}

void TestRecordSearch::filters()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, kind);
    QFETCH(int, direction);
    QFETCH(QString, text);
    QFETCH(int, limit);
    QFETCH(int, offset);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QMap<QString, QString> keyOf;
    auto add = [&](const QString &key, const QDate &date, QList<MatterKind> kinds, HandlingDirection dir,
                   const QString &content) {
        ReceptionRecord r = simple(date, kinds.first(), u"Người Thử"_s, {}, content);
        r.kinds = kinds;
        r.direction = dir;
        if (dir == HandlingDirection::Transfer)
            r.transferAgency = u"Thanh tra tỉnh"_s;
        auto added = store->records().add(r, kActor);
        if (added)
            keyOf[added->record.id] = key;
        return bool(added);
    };
    QVERIFY(add(u"c1"_s, QDate(2026, 3, 2), {MatterKind::Complaint}, HandlingDirection::Accept,
                u"quyết định kê biên nhà"_s));
    QVERIFY(
        add(u"c2"_s, QDate(2026, 3, 16), {MatterKind::Complaint}, HandlingDirection::ReturnGuide, u"kê biên đất"_s));
    QVERIFY(add(u"d1"_s, QDate(2026, 3, 10), {MatterKind::Denunciation}, HandlingDirection::Transfer, u"tố cáo"_s));
    QVERIFY(add(u"p1"_s, QDate(2026, 4, 1), {MatterKind::Petition}, HandlingDirection::Pending, u"kiến nghị"_s));
    QVERIFY(add(u"pf"_s, QDate(2026, 4, 15), {MatterKind::Petition, MatterKind::Feedback}, HandlingDirection::Accept,
                u"kiến nghị, phản ánh"_s));
    QVERIFY(add(u"f1"_s, QDate(2026, 2, 27), {MatterKind::Feedback}, HandlingDirection::ReturnGuide, u"phản ánh"_s));

    RecordFilter f;
    f.from = from;
    f.to = to;
    if (kind >= 0)
        f.kind = MatterKind(kind);
    if (direction >= 0)
        f.direction = HandlingDirection(direction);
    f.text = text;
    f.limit = limit;
    f.offset = offset;
    auto found = store->records().list(f);
    QVERIFY2(found, found ? "" : qPrintable(errorText(found.error())));
    QStringList keys;
    for (const StoredRecord &r : *found)
        keys << keyOf.value(r.record.id, u"?"_s);
    QCOMPARE(keys, expected);
}

QTEST_GUILESS_MAIN(TestRecordSearch)
#include "tst_recordsearch.moc"
