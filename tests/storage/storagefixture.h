// Shared helpers for the storage tests (tst_database, tst_tickets, tst_audit;
// tst_reception may include it). Header-only, everything in the namespace
// storagefixture so that nothing clashes with a test's own helpers.
//
// Every helper works on real SQLite files in a QTemporaryDir and reports
// failures as values (nullptr, -1, empty) for the caller's QVERIFY to catch:
// QVERIFY/QCOMPARE only work inside test functions.
#pragma once

#include "configloader.h"
#include "database.h"
#include "officestore.h"
#include "userrepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>

#include <memory>
#include <optional>

namespace storagefixture {

// The shipped configuration (kiosk-config/). Check ok() in initTestCase.
inline tiepdan::ConfigLoadResult shippedConfig()
{
    return tiepdan::loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
}

inline QString errorText(const tiepdan::Error &e)
{
    return QStringLiteral("code %1, field '%2': %3").arg(int(e.code)).arg(e.field, e.message);
}

// A clock the test moves by hand; the store reads it on every call.
struct FakeClock {
    QDateTime now{QDate(2026, 11, 23), QTime(8, 0, 0)}; // a Monday
    void advanceSecs(qint64 s) { now = now.addSecs(s); }
    void advanceDays(qint64 d) { now = now.addDays(d); }
};

inline void attachClock(tiepdan::OfficeStore &store, const std::shared_ptr<FakeClock> &clock)
{
    store.setClock([clock] { return clock->now; });
}

// Opens (creating if needed) the office store `office.db` in `dir`; logs the
// error and returns nullptr when it cannot.
inline std::unique_ptr<tiepdan::OfficeStore> openStore(const tiepdan::OfficeConfig &config, const QTemporaryDir &dir,
                                                       const std::shared_ptr<FakeClock> &clock = {},
                                                       tiepdan::Database::Options options = {},
                                                       const QString &file = QStringLiteral("office.db"))
{
    if (!dir.isValid())
        return nullptr;
    auto s = tiepdan::OfficeStore::open(config, dir.filePath(file), options);
    if (!s) {
        qWarning().noquote() << "cannot open the store:" << errorText(s.error());
        return nullptr;
    }
    std::unique_ptr<tiepdan::OfficeStore> store = std::move(s).value();
    if (clock)
        attachClock(*store, clock);
    return store;
}

// COUNT(*) of a table (optionally with a WHERE clause), -1 on error.
inline qint64 rowCount(tiepdan::Database &db, const QString &table, const QString &where = {},
                       const QVariantList &binds = {})
{
    auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1%2")
                           .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                       binds);
    return v ? v->toLongLong() : -1;
}

// tickets / audit / outbox row counts: what every ticket change must move together.
struct TicketCounts {
    qint64 tickets = -1, audit = -1, outbox = -1;
    static TicketCounts of(tiepdan::Database &db)
    {
        return {rowCount(db, QStringLiteral("tickets")), rowCount(db, QStringLiteral("audit")),
                rowCount(db, QStringLiteral("outbox"))};
    }
    bool operator==(const TicketCounts &) const = default;
    QString toString() const
    {
        return QStringLiteral("tickets %1, audit %2, outbox %3").arg(tickets).arg(audit).arg(outbox);
    }
};

// Every ticket change writes the ticket, one audit entry and one outbox row
// in one transaction. Lists every way the database breaks that: a ticket
// whose last audit entry or outbox row is missing, a ticket with version v
// that has not exactly v audit entries and v outbox rows, entries or outbox
// rows about tickets that do not exist. Empty = consistent.
inline QStringList ticketInvariantProblems(tiepdan::Database &db)
{
    QStringList problems;
    const struct {
        const char *what;
        const char *sql;
    } checks[] = {
        {"ticket without its last audit entry",
         "SELECT label FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM audit a WHERE a.seq = t.audit_seq "
         "AND a.entity = 'ticket' AND a.entity_id = t.uuid)"},
        {"ticket without the outbox row of its version",
         "SELECT label FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.record_id = t.uuid "
         "AND o.record_kind = 'ticket' AND o.version = t.version)"},
        {"ticket whose audit entries do not match its version",
         "SELECT label FROM tickets t WHERE t.version <> (SELECT COUNT(*) FROM audit a WHERE a.entity = 'ticket' "
         "AND a.entity_id = t.uuid)"},
        {"ticket whose outbox rows do not match its version",
         "SELECT label FROM tickets t WHERE t.version <> (SELECT COUNT(*) FROM outbox o WHERE o.record_kind = "
         "'ticket' AND o.record_id = t.uuid)"},
        {"audit entry about a ticket that does not exist",
         "SELECT seq FROM audit a WHERE a.entity = 'ticket' AND NOT EXISTS (SELECT 1 FROM tickets t WHERE "
         "t.uuid = a.entity_id)"},
        {"outbox row about a ticket that does not exist",
         "SELECT seq FROM outbox o WHERE o.record_kind = 'ticket' AND NOT EXISTS (SELECT 1 FROM tickets t "
         "WHERE t.uuid = o.record_id)"},
    };
    for (const auto &c : checks) {
        auto q = db.exec(QString::fromLatin1(c.sql));
        if (!q) {
            problems << QStringLiteral("cannot check: ") + q.error().message;
            continue;
        }
        while (q->next())
            problems << QStringLiteral("%1: %2").arg(QLatin1String(c.what), q->value(0).toString());
    }
    return problems;
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A second, plain QtSql connection to a database file: what another process
// (or someone with the sqlite3 shell) sees and can do, bypassing the program.
class RawConnection {
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout=10000"));
            m_open = true;
        } else {
            m_lastError = db.lastError().text();
        }
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString lastError() const { return m_lastError; }

    // Runs one statement; false (with lastError()) when it fails.
    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db());
        if (!q.prepare(sql)) {
            m_lastError = q.lastError().text();
            return false;
        }
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
        return true;
    }
    // First column of the first row; nullopt on error or no row.
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db());
        if (!q.prepare(sql)) {
            m_lastError = q.lastError().text();
            return std::nullopt;
        }
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next()) {
            m_lastError = q.lastError().text();
            return std::nullopt;
        }
        return q.value(0);
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_lastError;
};

// Signs in a user of `role` with login `login`, creating the office's
// first administrator (login "quantri") on the way when there is none.
inline std::optional<tiepdan::Session> signedIn(tiepdan::OfficeStore &store, tiepdan::Role role, const QString &login)
{
    using namespace tiepdan;
    const QString adminPin = QStringLiteral("admin-pin-2468");
    auto n = store.users().count();
    if (!n)
        return std::nullopt;
    auto admin =
        *n == 0 ? store.users().createFirstAdmin(QStringLiteral("quantri"), QStringLiteral("Quản Trị Viên"), adminPin)
                : store.users().signIn(QStringLiteral("quantri"), adminPin);
    if (!admin)
        return std::nullopt;
    if (role == Role::Admin && login == QLatin1String("quantri"))
        return *admin;
    const QString pin = QStringLiteral("pin-of-") + login;
    if (!store.users().find(login) && !store.users().add(*admin, login, QStringLiteral("Người Dùng Thử"), role, pin))
        return std::nullopt;
    auto s = store.users().signIn(login, pin);
    return s ? std::optional<Session>(*s) : std::nullopt;
}

} // namespace storagefixture
