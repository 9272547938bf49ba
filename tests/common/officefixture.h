// An office for tests in any folder: the shipped configuration, an office
// store on a real SQLite file in a QTemporaryDir with a clock the test
// moves by hand, and signed-in users. Header-only; link tiepdan_storage.
// Everything is in the namespace officefixture so that nothing clashes with
// a test's own helpers (tests/storage/storagefixture.h re-exports it).
//
// Failures are values (nullptr, nullopt) for the caller's QVERIFY:
// QVERIFY/QCOMPARE only work inside test functions.
#pragma once

#include "configloader.h"
#include "database.h"
#include "officestore.h"
#include "userrepository.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace officefixture {

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

} // namespace officefixture
