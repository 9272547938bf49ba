#include "database.h"

#include "migrations.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QThread>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStorage, "tiepdan.storage")

namespace tiepdan {

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options)
{
    std::unique_ptr<Database> d(new Database);
    d->m_path = path;
    d->m_connection = QStringLiteral("tiepdan-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QFileInfo info(path);
    d->m_created = !info.exists() || info.size() == 0;
    if (!d->m_created && info.isDir())
        return Error::make(ErrorCode::Storage, QStringLiteral("%1 is a directory, not a database").arg(path));
    if (d->m_created && !QFileInfo(info.absolutePath()).isDir())
        return Error::make(ErrorCode::Storage, QStringLiteral("the folder for %1 does not exist").arg(path));
    d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->m_connection);
    d->m_db.setDatabaseName(path);
    if (options.readOnly)
        d->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!d->m_db.open())
        return d->errorFrom(d->m_db.lastError(), QStringLiteral("opening %1").arg(path));
    if (auto s = d->configure(options); !s)
        return s.error();
    if (options.readOnly)
        return d;
    if (auto s = d->migrate(options.targetVersion); !s)
        return s.error();
    return d;
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Status Database::configure(const Options &o)
{
    // quick_check catches a file that is not a database (or a damaged one)
    // before we write anything to it.
    auto check = scalar(QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return check.error();
    if (check->toString() != QLatin1String("ok"))
        return Error::make(ErrorCode::Integrity,
                           QStringLiteral("the database %1 is damaged: %2").arg(m_path, check->toString()));
    // Before anything persistent (journal mode, schema) touches the file.
    if (auto s = checkOwnership(); !s)
        return s;
    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout=%1").arg(o.busyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA synchronous=FULL"),
    };
    for (const QString &p : pragmas)
        if (auto r = exec(p); !r)
            return r.error();
    if (!o.readOnly) {
        auto mode = scalar(QStringLiteral("PRAGMA journal_mode=WAL"));
        if (!mode)
            return mode.error();
        if (mode->toString().toLower() != QLatin1String("wal"))
            return Error::make(ErrorCode::Storage, QStringLiteral("cannot switch %1 to WAL mode").arg(m_path));
    }
    return {};
}

Status Database::checkOwnership()
{
    const auto version = scalar(QStringLiteral("PRAGMA user_version"));
    const auto appId = scalar(QStringLiteral("PRAGMA application_id"));
    const auto objects = scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
    for (const auto *r : {&version, &appId, &objects})
        if (!*r)
            return r->error();
    const int v = version->toInt();
    const bool foreign = v == 0 ? objects->toInt() > 0 : appId->toInt() != kApplicationId;
    if (foreign)
        return Error::make(ErrorCode::Integrity,
                           QStringLiteral("%1 is another program's SQLite database, not a Tiếp Dân "
                                          "office database: refusing to change it")
                               .arg(m_path));
    if (v > kSchemaVersion)
        return Error::make(ErrorCode::Storage, QStringLiteral("the database %1 has schema version %2, newer than this "
                                                              "program's %3: install the newer program")
                                                   .arg(m_path)
                                                   .arg(v)
                                                   .arg(kSchemaVersion));
    return {};
}

int Database::schemaVersion()
{
    auto v = scalar(QStringLiteral("PRAGMA user_version"));
    return v ? v->toInt() : -1;
}

Status Database::migrate(int target)
{
    const int current = schemaVersion();
    if (current < 0)
        return Error::make(ErrorCode::Storage, QStringLiteral("cannot read the schema version"));
    if (current >= target)
        return {};
    if (current > 0) {
        const QString backup = QStringLiteral("%1.before-v%2-%3")
                                   .arg(m_path)
                                   .arg(target)
                                   .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        if (auto r = exec(QStringLiteral("VACUUM INTO ?"), {backup}); !r)
            return Error::make(ErrorCode::Storage,
                               QStringLiteral("not migrating: the backup %1 could not be written (%2)")
                                   .arg(backup, r.error().message));
        qCInfo(lcStorage) << "backed up before migration to" << backup;
    }
    for (int v = current + 1; v <= target; ++v) {
        auto step = transaction([&]() -> Status {
            if (auto s = applyMigration(*this, v); !s)
                return s;
            if (auto r = exec(QStringLiteral("PRAGMA user_version=%1").arg(v)); !r)
                return r.error();
            return {};
        });
        if (!step)
            return Error::make(
                step.error().code,
                QStringLiteral("migration to schema version %1 failed: %2").arg(v).arg(step.error().message));
        qCInfo(lcStorage) << "migrated" << m_path << "to schema version" << v;
    }
    return {};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return errorFrom(q.lastError(), sql.left(60));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return errorFrom(q.lastError(), sql.left(60));
    return q;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &binds)
{
    auto q = exec(sql, binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0) : QVariant();
}

Status Database::transaction(const std::function<Status()> &fn)
{
    if (m_inTransaction)
        return fn(); // nested: the outer transaction commits or rolls back
    if (auto r = exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
        return r.error();
    m_inTransaction = true;
    Status s = fn();
    m_inTransaction = false;
    if (s) {
        if (auto r = exec(QStringLiteral("COMMIT")); r)
            return {};
        else
            s = r.error();
    }
    (void)exec(QStringLiteral("ROLLBACK"));
    return s;
}

Error Database::errorFrom(const QSqlError &e, const QString &doing) const
{
    const int code = e.nativeErrorCode().toInt() & 0xff; // primary result code
    QString msg;
    ErrorCode ec = ErrorCode::Storage;
    switch (code) {
    case 13: // SQLITE_FULL
        msg = QStringLiteral("the disk is full: nothing was saved; free some space and try again");
        break;
    case 8: // SQLITE_READONLY
        msg = QStringLiteral("the database %1 is read-only: nothing was saved").arg(m_path);
        break;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        msg = QStringLiteral("the database is busy with another program; try again");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        msg = QStringLiteral("%1 is not a readable Tiếp Dân database (damaged or another kind of file)").arg(m_path);
        ec = ErrorCode::Integrity;
        break;
    case 14: // SQLITE_CANTOPEN
        msg = QStringLiteral("cannot open the database %1").arg(m_path);
        break;
    default: msg = QStringLiteral("database error while %1: %2").arg(doing, e.text());
    }
    qCWarning(lcStorage).noquote() << "sql error" << e.nativeErrorCode() << "while" << doing;
    return Error::make(ec, msg);
}

Status Database::limitPagesForTest(int pages)
{
    auto r = exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages));
    if (!r)
        return r.error();
    return {};
}

} // namespace tiepdan
