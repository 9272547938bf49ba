// Tests of app/storage/receptionrepository: the reception log book (Form 03
// of Circular 04/2021/TT-TTCP) on a real SQLite file in a temporary folder.
//
// Covers: every log-book column reads back identical through add(), get()
// and list(); normalisation (NFD -> NFC); hostile and unusual text; the
// validation rules (nothing is written when a record is rejected); sealed
// denunciator identities (never in the database file, its WAL or shared
// memory, the search index, audit details or outbox payloads; opened only
// by an audited unseal()); repeat visits and matters; search with and
// without diacritics; filters; the leaders' report figures; deadlines.
#include "configloader.h"
#include "database.h"
#include "officestore.h"
#include "receptionrepository.h"
#include "recordstats.h"
#include "storagefixture.h"
#include "userrepository.h"
#include "validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

using namespace tiepdan;
using namespace Qt::StringLiterals;

using Mutator = std::function<void(ReceptionRecord &)>;
Q_DECLARE_METATYPE(Mutator)
Q_DECLARE_METATYPE(MatterKind)
Q_DECLARE_METATYPE(HandlingDirection)
Q_DECLARE_METATYPE(ReceiverRole)
Q_DECLARE_METATYPE(ReceptionKind)
Q_DECLARE_METATYPE(RefusalGround)

namespace {

// The store's clock: every record below is received on or before this day.
const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0, 0));
const QString kActor = u"canbo.thu"_s;

// Decomposed (NFD) and precomposed (NFC) forms of the same Vietnamese text.
const QString kDucNfc = u"Nguy\u1EC5n V\u0103n \u0110\u1EE9c"_s;                // Nguyễn Văn Đức
const QString kDucNfd = u"Nguye\u0302\u0303n Va\u0306n \u0110u\u031B\u0301c"_s; // same, decomposed

QByteArray utf16le(const QString &s)
{
    QByteArray out;
    for (QChar c : s) {
        out.append(char(c.unicode() & 0xff));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

// Every byte form a piece of personal data could take on disk.
QList<QByteArray> byteForms(const QString &s)
{
    QList<QByteArray> forms;
    for (const QString &v : {s.normalized(QString::NormalizationForm_C), s.normalized(QString::NormalizationForm_D),
                             foldForSearch(s), s.toUpper(), s.toLower()}) {
        for (const QByteArray &b : {v.toUtf8(), utf16le(v)})
            if (!forms.contains(b))
                forms << b;
    }
    return forms;
}

QByteArray readRaw(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Which of the database's files (db, -wal, -shm) contain which needle.
QStringList findInFiles(const QString &dbPath, const QStringList &secrets)
{
    QStringList hits;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        const QByteArray bytes = readRaw(dbPath + suffix);
        for (const QString &secret : secrets)
            for (const QByteArray &form : byteForms(secret))
                if (bytes.contains(form))
                    hits << u"%1 contains \"%2\""_s.arg(QFileInfo(dbPath + suffix).fileName(), QString::fromUtf8(form));
    }
    return hits;
}

// Reads every value of every table (including the FTS shadow tables) and
// reports which contain a secret in any form.
QStringList findInTables(Database &db, const QStringList &secrets)
{
    QStringList hits;
    auto tables = db.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
    if (!tables)
        return {u"cannot list tables: "_s + tables.error().message};
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    for (const QString &t : names) {
        auto rows = db.exec(u"SELECT * FROM \"%1\""_s.arg(t));
        if (!rows) {
            hits << u"cannot read %1: %2"_s.arg(t, rows.error().message);
            continue;
        }
        while (rows->next()) {
            const QSqlRecord rec = rows->record();
            for (int c = 0; c < rec.count(); ++c) {
                const QVariant v = rows->value(c);
                const QByteArray bytes = v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
                const QString text = v.toString();
                for (const QString &secret : secrets) {
                    bool found = text.contains(secret, Qt::CaseInsensitive) ||
                                 foldForSearch(text).contains(foldForSearch(secret));
                    for (const QByteArray &form : byteForms(secret))
                        found = found || bytes.contains(form);
                    if (found)
                        hits << u"%1.%2 contains \"%3\""_s.arg(t, rec.fieldName(c), secret);
                }
            }
        }
    }
    return hits;
}

qint64 rowCount(OfficeStore &s, const QString &table)
{
    auto v = s.db().scalar(u"SELECT COUNT(*) FROM %1"_s.arg(table));
    return v ? v->toLongLong() : -1;
}

QStringList tableNames(OfficeStore &s)
{
    QStringList out;
    auto q = s.db().exec(u"SELECT name FROM sqlite_master WHERE type IN ('table', 'index') ORDER BY name"_s);
    if (q)
        while (q->next())
            out << q->value(0).toString();
    return out;
}

struct Counts {
    qint64 records = 0, audit = 0, outbox = 0, matters = 0, fts = 0;
    static Counts of(OfficeStore &s)
    {
        return {rowCount(s, u"reception_records"_s), rowCount(s, u"audit"_s), rowCount(s, u"outbox"_s),
                rowCount(s, u"matters"_s), rowCount(s, u"record_fts"_s)};
    }
    QString toString() const
    {
        return u"records %1, audit %2, outbox %3, matters %4, fts %5"_s.arg(records)
            .arg(audit)
            .arg(outbox)
            .arg(matters)
            .arg(fts);
    }
};

QString kindsText(const QList<MatterKind> &kinds)
{
    QStringList s;
    for (MatterKind k : kinds)
        s << toString(k);
    return s.join(u',');
}

QString errorText(const Error &e)
{
    return u"code %1, field '%2': %3"_s.arg(int(e.code)).arg(e.field, e.message);
}

} // namespace

class TestReception : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void publishedYear();
    void keptStatisticsMatchRawCounts();
    void deadlineWatch();
    void conclusionNotice();

    void fullRecordRoundTrip_data();
    void fullRecordRoundTrip();
    void normalisesToNfc_data();
    void normalisesToNfc();
    void acceptedEdgeCases_data();
    void acceptedEdgeCases();
    void rejectedWritesNothing_data();
    void rejectedWritesNothing();

    void sealedIdentity_data();
    void sealedIdentity();
    void unsealNeedsReason_data();
    void unsealNeedsReason();
    void anonymousDenunciation();

    void repeatVisits_data();
    void repeatVisits();
    void bookNumbering();

    void search_data();
    void search();
    void filters_data();
    void filters();

    void report_data();
    void report();
    void reportPeriods_data();
    void reportPeriods();

    void deadlines_data();
    void deadlines();

private:
    std::unique_ptr<OfficeStore> openStore(const QTemporaryDir &dir);
    static ReceptionRecord fullRecord();
    static ReceptionRecord simple(const QDate &date, MatterKind kind, const QString &name, const QString &id,
                                  const QString &content);
    static void compareRecord(const ReceptionRecord &actual, const ReceptionRecord &expected);

    OfficeConfig m_config;
    // The report's dataset, built once by the first report() row.
    QTemporaryDir m_reportDir;
    std::unique_ptr<OfficeStore> m_reportStore;
    std::optional<ReceptionReport> m_report;
};

void TestReception::initTestCase()
{
    QLoggingCategory::setFilterRules(u"tiepdan.*.info=false"_s);
    const ConfigLoadResult cfg = loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
    QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
    m_config = cfg.config;
    QCOMPARE(m_config.groups.minPeople, 5);
}

std::unique_ptr<OfficeStore> TestReception::openStore(const QTemporaryDir &dir)
{
    if (!dir.isValid())
        return nullptr;
    auto s = OfficeStore::open(m_config, dir.filePath(u"office.db"_s));
    if (!s) {
        qWarning().noquote() << "cannot open the store:" << errorText(s.error());
        return nullptr;
    }
    std::unique_ptr<OfficeStore> store = std::move(s).value();
    store->setClock([] { return kNow; });
    return store;
}

// A visit with every column of the log book filled in.
ReceptionRecord TestReception::fullRecord()
{
    ReceptionRecord r;
    r.receivedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 15, 30));                   // (2)
    r.identity.fullName = u"Nguyễn Văn An"_s;                                        // (3)
    r.identity.address = u"Số 5 đường Ngô Gia Tự, phường Kinh Bắc, tỉnh Bắc Ninh"_s; // (3)
    r.identity.idNumber = u"027085001234"_s;                                         // (4) Bắc Ninh, male, 1985
    r.identity.phone = u"0912345678"_s;
    r.content = u"Khiếu nại Quyết định cưỡng chế kê biên tài sản số 12/QĐ-CCTHADS ngày 10/01/2026\n"
                u"Đề nghị xem xét lại giá trị tài sản"_s;     // (5)
    r.kinds = {MatterKind::Complaint};                        // (6)
    r.peopleCount = 1;                                        // (6)
    r.previousAgency = u"Chi cục THADS huyện Tiên Du (cũ)"_s; // (7)
    r.direction = HandlingDirection::Accept;                  // (8)
    r.followUp = u"Đã ra thông báo thụ lý ngày 05/3/2026"_s;  // (11)
    r.notes = u"Công dân mang theo 3 bản photo quyết định"_s; // (12)
    r.receiverRole = ReceiverRole::Officer;
    r.receiverName = u"Lê Thị Thu"_s;
    r.receptionKind = ReceptionKind::Regular;
    r.sessionKey = u"2026-03-02/regular/regular/morning"_s;
    r.ticketLabel = u"A015"_s;
    return r;
}

ReceptionRecord TestReception::simple(const QDate &date, MatterKind kind, const QString &name, const QString &id,
                                      const QString &content)
{
    ReceptionRecord r;
    r.receivedAt = QDateTime(date, QTime(8, 30));
    r.identity.fullName = name;
    r.identity.idNumber = id;
    r.kinds = {kind};
    r.content = content;
    return r;
}

void TestReception::compareRecord(const ReceptionRecord &a, const ReceptionRecord &e)
{
    QCOMPARE(a.receivedAt, e.receivedAt);
    QCOMPARE(a.receivedAt.toLocalTime().toString(Qt::ISODate), e.receivedAt.toLocalTime().toString(Qt::ISODate));
    QCOMPARE(a.identity.fullName, e.identity.fullName);
    QCOMPARE(a.identity.address, e.identity.address);
    QCOMPARE(a.identity.idNumber, e.identity.idNumber);
    QCOMPARE(a.identity.phone, e.identity.phone);
    QCOMPARE(a.identity.representatives, e.identity.representatives);
    QCOMPARE(a.confidential, e.confidential);
    QCOMPARE(a.anonymous, e.anonymous);
    QCOMPARE(a.content, e.content);
    QCOMPARE(kindsText(a.kinds), kindsText(e.kinds));
    QCOMPARE(a.peopleCount, e.peopleCount);
    QCOMPARE(a.previousAgency, e.previousAgency);
    QCOMPARE(toString(a.direction), toString(e.direction));
    QCOMPARE(a.transferAgency, e.transferAgency);
    QCOMPARE(a.followUp, e.followUp);
    QCOMPARE(a.notes, e.notes);
    QCOMPARE(toString(a.receiverRole), toString(e.receiverRole));
    QCOMPARE(a.receiverName, e.receiverName);
    QCOMPARE(toString(a.receptionKind), toString(e.receptionKind));
    QCOMPARE(a.sessionKey, e.sessionKey);
    QCOMPARE(a.aboutEnforcement, e.aboutEnforcement);
    QCOMPARE(a.ticketLabel, e.ticketLabel);
    QCOMPARE(toString(a.refusal), toString(e.refusal));
    QCOMPARE(a.refusalNote, e.refusalNote);
    QCOMPARE(a.conclusion, e.conclusion);
    QCOMPARE(a.conclusionDue, e.conclusionDue);
}

// ---------------------------------------------------------------------------
// Every column of the log book

void TestReception::fullRecordRoundTrip_data()
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

void TestReception::fullRecordRoundTrip()
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

void TestReception::normalisesToNfc_data()
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

void TestReception::normalisesToNfc()
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

void TestReception::acceptedEdgeCases_data()
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

void TestReception::acceptedEdgeCases()
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

void TestReception::rejectedWritesNothing_data()
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

void TestReception::rejectedWritesNothing()
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
// Confidentiality of denunciators

void TestReception::sealedIdentity_data()
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

void TestReception::sealedIdentity()
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

void TestReception::unsealNeedsReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("code");
    QTest::newRow("empty") << QString() << int(ErrorCode::InvalidInput);
    QTest::newRow("4 chars") << u"abcd"_s << int(ErrorCode::InvalidInput);
    QTest::newRow("padded short") << u"   ab \n  c  "_s << int(ErrorCode::InvalidInput);
    QTest::newRow("zero-width padding") << u"ab\u200B\u200B\u200B\u200Bc"_s << int(ErrorCode::InvalidInput);
    QTest::newRow("5 chars") << u"abcde"_s << 0;
}

void TestReception::unsealNeedsReason()
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

void TestReception::anonymousDenunciation()
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

// ---------------------------------------------------------------------------
// Repeat visits and matters

void TestReception::repeatVisits_data()
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

void TestReception::repeatVisits()
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

void TestReception::bookNumbering()
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
// Search and filters

void TestReception::search_data()
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

void TestReception::search()
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

void TestReception::filters_data()
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

void TestReception::filters()
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

// ---------------------------------------------------------------------------
// The leaders' report

// A provincial agency's published year: 191 visits by 195 persons, of
// which the leaders received 135 visits by 139 persons. Built visit by
// visit through add(): 56 visits by officers (one person each); the head
// received 100 visits on 24 periodic days (one with a group of 5 people) and
// 20 on 4 ad-hoc days; a deputy received 15 on 5 days.
void TestReception::publishedYear()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    int serial = 0;
    auto visit = [&](const QDate &day, ReceiverRole role, ReceptionKind kind, int people) -> bool {
        ++serial;
        static const QStringList family{u"Nguyễn"_s, u"Trần"_s, u"Lê"_s,   u"Phạm"_s, u"Hoàng"_s,
                                        u"Phan"_s,   u"Vũ"_s,   u"Đặng"_s, u"Bùi"_s,  u"Đỗ"_s};
        static const QStringList middle{u"Văn"_s, u"Thị"_s, u"Đức"_s, u"Minh"_s, u"Hữu"_s, u"Ngọc"_s};
        static const QStringList given{u"An"_s, u"Bình"_s, u"Cường"_s, u"Dũng"_s,
                                       u"Hà"_s, u"Lan"_s,  u"Sơn"_s,   u"Yến"_s};
        const QString name = family[serial % 10] + u' ' + middle[(serial / 10) % 6] + u' ' + given[(serial / 60) % 8];
        ReceptionRecord r = simple(day, MatterKind::Complaint, name, u"0271850%1"_s.arg(serial, 5, 10, QChar(u'0')),
                                   u"Khiếu nại việc thi hành án"_s);
        r.receiverRole = role;
        r.receiverName = role == ReceiverRole::Officer ? u"Cán Bộ Tiếp"_s : u"Lãnh Đạo Cục"_s;
        r.receptionKind = kind;
        r.peopleCount = people;
        if (people >= 5)
            r.identity.representatives = {u"Người Đại Diện Một"_s, u"Người Đại Diện Hai"_s};
        if (kind != ReceptionKind::Regular)
            r.sessionKey = u"%1/%2/leader/morning"_s.arg(day.toString(Qt::ISODate), toString(kind));
        auto added = store->records().add(r, kActor);
        if (!added)
            qWarning().noquote() << errorText(added.error());
        return added.ok();
    };
    const QDate jan1(2025, 1, 1);
    for (int i = 0; i < 56; ++i)
        QVERIFY(visit(jan1.addDays(2 + i * 6), ReceiverRole::Officer, ReceptionKind::Regular, 1));
    for (int i = 0; i < 100; ++i) // 24 periodic days, 4-5 visits each
        QVERIFY(visit(jan1.addDays(5 + (i % 24) * 14), ReceiverRole::Head, ReceptionKind::Periodic, i == 0 ? 5 : 1));
    for (int i = 0; i < 20; ++i)
        QVERIFY(visit(jan1.addDays(40 + (i % 4) * 60), ReceiverRole::Head, ReceptionKind::AdHoc, 1));
    for (int i = 0; i < 15; ++i)
        QVERIFY(visit(jan1.addDays(20 + (i % 5) * 50), ReceiverRole::Deputy, ReceptionKind::Periodic, 1));

    auto rep = store->records().report(QDate(2025, 1, 1), QDate(2025, 12, 31));
    QVERIFY2(rep, rep ? "" : qPrintable(errorText(rep.error())));
    QCOMPARE(rep->visits, 191);
    QCOMPARE(rep->persons, 195);
    QCOMPARE(rep->cases, 191); // every visitor a different ID number: a case each
    const LeaderFigures all = rep->leaders.value(u"all"_s);
    QCOMPARE(all.visits, 135);
    QCOMPARE(all.persons, 139);
    QCOMPARE(all.cases, 135);
    QCOMPARE(all.sessions, 24 + 4 + 5);
    QCOMPARE(rep->leaders.value(u"head-periodic"_s).visits, 100);
    QCOMPARE(rep->leaders.value(u"head-periodic"_s).persons, 104);
    QCOMPARE(rep->leaders.value(u"head-periodic"_s).sessions, 24);
    QCOMPARE(rep->leaders.value(u"head-adhoc"_s).visits, 20);
    QCOMPARE(rep->leaders.value(u"head-adhoc"_s).sessions, 4);
    QCOMPARE(rep->leaders.value(u"deputy"_s).visits, 15);
    QCOMPARE(rep->leaders.value(u"deputy"_s).sessions, 5);
    QCOMPARE(rep->groups, 1);
    QCOMPARE(rep->groupPersons, 5);
    QCOMPARE(rep->byReceiver.value(u"officer"_s), 56);
    const QJsonObject json = rep->toJson();
    QCOMPARE(json.value(u"receivedByLeaders"_s).toObject().value(u"all"_s).toObject().value(u"persons"_s).toInt(), 139);
    // The year before is empty, leaders' block included.
    auto before = store->records().report(QDate(2024, 1, 1), QDate(2024, 12, 31));
    QVERIFY(before);
    QCOMPARE(before->visits, 0);
    QCOMPARE(before->leaders.value(u"all"_s).visits, 0);
}

// The kept statistics (recordstats.h) against the same figures counted from
// the records with plain SQL, for a seeded random book entered in random
// date order (so that later days get new predecessors) and many periods:
// month-aligned, mid-month starts, single days, across a year end.
namespace {
QJsonObject rawReport(Database &db, const QDate &from, const QDate &to)
{
    const QVariantList period{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    const QString in = u"received_date BETWEEN ? AND ?"_s;
    auto one = [&](const QString &sql, const QVariantList &binds) {
        auto q = db.exec(sql, binds);
        return q && q->next() ? q->value(0).toInt() : -1;
    };
    auto grouped = [&](const QString &sql) {
        QJsonObject o;
        auto q = db.exec(sql.arg(in), period);
        while (q && q->next())
            o.insert(q->value(0).toString(), q->value(1).toInt());
        return o;
    };
    const QString leaderCat = u"CASE WHEN receiver_role = 'deputy' THEN 'deputy' ELSE 'head-' || reception_kind END"_s;
    const QString figures =
        u"COUNT(DISTINCT COALESCE(session_key, received_date)), COUNT(*), COALESCE(SUM(people_count), 0), "
        "COUNT(DISTINCT matter_id) FROM reception_records WHERE %1 AND receiver_role IN ('head', 'deputy')"_s.arg(in);
    QJsonObject leaders;
    auto lq =
        db.exec(u"SELECT 'all', %1 UNION ALL SELECT %2 AS k, %1 GROUP BY k"_s.arg(figures, leaderCat), period + period);
    while (lq && lq->next())
        leaders.insert(lq->value(0).toString(), QJsonObject{{u"sessions"_s, lq->value(1).toInt()},
                                                            {u"visits"_s, lq->value(2).toInt()},
                                                            {u"persons"_s, lq->value(3).toInt()},
                                                            {u"cases"_s, lq->value(4).toInt()}});
    const int visits = one(u"SELECT COUNT(*) FROM reception_records WHERE %1"_s.arg(in), period);
    const int first = one(u"SELECT COALESCE(SUM(first_visit), 0) FROM reception_records WHERE %1"_s.arg(in), period);
    return {
        {u"from"_s, from.toString(Qt::ISODate)},
        {u"to"_s, to.toString(Qt::ISODate)},
        {u"visits"_s, visits},
        {u"persons"_s, one(u"SELECT COALESCE(SUM(people_count), 0) FROM reception_records WHERE %1"_s.arg(in), period)},
        {u"cases"_s, one(u"SELECT COUNT(DISTINCT matter_id) FROM reception_records WHERE %1"_s.arg(in), period)},
        {u"groups"_s,
         QJsonObject{
             {u"groups"_s, one(u"SELECT COUNT(*) FROM reception_records WHERE is_group AND %1"_s.arg(in), period)},
             {u"persons"_s,
              one(u"SELECT COALESCE(SUM(people_count), 0) FROM reception_records WHERE is_group AND %1"_s.arg(in),
                  period)},
             {u"cases"_s,
              one(u"SELECT COUNT(DISTINCT matter_id) FROM reception_records WHERE is_group AND %1"_s.arg(in),
                  period)}}},
        {u"firstVisits"_s, first},
        {u"repeatVisits"_s, visits - first},
        {u"refused"_s, one(u"SELECT COUNT(*) FROM reception_records WHERE refusal != 'none' AND %1"_s.arg(in), period)},
        {u"casesByKind"_s, grouped(u"SELECT m.kind, COUNT(DISTINCT m.id) FROM matters m JOIN reception_records r "
                                   "ON r.matter_id = m.id WHERE r.%1 GROUP BY m.kind"_s)},
        {u"visitsByDirection"_s,
         grouped(u"SELECT direction, COUNT(*) FROM reception_records WHERE %1 GROUP BY direction"_s)},
        {u"visitsByReceiver"_s,
         grouped(u"SELECT receiver_role, COUNT(*) FROM reception_records WHERE %1 GROUP BY receiver_role"_s)},
        {u"visitsByReceptionKind"_s,
         grouped(u"SELECT reception_kind, COUNT(*) FROM reception_records WHERE %1 GROUP BY reception_kind"_s)},
        {u"receivedByLeaders"_s, leaders}};
}
} // namespace

void TestReception::keptStatisticsMatchRawCounts()
{
    const quint32 seed = qEnvironmentVariableIsSet("TST_SEED") ? quint32(qEnvironmentVariableIntValue("TST_SEED"))
                                                               : QRandomGenerator::global()->generate();
    qInfo("seed %u (TST_SEED=%u repeats this run)", seed, seed);
    QRandomGenerator rnd(seed);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    const QDate first(2024, 11, 1);
    const int span = int(first.daysTo(QDate(2026, 2, 28)));
    QList<QDate> days;
    for (int i = 0; i < 700; ++i)
        days << first.addDays(rnd.bounded(span + 1));
    // Entered in random order: a later day's visit may already be there.
    for (int i = 0; i < days.size(); ++i) {
        const MatterKind kind = MatterKind(rnd.bounded(4));
        // 120 people for 700 visits: many repeat visits on the same matter.
        const int person = rnd.bounded(120);
        static const QStringList family{u"Nguyễn"_s, u"Trần"_s, u"Lê"_s,   u"Phạm"_s, u"Hoàng"_s,
                                        u"Phan"_s,   u"Vũ"_s,   u"Đặng"_s, u"Bùi"_s,  u"Đỗ"_s};
        static const QStringList given{u"An"_s,  u"Bình"_s, u"Cường"_s, u"Dũng"_s, u"Hà"_s,  u"Lan"_s,
                                       u"Sơn"_s, u"Yến"_s,  u"Tâm"_s,   u"Hải"_s,  u"Nga"_s, u"Phúc"_s};
        ReceptionRecord r = simple(days[i], kind, family[person % 10] + u" Văn "_s + given[person / 10],
                                   kind == MatterKind::Denunciation || rnd.bounded(10) == 0
                                       ? QString()
                                       : u"0271850%1"_s.arg(person, 5, 10, QChar(u'0')),
                                   u"Nội dung %1"_s.arg(i));
        r.peopleCount = rnd.bounded(8) == 0 ? 5 + rnd.bounded(10) : 1 + rnd.bounded(3);
        if (r.peopleCount >= 5)
            r.identity.representatives = {u"Đại Diện Một"_s};
        r.receiverRole = ReceiverRole(rnd.bounded(3));
        r.receptionKind = ReceptionKind(rnd.bounded(3));
        if (r.receptionKind != ReceptionKind::Regular && rnd.bounded(3) > 0)
            r.sessionKey =
                u"%1/%2/s%3"_s.arg(days[i].toString(Qt::ISODate), toString(r.receptionKind)).arg(rnd.bounded(2));
        r.direction = HandlingDirection(rnd.bounded(4));
        if (r.direction == HandlingDirection::Transfer)
            r.transferAgency = u"Tòa án nhân dân tỉnh"_s;
        auto added = store->records().add(r, kActor);
        QVERIFY2(added, added ? "" : qPrintable(errorText(added.error())));
    }
    QList<std::pair<QDate, QDate>> periods{
        {QDate(2024, 1, 1), QDate(2026, 12, 31)},  {QDate(2025, 1, 1), QDate(2025, 12, 31)},
        {QDate(2025, 1, 1), QDate(2025, 3, 31)},   {QDate(2025, 7, 1), QDate(2025, 9, 30)},
        {QDate(2025, 1, 1), QDate(2025, 6, 30)},   {QDate(2025, 1, 1), QDate(2025, 9, 30)},
        {QDate(2025, 12, 15), QDate(2026, 1, 15)}, {QDate(2026, 3, 1), QDate(2026, 3, 31)}};
    for (int i = 0; i < 50; ++i) {
        const QDate a = first.addDays(rnd.bounded(span + 1));
        periods.append({a, a.addDays(rnd.bounded(i % 5 == 0 ? 1 : 200))});
    }
    for (const QDate &d : days.mid(0, 10))
        periods.append({d, d});
    int compared = 0;
    for (const auto &[from, to] : std::as_const(periods)) {
        auto rep = store->records().report(from, to);
        QVERIFY2(rep, rep ? "" : qPrintable(errorText(rep.error())));
        QJsonObject kept = rep->toJson();
        kept.remove(u"queue"_s);
        kept.remove(u"resolvedByKind"_s); // from matter results, none here
        const QJsonObject raw = rawReport(store->db(), from, to);
        if (kept != raw)
            QFAIL(qPrintable(u"seed %1, %2..%3:\nkept %4\nraw  %5"_s.arg(seed).arg(
                from.toString(Qt::ISODate), to.toString(Qt::ISODate),
                QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)),
                QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact)))));
        compared += rep->visits > 0;
    }
    QVERIFY2(compared > 40, "the periods must mostly hold visits");
    // Built record by record, the tables hold what a rebuild from every
    // record at once (the migration's way) gives, zero counts aside.
    const QString dump = u"SELECT group_concat(day || key || prev_month || ':' || n, ',') FROM "
                         "(SELECT * FROM stat_case_month WHERE n != 0 ORDER BY day, key, prev_month)"_s;
    const QString dumpCases = u"SELECT group_concat(key || entity || day || COALESCE(prev_day, '-'), ',') FROM "
                              "(SELECT * FROM stat_case ORDER BY key, entity, day)"_s;
    auto sums = store->db().scalar(dump);
    auto cases = store->db().scalar(dumpCases);
    QVERIFY(sums && cases);
    QVERIFY(RecordStats::rebuild(store->db()));
    auto rebuilt = store->db().scalar(dump);
    auto rebuiltCases = store->db().scalar(dumpCases);
    QVERIFY(rebuilt && rebuiltCases);
    QVERIFY(!sums->toString().isEmpty());
    QCOMPARE(rebuiltCases->toString(), cases->toString());
    QCOMPARE(rebuilt->toString(), sums->toString());
}

// The deadline watch on Friday 2026-11-20 (kNow), with two rule sets: the
// shipped "2014" one (complaint acceptance 10 days) and a "2026" one from
// 2026-07-01 where acceptance takes 7.
void TestReception::deadlineWatch()
{
    OfficeConfig config = m_config;
    bool changed = false;
    for (DeadlineRuleSet &set : config.deadlineRuleSets)
        for (DeadlineRule &rule : set.rules)
            if (set.id == u"2026"_s && rule.id == u"complaint.accept"_s) {
                rule.days = 7;
                changed = true;
            }
    QVERIFY(changed);
    QTemporaryDir dir;
    auto opened = OfficeStore::open(config, dir.filePath(u"office.db"_s));
    QVERIFY(opened);
    std::unique_ptr<OfficeStore> store = std::move(opened).value();
    store->setClock([] { return kNow; });

    QHash<QString, QString> tagOf; // record id -> tag
    QHash<QString, QString> matterOf;
    int serial = 0;
    auto add = [&](const QString &tag, const QDate &day, MatterKind kind, HandlingDirection direction) {
        static const QStringList given{u"An"_s,    u"Bình"_s, u"Cường"_s, u"Dũng"_s, u"Hà"_s,  u"Lan"_s,
                                       u"Sơn"_s,   u"Yến"_s,  u"Tâm"_s,   u"Hải"_s,  u"Nga"_s, u"Phúc"_s,
                                       u"Quang"_s, u"Thảo"_s, u"Vy"_s,    u"Khoa"_s};
        ReceptionRecord r = simple(day, kind, u"Trần Văn "_s + given[serial],
                                   u"0010990123%1"_s.arg(serial, 2, 10, QChar(u'0')), u"Nội dung "_s + tag);
        ++serial;
        r.direction = direction;
        if (direction == HandlingDirection::Transfer)
            r.transferAgency = u"Tòa án nhân dân tỉnh"_s;
        auto added = store->records().add(r, kActor);
        if (!added)
            qWarning().noquote() << tag << errorText(added.error());
        tagOf.insert(added ? added->record.id : QString(), tag);
        matterOf.insert(tag, added ? added->record.matterId : QString());
        return added.ok();
    };
    using K = MatterKind;
    using D = HandlingDirection;
    QVERIFY(add(u"A 2014 set, overdue"_s, QDate(2026, 6, 30), K::Complaint, D::Pending));
    QVERIFY(add(u"B 2026 set, overdue"_s, QDate(2026, 7, 1), K::Complaint, D::Pending));
    QVERIFY(add(u"C due today"_s, QDate(2026, 11, 13), K::Complaint, D::Pending));
    QVERIFY(add(u"D due on the window's last day"_s, QDate(2026, 11, 20), K::Complaint, D::Pending));
    QVERIFY(add(u"F denunciation, working days"_s, QDate(2026, 11, 16), K::Denunciation, D::Pending));
    QVERIFY(add(u"G accepted: resolution"_s, QDate(2026, 10, 26), K::Complaint, D::Accept));
    QVERIFY(add(u"H returned at reception"_s, QDate(2026, 11, 18), K::Complaint, D::ReturnGuide));
    QVERIFY(add(u"I transferred at reception"_s, QDate(2026, 11, 18), K::Complaint, D::Transfer));
    QVERIFY(add(u"J resolved by the department"_s, QDate(2026, 11, 17), K::Complaint, D::Pending));
    QVERIFY(add(u"K accepted by the department"_s, QDate(2026, 11, 17), K::Complaint, D::Pending));
    QVERIFY(add(u"L closed"_s, QDate(2026, 11, 17), K::Complaint, D::Pending));
    QVERIFY(add(u"M petition: no deadline"_s, QDate(2026, 11, 17), K::Petition, D::Pending));
    QVERIFY(add(u"N accepted, due after the window"_s, QDate(2026, 11, 18), K::Complaint, D::Accept));
    QVERIFY(add(u"O older than the lookback"_s, QDate(2025, 9, 1), K::Complaint, D::Pending));
    QVERIFY(store->db().exec(
        u"INSERT INTO matter_results(matter_id, result, note, at, seq) VALUES (?, 'resolved', '', "
        u"'2026-11-19T08:00:00Z', 1), "
        "(?, 'accepted', '', '2026-11-19T08:00:00Z', 2)"_s,
        {matterOf.value(u"J resolved by the department"_s), matterOf.value(u"K accepted by the department"_s)}));
    QVERIFY(store->db().exec(u"UPDATE matters SET status = 'closed' WHERE id = ?"_s, {matterOf.value(u"L closed"_s)}));

    auto watch = store->records().deadlineWatch(QDate(2026, 11, 20), 7);
    QVERIFY2(watch, watch ? "" : qPrintable(errorText(watch.error())));
    QStringList got;
    for (const WatchedDeadline &w : *watch)
        got << u"%1|%2|%3|%4|%5"_s.arg(tagOf.value(w.recordId), w.deadline.ruleId, w.deadline.due.toString(Qt::ISODate))
                   .arg(w.daysLeft)
                   .arg(w.ruleSetId);
    const QStringList expected{
        u"B 2026 set, overdue|complaint.accept|2026-07-08|-135|2026"_s,
        u"A 2014 set, overdue|complaint.accept|2026-07-10|-133|2014"_s,
        u"C due today|complaint.accept|2026-11-20|0|2026"_s,
        u"K accepted by the department|complaint.accept|2026-11-24|4|2026"_s,
        // 7 working days from Monday 16/11 (Art. 24 of the Law on Denunciations).
        u"F denunciation, working days|denunciation.accept|2026-11-25|5|2026"_s,
        u"G accepted: resolution|complaint.resolve.first|2026-11-25|5|2026"_s,
        u"D due on the window's last day|complaint.accept|2026-11-27|7|2026"_s,
    };
    QCOMPARE(got, expected);
    // One day narrower: the last one drops out.
    auto narrower = store->records().deadlineWatch(QDate(2026, 11, 20), 6);
    QVERIFY(narrower);
    QCOMPARE(narrower->size(), expected.size() - 1);
    // Nothing identifying in what the watch carries (F is a sealed denunciation).
    for (const WatchedDeadline &w : *watch) {
        const QByteArray json = QJsonDocument(w.toJson()).toJson();
        QVERIFY2(!json.contains("Trần") && !json.contains("0010990123"), json.constData());
        QCOMPARE(w.bookYear, 2026);
        QVERIFY(w.bookNo > 0);
    }
    QVERIFY(!store->records().deadlineWatch(QDate(2026, 11, 20), -1));

    // Received vs resolved: J's result counts in the month it is dated; K's
    // ("accepted") is not a resolution.
    auto november = store->records().report(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QVERIFY(november);
    QCOMPARE(november->resolvedByKind, (QMap<QString, int>{{u"complaint"_s, 1}}));
    auto october = store->records().report(QDate(2026, 10, 1), QDate(2026, 10, 31));
    QVERIFY(october);
    QVERIFY(october->resolvedByKind.isEmpty());
}

// The head's reception ends with a conclusion notice and its follow-up
// date: stored, synced, shown among the record's deadlines and watched.
void TestReception::conclusionNotice()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    ReceptionRecord r = simple(QDate(2026, 11, 18), MatterKind::Complaint, u"Nguyễn Văn An"_s, u"001099012345"_s,
                               u"Khiếu nại việc kê biên"_s);
    r.receiverRole = ReceiverRole::Head;
    r.receiverName = u"Lê Lãnh Đạo"_s;
    r.receptionKind = ReceptionKind::Periodic;
    r.sessionKey = u"2026-11-18/periodic/head-weekly/morning"_s;
    r.conclusion = u"Giao Chấp hành viên Trần Văn B kiểm tra lại việc kê biên, trả lời công dân bằng văn bản"_s;
    r.conclusionDue = QDate(2026, 11, 25);
    auto added = store->records().add(r, kActor);
    QVERIFY2(added, added ? "" : qPrintable(errorText(added.error())));
    auto got = store->records().get(added->record.id);
    QVERIFY(got);
    compareRecord(got->record, r);
    const Deadline *notice = nullptr;
    for (const Deadline &d : got->deadlines)
        if (d.ruleId == u"conclusion.followUp"_s)
            notice = &d;
    QVERIFY(notice);
    QCOMPARE(notice->due, QDate(2026, 11, 25));
    QVERIFY(notice->legalBasis.contains(u"Lê Lãnh Đạo"_s));
    // The outbox carries it to the department server.
    QCOMPARE(
        store->db().scalar(u"SELECT COUNT(*) FROM outbox WHERE payload LIKE '%conclusionDue%2026-11-25%'"_s)->toInt(),
        1);
    // Watched until the matter is settled.
    auto watch = store->records().deadlineWatch(QDate(2026, 11, 20), 7);
    QVERIFY(watch);
    bool watched = false;
    for (const WatchedDeadline &w : *watch)
        watched = watched || (w.kind == u"conclusion"_s && w.daysLeft == 5 && w.recordId == added->record.id);
    QVERIFY(watched);
    QVERIFY(store->db().exec(u"UPDATE matters SET status = 'closed' WHERE id = ?"_s, {added->record.matterId}));
    watch = store->records().deadlineWatch(QDate(2026, 11, 20), 7);
    QVERIFY(watch);
    for (const WatchedDeadline &w : *watch)
        QVERIFY(w.kind != u"conclusion"_s);

    // Refused: an officer's reception with a conclusion, a date before the
    // reception, a date without a conclusion.
    ReceptionRecord officer = r;
    officer.receiverRole = ReceiverRole::Officer;
    auto bad = store->records().add(officer, kActor);
    QVERIFY(!bad);
    QCOMPARE(bad.error().field, u"conclusion"_s);
    ReceptionRecord early = r;
    early.conclusionDue = QDate(2026, 11, 17);
    bad = store->records().add(early, kActor);
    QVERIFY(!bad);
    QCOMPARE(bad.error().field, u"conclusionDue"_s);
    ReceptionRecord dateOnly = r;
    dateOnly.conclusion.clear();
    bad = store->records().add(dateOnly, kActor);
    QVERIFY(!bad);
    QCOMPARE(bad.error().field, u"conclusion"_s);
}

void TestReception::report_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<int>("expected");

    // The dataset (built in report()), period 2026-03-01 .. 2026-03-31:
    //   R0 2026-02-27 complaint, ID A, 1 person            (before the period; opens matter M1)
    //   R1 2026-03-02 complaint, ID A, 1, accept, officer, regular        (repeat of M1)
    //   R2 2026-03-09 complaint, ID A, 1, accept, head, periodic          (repeat of M1)
    //   R3 2026-03-10 petition, ID B, group of 7, return_guide, officer, regular  (M3)
    //   R4 2026-03-16 denunciation, ID C, 1, transfer, deputy, adhoc      (M4, sealed)
    //   R5 2026-03-20 feedback, no ID, 2 people, refused, officer, regular (M5)
    //   R6 2026-03-25 complaint, ID D, group of 12, accept, head, periodic (M6)
    //   R7 2026-03-31 complaint, ID D, group of 12, accept, head, periodic (repeat of M6)
    //   R8 2026-04-01 petition, ID E, 1 person             (after the period)
    QTest::newRow("visits") << u"visits"_s << 7;
    QTest::newRow("persons") << u"persons"_s << 1 + 1 + 7 + 1 + 2 + 12 + 12;
    QTest::newRow("cases (once per matter)") << u"cases"_s << 5;
    QTest::newRow("groups") << u"groups"_s << 3;
    QTest::newRow("group persons") << u"groupPersons"_s << 7 + 12 + 12;
    QTest::newRow("group cases") << u"groupCases"_s << 2;
    QTest::newRow("first visits") << u"firstVisits"_s << 4;
    QTest::newRow("repeat visits") << u"repeatVisits"_s << 3;
    QTest::newRow("refused") << u"refused"_s << 1;
    QTest::newRow("cases: complaint") << u"kind:complaint"_s << 2;
    QTest::newRow("cases: petition") << u"kind:petition"_s << 1;
    QTest::newRow("cases: denunciation") << u"kind:denunciation"_s << 1;
    QTest::newRow("cases: feedback") << u"kind:feedback"_s << 1;
    QTest::newRow("kinds listed") << u"kind:*"_s << 4;
    QTest::newRow("visits: accept") << u"direction:accept"_s << 4;
    QTest::newRow("visits: return_guide") << u"direction:return_guide"_s << 1;
    QTest::newRow("visits: transfer") << u"direction:transfer"_s << 1;
    QTest::newRow("visits: pending") << u"direction:pending"_s << 1;
    QTest::newRow("directions listed") << u"direction:*"_s << 4;
    QTest::newRow("visits: officer") << u"receiver:officer"_s << 3;
    QTest::newRow("visits: head") << u"receiver:head"_s << 3;
    QTest::newRow("visits: deputy") << u"receiver:deputy"_s << 1;
    QTest::newRow("receivers listed") << u"receiver:*"_s << 3;
    QTest::newRow("visits: regular") << u"receptionKind:regular"_s << 3;
    QTest::newRow("visits: periodic") << u"receptionKind:periodic"_s << 3;
    QTest::newRow("visits: adhoc") << u"receptionKind:adhoc"_s << 1;
    QTest::newRow("json visits") << u"json:visits"_s << 7;
    QTest::newRow("json persons") << u"json:persons"_s << 36;
    QTest::newRow("json cases") << u"json:cases"_s << 5;
    QTest::newRow("json groups") << u"json:groups.groups"_s << 3;
    QTest::newRow("json group persons") << u"json:groups.persons"_s << 31;
    QTest::newRow("json group cases") << u"json:groups.cases"_s << 2;
    QTest::newRow("json complaint cases") << u"json:casesByKind.complaint"_s << 2;
    QTest::newRow("json accept visits") << u"json:visitsByDirection.accept"_s << 4;
    QTest::newRow("json head visits") << u"json:visitsByReceiver.head"_s << 3;
}

void TestReception::report()
{
    QFETCH(QString, figure);
    QFETCH(int, expected);

    if (!m_report) {
        QVERIFY(m_reportDir.isValid());
        m_reportStore = openStore(m_reportDir);
        QVERIFY(m_reportStore);
        OfficeStore &store = *m_reportStore;
        struct V {
            QDate date;
            MatterKind kind;
            QString id;
            int people;
            HandlingDirection dir;
            ReceiverRole role;
            ReceptionKind rk;
            RefusalGround refusal;
            bool first;
        };
        const QString idA = u"001099012345"_s, idB = u"027085001234"_s, idC = u"001188000111"_s,
                      idD = u"079090002222"_s, idE = u"001099054321"_s;
        const QList<V> visits{
            {QDate(2026, 2, 27), MatterKind::Complaint, idA, 1, HandlingDirection::Accept, ReceiverRole::Officer,
             ReceptionKind::Regular, RefusalGround::None, true},
            {QDate(2026, 3, 2), MatterKind::Complaint, idA, 1, HandlingDirection::Accept, ReceiverRole::Officer,
             ReceptionKind::Regular, RefusalGround::None, false},
            {QDate(2026, 3, 9), MatterKind::Complaint, idA, 1, HandlingDirection::Accept, ReceiverRole::Head,
             ReceptionKind::Periodic, RefusalGround::None, false},
            {QDate(2026, 3, 10), MatterKind::Petition, idB, 7, HandlingDirection::ReturnGuide, ReceiverRole::Officer,
             ReceptionKind::Regular, RefusalGround::None, true},
            {QDate(2026, 3, 16), MatterKind::Denunciation, idC, 1, HandlingDirection::Transfer, ReceiverRole::Deputy,
             ReceptionKind::AdHoc, RefusalGround::None, true},
            {QDate(2026, 3, 20), MatterKind::Feedback, QString(), 2, HandlingDirection::Pending, ReceiverRole::Officer,
             ReceptionKind::Regular, RefusalGround::Disorderly, true},
            {QDate(2026, 3, 25), MatterKind::Complaint, idD, 12, HandlingDirection::Accept, ReceiverRole::Head,
             ReceptionKind::Periodic, RefusalGround::None, true},
            {QDate(2026, 3, 31), MatterKind::Complaint, idD, 12, HandlingDirection::Accept, ReceiverRole::Head,
             ReceptionKind::Periodic, RefusalGround::None, false},
            {QDate(2026, 4, 1), MatterKind::Petition, idE, 1, HandlingDirection::Pending, ReceiverRole::Officer,
             ReceptionKind::Regular, RefusalGround::None, true},
        };
        for (const V &v : visits) {
            ReceptionRecord r = simple(v.date, v.kind, u"Công Dân Thử"_s, v.id, u"nội dung"_s);
            r.peopleCount = v.people;
            if (v.people == 7)
                r.identity.representatives = {u"Đại Diện Một"_s, u"Đại Diện Hai"_s};
            r.direction = v.dir;
            if (v.dir == HandlingDirection::Transfer)
                r.transferAgency = u"Thanh tra tỉnh Bắc Ninh"_s;
            r.receiverRole = v.role;
            r.receptionKind = v.rk;
            r.refusal = v.refusal;
            auto added = store.records().add(r, kActor);
            QVERIFY2(added, added ? "" : qPrintable(errorText(added.error())));
            QCOMPARE(added->record.firstVisit, v.first);
        }
        auto rep = store.records().report(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QVERIFY2(rep, rep ? "" : qPrintable(errorText(rep.error())));
        m_report = *rep;
        QCOMPARE(m_report->from, QDate(2026, 3, 1));
        QCOMPARE(m_report->to, QDate(2026, 3, 31));
    }
    const ReceptionReport &rep = *m_report;
    const QJsonObject json = rep.toJson();

    auto mapValue = [&](const QMap<QString, int> &m, const QString &key) {
        return key == u"*"_s ? int(m.size()) : m.value(key, -1);
    };
    int actual = -999;
    const QString key = figure.section(u':', 1);
    if (figure == u"visits"_s)
        actual = rep.visits;
    else if (figure == u"persons"_s)
        actual = rep.persons;
    else if (figure == u"cases"_s)
        actual = rep.cases;
    else if (figure == u"groups"_s)
        actual = rep.groups;
    else if (figure == u"groupPersons"_s)
        actual = rep.groupPersons;
    else if (figure == u"groupCases"_s)
        actual = rep.groupCases;
    else if (figure == u"firstVisits"_s)
        actual = rep.firstVisits;
    else if (figure == u"repeatVisits"_s)
        actual = rep.repeatVisits;
    else if (figure == u"refused"_s)
        actual = rep.refused;
    else if (figure.startsWith(u"kind:"_s))
        actual = mapValue(rep.byKind, key);
    else if (figure.startsWith(u"direction:"_s))
        actual = mapValue(rep.byDirection, key);
    else if (figure.startsWith(u"receiver:"_s))
        actual = mapValue(rep.byReceiver, key);
    else if (figure.startsWith(u"receptionKind:"_s))
        actual = mapValue(rep.byReceptionKind, key);
    else if (figure.startsWith(u"json:"_s)) {
        QJsonValue v = json;
        for (const QString &part : key.split(u'.'))
            v = v.toObject().value(part);
        actual = v.toInt(-1);
    }
    QCOMPARE(actual, expected);
}

void TestReception::reportPeriods_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("visits");
    QTest::addColumn<int>("persons");
    QTest::addColumn<int>("cases");
    QTest::newRow("one day") << QDate(2026, 3, 2) << QDate(2026, 3, 2) << true << 2 << 8 << 2;
    QTest::newRow("whole year") << QDate(2026, 1, 1) << QDate(2026, 12, 31) << true << 3 << 9 << 2;
    QTest::newRow("nothing in it") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << true << 0 << 0 << 0;
    QTest::newRow("reversed") << QDate(2026, 3, 31) << QDate(2026, 3, 1) << false << 0 << 0 << 0;
    QTest::newRow("no start") << QDate() << QDate(2026, 3, 1) << false << 0 << 0 << 0;
}

void TestReception::reportPeriods()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, valid);
    QFETCH(int, visits);
    QFETCH(int, persons);
    QFETCH(int, cases);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    // Two visits on 2026-03-02 (one a group of 7), a repeat on 03-05.
    ReceptionRecord a = simple(QDate(2026, 3, 2), MatterKind::Complaint, u"Lê Văn Một"_s, u"001099012345"_s, u"a"_s);
    ReceptionRecord b = simple(QDate(2026, 3, 2), MatterKind::Petition, u"Lê Văn Hai"_s, {}, u"b"_s);
    b.peopleCount = 7;
    ReceptionRecord c = simple(QDate(2026, 3, 5), MatterKind::Complaint, u"Lê Văn Một"_s, u"001099012345"_s, u"c"_s);
    for (const ReceptionRecord &r : {a, b, c})
        QVERIFY(store->records().add(r, kActor));
    auto rep = store->records().report(from, to);
    QCOMPARE(rep.ok(), valid);
    if (!valid) {
        QCOMPARE(rep.error().code, ErrorCode::InvalidInput);
        return;
    }
    QCOMPARE(rep->visits, visits);
    QCOMPARE(rep->persons, persons);
    QCOMPARE(rep->cases, cases);
}

// ---------------------------------------------------------------------------
// Deadlines (Civil Code 2015 Arts. 147-148: the day of the event is not
// counted; a last day on a rest day or holiday moves to the next working day)

void TestReception::deadlines_data()
{
    QTest::addColumn<MatterKind>("kind");
    QTest::addColumn<bool>("enforcement");
    QTest::addColumn<HandlingDirection>("direction");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QDate>("due"); // invalid: the rule must not be listed

    const auto C = MatterKind::Complaint;
    const auto D = MatterKind::Denunciation;
    const auto accept = HandlingDirection::Accept;
    const auto pending = HandlingDirection::Pending;
    QTest::newRow("complaint accept, received Mon 03-02")
        << C << false << accept << QDate(2026, 3, 2) << u"complaint.accept"_s << QDate(2026, 3, 12);
    QTest::newRow("complaint resolve.first, received Mon 03-02")
        << C << false << accept << QDate(2026, 3, 2) << u"complaint.resolve.first"_s << QDate(2026, 4, 1);
    QTest::newRow("pending complaint: accept deadline")
        << C << false << pending << QDate(2026, 3, 2) << u"complaint.accept"_s << QDate(2026, 3, 12);
    QTest::newRow("pending complaint: no resolution deadline")
        << C << false << pending << QDate(2026, 3, 2) << u"complaint.resolve.first"_s << QDate();
    QTest::newRow("last day on Hung Kings day 04-27")
        << C << false << accept << QDate(2026, 4, 17) << u"complaint.accept"_s << QDate(2026, 4, 28);
    QTest::newRow("last day 04-30, then 05-01 and a weekend")
        << C << false << accept << QDate(2026, 4, 20) << u"complaint.accept"_s << QDate(2026, 5, 4);
    QTest::newRow("resolve.first ends 04-30 -> 05-04")
        << C << false << accept << QDate(2026, 3, 31) << u"complaint.resolve.first"_s << QDate(2026, 5, 4);
    QTest::newRow("last day on a Saturday")
        << C << false << accept << QDate(2026, 3, 4) << u"complaint.accept"_s << QDate(2026, 3, 16);
    QTest::newRow("2026 rule set, National Day")
        << C << false << accept << QDate(2026, 8, 22) << u"complaint.accept"_s << QDate(2026, 9, 3);
    QTest::newRow("enforcement accept, 5 working days")
        << C << true << accept << QDate(2026, 3, 2) << u"enforcement.accept"_s << QDate(2026, 3, 9);
    QTest::newRow("enforcement resolve.first 15 days")
        << C << true << accept << QDate(2026, 3, 2) << u"enforcement.resolve.first"_s << QDate(2026, 3, 17);
    QTest::newRow("enforcement: no general complaint rule")
        << C << true << accept << QDate(2026, 3, 2) << u"complaint.accept"_s << QDate();
    QTest::newRow("denunciation accept over Tet")
        << D << false << pending << QDate(2026, 2, 13) << u"denunciation.accept"_s << QDate(2026, 3, 3);
    QTest::newRow("denunciation resolve")
        << D << false << accept << QDate(2026, 3, 2) << u"denunciation.resolve"_s << QDate(2026, 4, 1);
    QTest::newRow("pending denunciation: no resolve")
        << D << false << pending << QDate(2026, 3, 2) << u"denunciation.resolve"_s << QDate();
}

void TestReception::deadlines()
{
    QFETCH(MatterKind, kind);
    QFETCH(bool, enforcement);
    QFETCH(HandlingDirection, direction);
    QFETCH(QDate, received);
    QFETCH(QString, rule);
    QFETCH(QDate, due);
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
    for (const StoredRecord &stored : {added.value(), got.value()}) {
        const Deadline *found = nullptr;
        QStringList listed;
        for (const Deadline &d : stored.deadlines) {
            listed << u"%1=%2"_s.arg(d.ruleId, d.due.toString(Qt::ISODate));
            if (d.ruleId == rule)
                found = &d;
        }
        if (!due.isValid()) {
            QVERIFY2(!found, qPrintable(listed.join(u", "_s)));
            continue;
        }
        QVERIFY2(found, qPrintable(u"%1 not among: %2"_s.arg(rule, listed.join(u", "_s))));
        QCOMPARE(found->due, due);
        QCOMPARE(found->eventDate, received);
        QVERIFY(!found->legalBasis.isEmpty());
        QVERIFY(!found->labelVi.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestReception)
#include "tst_reception.moc"
