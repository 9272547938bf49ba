// Tests of app/storage/receptionrepository (receptionrepository.cpp): adding
// and reading records of the reception log book (Form 03 of Circular
// 04/2021/TT-TTCP) on a real SQLite file in a temporary folder.
//
// Covers: every log-book column reads back identical through add(), get()
// and list(); normalisation (NFD -> NFC); hostile and unusual text; the
// validation rules (nothing is written when a record is rejected); repeat
// visits and matters; book numbers; the deadlines a stored record carries.
// Sealed identities: tst_unseal; search: tst_recordsearch; the report:
// tst_receptionreport; the deadline watch: tst_deadlinewatch.
#include "recorddeadlines.h"
#include "recordfixture.h"
#include "validation.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tiepdan;
using namespace recordfixture;
using namespace Qt::StringLiterals;

class TestReceptionRecords : public RecordTest {
    Q_OBJECT

private slots:
    void initTestCase();
    void fullRecordRoundTrip_data();
    void fullRecordRoundTrip();
    void normalisesToNfc_data();
    void normalisesToNfc();
    void acceptedEdgeCases_data();
    void acceptedEdgeCases();
    void rejectedWritesNothing_data();
    void rejectedWritesNothing();
    void repeatVisits_data();
    void repeatVisits();
    void bookNumbering();
    void deadlinesAttached_data();
    void deadlinesAttached();
};

void TestReceptionRecords::initTestCase()
{
    loadShippedConfig();
}

// ---------------------------------------------------------------------------
// Every column of the log book

void TestReceptionRecords::fullRecordRoundTrip_data()
{
    QTest::addColumn<Mutator>("mutate");
    QTest::newRow("accept, officer, regular") << Mutator([](ReceptionRecord &) {});
    QTest::newRow("return_guide, head, periodic, group of 7") << Mutator([](ReceptionRecord &r) {
        r.direction = HandlingDirection::ReturnGuide;
        r.receiverRole = ReceiverRole::Head;
        r.receiverName = u"Phó Đức Hải"_s;
        r.receptionKind = ReceptionKind::Periodic;
        r.sessionKey = u"2026-03-02/periodic/head-weekly/morning"_s;
        r.peopleCount = 7;
        r.identity.representatives = {u"Trần Văn Bình"_s, u"Hoàng Thị Lan"_s};
        r.kinds = {MatterKind::Petition};
        r.followUp.clear();
    });
    QTest::newRow("transfer, deputy, adhoc, enforcement, group of 12") << Mutator([](ReceptionRecord &r) {
        r.direction = HandlingDirection::Transfer;
        r.transferAgency = u"Thanh tra tỉnh Bắc Ninh"_s;
        r.receiverRole = ReceiverRole::Deputy;
        r.receptionKind = ReceptionKind::AdHoc;
        r.aboutEnforcement = true;
        r.peopleCount = 12;
        r.identity.representatives = {u"Đỗ Văn Một"_s, u"Đỗ Văn Hai"_s, u"Đỗ Văn Ba"_s, u"Đỗ Thị Bốn"_s,
                                      u"Đỗ Thị Năm"_s};
    });
    QTest::newRow("pending, refused (already settled)") << Mutator([](ReceptionRecord &r) {
        r.direction = HandlingDirection::Pending;
        r.refusal = RefusalGround::AlreadySettled;
        r.refusalNote = u"Thông báo từ chối số 07/TB-THADS ngày 01/02/2026"_s;
        r.followUp.clear();
    });
    QTest::newRow("mixed petition and feedback, passport") << Mutator([](ReceptionRecord &r) {
        r.kinds = {MatterKind::Petition, MatterKind::Feedback};
        r.identity.idNumber = u"B1234567"_s;
        r.identity.phone = u"02223854123"_s;
        r.direction = HandlingDirection::ReturnGuide;
    });
}

void TestReceptionRecords::fullRecordRoundTrip()
{
    QFETCH(Mutator, mutate);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    ReceptionRecord input = fullRecord();
    mutate(input);
    const Counts before = Counts::of(*store);

    auto added = store->records().add(input, kActor);
    QVERIFY2(added, added ? "" : qPrintable(errorText(added.error())));
    const ReceptionRecord &a = added->record;
    QVERIFY(!QUuid::fromString(a.id).isNull());
    QCOMPARE(a.bookYear, 2026);
    QCOMPARE(a.bookNo, 1);
    QVERIFY(!a.matterId.isEmpty());
    QVERIFY(a.firstVisit);
    QCOMPARE(a.recordedBy, kActor);
    QVERIFY(!added->sealed);
    compareRecord(a, input);
    if (QTest::currentTestFailed())
        return;

    // get() and list() return the same record, column by column.
    auto got = store->records().get(a.id);
    QVERIFY2(got, got ? "" : qPrintable(errorText(got.error())));
    compareRecord(got->record, input);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(got->record.id, a.id);
    QCOMPARE(got->record.bookNo, a.bookNo);
    QCOMPARE(got->record.matterId, a.matterId);
    QCOMPARE(got->record.recordedBy, kActor);
    QCOMPARE(got->sealed, false);

    auto listed = store->records().list({});
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    compareRecord(listed->first().record, input);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(listed->first().record.id, a.id);
    QCOMPARE(listed->first().record.matterId, a.matterId);
    QCOMPARE(listed->first().record.firstVisit, true);

    // Exactly one record, one audit entry, one outbox entry, one matter.
    const Counts after = Counts::of(*store);
    QCOMPARE(after.records, before.records + 1);
    QCOMPARE(after.audit, before.audit + 1);
    QCOMPARE(after.outbox, before.outbox + 1);
    QCOMPARE(after.matters, before.matters + 1);
    QCOMPARE(after.fts, before.fts + 1);

    auto action =
        store->db().scalar(u"SELECT action || '|' || actor || '|' || entity_id FROM audit ORDER BY seq DESC LIMIT 1"_s);
    QVERIFY(action);
    QCOMPARE(action->toString(), u"record.add|%1|%2"_s.arg(kActor, a.id));

    // The outbox payload carries the same columns to the department server.
    auto payloadText = store->db().scalar(u"SELECT payload FROM outbox WHERE record_id = ?"_s, {a.id});
    QVERIFY(payloadText);
    const QJsonObject p = QJsonDocument::fromJson(payloadText->toString().toUtf8()).object();
    QCOMPARE(p.value(u"content"_s).toString(), input.content);
    QCOMPARE(p.value(u"identity"_s).toObject().value(u"fullName"_s).toString(), input.identity.fullName);
    QCOMPARE(p.value(u"identity"_s).toObject().value(u"idNumber"_s).toString(), input.identity.idNumber);
    QCOMPARE(p.value(u"direction"_s).toString(), toString(input.direction));
    QCOMPARE(p.value(u"transferAgency"_s).toString(), input.transferAgency);
    QCOMPARE(p.value(u"peopleCount"_s).toInt(), input.peopleCount);
    QCOMPARE(p.value(u"kinds"_s).toString(), kindsText(input.kinds));
    QVERIFY(p.value(u"sealedIdentity"_s).isNull());
}

void TestReceptionRecords::normalisesToNfc_data()
{
    QTest::addColumn<Mutator>("mutate");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("searchable");
    QTest::newRow("name") << Mutator([](ReceptionRecord &r) { r.identity.fullName = kDucNfd; }) << u"full_name"_s
                          << kDucNfc << true;
    QTest::newRow("address") << Mutator([](ReceptionRecord &r) { r.identity.address = u"Thôn "_s + kDucNfd; })
                             << u"address"_s << u"Thôn "_s + kDucNfc << true;
    QTest::newRow("content") << Mutator([](ReceptionRecord &r) { r.content = u"Phản ánh về ông "_s + kDucNfd; })
                             << u"content"_s << u"Phản ánh về ông "_s + kDucNfc << true;
    QTest::newRow("representative") << Mutator([](ReceptionRecord &r) {
        r.peopleCount = 5;
        r.identity.representatives = {kDucNfd};
    }) << u"representatives"_s << kDucNfc
                                    << false; // representatives are not indexed
    QTest::newRow("receiver name") << Mutator([](ReceptionRecord &r) { r.receiverName = kDucNfd; })
                                   << u"receiver_name"_s << kDucNfc << true;
    QTest::newRow("name with extra spaces and zero-width") << Mutator([](ReceptionRecord &r) {
        r.identity.fullName = u"  Nguye\u0302\u0303n \u200BVa\u0306n   \u0110u\u031B\u0301c "_s;
    }) << u"full_name"_s << kDucNfc << true;
}

void TestReceptionRecords::normalisesToNfc()
{
    QFETCH(Mutator, mutate);
    QFETCH(QString, column);
    QFETCH(QString, expected);
    QFETCH(bool, searchable);
    QVERIFY(kDucNfc != kDucNfd);
    QCOMPARE(kDucNfd.normalized(QString::NormalizationForm_C), kDucNfc);

    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    ReceptionRecord input = fullRecord();
    mutate(input);
    auto added = store->records().add(input, kActor);
    QVERIFY2(added, added ? "" : qPrintable(errorText(added.error())));

    // The column as stored, byte for byte NFC.
    auto raw = store->db().scalar(u"SELECT %1 FROM reception_records WHERE id = ?"_s.arg(column), {added->record.id});
    QVERIFY(raw);
    QCOMPARE(raw->toString().toUtf8().toHex(), expected.toUtf8().toHex());

    auto got = store->records().get(added->record.id);
    QVERIFY(got);
    const ReceptionRecord &r = got->record;
    const QString value = column == u"full_name"_s         ? r.identity.fullName
                          : column == u"address"_s         ? r.identity.address
                          : column == u"content"_s         ? r.content
                          : column == u"representatives"_s ? r.identity.representatives.join(u'\n')
                                                           : r.receiverName;
    QCOMPARE(value, expected);

    // Found by the precomposed and the decomposed spelling alike.
    if (!searchable)
        return;
    for (const QString &q : {kDucNfc, kDucNfd, u"duc"_s}) {
        auto found = store->records().list({.text = q});
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
    }
}

void TestReceptionRecords::acceptedEdgeCases_data()
{
    QTest::addColumn<Mutator>("mutate");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("idNumber");

    const ReceptionRecord base = fullRecord();
    const QString sql = u"'; DROP TABLE reception_records; --"_s;
    QTest::newRow("SQL-looking content") << Mutator([sql](ReceptionRecord &r) { r.content = sql; }) << sql
                                         << base.identity.fullName << base.identity.idNumber;
    const QString sql2 = u"Robert'); DELETE FROM audit; SELECT ('1' = '1"_s;
    QTest::newRow("SQL-looking content 2") << Mutator([sql2](ReceptionRecord &r) { r.content = sql2; }) << sql2
                                           << base.identity.fullName << base.identity.idNumber;
    const QString emoji = u"Tôi rất bức xúc 😡🙏 vì chưa được trả lời 👍🏽 (cờ 🇻🇳)"_s;
    QTest::newRow("emoji in content") << Mutator([emoji](ReceptionRecord &r) { r.content = emoji; }) << emoji
                                      << base.identity.fullName << base.identity.idNumber;
    const QString fts = u"AND OR NOT \"* NEAR( col:x ^y"_s;
    QTest::newRow("FTS syntax in content") << Mutator([fts](ReceptionRecord &r) { r.content = fts; }) << fts
                                           << base.identity.fullName << base.identity.idNumber;
    const QString atMax(limits::ContentMax, u'x');
    QTest::newRow("content of exactly ContentMax") << Mutator([atMax](ReceptionRecord &r) { r.content = atMax; })
                                                   << atMax << base.identity.fullName << base.identity.idNumber;
    QTest::newRow("multi-line content") << Mutator([](ReceptionRecord &r) { r.content = u"dòng 1\r\n\tdòng   2\n"_s; })
                                        << u"dòng 1\ndòng 2"_s << base.identity.fullName << base.identity.idNumber;
    QTest::newRow("ID with spaces and dots")
        << Mutator([](ReceptionRecord &r) { r.identity.idNumber = u"027.085 001.234"_s; }) << base.content
        << base.identity.fullName << u"027085001234"_s;
    QTest::newRow("legacy 9-digit ID") << Mutator([](ReceptionRecord &r) { r.identity.idNumber = u"125678901"_s; })
                                       << base.content << base.identity.fullName << u"125678901"_s;
    QTest::newRow("no ID number") << Mutator([](ReceptionRecord &r) { r.identity.idNumber.clear(); }) << base.content
                                  << base.identity.fullName << QString();
    QTest::newRow("name with apostrophe and hyphen")
        << Mutator([](ReceptionRecord &r) { r.identity.fullName = u"H'Hen Niê-Ksor"_s; }) << base.content
        << u"H'Hen Niê-Ksor"_s << base.identity.idNumber;
    QTest::newRow("group of 12 with 5 representatives") << Mutator([](ReceptionRecord &r) {
        r.peopleCount = 12;
        r.identity.representatives = {u"Một Văn A"_s, u"Hai Văn B"_s, u"Ba Văn C"_s, u"Bốn Văn D"_s, u"Năm Văn E"_s};
    }) << base.content << base.identity.fullName << base.identity.idNumber;
    QTest::newRow("group of 10 with 2 representatives") << Mutator([](ReceptionRecord &r) {
        r.peopleCount = 10;
        r.identity.representatives = {u"Một Văn A"_s, u"Hai Văn B"_s};
    }) << base.content << base.identity.fullName << base.identity.idNumber;
}

void TestReceptionRecords::acceptedEdgeCases()
{
    QFETCH(Mutator, mutate);
    QFETCH(QString, content);
    QFETCH(QString, name);
    QFETCH(QString, idNumber);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    // Something already in the book, to see that the hostile text harms nothing.
    QVERIFY(store->records().add(simple(QDate(2026, 3, 1), MatterKind::Petition, u"Lê Văn Cũ"_s, {}, u"có trước"_s),
                                 kActor));
    const QStringList schema = tableNames(*store);
    const Counts before = Counts::of(*store);

    ReceptionRecord input = fullRecord();
    mutate(input);
    auto added = store->records().add(input, kActor);
    QVERIFY2(added, added ? "" : qPrintable(errorText(added.error())));
    auto got = store->records().get(added->record.id);
    QVERIFY(got);
    QCOMPARE(got->record.content, content);
    QCOMPARE(got->record.content.toUtf8(), content.toUtf8());
    QCOMPARE(got->record.identity.fullName, name);
    QCOMPARE(got->record.identity.idNumber, idNumber);
    QCOMPARE(got->record.identity.representatives, input.identity.representatives);
    QCOMPARE(got->record.peopleCount, input.peopleCount);

    // Tables intact, nothing lost, exactly one row more.
    QCOMPARE(tableNames(*store), schema);
    const Counts after = Counts::of(*store);
    QCOMPARE(after.records, before.records + 1);
    QCOMPARE(after.audit, before.audit + 1);
    QCOMPARE(after.outbox, before.outbox + 1);
    auto all = store->records().list({});
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    auto integrity = store->db().scalar(u"PRAGMA integrity_check"_s);
    QVERIFY(integrity);
    QCOMPARE(integrity->toString(), u"ok"_s);
    auto audit = store->audit().verify();
    QVERIFY(audit);
    QVERIFY2(audit->problems.isEmpty(), qPrintable(audit->problems.join(u'\n')));
}

void TestReceptionRecords::rejectedWritesNothing_data()
{
    QTest::addColumn<Mutator>("mutate");
    QTest::addColumn<QString>("field");

    QTest::newRow("content ContentMax+1")
        << Mutator([](ReceptionRecord &r) { r.content = QString(limits::ContentMax + 1, u'x'); }) << u"content"_s;
    QTest::newRow("content 25000 Vietnamese")
        << Mutator([](ReceptionRecord &r) { r.content = QString(25000, u'ệ'); }) << u"content"_s;
    QTest::newRow("empty content") << Mutator([](ReceptionRecord &r) { r.content.clear(); }) << u"content"_s;
    QTest::newRow("blank content") << Mutator([](ReceptionRecord &r) { r.content = u"  \n\t \u200B "_s; })
                                   << u"content"_s;
    QTest::newRow("control char in content")
        << Mutator([](ReceptionRecord &r) { r.content = u"abc\u0007def"_s; }) << u"content"_s;
    QTest::newRow("ID 5 digits") << Mutator([](ReceptionRecord &r) { r.identity.idNumber = u"12345"_s; })
                                 << u"idNumber"_s;
    QTest::newRow("ID 13 digits") << Mutator([](ReceptionRecord &r) { r.identity.idNumber = u"0010990123456"_s; })
                                  << u"idNumber"_s;
    QTest::newRow("ID unknown province") << Mutator([](ReceptionRecord &r) { r.identity.idNumber = u"999099012345"_s; })
                                         << u"idNumber"_s;
    QTest::newRow("ID born in the future")
        << Mutator([](ReceptionRecord &r) { r.identity.idNumber = u"001299012345"_s; }) << u"idNumber"_s;
    QTest::newRow("ID with letters and symbols")
        << Mutator([](ReceptionRecord &r) { r.identity.idNumber = u"0010990'12345"_s; }) << u"idNumber"_s;
    QTest::newRow("bad phone") << Mutator([](ReceptionRecord &r) { r.identity.phone = u"12345"_s; }) << u"phone"_s;
    QTest::newRow("empty name") << Mutator([](ReceptionRecord &r) { r.identity.fullName.clear(); }) << u"name"_s;
    QTest::newRow("emoji name") << Mutator([](ReceptionRecord &r) { r.identity.fullName = u"Nguyễn 😀 An"_s; })
                                << u"name"_s;
    QTest::newRow("SQL name") << Mutator([](ReceptionRecord &r) {
        r.identity.fullName = u"x'; DROP TABLE audit; --"_s;
    }) << u"name"_s;
    QTest::newRow("transfer without agency")
        << Mutator([](ReceptionRecord &r) { r.direction = HandlingDirection::Transfer; }) << u"transferAgency"_s;
    QTest::newRow("transfer with blank agency") << Mutator([](ReceptionRecord &r) {
        r.direction = HandlingDirection::Transfer;
        r.transferAgency = u"   "_s;
    }) << u"transferAgency"_s;
    QTest::newRow("agency without transfer")
        << Mutator([](ReceptionRecord &r) { r.transferAgency = u"Thanh tra tỉnh"_s; }) << u"transferAgency"_s;
    QTest::newRow("group of 12 with 6 representatives") << Mutator([](ReceptionRecord &r) {
        r.peopleCount = 12;
        r.identity.representatives = {u"Một Văn A"_s, u"Hai Văn B"_s, u"Ba Văn C"_s,
                                      u"Bốn Văn D"_s, u"Năm Văn E"_s, u"Sáu Văn G"_s};
    }) << u"representatives"_s;
    QTest::newRow("group of 7 with 3 representatives") << Mutator([](ReceptionRecord &r) {
        r.peopleCount = 7;
        r.identity.representatives = {u"Một Văn A"_s, u"Hai Văn B"_s, u"Ba Văn C"_s};
    }) << u"representatives"_s;
    QTest::newRow("3 people with a representative") << Mutator([](ReceptionRecord &r) {
        r.peopleCount = 3;
        r.identity.representatives = {u"Một Văn A"_s};
    }) << u"representatives"_s;
    QTest::newRow("representative with digits") << Mutator([](ReceptionRecord &r) {
        r.peopleCount = 6;
        r.identity.representatives = {u"Agent 007"_s};
    }) << u"representatives"_s;
    QTest::newRow("no people") << Mutator([](ReceptionRecord &r) { r.peopleCount = 0; }) << u"peopleCount"_s;
    QTest::newRow("too many people") << Mutator([](ReceptionRecord &r) { r.peopleCount = limits::GroupSizeMax + 1; })
                                     << u"peopleCount"_s;
    QTest::newRow("complaint marked anonymous") << Mutator([](ReceptionRecord &r) {
        r.anonymous = true;
        r.identity = {};
    }) << u"anonymous"_s;
    QTest::newRow("anonymous denunciation with a name") << Mutator([](ReceptionRecord &r) {
        r.kinds = {MatterKind::Denunciation};
        r.anonymous = true;
        r.identity = {};
        r.identity.fullName = u"Trần Thị Bí Mật"_s;
    }) << u"anonymous"_s;
    QTest::newRow("anonymous denunciation with an ID number") << Mutator([](ReceptionRecord &r) {
        r.kinds = {MatterKind::Denunciation};
        r.anonymous = true;
        r.identity = {};
        r.identity.idNumber = u"001099012345"_s;
    }) << u"anonymous"_s;
    QTest::newRow("no classification") << Mutator([](ReceptionRecord &r) { r.kinds.clear(); }) << u"kinds"_s;
    QTest::newRow("no date") << Mutator([](ReceptionRecord &r) { r.receivedAt = {}; }) << u"receivedAt"_s;
    QTest::newRow("future date") << Mutator([](ReceptionRecord &r) { r.receivedAt = kNow.addDays(1); })
                                 << u"receivedAt"_s;
    QTest::newRow("refusal with a direction")
        << Mutator([](ReceptionRecord &r) { r.refusal = RefusalGround::Disorderly; }) << u"refusal"_s;
    QTest::newRow("already settled without notice") << Mutator([](ReceptionRecord &r) {
        r.direction = HandlingDirection::Pending;
        r.refusal = RefusalGround::AlreadySettled;
    }) << u"refusalNote"_s;
    QTest::newRow("previous agency too long")
        << Mutator([](ReceptionRecord &r) { r.previousAgency = QString(limits::ShortTextMax + 1, u'a'); })
        << u"previousAgency"_s;
    QTest::newRow("notes too long") << Mutator([](ReceptionRecord &r) {
        r.notes = QString(limits::NotesMax + 1, u'a');
    }) << u"notes"_s;
    QTest::newRow("address too long") << Mutator([](ReceptionRecord &r) {
        r.identity.address = QString(limits::AddressMax + 1, u'a');
    }) << u"address"_s;
}

void TestReceptionRecords::rejectedWritesNothing()
{
    QFETCH(Mutator, mutate);
    QFETCH(QString, field);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QVERIFY(store->records().add(
        simple(QDate(2026, 3, 1), MatterKind::Petition, u"Lê Văn Cũ"_s, u"001099012345"_s, u"có trước"_s), kActor));
    const Counts before = Counts::of(*store);
    auto bookNo = store->db().scalar(u"SELECT MAX(book_no) FROM reception_records"_s);
    QVERIFY(bookNo);

    ReceptionRecord input = fullRecord();
    mutate(input);
    auto added = store->records().add(input, kActor);
    QVERIFY2(!added, "the record was accepted");
    QCOMPARE(added.error().code, ErrorCode::InvalidInput);
    QCOMPARE(added.error().field, field);
    QVERIFY(!added.error().message.isEmpty());
    QVERIFY2(added.error().message.size() < 300, qPrintable(added.error().message));

    const Counts after = Counts::of(*store);
    QVERIFY2(after.records == before.records && after.audit == before.audit && after.outbox == before.outbox &&
                 after.matters == before.matters && after.fts == before.fts,
             qPrintable(u"before: %1; after: %2"_s.arg(before.toString(), after.toString())));
    // The next accepted record still gets the next number: nothing was reserved.
    auto next = store->records().add(fullRecord(), kActor);
    QVERIFY(next);
    QCOMPARE(next->record.bookNo, bookNo->toInt() + 1);
}

// ---------------------------------------------------------------------------
// Repeat visits and matters

void TestReceptionRecords::repeatVisits_data()
{
    QTest::addColumn<MatterKind>("firstKind");
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<MatterKind>("secondKind");
    QTest::addColumn<QString>("secondId");
    QTest::addColumn<bool>("sameMatter");

    QTest::newRow("same ID, same kind") << MatterKind::Complaint << u"001099012345"_s << MatterKind::Complaint
                                        << u"001099012345"_s << true;
    QTest::newRow("same ID written differently")
        << MatterKind::Complaint << u"001099012345"_s << MatterKind::Complaint << u"001 099.012 345"_s << true;
    QTest::newRow("same passport, case differs")
        << MatterKind::Petition << u"B1234567"_s << MatterKind::Petition << u"b1234567"_s << true;
    QTest::newRow("same ID, different kind")
        << MatterKind::Complaint << u"001099012345"_s << MatterKind::Petition << u"001099012345"_s << false;
    QTest::newRow("different ID, same kind")
        << MatterKind::Complaint << u"001099012345"_s << MatterKind::Complaint << u"001099054321"_s << false;
    QTest::newRow("no ID, same kind") << MatterKind::Complaint << QString() << MatterKind::Complaint << QString()
                                      << false;
    QTest::newRow("sealed denunciation, same ID")
        << MatterKind::Denunciation << u"001099012345"_s << MatterKind::Denunciation << u"001099012345"_s << true;
    QTest::newRow("complaint then denunciation, same ID")
        << MatterKind::Complaint << u"001099012345"_s << MatterKind::Denunciation << u"001099012345"_s << false;
}

void TestReceptionRecords::repeatVisits()
{
    QFETCH(MatterKind, firstKind);
    QFETCH(QString, firstId);
    QFETCH(MatterKind, secondKind);
    QFETCH(QString, secondId);
    QFETCH(bool, sameMatter);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);

    auto first =
        store->records().add(simple(QDate(2026, 3, 2), firstKind, u"Nguyễn Văn An"_s, firstId, u"lần một"_s), kActor);
    QVERIFY2(first, first ? "" : qPrintable(errorText(first.error())));
    QVERIFY(first->record.firstVisit);
    auto second =
        store->records().add(simple(QDate(2026, 3, 9), secondKind, u"Nguyễn Văn An"_s, secondId, u"lần hai"_s), kActor);
    QVERIFY2(second, second ? "" : qPrintable(errorText(second.error())));
    QCOMPARE(second->record.firstVisit, !sameMatter);
    QCOMPARE(second->record.matterId == first->record.matterId, sameMatter);
    QCOMPARE(rowCount(*store, u"matters"_s), sameMatter ? 1 : 2);

    // What get() reads back agrees.
    auto got = store->records().get(second->record.id);
    QVERIFY(got);
    QCOMPARE(got->record.firstVisit, !sameMatter);
    QCOMPARE(got->record.matterId, second->record.matterId);

    // A third visit on the same terms joins the second's matter.
    auto third =
        store->records().add(simple(QDate(2026, 3, 16), secondKind, u"Nguyễn Văn An"_s, secondId, u"lần ba"_s), kActor);
    QVERIFY(third);
    if (!secondId.isEmpty()) {
        QVERIFY(!third->record.firstVisit);
        QCOMPARE(third->record.matterId, second->record.matterId);
    }

    // An explicit matter id links whatever the identity says.
    ReceptionRecord linked = simple(QDate(2026, 3, 20), firstKind, u"Lê Thị Khác"_s, {}, u"theo vụ việc"_s);
    linked.matterId = first->record.matterId;
    auto explicitLink = store->records().add(linked, kActor);
    QVERIFY(explicitLink);
    QCOMPARE(explicitLink->record.matterId, first->record.matterId);
    QVERIFY(!explicitLink->record.firstVisit);
    // An unknown matter id is an error and writes nothing.
    const Counts before = Counts::of(*store);
    linked.matterId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto unknown = store->records().add(linked, kActor);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    const Counts after = Counts::of(*store);
    QCOMPARE(after.records, before.records);
    QCOMPARE(after.audit, before.audit);
    QCOMPARE(after.outbox, before.outbox);
    QCOMPARE(after.matters, before.matters);
}

void TestReceptionRecords::bookNumbering()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    // Numbers run per year of reception: 2025/1, 2026/1, 2026/2, 2025/2.
    const QList<QPair<QDate, QPair<int, int>>> visits{{QDate(2025, 12, 30), {2025, 1}},
                                                      {QDate(2026, 1, 5), {2026, 1}},
                                                      {QDate(2026, 1, 6), {2026, 2}},
                                                      {QDate(2025, 12, 31), {2025, 2}}};
    for (const auto &v : visits) {
        auto added = store->records().add(simple(v.first, MatterKind::Petition, u"Lê Văn Số"_s, {}, u"x"_s), kActor);
        QVERIFY(added);
        QCOMPARE(added->record.bookYear, v.second.first);
        QCOMPARE(added->record.bookNo, v.second.second);
    }
}

// ---------------------------------------------------------------------------
// Deadlines: a stored record carries recordDeadlines() (app/core/recorddeadlines.h;
// the rules and their dates are tested in tests/core/tst_recorddeadlines), as
// add() returns it and as get() reads it back.

void TestReceptionRecords::deadlinesAttached_data()
{
    QTest::addColumn<MatterKind>("kind");
    QTest::addColumn<bool>("enforcement");
    QTest::addColumn<HandlingDirection>("direction");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<bool>("any"); // the record has deadlines

    const auto C = MatterKind::Complaint;
    const auto D = MatterKind::Denunciation;
    const auto accept = HandlingDirection::Accept;
    const auto pending = HandlingDirection::Pending;
    QTest::newRow("complaint accepted") << C << false << accept << QDate(2026, 3, 2) << true;
    QTest::newRow("complaint pending") << C << false << pending << QDate(2026, 3, 2) << true;
    QTest::newRow("enforcement complaint accepted") << C << true << accept << QDate(2026, 3, 2) << true;
    QTest::newRow("denunciation pending") << D << false << pending << QDate(2026, 2, 13) << true;
    QTest::newRow("denunciation accepted") << D << false << accept << QDate(2026, 3, 2) << true;
    QTest::newRow("petition: none") << MatterKind::Petition << false << accept << QDate(2026, 3, 2) << false;
}

void TestReceptionRecords::deadlinesAttached()
{
    QFETCH(MatterKind, kind);
    QFETCH(bool, enforcement);
    QFETCH(HandlingDirection, direction);
    QFETCH(QDate, received);
    QFETCH(bool, any);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    ReceptionRecord r = simple(received, kind, u"Nguyễn Văn An"_s, u"001099012345"_s, u"nội dung"_s);
    r.aboutEnforcement = enforcement;
    r.direction = direction;
    auto added = store->records().add(r, kActor);
    QVERIFY2(added, added ? "" : qPrintable(errorText(added.error())));
    auto got = store->records().get(added->record.id);
    QVERIFY(got);
    const QList<Deadline> expected = recordDeadlines(r, store->deadlines());
    QCOMPARE(!expected.isEmpty(), any);
    for (const StoredRecord &stored : {added.value(), got.value()}) {
        QCOMPARE(stored.deadlines.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Deadline &a = stored.deadlines[i], &e = expected[i];
            QCOMPARE(a.ruleId, e.ruleId);
            QCOMPARE(a.due, e.due);
            QCOMPARE(a.eventDate, e.eventDate);
            QCOMPARE(a.labelVi, e.labelVi);
            QCOMPARE(a.labelEn, e.labelEn);
            QCOMPARE(a.legalBasis, e.legalBasis);
            QCOMPARE(a.measure, e.measure);
        }
    }
}

QTEST_GUILESS_MAIN(TestReceptionRecords)
#include "tst_receptionrecords.moc"
