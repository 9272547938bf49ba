// Shared helpers for the storage tests (tst_database, tst_audit, tst_users,
// the ticket and reception-record tests). Header-only, everything in the
// namespace storagefixture so that nothing clashes with a test's own
// helpers; it also brings in the office helpers every folder shares
// (tests/common/officefixture.h: shippedConfig, errorText, FakeClock,
// openStore, signedIn) and tests/common/testfiles.h (readBytes, writeBytes).
//
// Every helper works on real SQLite files in a QTemporaryDir and reports
// failures as values (nullptr, -1, empty) for the caller's QVERIFY to catch:
// QVERIFY/QCOMPARE only work inside test functions.
#pragma once

#include "database.h"
#include "officefixture.h"
#include "testfiles.h"

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

using namespace officefixture;
using namespace testfiles;

// The names in a folder, hidden ones included, sorted.
inline QStringList listDir(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// PRAGMA `name`'s value, or "<error: ...>".
inline QString pragma(tiepdan::Database &db, const QString &name)
{
    auto v = db.scalar(QStringLiteral("PRAGMA %1").arg(name));
    return v ? v->toString() : QStringLiteral("<error: %1>").arg(v.error().message);
}

// A table or index `name` exists.
inline bool hasTable(tiepdan::Database &db, const QString &name)
{
    auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = ?"), {name});
    return v && v->toInt() == 1;
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

} // namespace storagefixture
