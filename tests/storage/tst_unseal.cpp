// Tests of the confidentiality of denunciators in app/storage/receptionrepository
// (add() seals, unseal() opens), on a real SQLite file in a temporary folder.
//
// Covers: a sealed identity is never in the database file, its WAL or
// shared memory, the search index, audit details or outbox payloads
// (tests/common/secretscan.h); it is opened only by a leader's audited
// unseal() with a reason; an anonymous denunciation has nothing to open.
#include "recordfixture.h"
#include "secretscan.h"
#include "userrepository.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tiepdan;
using namespace recordfixture;
using namespace Qt::StringLiterals;
using namespace secretscan;

class TestUnseal : public RecordTest {
    Q_OBJECT

private slots:
    void initTestCase();
    void sealedIdentity_data();
    void sealedIdentity();
    void unsealNeedsReason_data();
    void unsealNeedsReason();
    void anonymousDenunciation();
};

void TestUnseal::initTestCase()
{
    loadShippedConfig();
}

// ---------------------------------------------------------------------------
// Confidentiality of denunciators

void TestUnseal::sealedIdentity_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QList<MatterKind>>("kinds");

    QTest::newRow("ASCII name") << u"Tran Van Bimat"_s << u"So 9 ngo Kin Dao, phuong Vu Ninh"_s << u"001099012345"_s
                                << u"0987654321"_s << QList<MatterKind>{MatterKind::Denunciation};
    QTest::newRow("Vietnamese name") << u"Trần Thị Bí Mật"_s << u"Số 9 ngõ Kín Đáo, phường Vũ Ninh"_s
                                     << u"027185004321"_s << u"0356789012"_s
                                     << QList<MatterKind>{MatterKind::Denunciation};
    QTest::newRow("Vietnamese name typed NFD")
        << u"Tra\u0302\u0300n Thi\u0323 Bi\u0301 Ma\u0302\u0323t"_s << u"Số 9 ngõ Kín Đáo"_s << u"027185004321"_s
        << QString() << QList<MatterKind>{MatterKind::Denunciation};
    QTest::newRow("complaint with denunciation")
        << u"Trần Thị Bí Mật"_s << u"Số 9 ngõ Kín Đáo"_s << u"027185004321"_s << QString()
        << QList<MatterKind>{MatterKind::Complaint, MatterKind::Denunciation};
}

void TestUnseal::sealedIdentity()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(QString, idNumber);
    QFETCH(QString, phone);
    QFETCH(QList<MatterKind>, kinds);
    const QString nameNfc = name.normalized(QString::NormalizationForm_C);

    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"office.db"_s);
    auto store = openStore(dir);
    QVERIFY(store);

    // A control record in the clear: proves the byte scans below can see
    // what is written (in the WAL before the checkpoint, in the db after).
    const QString controlName = u"Hoàng Văn Congkhai"_s;
    QVERIFY(store->records().add(
        simple(QDate(2026, 3, 1), MatterKind::Complaint, controlName, u"027085009999"_s, u"khiếu nại công khai"_s),
        kActor));

    ReceptionRecord r = fullRecord();
    r.kinds = kinds;
    r.identity = {};
    r.identity.fullName = name;
    r.identity.address = address;
    r.identity.idNumber = idNumber;
    r.identity.phone = phone;
    r.content = u"Tố cáo chấp hành viên Xyzzy nhận tiền của đương sự"_s;
    r.direction = HandlingDirection::Accept;
    const Counts before = Counts::of(*store);

    auto added = store->records().add(r, kActor);
    QVERIFY2(added, added ? "" : qPrintable(errorText(added.error())));
    const QString id = added->record.id;
    QVERIFY(added->sealed);
    QVERIFY(added->record.confidential);
    QVERIFY(!added->record.anonymous);
    QVERIFY(added->record.identity.isEmpty());
    const Counts after = Counts::of(*store);
    QCOMPARE(after.records, before.records + 1);
    QCOMPARE(after.audit, before.audit + 1);
    QCOMPARE(after.outbox, before.outbox + 1);

    // get() and list() show no identity, only that it is sealed.
    auto got = store->records().get(id);
    QVERIFY(got);
    QVERIFY(got->sealed);
    QVERIFY(got->record.confidential);
    QCOMPARE(got->record.identity.fullName, QString());
    QCOMPARE(got->record.identity.address, QString());
    QCOMPARE(got->record.identity.idNumber, QString());
    QCOMPARE(got->record.identity.phone, QString());
    QVERIFY(got->record.identity.isEmpty());
    QCOMPARE(got->record.content, r.content);
    auto listed = store->records().list({});
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    for (const StoredRecord &s : *listed)
        if (s.record.id == id) {
            QVERIFY(s.sealed);
            QVERIFY(s.record.identity.isEmpty());
        }

    QStringList secrets{nameNfc, address, idNumber};
    if (!phone.isEmpty())
        secrets << phone;
    // Distinctive pieces of the name on their own (the FTS index stores words).
    secrets << (nameNfc.contains(u"Bimat"_s) ? u"Bimat"_s : u"Bí Mật"_s);

    // Positive controls: the scanners do see clear data and the new record.
    QVERIFY2(!findInFiles(dbPath, {controlName}).isEmpty(), "the scan does not see the control record's name");
    QVERIFY2(!findInFiles(dbPath, {u"Xyzzy"_s}).isEmpty(), "the scan does not see the new record's content");
    QVERIFY2(!findInTables(store->db(), {controlName}).isEmpty(), "the table scan does not see the control name");
    QVERIFY(QFileInfo(dbPath + u"-wal"_s).size() > 0);
    QVERIFY(QFileInfo::exists(dbPath + u"-shm"_s));

    // Not in the db file, its WAL or shared memory (before a checkpoint) ...
    QStringList hits = findInFiles(dbPath, secrets);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    // ... nor in any table: reception_records, record_fts and its shadow
    // tables, audit details, outbox payloads, matters.
    hits = findInTables(store->db(), secrets);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    // ... and not findable by search.
    for (const QString &q : {nameNfc, foldForSearch(nameNfc), idNumber}) {
        auto found = store->records().list({.text = q});
        QVERIFY(found);
        for (const StoredRecord &s : *found)
            QVERIFY2(s.record.id != id, qPrintable(u"search for '%1' finds the sealed record"_s.arg(q)));
    }

    // The outbox carries the sealed form only.
    auto payloadText = store->db().scalar(u"SELECT payload FROM outbox WHERE record_id = ?"_s, {id});
    QVERIFY(payloadText);
    const QJsonObject payload = QJsonDocument::fromJson(payloadText->toString().toUtf8()).object();
    QVERIFY(payload.value(u"identity"_s).isNull());
    const QByteArray sealedBlob = QByteArray::fromBase64(payload.value(u"sealedIdentity"_s).toString().toLatin1());
    QVERIFY(sealedBlob.startsWith("TDS1"));
    QVERIFY(!sealedBlob.contains(nameNfc.toUtf8()));

    // After a checkpoint the WAL is empty and the db file holds everything.
    {
        auto cp = store->db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        QVERIFY2(cp, cp ? "" : qPrintable(cp.error().message));
        QVERIFY(cp->next());
        QCOMPARE(cp->value(0).toInt(), 0); // not busy
    }
    QCOMPARE(QFileInfo(dbPath + u"-wal"_s).size(), 0);
    QVERIFY2(!findInFiles(dbPath, {controlName}).isEmpty(), "after the checkpoint the db lacks the control name");
    QVERIFY2(!findInFiles(dbPath, {u"Xyzzy"_s}).isEmpty(), "after the checkpoint the db lacks the new content");
    hits = findInFiles(dbPath, secrets);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));

    // unseal() by a leader with a reason returns the identity and audits the opening.
    const QString inspector = u"thanhtra.le"_s;
    const auto leader = storagefixture::signedIn(*store, Role::Leader, inspector);
    QVERIFY(leader);
    const qint64 auditBefore = rowCount(*store, u"audit"_s);
    auto opened = store->records().unseal(id, *leader, u"Thanh tra tỉnh yêu cầu, công văn 15/TTr"_s);
    QVERIFY2(opened, opened ? "" : qPrintable(errorText(opened.error())));
    QCOMPARE(opened->fullName, nameNfc);
    QCOMPARE(opened->address, address.normalized(QString::NormalizationForm_C));
    QCOMPARE(opened->idNumber, idNumber);
    QCOMPARE(opened->phone, phone);
    QCOMPARE(rowCount(*store, u"audit"_s), auditBefore + 1);
    auto last =
        store->db().exec(u"SELECT action, actor, entity, entity_id, detail FROM audit ORDER BY seq DESC LIMIT 1"_s);
    QVERIFY(last);
    QVERIFY(last->next());
    QCOMPARE(last->value(0).toString(), u"identity.unseal"_s);
    QCOMPARE(last->value(1).toString(), inspector);
    QCOMPARE(last->value(2).toString(), u"record"_s);
    QCOMPARE(last->value(3).toString(), id);
    QVERIFY(last->value(4).toString().contains(u"15/TTr"_s));
    auto audit = store->audit().verify();
    QVERIFY(audit);
    QVERIFY2(audit->problems.isEmpty(), qPrintable(audit->problems.join(u'\n')));

    // The opening itself wrote no identity anywhere.
    hits = findInFiles(dbPath, secrets) + findInTables(store->db(), secrets);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    // And the record stays sealed.
    got = store->records().get(id);
    QVERIFY(got);
    QVERIFY(got->sealed);
    QVERIFY(got->record.identity.isEmpty());
}

void TestUnseal::unsealNeedsReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("code");
    QTest::newRow("empty") << QString() << int(ErrorCode::InvalidInput);
    QTest::newRow("4 chars") << u"abcd"_s << int(ErrorCode::InvalidInput);
    QTest::newRow("padded short") << u"   ab \n  c  "_s << int(ErrorCode::InvalidInput);
    QTest::newRow("zero-width padding") << u"ab\u200B\u200B\u200B\u200Bc"_s << int(ErrorCode::InvalidInput);
    QTest::newRow("5 chars") << u"abcde"_s << 0;
}

void TestUnseal::unsealNeedsReason()
{
    QFETCH(QString, reason);
    QFETCH(int, code);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    ReceptionRecord r =
        simple(QDate(2026, 3, 3), MatterKind::Denunciation, u"Tran Van Bimat"_s, u"001099012345"_s, u"tố cáo"_s);
    auto added = store->records().add(r, kActor);
    QVERIFY(added);
    const auto leader = storagefixture::signedIn(*store, Role::Leader, u"thanhtra.le"_s);
    QVERIFY(leader);
    const qint64 auditBefore = rowCount(*store, u"audit"_s);
    auto opened = store->records().unseal(added->record.id, *leader, reason);
    if (code == 0) {
        QVERIFY(opened);
        QCOMPARE(opened->fullName, u"Tran Van Bimat"_s);
        QCOMPARE(rowCount(*store, u"audit"_s), auditBefore + 1);
        return;
    }
    QVERIFY(!opened);
    QCOMPARE(int(opened.error().code), code);
    QCOMPARE(opened.error().field, u"reason"_s);
    QVERIFY(!opened.error().message.contains(u"Bimat"_s));
    QCOMPARE(rowCount(*store, u"audit"_s), auditBefore);

    // Unknown record: NotFound, nothing audited.
    auto unknown =
        store->records().unseal(QUuid::createUuid().toString(QUuid::WithoutBraces), *leader, u"a good reason"_s);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QCOMPARE(rowCount(*store, u"audit"_s), auditBefore);
}

void TestUnseal::anonymousDenunciation()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    ReceptionRecord r;
    r.receivedAt = QDateTime(QDate(2026, 3, 4), QTime(14, 0));
    r.kinds = {MatterKind::Denunciation};
    r.anonymous = true;
    r.content = u"Tố cáo nặc danh: chấp hành viên Y nhận tiền, kèm ảnh chụp biên nhận"_s;
    r.direction = HandlingDirection::Pending;
    auto added = store->records().add(r, kActor);
    QVERIFY2(added, added ? "" : qPrintable(errorText(added.error())));
    QVERIFY(added->record.anonymous);
    QVERIFY(added->record.confidential);
    QVERIFY(!added->sealed);
    QVERIFY(added->record.identity.isEmpty());
    auto got = store->records().get(added->record.id);
    QVERIFY(got);
    QVERIFY(got->record.anonymous);
    QVERIFY(got->record.identity.isEmpty());
    QCOMPARE(got->record.content, r.content);

    // There is nothing to open; trying is not audited as an opening.
    const auto leader = storagefixture::signedIn(*store, Role::Leader, u"thanhtra.le"_s);
    QVERIFY(leader);
    const qint64 auditBefore = rowCount(*store, u"audit"_s);
    auto opened = store->records().unseal(added->record.id, *leader, u"Thanh tra yêu cầu"_s);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::NotFound);
    QCOMPARE(rowCount(*store, u"audit"_s), auditBefore);

    // Two anonymous denunciations are two matters (no identity to link them).
    auto second = store->records().add(r, kActor);
    QVERIFY(second);
    QVERIFY(second->record.matterId != added->record.matterId);
    QVERIFY(second->record.firstVisit);
}

QTEST_GUILESS_MAIN(TestUnseal)
#include "tst_unseal.moc"
