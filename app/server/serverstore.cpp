#include "serverstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <atomic>

Q_LOGGING_CATEGORY(lcServer, "tiepdan.server")

namespace tiepdan {

namespace {
constexpr int kServerSchema = 1;
constexpr int kBusyTimeoutMs = 10000;
constexpr int kTransientRetries = 5;
// Any fixed number: serialises schema creation on PostgreSQL.
constexpr qint64 kSchemaLock = 0x5444414e;

Error storageError(const QSqlError &e, const QString &what)
{
    // The message carries SQL state but never data (payloads hold personal data).
    return Error::make(ErrorCode::Storage, QStringLiteral("%1: %2 (%3)").arg(what, e.text(), e.nativeErrorCode()));
}

// libpq "key=value key='quoted value'" into pairs.
QList<QPair<QString, QString>> parseConninfo(const QString &s)
{
    QList<QPair<QString, QString>> out;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i].isSpace())
            ++i;
        const qsizetype eq = s.indexOf(u'=', i);
        if (eq < 0)
            break;
        const QString key = s.mid(i, eq - i).trimmed();
        i = eq + 1;
        QString value;
        if (i < s.size() && s[i] == u'\'') {
            for (++i; i < s.size() && s[i] != u'\''; ++i) {
                if (s[i] == u'\\' && i + 1 < s.size())
                    ++i;
                value += s[i];
            }
            ++i;
        } else {
            while (i < s.size() && !s[i].isSpace())
                value += s[i++];
        }
        out.append({key, value});
    }
    return out;
}

} // namespace

Result<std::unique_ptr<ServerStore>> ServerStore::open(const StoreOptions &options)
{
    static std::atomic<int> counter{0};
    std::unique_ptr<ServerStore> s(new ServerStore);
    s->m_name = QStringLiteral("tiepdan-server-%1").arg(++counter);
    s->m_pg = !options.pgConninfo.isEmpty();
    QSqlDatabase db =
        QSqlDatabase::addDatabase(s->m_pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), s->m_name);
    if (!db.isValid())
        return Error::make(ErrorCode::Storage,
                           QStringLiteral("the Qt SQL driver %1 is not installed")
                               .arg(s->m_pg ? QStringLiteral("QPSQL (libqt6sql6-psql)") : QStringLiteral("QSQLITE")));
    if (s->m_pg) {
        QStringList other;
        for (const auto &[k, v] : parseConninfo(options.pgConninfo)) {
            if (k == QLatin1String("host"))
                db.setHostName(v);
            else if (k == QLatin1String("port"))
                db.setPort(v.toInt());
            else if (k == QLatin1String("dbname"))
                db.setDatabaseName(v);
            else if (k == QLatin1String("user"))
                db.setUserName(v);
            else if (k == QLatin1String("password"))
                db.setPassword(v);
            else
                other << QStringLiteral("%1=%2").arg(k, v);
        }
        db.setConnectOptions(other.join(u';'));
    } else {
        db.setDatabaseName(options.sqliteFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    }
    if (!db.open())
        return storageError(db.lastError(), QStringLiteral("cannot open the server database"));
    if (auto m = s->migrate(); !m)
        return m.error();
    if (!s->m_pg) {
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"})
            if (auto r = s->exec(QString::fromLatin1(pragma)); !r)
                return r.error();
    }
    return s;
}

ServerStore::~ServerStore()
{
    qDeleteAll(m_cached);
    m_cached.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<QSqlQuery> ServerStore::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.setForwardOnly(true);
    // QPSQL cannot prepare BEGIN/COMMIT: statements without binds run directly.
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            return storageError(q.lastError(), QStringLiteral("query"));
        return q;
    }
    if (!q.prepare(sql))
        return storageError(q.lastError(), QStringLiteral("prepare"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return storageError(q.lastError(), QStringLiteral("query"));
    return q;
}

Result<QSqlQuery *> ServerStore::run(const QString &sql, const QVariantList &binds)
{
    QSqlQuery *&q = m_cached[sql];
    if (!q) {
        q = new QSqlQuery(QSqlDatabase::database(m_name, false));
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            const Error e = storageError(q->lastError(), QStringLiteral("prepare"));
            delete q;
            m_cached.remove(sql);
            return e;
        }
    }
    for (int i = 0; i < binds.size(); ++i)
        q->bindValue(i, binds[i]);
    if (!q->exec())
        return storageError(q->lastError(), QStringLiteral("query"));
    return q;
}

void ServerStore::finishCached()
{
    for (QSqlQuery *q : std::as_const(m_cached))
        q->finish();
}

Result<QVariant> ServerStore::scalar(const QString &sql, const QVariantList &binds)
{
    auto q = exec(sql, binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0) : QVariant();
}

Status ServerStore::transaction(const std::function<Status()> &fn)
{
    const QString begin = m_pg ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    for (int attempt = 0;; ++attempt) {
        Status s = [&]() -> Status {
            if (auto b = exec(begin); !b)
                return b.error();
            if (auto r = fn(); !r)
                return r;
            if (auto c = exec(QStringLiteral("COMMIT")); !c)
                return c.error();
            return {};
        }();
        if (s)
            return s;
        (void)exec(QStringLiteral("ROLLBACK"));
        if (m_pg && !exec(QStringLiteral("SELECT 1"))) {
            // The connection is gone (PostgreSQL restarted, network cut):
            // open a new one for the next request; this one answers 503.
            qCWarning(lcServer) << "database connection lost, reconnecting:" << s.error().message;
            qDeleteAll(m_cached);
            m_cached.clear();
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
            if (!db.open())
                qCWarning(lcServer) << "reconnecting failed:" << db.lastError().text();
            return s;
        }
        // 40001 serialization failure, 40P01 deadlock: the other side won; try again.
        const bool transient = m_pg && (s.error().message.contains(QLatin1String("(40001)")) ||
                                        s.error().message.contains(QLatin1String("(40P01)")));
        if (!transient || attempt >= kTransientRetries)
            return s;
        qCInfo(lcServer) << "retrying a transaction after" << s.error().message;
        QThread::msleep(10 * (attempt + 1));
    }
}

Status ServerStore::migrate()
{
    const QString serial =
        m_pg ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    const QStringList schema{
        QStringLiteral("CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        // Every version of every record, as delivered. Never updated.
        QStringLiteral("CREATE TABLE IF NOT EXISTS records (record_id TEXT NOT NULL, version INTEGER NOT "
                       "NULL, "
                       "office TEXT NOT NULL, kind TEXT NOT NULL, seq BIGINT NOT NULL, content TEXT NOT NULL, "
                       "stored_at TEXT NOT NULL, PRIMARY KEY (record_id, version))"),
        // The newest version of each record with the facts the read API filters on.
        QStringLiteral("CREATE TABLE IF NOT EXISTS record_latest (record_id TEXT PRIMARY KEY, "
                       "version INTEGER NOT NULL, "
                       "office TEXT NOT NULL, kind TEXT NOT NULL, received_date TEXT, direction "
                       "TEXT, kinds TEXT, "
                       "matter_id TEXT, receiver_role TEXT, reception_kind TEXT, session_key TEXT, "
                       "people_count INTEGER NOT NULL, first_visit INTEGER NOT NULL, refused "
                       "INTEGER NOT NULL, "
                       "search_text TEXT, content TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS record_latest_office_date ON record_latest "
                       "(office, received_date)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS updates (seq %1, office TEXT NOT NULL, body TEXT NOT NULL, "
                       "published_at TEXT NOT NULL)")
            .arg(serial),
        QStringLiteral("CREATE INDEX IF NOT EXISTS updates_office_seq ON updates (office, seq)"),
    };
    if (!m_pg) {
        // Never grow our tables inside another database (an office's
        // office.db given by mistake): refuse a file holding other tables.
        auto other =
            scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                                  "('server_meta', 'records', 'record_latest', 'updates', 'sqlite_sequence')"));
        if (!other)
            return other.error();
        if (other->toInt() > 0)
            return Error::make(ErrorCode::Storage, QStringLiteral("%1 is not a department server database")
                                                       .arg(QSqlDatabase::database(m_name, false).databaseName()));
    }
    return transaction([&]() -> Status {
        if (m_pg)
            if (auto l = exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kSchemaLock}); !l)
                return l.error();
        for (const QString &sql : schema)
            if (auto r = exec(sql); !r)
                return r.error();
        auto v = scalar(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema'"));
        if (!v)
            return v.error();
        if (v->isNull())
            return exec(QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('schema', ?)"),
                        {QString::number(kServerSchema)})
                       ? Status()
                       : Error::make(ErrorCode::Storage, QStringLiteral("cannot write the schema version"));
        if (v->toInt() > kServerSchema)
            return Error::make(ErrorCode::Storage, QStringLiteral("the server database has schema %1, newer than this "
                                                                  "program's %2")
                                                       .arg(v->toInt())
                                                       .arg(kServerSchema));
        return {};
    });
}

} // namespace tiepdan
