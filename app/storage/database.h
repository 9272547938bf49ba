// One SQLite connection (QtSql) with the project's pragmas and migrations.
//
// Threading contract: a Database is used only on the thread that opened it
// (a QtSql rule); another thread opens its own Database on the same file.
// WAL lets readers run while one writer commits; writers take the lock up
// front (BEGIN IMMEDIATE) and wait up to busyTimeoutMs for each other.
// Durability: synchronous=FULL, so a committed ticket or record survives a
// crash or power loss.
#pragma once

#include "result.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace tiepdan {

constexpr int kSchemaVersion = 9;
// SQLite's application_id header field ("TDAN"): marks a file as ours, so
// another program's database is refused rather than taken over.
constexpr int kApplicationId = 0x5444414e;

class Database {
public:
    struct Options {
        int targetVersion = kSchemaVersion; // tests migrate step by step
        int busyTimeoutMs = 10000;
        bool readOnly = false;
    };

    // Opens (creating if needed) and migrates. Refuses a database whose
    // schema is newer than this program. Before migrating an existing
    // database, writes a copy beside it: <file>.before-v<N>-<timestamp>.
    static Result<std::unique_ptr<Database>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options{}); }
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    int schemaVersion();
    // True when this open created the file (fresh office).
    bool created() const { return m_created; }

    // Prepares and runs `sql` with positional bindings.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {});
    // First column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {});

    // Runs `fn` inside BEGIN IMMEDIATE .. COMMIT. Any error returned by fn or
    // by COMMIT rolls everything back: nothing half-written survives.
    Status transaction(const std::function<Status()> &fn);

    // A user-facing error from a failed statement: disk full, read-only,
    // locked and corrupt databases get plain sentences.
    Error errorFrom(const QSqlError &e, const QString &doing) const;

    // Test hook: caps the file at `pages` pages so that writes fail the way
    // a full disk makes them fail (SQLITE_FULL).
    Status limitPagesForTest(int pages);

private:
    Database() = default;
    Status configure(const Options &o);
    Status checkOwnership();
    Status migrate(int target);
    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    bool m_created = false;
    bool m_inTransaction = false;
};

} // namespace tiepdan
