// The department server's database: SQLite (QSQLITE, one file) or
// PostgreSQL (QPSQL, shared by any number of reception-server processes).
//
// Idempotency contract (docs/sync-protocol.md): `records` has
// PRIMARY KEY (record_id, version). Each entry is written with
// INSERT .. ON CONFLICT DO NOTHING; when nothing was inserted the stored
// row is read back and compared with the entry (office, kind and canonical
// payload bytes): equal = duplicate, different = conflict. A stored row is
// never overwritten. Entries of a batch are written in (id, version) order
// in one transaction, so concurrent batches on PostgreSQL cannot deadlock
// on each other's rows; a transaction that still fails on a serialization
// or deadlock error is retried.
//
// Threading contract: one ServerStore = one QtSql connection, used on the
// thread that opened it.
#pragma once

#include <optional>

#include "protocol.h"
#include "result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace tiepdan {

struct StoreOptions {
    QString sqliteFile; // either this...
    QString pgConninfo; // ...or libpq "key=value ..." (host, port, dbname, user, password, others
                        // as options)
};

enum class EntryStatus { Stored, Duplicate, Conflict, Rejected };

struct EntryResult {
    QString id;
    int version = 0;
    EntryStatus status = EntryStatus::Rejected;
    QString reason; // conflict / rejected
};

struct RecordFilter {
    QString office;     // empty = every office
    QDate from, to;     // on the record's received date; invalid = open
    QString recordKind; // ticket / record / appointment, or empty
    QString matterKind; // complaint / denunciation / petition / feedback, or empty
    QString direction;
    QString text;                   // every folded word must appear
    QString receiverRole;           // officer / head / deputy, or empty
    std::optional<bool> group;      // people_count >= 5 (Decree 124/2020, Art. 6), or not
    std::optional<bool> firstVisit; // first or repeat visit
    int page = 1;
    int pageSize = 50;
};

struct RecordPage {
    qint64 total = 0;
    QJsonArray records;
};

class ServerStore {
public:
    static Result<std::unique_ptr<ServerStore>> open(const StoreOptions &options);
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    bool isPostgres() const { return m_pg; }

    // One result per entry, in the batch's order. An Error here is a
    // database failure (answered 503): nothing of the batch was stored.
    Result<QList<EntryResult>> store(const Batch &batch);

    // Appends updates for an office; returns their seqs, in order. Seqs are
    // assigned in commit order (publishers take a lock), so a reader that has
    // seen seq n will never later see a new update numbered below n.
    Result<QList<qint64>> publish(const QString &office, const QList<QJsonObject> &updates);
    // Updates for `office` with seq > after, oldest first, at most `limit`.
    Result<QJsonArray> updates(const QString &office, qint64 after, int limit);

    // Latest version of each record matching, newest received first.
    Result<RecordPage> records(const RecordFilter &filter);
    // The figures of domain.md ("What leaders report") over reception records.
    Result<QJsonObject> stats(const QString &office, const QDate &from, const QDate &to);
    // Office codes that delivered records, sorted.
    Result<QStringList> offices();

private:
    ServerStore() = default;
    Status migrate();
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {});
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {});
    // Like exec, on a statement prepared once per connection (the hot path
    // of store(): on PostgreSQL, one round trip instead of three). The query
    // stays valid until the next run of the same SQL; finishCached() ends
    // every cached statement, so SQLite holds no read snapshot between requests.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &binds);
    void finishCached();
    // Runs fn in a write transaction; retries transient PostgreSQL failures.
    Status transaction(const std::function<Status()> &fn);
    Result<EntryResult> storeOne(const QString &office, const BatchEntry &e);

    QHash<QString, QSqlQuery *> m_cached; // owned
    QString m_name;
    bool m_pg = false;
};

QString toString(EntryStatus s);

} // namespace tiepdan
