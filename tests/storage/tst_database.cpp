// Tests of app/storage/database: opening, pragmas, refusing what it must not
// open (files that are not databases, another program's database,
// directories, missing folders), read-only use, a full disk in the middle
// of issuing tickets, and transaction() rollback. Migrations:
// tst_migrations. Real SQLite files in temporary folders throughout.
#include "database.h"
#include "officestore.h"
#include "storagefixture.h"
#include "ticketrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace tiepdan;
using namespace storagefixture;
using namespace Qt::StringLiterals;

namespace {

IssueRequest request(const QString &service)
{
    IssueRequest r;
    r.serviceId = service;
    return r;
}

enum class OpenVia { Database, OfficeStore, Reopen, ReadOnlyReopen };
enum class TxScenario {
    ErrorAfterOneInsert,
    ErrorAfterManyInserts,
    FailingStatement,
    NestedError,
    AuditAndOutbox,
    Success
};
enum class FullOp { Issue, Call };

} // namespace

Q_DECLARE_METATYPE(OpenVia)
Q_DECLARE_METATYPE(TxScenario)
Q_DECLARE_METATYPE(FullOp)
Q_DECLARE_METATYPE(ErrorCode)

class TestDatabase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void freshOpen_data();
    void freshOpen();
    void notADatabase_data();
    void notADatabase();
    void foreignDatabase_data();
    void foreignDatabase();
    void badPath_data();
    void badPath();
    void readOnly_data();
    void readOnly();
    void diskFull_data();
    void diskFull();
    void transactionRollback_data();
    void transactionRollback();

private:
    OfficeConfig m_config;
};

void TestDatabase::initTestCase()
{
    QLoggingCategory::setFilterRules(u"tiepdan.*.info=false\ntiepdan.storage.warning=false"_s);
    const ConfigLoadResult cfg = shippedConfig();
    QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
    m_config = cfg.config;
    QCOMPARE(kSchemaVersion, 9);
}

// ---------------------------------------------------------------------------
// A fresh database: schema, pragmas

void TestDatabase::freshOpen_data()
{
    QTest::addColumn<OpenVia>("via");
    QTest::addColumn<int>("busyTimeoutMs");
    QTest::addColumn<bool>("expectCreated");

    QTest::newRow("Database::open, new file") << OpenVia::Database << 10000 << true;
    QTest::newRow("Database::open, busy timeout 2500") << OpenVia::Database << 2500 << true;
    QTest::newRow("OfficeStore::open, new office") << OpenVia::OfficeStore << 10000 << true;
    QTest::newRow("reopened existing file") << OpenVia::Reopen << 10000 << false;
    QTest::newRow("reopened read-only") << OpenVia::ReadOnlyReopen << 10000 << false;
}

void TestDatabase::freshOpen()
{
    QFETCH(OpenVia, via);
    QFETCH(int, busyTimeoutMs);
    QFETCH(bool, expectCreated);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"office.db"_s);

    Database::Options options;
    options.busyTimeoutMs = busyTimeoutMs;
    std::unique_ptr<OfficeStore> store;
    std::unique_ptr<Database> own;
    if (via == OpenVia::Reopen || via == OpenVia::ReadOnlyReopen) {
        auto first = Database::open(path);
        QVERIFY2(first, first ? "" : qPrintable(errorText(first.error())));
        QVERIFY((*first)->created());
        options.readOnly = via == OpenVia::ReadOnlyReopen;
    }
    if (via == OpenVia::OfficeStore) {
        store = openStore(m_config, dir, {}, options);
        QVERIFY(store);
    } else {
        auto db = Database::open(path, options);
        QVERIFY2(db, db ? "" : qPrintable(errorText(db.error())));
        own = std::move(db).value();
    }
    Database &db = store ? store->db() : *own;

    QCOMPARE(db.created(), expectCreated);
    QCOMPARE(db.path(), path);
    QCOMPARE(db.schemaVersion(), kSchemaVersion);
    QCOMPARE(pragma(db, u"journal_mode"_s), u"wal"_s);
    QCOMPARE(pragma(db, u"synchronous"_s), u"2"_s); // FULL
    QCOMPARE(pragma(db, u"foreign_keys"_s), u"1"_s);
    QCOMPARE(pragma(db, u"busy_timeout"_s), QString::number(busyTimeoutMs));
    for (const QString &t : {u"visitors"_s, u"tickets"_s, u"appointments"_s, u"matters"_s, u"reception_records"_s,
                             u"audit"_s, u"audit_head"_s, u"outbox"_s, u"record_fts"_s})
        QVERIFY2(hasTable(db, t), qPrintable(t));
    QCOMPARE(pragma(db, u"application_id"_s), QString::number(kApplicationId));
    QVERIFY(QFileInfo::exists(path));

    // Foreign keys are enforced, not only switched on: a record that names
    // a matter that does not exist is refused.
    if (via != OpenVia::ReadOnlyReopen) {
        auto bad =
            db.exec(u"INSERT INTO reception_records(id, book_year, book_no, received_at, received_date, "
                    "confidential, anonymous, content, kinds, people_count, is_group, direction, receiver_role, "
                    "reception_kind, matter_id, first_visit, about_enforcement, refusal, recorded_by, audit_seq) "
                    "VALUES ('r1', 2026, 1, 'x', '2026-03-02', 0, 0, 'c', 'complaint', 1, 0, 'accept', "
                    "'officer', 'regular', 'no-such-matter', 1, 0, 'none', 'x', 1)"_s);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive), qPrintable(bad.error().message));
        QCOMPARE(rowCount(db, u"reception_records"_s), 0);
    }
    // A new or up-to-date database is never backed up.
    const QStringList files = listDir(dir.path());
    QVERIFY2(files.filter(u".before-v"_s).isEmpty(), qPrintable(files.join(u", "_s)));
    if (via == OpenVia::OfficeStore) {
        QVERIFY(QFileInfo::exists(dir.filePath(u"keys/office.key"_s)));
        QVERIFY(QFileInfo::exists(dir.filePath(u"keys/seal.key"_s)));
    }
}

// ---------------------------------------------------------------------------
// Files that are not databases: a clear error, and the file is untouched

void TestDatabase::notADatabase_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QRandomGenerator gen(20261123);
    auto random = [&gen](int n) {
        QByteArray b(n, Qt::Uninitialized);
        for (char &c : b)
            c = char(gen.bounded(256));
        return b;
    };
    QTest::newRow("random bytes, 4 KiB") << random(4096);
    QTest::newRow("random bytes, 100") << random(100);
    QTest::newRow("random bytes, 64 KiB") << random(65536);
    QTest::newRow("a text file")
        << u"Sổ tiếp công dân năm 2026\nSTT;Ngày;Họ tên\n1;02/03/2026;Nguyễn Văn An\n"_s.toUtf8();
    QTest::newRow("a PDF")
        << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n").append(random(2000));
    QTest::newRow("zeros, 8 KiB") << QByteArray(8192, '\0');
    QTest::newRow("SQLite magic, then garbage") << QByteArray("SQLite format 3\0", 16).append(random(4080));

    // The first page of a real office database, the rest cut off.
    QTemporaryDir real;
    QByteArray truncated;
    {
        auto db = Database::open(real.filePath(u"real.db"_s));
        if (db) {
            (void)(*db)->exec(u"PRAGMA journal_mode=DELETE"_s);
        }
    }
    truncated = readBytes(real.filePath(u"real.db"_s)).left(4096);
    QTest::newRow("a database cut after its first page") << truncated;
}

void TestDatabase::notADatabase()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!bytes.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"office.db"_s);
    QVERIFY(writeBytes(path, bytes));
    const QStringList before = listDir(dir.path());

    {
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Integrity);
        QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(u"not a readable"_s) || db.error().message.contains(u"damaged"_s),
                 qPrintable(db.error().message));
    }
    {
        auto store = OfficeStore::open(m_config, path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::Integrity);
    }
    // Not modified, nothing created beside it (no -wal, -shm, keys).
    QCOMPARE(readBytes(path), bytes);
    QCOMPARE(listDir(dir.path()), before);
}

// ---------------------------------------------------------------------------
// Another program's SQLite database: not ours, so refused and left as it was

void TestDatabase::foreignDatabase_data()
{
    QTest::addColumn<QStringList>("schema"); // run by the other program
    QTest::addColumn<QString>("table");      // the other program's table, with one row

    QTest::newRow("address book, user_version 0")
        << QStringList{u"CREATE TABLE contacts(name TEXT, phone TEXT)"_s,
                       u"INSERT INTO contacts VALUES ('Nguyễn Văn An', '0912345678')"_s}
        << u"contacts"_s;
    QTest::newRow("with a table named tickets")
        << QStringList{u"CREATE TABLE tickets(id INTEGER PRIMARY KEY, seat TEXT)"_s,
                       u"INSERT INTO tickets(seat) VALUES ('12A')"_s}
        << u"tickets"_s;
    QTest::newRow("another program's schema at user_version 1")
        << QStringList{u"CREATE TABLE notes(body TEXT)"_s, u"INSERT INTO notes VALUES ('x')"_s,
                       u"PRAGMA user_version=1"_s}
        << u"notes"_s;
}

void TestDatabase::foreignDatabase()
{
    QFETCH(QStringList, schema);
    QFETCH(QString, table);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"office.db"_s);
    {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        for (const QString &sql : schema)
            QVERIFY2(raw.exec(sql), qPrintable(raw.lastError()));
    }
    const QByteArray bytes = readBytes(path);
    QVERIFY(!bytes.isEmpty());

    {
        auto db = Database::open(path);
        QVERIFY2(!db, "another program's database was taken over");
        QCOMPARE(db.error().code, ErrorCode::Integrity);
        QVERIFY2(db.error().message.contains(u"another program"_s), qPrintable(errorText(db.error())));
    }
    QVERIFY2(readBytes(path) == bytes, "the file was modified");

    // The other program's data is intact, and none of our tables were added.
    RawConnection raw(path);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM %1"_s.arg(table)).value_or(-1).toInt(), 1);
    const int ours = raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name IN ('audit', 'outbox', "
                                "'reception_records', 'record_fts')"_s)
                         .value_or(-1)
                         .toInt();
    QCOMPARE(ours, 0);
}

// ---------------------------------------------------------------------------
// Paths that cannot hold a database

void TestDatabase::badPath_data()
{
    QTest::addColumn<QString>("relative"); // inside a fresh temporary folder
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QString>("message");

    QTest::newRow("a directory") << u"office.db"_s << false << u"is a directory"_s;
    QTest::newRow("a directory, read-only") << u"office.db"_s << true << u"is a directory"_s;
    QTest::newRow("missing parent folder") << u"no-such-folder/office.db"_s << false << u"does not exist"_s;
    QTest::newRow("missing grandparent folders") << u"a/b/c/office.db"_s << false << u"does not exist"_s;
    QTest::newRow("read-only, file missing") << u"office.db"_s << true << u"cannot open"_s;
}

void TestDatabase::badPath()
{
    QFETCH(QString, relative);
    QFETCH(bool, readOnly);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const bool makeDir = QString::fromUtf8(QTest::currentDataTag()).startsWith(u"a directory"_s);
    if (makeDir)
        QVERIFY(QDir(dir.path()).mkdir(relative));
    const QString path = dir.filePath(relative);
    const QStringList before = listDir(dir.path());

    Database::Options options;
    options.readOnly = readOnly;
    auto db = Database::open(path, options);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Storage);
    QVERIFY2(db.error().message.contains(message), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));

    auto store = OfficeStore::open(m_config, path, options);
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::Storage);

    // Nothing was created: no folders, no key files, no database.
    QCOMPARE(listDir(dir.path()), before);
    if (makeDir)
        QVERIFY(listDir(path).isEmpty());
}

// ---------------------------------------------------------------------------
// Read-only: reads work, every write fails with a clear message

void TestDatabase::readOnly_data()
{
    QTest::addColumn<int>("attempt");
    QTest::newRow("issue a ticket") << 0;
    QTest::newRow("call a ticket") << 1;
    QTest::newRow("raw INSERT") << 2;
    QTest::newRow("audit entry in a transaction") << 3;
    QTest::newRow("record a print failure") << 4;
}

void TestDatabase::readOnly()
{
    QFETCH(int, attempt);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"office.db"_s);
    auto clock = std::make_shared<FakeClock>();
    {
        auto store = openStore(m_config, dir, clock);
        QVERIFY(store);
        QVERIFY(store->tickets().issue(request(u"complaint"_s), u"kiosk"_s));
        QVERIFY(store->tickets().issue(request(u"petition"_s), u"kiosk"_s));
    }
    const QByteArray bytes = readBytes(path);

    Database::Options ro;
    ro.readOnly = true;
    auto store = openStore(m_config, dir, clock, ro);
    QVERIFY(store);
    QCOMPARE(store->db().schemaVersion(), kSchemaVersion);
    const TicketCounts before = TicketCounts::of(store->db());
    QCOMPARE(before, (TicketCounts{2, 2, 2}));
    QVERIFY(store->tickets().find(u"A-001"_s, clock->now.date()));

    Error error;
    switch (attempt) {
    case 0: {
        auto r = store->tickets().issue(request(u"complaint"_s), u"kiosk"_s);
        QVERIFY(!r);
        error = r.error();
        break;
    }
    case 1: {
        auto r = store->tickets().callNext(1, u"canbo"_s);
        QVERIFY(!r);
        error = r.error();
        break;
    }
    case 2: {
        auto r =
            store->db().exec(u"INSERT INTO matters(id, kind, opened_on) VALUES ('m', 'complaint', '2026-01-01')"_s);
        QVERIFY(!r);
        error = r.error();
        break;
    }
    case 3: {
        auto s = store->db().transaction([&]() -> Status {
            auto seq = store->audit().append(u"canbo"_s, u"test.write"_s, u"test"_s, u"1"_s);
            if (!seq)
                return seq.error();
            return {};
        });
        QVERIFY(!s);
        error = s.error();
        break;
    }
    case 4: {
        auto s = store->tickets().recordPrintFailure(u"A001"_s, u"paper out"_s, u"kiosk"_s);
        QVERIFY(!s);
        error = s.error();
        break;
    }
    }
    QCOMPARE(error.code, ErrorCode::Storage);
    QVERIFY2(error.message.contains(u"read-only"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"nothing was saved"_s), qPrintable(error.message));
    QCOMPARE(TicketCounts::of(store->db()), before);
    QVERIFY(store->tickets().find(u"A-001"_s, clock->now.date())); // still readable
    store.reset();
    QCOMPARE(readBytes(path), bytes);
}

// ---------------------------------------------------------------------------
// A full disk while tickets are issued or called

void TestDatabase::diskFull_data()
{
    QTest::addColumn<FullOp>("op");
    QTest::addColumn<int>("ticketsBefore"); // issued before the disk fills
    QTest::addColumn<int>("headroomPages");

    QTest::newRow("issue, no room left") << FullOp::Issue << 0 << 0;
    QTest::newRow("issue, 1 page left") << FullOp::Issue << 0 << 1;
    QTest::newRow("issue, 4 pages left") << FullOp::Issue << 3 << 4;
    QTest::newRow("issue, 16 pages left") << FullOp::Issue << 10 << 16;
    QTest::newRow("call, 2 pages left") << FullOp::Call << 150 << 2;
    QTest::newRow("call, 8 pages left") << FullOp::Call << 300 << 8;
}

void TestDatabase::diskFull()
{
    QFETCH(FullOp, op);
    QFETCH(int, ticketsBefore);
    QFETCH(int, headroomPages);
    QTemporaryDir dir;
    auto clock = std::make_shared<FakeClock>();
    auto store = openStore(m_config, dir, clock);
    QVERIFY(store);
    const QStringList services{u"complaint"_s, u"petition"_s}; // prefixes A and C, both called at counter 1
    for (int i = 0; i < ticketsBefore; ++i)
        QVERIFY(store->tickets().issue(request(services[i % 2]), u"kiosk"_s));

    auto pages = store->db().scalar(u"PRAGMA page_count"_s);
    QVERIFY(pages);
    QVERIFY(store->db().limitPagesForTest(pages->toInt() + headroomPages));

    int done = 0;
    std::optional<Error> failure;
    for (int i = 0; i < 20000 && !failure; ++i) {
        clock->advanceSecs(1);
        if (op == FullOp::Issue) {
            auto r = store->tickets().issue(request(services[(ticketsBefore + i) % 2]), u"kiosk"_s);
            if (r)
                ++done;
            else
                failure = r.error();
        } else {
            auto r = store->tickets().callNext(1, u"canbo"_s);
            if (r)
                ++done;
            else
                failure = r.error();
        }
    }
    QVERIFY2(failure, "the disk never filled up");
    QCOMPARE(failure->code, ErrorCode::Storage);
    QVERIFY2(failure->message.contains(u"disk is full"_s), qPrintable(failure->message));
    QVERIFY2(failure->message.contains(u"nothing was saved"_s), qPrintable(failure->message));

    auto checkCommitted = [&](Database &db) {
        const int issued = op == FullOp::Issue ? ticketsBefore + done : ticketsBefore;
        const int calls = op == FullOp::Call ? done : 0;
        QCOMPARE(TicketCounts::of(db), (TicketCounts{issued, issued + calls, issued + calls}));
        // Numbered 1..n per prefix, no gap, no duplicate.
        for (const QString &prefix : {u"A"_s, u"C"_s}) {
            auto q = db.exec(u"SELECT number, label FROM tickets WHERE prefix = ? ORDER BY number"_s, {prefix});
            QVERIFY(q);
            int expected = 1;
            while (q->next()) {
                QCOMPARE(q->value(0).toInt(), expected);
                QCOMPARE(q->value(1).toString(), prefix + u"%1"_s.arg(expected, 3, 10, QLatin1Char('0')));
                ++expected;
            }
            QCOMPARE(expected - 1, issued / 2 + (prefix == u"A"_s ? issued % 2 : 0));
        }
        QCOMPARE(rowCount(db, u"tickets"_s, u"state = 'called'"_s), calls);
        // Nothing partial: each ticket with exactly its audit entries and outbox rows.
        const QStringList problems = ticketInvariantProblems(db);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    };
    checkCommitted(store->db());
    if (QTest::currentTestFailed())
        return;
    auto verify = store->audit().verify();
    QVERIFY(verify);
    QVERIFY2(verify->problems.isEmpty(), qPrintable(verify->problems.join(u"\n"_s)));

    // Once there is room again the next ticket follows without a gap.
    QVERIFY(store->db().limitPagesForTest(1 << 30));
    auto next = store->tickets().issue(request(u"complaint"_s), u"kiosk"_s);
    QVERIFY2(next, next ? "" : qPrintable(errorText(next.error())));
    const int aIssued = rowCount(store->db(), u"tickets"_s, u"prefix = 'A'"_s);
    QCOMPARE(next->ticket.number, aIssued);
    QVERIFY(ticketInvariantProblems(store->db()).isEmpty());

    // And what was committed is in the file, read by a new connection.
    const TicketCounts now = TicketCounts::of(store->db());
    store.reset();
    auto reopened = openStore(m_config, dir, clock);
    QVERIFY(reopened);
    QCOMPARE(TicketCounts::of(reopened->db()), now);
    QVERIFY(reopened->audit().verify()->problems.isEmpty());
}

// ---------------------------------------------------------------------------
// transaction(): all or nothing

void TestDatabase::transactionRollback_data()
{
    QTest::addColumn<TxScenario>("scenario");
    QTest::newRow("error after one insert") << TxScenario::ErrorAfterOneInsert;
    QTest::newRow("error after inserts into three tables") << TxScenario::ErrorAfterManyInserts;
    QTest::newRow("a statement fails (duplicate key)") << TxScenario::FailingStatement;
    QTest::newRow("nested transaction fails") << TxScenario::NestedError;
    QTest::newRow("error after an audit entry and an outbox row") << TxScenario::AuditAndOutbox;
    QTest::newRow("control: success commits") << TxScenario::Success;
}

void TestDatabase::transactionRollback()
{
    QFETCH(TxScenario, scenario);
    QTemporaryDir dir;
    auto clock = std::make_shared<FakeClock>();
    auto store = openStore(m_config, dir, clock);
    QVERIFY(store);
    Database &db = store->db();
    QVERIFY(store->tickets().issue(request(u"complaint"_s), u"kiosk"_s));
    QVERIFY(db.exec(u"INSERT INTO matters(id, kind, opened_on) VALUES ('m0', 'complaint', '2026-01-01')"_s));

    auto snapshot = [&db] {
        QStringList s;
        for (const QString &t : {u"matters"_s, u"visitors"_s, u"audit"_s, u"outbox"_s, u"tickets"_s})
            s << u"%1=%2"_s.arg(t).arg(rowCount(db, t));
        return s.join(u' ');
    };
    const QString before = snapshot();
    const Error planted = Error::make(ErrorCode::Conflict, u"planted failure"_s);
    auto insertMatter = [&db](const QString &id) -> Status {
        auto r = db.exec(u"INSERT INTO matters(id, kind, opened_on) VALUES (?, 'complaint', '2026-01-01')"_s, {id});
        if (!r)
            return r.error();
        return {};
    };

    Status s;
    switch (scenario) {
    case TxScenario::ErrorAfterOneInsert:
        s = db.transaction([&]() -> Status {
            if (auto r = insertMatter(u"m1"_s); !r)
                return r;
            return planted;
        });
        break;
    case TxScenario::ErrorAfterManyInserts:
        s = db.transaction([&]() -> Status {
            for (const QString &id : {u"m1"_s, u"m2"_s, u"m3"_s})
                if (auto r = insertMatter(id); !r)
                    return r;
            if (auto r = db.exec(u"INSERT INTO visitors(id, full_name, created_at) VALUES ('v1', 'Trần B', 'x')"_s); !r)
                return r.error();
            if (auto r = db.exec(u"UPDATE tickets SET state = 'cancelled'"_s); !r)
                return r.error();
            return planted;
        });
        break;
    case TxScenario::FailingStatement:
        s = db.transaction([&]() -> Status {
            if (auto r = insertMatter(u"m1"_s); !r)
                return r;
            return insertMatter(u"m0"_s); // exists already
        });
        break;
    case TxScenario::NestedError:
        s = db.transaction([&]() -> Status {
            if (auto r = insertMatter(u"m1"_s); !r)
                return r;
            return db.transaction([&]() -> Status {
                if (auto r = insertMatter(u"m2"_s); !r)
                    return r;
                return planted;
            });
        });
        break;
    case TxScenario::AuditAndOutbox:
        s = db.transaction([&]() -> Status {
            auto seq = store->audit().append(u"canbo"_s, u"test.change"_s, u"test"_s, u"x"_s);
            if (!seq)
                return seq.error();
            if (auto o = store->outbox().enqueue(u"x"_s, u"test"_s, 1, {}); !o)
                return o;
            return planted;
        });
        break;
    case TxScenario::Success: s = db.transaction([&]() -> Status { return insertMatter(u"m1"_s); }); break;
    }

    if (scenario == TxScenario::Success) {
        QVERIFY(s);
        QCOMPARE(rowCount(db, u"matters"_s), 2);
    } else {
        QVERIFY(!s);
        if (scenario == TxScenario::FailingStatement) {
            QCOMPARE(s.error().code, ErrorCode::Storage);
            QVERIFY2(s.error().message.contains(u"UNIQUE"_s), qPrintable(s.error().message));
        } else {
            // The function's own error comes back unchanged.
            QCOMPARE(s.error().code, planted.code);
            QCOMPARE(s.error().message, planted.message);
        }
        QCOMPARE(snapshot(), before);
        QCOMPARE(rowCount(db, u"tickets"_s, u"state = 'waiting'"_s), 1);
    }
    // The connection is usable afterwards (no transaction left open), and
    // another connection sees exactly what this one sees.
    QVERIFY(db.transaction([&]() -> Status { return insertMatter(u"after"_s); }));
    RawConnection raw(db.path());
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM matters"_s).value_or(-1).toInt(), rowCount(db, u"matters"_s));
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM audit"_s).value_or(-1).toInt(), rowCount(db, u"audit"_s));
    auto verify = store->audit().verify();
    QVERIFY(verify && verify->problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
