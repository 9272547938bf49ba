// db, keys and config commands.
#include "cli.h"
#include "configloader.h"
#include "keys.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace tiepdan::cli {

int cmdDb(Context &c, const QString &sub)
{
    if (!c.accept({}, {}, 0))
        return ExitUsage;
    if (sub == QLatin1String("migrate")) {
        auto store = c.store();
        if (!store)
            return c.fail(store.error());
        return c.print(
            QJsonObject{{QStringLiteral("schemaVersion"), (*store)->db().schemaVersion()}},
            QStringLiteral("database %1 is at schema version %2").arg(c.dbPath).arg((*store)->db().schemaVersion()));
    }
    if (sub == QLatin1String("check")) {
        if (!QFileInfo::exists(c.dbPath))
            return c.fail(Error::make(ErrorCode::NotFound, QStringLiteral("there is no database at %1").arg(c.dbPath)));
        auto storeResult = c.store();
        if (!storeResult)
            return c.fail(storeResult.error());
        OfficeStore &store = **storeResult;
        QStringList problems;
        auto integrity = store.db().exec(QStringLiteral("PRAGMA integrity_check"));
        if (!integrity)
            return c.fail(integrity.error());
        while (integrity->next())
            if (integrity->value(0).toString() != QLatin1String("ok"))
                problems << QStringLiteral("sqlite: ") + integrity->value(0).toString();
        // Ticket numbers of each day and prefix run 1..N with no gap.
        auto gaps = store.db().exec(QStringLiteral("SELECT service_date, prefix, COUNT(*), MAX(number) FROM tickets "
                                                   "GROUP BY service_date, prefix HAVING COUNT(*) != MAX(number)"));
        if (!gaps)
            return c.fail(gaps.error());
        while (gaps->next())
            problems << QStringLiteral("tickets %1 %2: %3 tickets but numbers up to %4")
                            .arg(gaps->value(0).toString(), gaps->value(1).toString())
                            .arg(gaps->value(2).toInt())
                            .arg(gaps->value(3).toInt());
        auto audit = store.audit().verify();
        if (!audit)
            return c.fail(audit.error());
        problems += audit->problems;
        QJsonObject o{{QStringLiteral("ok"), problems.isEmpty()},
                      {QStringLiteral("auditEntries"), audit->entries},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
        if (problems.isEmpty())
            return c.print(o, QStringLiteral("database intact; audit chain of %1 entries intact").arg(audit->entries));
        c.print(o, QStringLiteral("PROBLEMS FOUND:\n") + problems.join(u'\n'));
        return int(ErrorCode::Integrity);
    }
    return c.usage(QStringLiteral("db takes check or migrate"));
}

int cmdKeys(Context &c, const QString &sub)
{
    if (sub != QLatin1String("init"))
        return c.usage(QStringLiteral("keys takes init"));
    if (!c.accept({}, {}, 0))
        return ExitUsage;
    auto cfg = c.config();
    if (!cfg)
        return c.fail(cfg.error());
    QJsonArray created;
    QStringList lines;
    for (const QString &configured : {(*cfg)->security.officeKeyFile, (*cfg)->security.sealKeyFile}) {
        const QString path = OfficeStore::resolveKeyPath(configured, c.dbPath);
        if (QFileInfo::exists(path)) {
            lines << QStringLiteral("%1 exists, kept").arg(path);
            continue;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (auto s = createKeyFile(path); !s)
            return c.fail(s.error());
        created.append(path);
        lines << QStringLiteral("%1 created (mode 600): back it up, apart from the database").arg(path);
    }
    return c.print(QJsonObject{{QStringLiteral("created"), created}}, lines.join(u'\n'));
}

int cmdConfig(Context &c, const QString &sub)
{
    if (sub != QLatin1String("check"))
        return c.usage(QStringLiteral("config takes check"));
    if (!c.accept({}, {}, 0))
        return ExitUsage;
    auto cfg = c.config();
    if (!cfg)
        return c.fail(cfg.error());
    return c.print(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("office"), (*cfg)->office.code}},
                   QStringLiteral("configuration in %1 is valid (%2)").arg(c.configDir, (*cfg)->office.name));
}

int cmdKiosk(Context &c, const QString &sub)
{
    if (sub != QLatin1String("hash-pin"))
        return c.usage(QStringLiteral("kiosk takes hash-pin"));
    if (!c.accept({}, {}, 0))
        return ExitUsage;
    // From stdin, not argv: command lines are visible to every user (ps).
    QTextStream in(stdin);
    const QString pin = in.readLine().trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,12}$"));
    if (!digits.match(pin).hasMatch())
        return c.fail(Error::invalid(QStringLiteral("pin"), QStringLiteral("the PIN must be 4 to 12 digits")));
    const QString hash = hashPin(pin);
    if (hash.isEmpty())
        return c.fail(Error::make(ErrorCode::Crypto, QStringLiteral("could not hash the PIN")));
    return c.print(QJsonObject{{QStringLiteral("exitPinHash"), hash}},
                   QStringLiteral("put this in office.json, kiosk.exitPinHash:\n%1").arg(hash));
}

} // namespace tiepdan::cli
