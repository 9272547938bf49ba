// Tests of app/storage/migrations through Database: step-by-step
// migrations from every earlier version with their backups (the data a
// version-1 program wrote survives, the search index is rebuilt), and a
// database from a newer program refused untouched. Real SQLite files in
// temporary folders.
#include "database.h"
#include "migrations.h"
#include "officestore.h"
#include "storagefixture.h"
#include "validation.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tiepdan;
using namespace storagefixture;
using namespace Qt::StringLiterals;

namespace {

// One visit of the log book written with raw SQL, as a version-1 program did.
struct RawVisit {
    QString fullName; // empty: NULL (a sealed identity)
    QString address;
    QString idNumber;
    QString content;
};

bool insertRawVisit(Database &db, const RawVisit &v, int bookNo, QString *error)
{
    const QString matter = u"matter-%1"_s.arg(bookNo);
    auto m = db.exec(u"INSERT INTO matters(id, kind, opened_on, direction, status) VALUES (?, 'complaint', "
                     "'2026-03-02', 'accept', 'open')"_s,
                     {matter});
    if (!m) {
        *error = m.error().message;
        return false;
    }
    auto r = db.exec(
        u"INSERT INTO reception_records(id, book_year, book_no, received_at, received_date, full_name, address, "
        "id_number, sealed_identity, confidential, anonymous, content, kinds, people_count, is_group, direction, "
        "receiver_role, receiver_name, reception_kind, matter_id, first_visit, about_enforcement, ticket_label, "
        "refusal, recorded_by, audit_seq) VALUES (?, 2026, ?, '2026-03-02T02:15:30.000Z', '2026-03-02', ?, ?, ?, ?, "
        "?, 0, ?, 'complaint', 1, 0, 'accept', 'officer', 'Lê Thị Thu', 'regular', ?, 1, 0, 'A015', 'none', "
        "'canbo.thu', ?)"_s,
        {u"record-%1"_s.arg(bookNo), bookNo, v.fullName.isEmpty() ? QVariant() : QVariant(v.fullName),
         v.fullName.isEmpty() ? QVariant() : QVariant(v.address),
         v.fullName.isEmpty() ? QVariant() : QVariant(v.idNumber),
         v.fullName.isEmpty() ? QVariant(QByteArray("sealed-bytes")) : QVariant(), v.fullName.isEmpty() ? 1 : 0,
         v.content, matter, bookNo});
    if (!r) {
        *error = r.error().message;
        return false;
    }
    return true;
}

// rowids of the FTS index matching a user's words (folded, each a prefix).
QList<qint64> ftsMatch(Database &db, const QString &words)
{
    QStringList terms;
    for (const QString &w : foldForSearch(words).split(u' ', Qt::SkipEmptyParts))
        terms << u"\"%1\"*"_s.arg(w);
    QList<qint64> out;
    auto q = db.exec(u"SELECT rowid FROM record_fts WHERE record_fts MATCH ? ORDER BY rowid"_s, {terms.join(u' ')});
    if (!q)
        return {-1};
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

} // namespace

Q_DECLARE_METATYPE(RawVisit)
Q_DECLARE_METATYPE(ErrorCode)

class TestMigrations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void migrateStepByStep_data();
    void migrateStepByStep();
    void newerSchemaRefused_data();
    void newerSchemaRefused();

private:
    OfficeConfig m_config;
};

void TestMigrations::initTestCase()
{
    QLoggingCategory::setFilterRules(u"tiepdan.*.info=false\ntiepdan.storage.warning=false"_s);
    const ConfigLoadResult cfg = shippedConfig();
    QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
    m_config = cfg.config;
    QCOMPARE(kSchemaVersion, 9);
}

// ---------------------------------------------------------------------------
// Migrations, one version at a time

void TestMigrations::migrateStepByStep_data()
{
    QTest::addColumn<RawVisit>("visit");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");

    const RawVisit duc{u"Nguyễn Văn Đức"_s, u"Số 5 Ngô Gia Tự, Bắc Ninh"_s, u"027085001234"_s,
                       u"Khiếu nại quyết định cưỡng chế kê biên"_s};
    RawVisit nfd = duc;
    nfd.fullName = duc.fullName.normalized(QString::NormalizationForm_D);
    RawVisit sealed = duc;
    sealed.fullName.clear();

    QTest::newRow("name without diacritics") << duc << u"nguyen"_s << true;
    QTest::newRow("Đ folds to d") << duc << u"duc"_s << true;
    QTest::newRow("query typed with diacritics") << duc << u"Nguyễn Đức"_s << true;
    QTest::newRow("content words") << duc << u"cuong che ke bien"_s << true;
    QTest::newRow("address") << duc << u"bac ninh"_s << true;
    QTest::newRow("ID number") << duc << u"027085001234"_s << true;
    QTest::newRow("name stored decomposed (NFD)") << nfd << u"nguyen duc"_s << true;
    QTest::newRow("a word that is not there") << duc << u"tran"_s << false;
    QTest::newRow("sealed identity stays out of the index") << sealed << u"nguyen"_s << false;
    QTest::newRow("sealed record: content still found") << sealed << u"khieu nai"_s << true;
}

void TestMigrations::migrateStepByStep()
{
    QFETCH(RawVisit, visit);
    QFETCH(QString, query);
    QFETCH(bool, found);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"office.db"_s);

    {
        Database::Options v1;
        v1.targetVersion = 1;
        auto db = Database::open(path, v1);
        QVERIFY2(db, db ? "" : qPrintable(errorText(db.error())));
        QCOMPARE((*db)->schemaVersion(), 1);
        QVERIFY(!hasTable(**db, u"record_fts"_s));
        QString error;
        QVERIFY2(insertRawVisit(**db, visit, 1, &error), qPrintable(error));
    }
    QVERIFY2(listDir(dir.path()).filter(u".before-v"_s).isEmpty(), "creating version 1 is not a migration");

    auto db = Database::open(path);
    QVERIFY2(db, db ? "" : qPrintable(errorText(db.error())));
    Database &d = **db;
    QVERIFY(!d.created());
    QCOMPARE(d.schemaVersion(), kSchemaVersion);
    QVERIFY(hasTable(d, u"record_fts"_s));
    QVERIFY(hasTable(d, u"audit_head"_s));
    QVERIFY(hasTable(d, u"matter_steps"_s)); // v9: a matter's life after reception

    // The data survived.
    QCOMPARE(rowCount(d, u"reception_records"_s), 1);
    QCOMPARE(rowCount(d, u"matters"_s, u"id = 'matter-1' AND kind = 'complaint'"_s), 1);
    auto row = d.exec(u"SELECT full_name, content, matter_id, book_no, ticket_label FROM reception_records"_s);
    QVERIFY(row && row->next());
    QCOMPARE(row->value(0).toString(), visit.fullName);
    QCOMPARE(row->value(0).isNull(), visit.fullName.isEmpty());
    QCOMPARE(row->value(1).toString(), visit.content);
    QCOMPARE(row->value(2).toString(), u"matter-1"_s);
    QCOMPARE(row->value(3).toInt(), 1);
    QCOMPARE(row->value(4).toString(), u"A015"_s);

    // The kept statistics (v7) were filled from the existing rows.
    QCOMPARE(d.scalar(u"SELECT n FROM stat_day WHERE key = 'visits'"_s)->toInt(), 1);
    QCOMPARE(rowCount(d, u"stat_case"_s, u"key = 'cases' AND entity = 'matter-1' AND prev_day IS NULL"_s), 1);
    QCOMPARE(rowCount(d, u"stat_case_month"_s, u"key = 'kind:complaint' AND prev_month = 0 AND n = 1"_s), 1);

    // The index was rebuilt from the existing rows.
    QCOMPARE(rowCount(d, u"record_fts"_s), 1);
    const QList<qint64> hits = ftsMatch(d, query);
    // Keyed by search_key (v3): (Julian day << 32) | rowid.
    const qint64 key = d.scalar(u"SELECT search_key FROM reception_records"_s)->toLongLong();
    QCOMPARE(key >> 32,
             QDate::fromString(d.scalar(u"SELECT received_date FROM reception_records"_s)->toString(), Qt::ISODate)
                 .toJulianDay());
    QCOMPARE(hits, found ? QList<qint64>{key} : QList<qint64>{});

    // The backup: one file, named <db>.before-v<kSchemaVersion>-<yyyyMMddHHmmss> (the target version), a valid
    // database still at version 1 with the same row and no index.
    const QStringList backups = QDir(dir.path()).entryList({u"office.db.before-v*"_s}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY2(QRegularExpression(u"^office\\.db\\.before-v%1-\\d{14}$"_s.arg(kSchemaVersion))
                 .match(backups.first())
                 .hasMatch(),
             qPrintable(backups.first()));
    Database::Options ro;
    ro.readOnly = true;
    auto backup = Database::open(dir.filePath(backups.first()), ro);
    QVERIFY2(backup, backup ? "" : qPrintable(errorText(backup.error())));
    QCOMPARE((*backup)->schemaVersion(), 1);
    QVERIFY(!hasTable(**backup, u"record_fts"_s));
    QCOMPARE(rowCount(**backup, u"reception_records"_s, u"content = ?"_s, {visit.content}), 1);
    QCOMPARE(pragma(**backup, u"quick_check"_s), u"ok"_s);
    backup = Error::make(ErrorCode::Storage, {}); // close it

    // Opening the migrated database again neither migrates nor backs up.
    db = Error::make(ErrorCode::Storage, {});
    auto again = Database::open(path);
    QVERIFY(again);
    QCOMPARE((*again)->schemaVersion(), kSchemaVersion);
    QCOMPARE(QDir(dir.path()).entryList({u"office.db.before-v*"_s}, QDir::Files).size(), 1);
}

// ---------------------------------------------------------------------------
// A database from a newer program is refused

void TestMigrations::newerSchemaRefused_data()
{
    QTest::addColumn<int>("userVersion");
    QTest::newRow("next version") << kSchemaVersion + 1;
    QTest::newRow("version 99") << 99;
    QTest::newRow("version 2^31-1") << 2147483647;
}

void TestMigrations::newerSchemaRefused()
{
    QFETCH(int, userVersion);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"office.db"_s);
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY((*db)->exec(u"PRAGMA user_version=%1"_s.arg(userVersion)));
    }
    const QStringList before = listDir(dir.path());
    const QByteArray bytes = readBytes(path);

    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Storage);
    QVERIFY2(db.error().message.contains(u"newer"_s), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QString::number(userVersion)), qPrintable(db.error().message));

    // Through the office store too, and no key is created for it.
    QTemporaryDir other;
    QVERIFY(QFile::copy(path, other.filePath(u"office.db"_s)));
    auto store = OfficeStore::open(m_config, other.filePath(u"office.db"_s));
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::Storage);
    QVERIFY(!QFileInfo::exists(other.filePath(u"keys"_s)));

    // Left as it was: same bytes, same version, no backup, no migration.
    QCOMPARE(listDir(dir.path()), before);
    QVERIFY(readBytes(path) == bytes);
    RawConnection raw(path);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).value_or(QVariant()).toInt(), userVersion);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
