// Users, roles and sessions (UserRepository, roles.h): the first
// administrator, role enforcement in the services (an officer cannot open a
// sealed identity or manage users; a signed-out or idle session can do
// nothing), PIN lockout, disabling, PIN rules, and what reaches the audit
// trail (logins, never PINs). Real SQLite files; the clock is a FakeClock.
#include "storagefixture.h"

#include "officestore.h"
#include "receptionrepository.h"
#include "roles.h"
#include "userrepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace tiepdan;
using namespace storagefixture;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(tiepdan::Role)
Q_DECLARE_METATYPE(tiepdan::Permission)

namespace {
const QString kAdminPin = u"quantri-2468"_s;

ReceptionRecord denunciation()
{
    ReceptionRecord r;
    r.receivedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0));
    r.kinds = {MatterKind::Denunciation};
    r.confidential = true;
    r.identity.fullName = u"Trần Văn Kín"_s;
    r.identity.idNumber = u"001099012345"_s;
    r.content = u"Tố cáo chấp hành viên nhận tiền"_s;
    r.receiverName = u"Nguyễn Cán Bộ"_s;
    return r;
}
} // namespace

class TestUsers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void permissions_data();
    void permissions();
    void firstAdminOnlyOnce();
    void officerCannotManageUsers();
    void onlyALeaderOpensSealedIdentities_data();
    void onlyALeaderOpensSealedIdentities();
    void signedOutAndIdleSessionsDoNothing();
    void lockoutAfterFiveWrongPins();
    void unknownLoginLooksLikeAWrongPin();
    void disabledUserLosesAccessAtOnce();
    void resetPinLiftsTheLockout();
    void badInput_data();
    void badInput();
    void noPinInTheDatabaseOrAudit();

private:
    struct Office {
        QTemporaryDir dir;
        std::shared_ptr<FakeClock> clock = std::make_shared<FakeClock>();
        std::unique_ptr<OfficeStore> store;
    };
    std::unique_ptr<Office> office();
    OfficeConfig m_config;
};

void TestUsers::initTestCase()
{
    QLoggingCategory::setFilterRules(u"tiepdan.*.info=false"_s);
    const ConfigLoadResult cfg = shippedConfig();
    QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
    m_config = cfg.config;
}

std::unique_ptr<TestUsers::Office> TestUsers::office()
{
    auto o = std::make_unique<Office>();
    o->store = openStore(m_config, o->dir, o->clock);
    return o;
}

void TestUsers::permissions_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("may");
    const struct {
        Role role;
        const char *name;
        std::array<bool, 6> may;
    } table[] = {
        //                      queue  record read   sealed stats  users
        {Role::Officer, "officer", {true, true, true, false, false, false}},
        {Role::Leader, "leader", {true, true, true, true, true, false}},
        {Role::Admin, "admin", {false, false, true, false, true, true}},
    };
    for (const auto &row : table)
        for (int p = 0; p < 6; ++p)
            QTest::addRow("%s %s", row.name, qPrintable(toString(Permission(p))))
                << row.role << Permission(p) << row.may[std::size_t(p)];
}

void TestUsers::permissions()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, may);
    QCOMPARE(roleMay(role, permission), may);
    Role back;
    QVERIFY(fromString(toString(role), &back));
    QVERIFY(back == role);
}

void TestUsers::firstAdminOnlyOnce()
{
    auto o = office();
    QVERIFY(o->store);
    UserRepository &users = o->store->users();
    QCOMPARE(*users.count(), 0);
    auto admin = users.createFirstAdmin(u"QuanTri"_s, u"Quản Trị Viên"_s, kAdminPin);
    QVERIFY2(admin, admin ? "" : qPrintable(errorText(admin.error())));
    QCOMPARE(admin->login(), u"quantri"_s); // logins are lower case
    QVERIFY(admin->role() == Role::Admin);
    auto again = users.createFirstAdmin(u"ke.gian"_s, u"Kẻ Gian"_s, u"another-pin"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Denied);
    QCOMPARE(*users.count(), 1);
    // The administrator manages users.
    auto officer = users.add(*admin, u"canbo.an"_s, u"Nguyễn Văn An"_s, Role::Officer, u"an-pin-1234"_s);
    QVERIFY2(officer, officer ? "" : qPrintable(errorText(officer.error())));
    auto dup = users.add(*admin, u"CANBO.AN"_s, u"Ai Đó"_s, Role::Officer, u"other-pin-99"_s);
    QVERIFY(!dup);
    QCOMPARE(dup.error().code, ErrorCode::Conflict);
    auto list = users.list(*admin);
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(o->store->audit().verify()->problems, QStringList{});
}

void TestUsers::officerCannotManageUsers()
{
    auto o = office();
    QVERIFY(o->store);
    const auto officer = signedIn(*o->store, Role::Officer, u"canbo.an"_s);
    const auto leader = signedIn(*o->store, Role::Leader, u"lanhdao"_s);
    QVERIFY(officer && leader);
    UserRepository &users = o->store->users();
    for (const Session *s : {&*officer, &*leader}) {
        auto add = users.add(*s, u"moi"_s, u"Người Mới"_s, Role::Admin, u"new-pin-123"_s);
        QVERIFY(!add);
        QCOMPARE(add.error().code, ErrorCode::Denied);
        QCOMPARE(users.disable(*s, u"quantri"_s).error().code, ErrorCode::Denied);
        QCOMPARE(users.resetPin(*s, u"quantri"_s, u"taken-over-1"_s).error().code, ErrorCode::Denied);
        QCOMPARE(users.list(*s).error().code, ErrorCode::Denied);
    }
    QVERIFY(!users.find(u"moi"_s));
    // The administrator's PIN still works: nothing was reset.
    QVERIFY(users.signIn(u"quantri"_s, u"admin-pin-2468"_s));
}

void TestUsers::onlyALeaderOpensSealedIdentities_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("opens");
    QTest::newRow("officer") << Role::Officer << false;
    QTest::newRow("admin") << Role::Admin << false;
    QTest::newRow("leader") << Role::Leader << true;
}

void TestUsers::onlyALeaderOpensSealedIdentities()
{
    QFETCH(Role, role);
    QFETCH(bool, opens);
    auto o = office();
    QVERIFY(o->store);
    auto added = o->store->records().add(denunciation(), u"canbo.an"_s);
    QVERIFY2(added, added ? "" : qPrintable(errorText(added.error())));
    const auto who = signedIn(*o->store, role, role == Role::Admin ? u"quantri"_s : u"nguoi.mo"_s);
    QVERIFY(who);
    const qint64 before = rowCount(o->store->db(), u"audit"_s, u"action = 'identity.unseal'"_s);
    auto id = o->store->records().unseal(added->record.id, *who, u"Thanh tra yêu cầu xác minh"_s);
    QCOMPARE(id.ok(), opens);
    if (opens) {
        QCOMPARE(id->fullName, u"Trần Văn Kín"_s);
        QCOMPARE(rowCount(o->store->db(), u"audit"_s, u"action = 'identity.unseal'"_s), before + 1);
    } else {
        QCOMPARE(id.error().code, ErrorCode::Denied);
        QVERIFY(!id.error().message.contains(u"Kín"_s));
        QCOMPARE(rowCount(o->store->db(), u"audit"_s, u"action = 'identity.unseal'"_s), before);
    }
}

void TestUsers::signedOutAndIdleSessionsDoNothing()
{
    auto o = office();
    QVERIFY(o->store);
    auto added = o->store->records().add(denunciation(), u"canbo.an"_s);
    QVERIFY(added);
    UserRepository &users = o->store->users();
    auto leader = signedIn(*o->store, Role::Leader, u"lanhdao"_s);
    QVERIFY(leader);
    QVERIFY(users.require(*leader, Permission::OpenSealed));

    // Idle: 15 minutes is still fine, a second more is not.
    o->clock->advanceSecs(15 * 60);
    QVERIFY(users.require(*leader, Permission::OpenSealed));
    o->clock->advanceSecs(1);
    auto idle = users.require(*leader, Permission::OpenSealed);
    QVERIFY(!idle);
    QCOMPARE(idle.error().code, ErrorCode::Denied);
    QVERIFY2(idle.error().message.contains(u"without activity"_s), qPrintable(idle.error().message));
    QCOMPARE(o->store->records().unseal(added->record.id, *leader, u"Thanh tra yêu cầu"_s).error().code,
             ErrorCode::Denied);
    // Activity keeps it alive.
    leader->touch(o->clock->now);
    QVERIFY(users.require(*leader, Permission::OpenSealed));

    // Signed out: nothing, not even reading.
    users.signOut(*leader);
    QVERIFY(leader->login().isEmpty());
    for (int p = 0; p < 6; ++p)
        QCOMPARE(users.require(*leader, Permission(p)).error().code, ErrorCode::Denied);
    QCOMPARE(o->store->records().unseal(added->record.id, *leader, u"Thanh tra yêu cầu"_s).error().code,
             ErrorCode::Denied);
    QCOMPARE(rowCount(o->store->db(), u"audit"_s, u"action = 'user.sign_out'"_s), 1);
}

void TestUsers::lockoutAfterFiveWrongPins()
{
    auto o = office();
    QVERIFY(o->store);
    QVERIFY(signedIn(*o->store, Role::Officer, u"canbo.an"_s));
    UserRepository &users = o->store->users();
    const QString right = u"pin-of-canbo.an"_s;
    for (int i = 1; i < UserRepository::kMaxFailures; ++i) {
        auto s = users.signIn(u"canbo.an"_s, u"wrong-%1"_s.arg(i, 4, 10, QChar(u'0')));
        QVERIFY(!s);
        QCOMPARE(s.error().message, u"wrong login or PIN"_s);
        QCOMPARE(users.find(u"canbo.an"_s)->failures, i);
    }
    // The fifth wrong PIN locks; then even the right one is refused.
    QVERIFY(!users.signIn(u"canbo.an"_s, u"wrong-0005"_s));
    auto locked = users.signIn(u"canbo.an"_s, right);
    QVERIFY(!locked);
    QCOMPARE(locked.error().code, ErrorCode::Denied);
    QVERIFY2(locked.error().message.contains(u"locked"_s), qPrintable(locked.error().message));
    QCOMPARE(rowCount(o->store->db(), u"audit"_s, u"action = 'user.locked'"_s), 1);
    QCOMPARE(rowCount(o->store->db(), u"audit"_s, u"action = 'user.sign_in_failed'"_s), 4);

    o->clock->advanceSecs(UserRepository::kLockMinutes * 60 - 1);
    QVERIFY(!users.signIn(u"canbo.an"_s, right));
    o->clock->advanceSecs(2);
    auto back = users.signIn(u"canbo.an"_s, right);
    QVERIFY2(back, back ? "" : qPrintable(errorText(back.error())));
    QCOMPARE(users.find(u"canbo.an"_s)->failures, 0);
    QCOMPARE(o->store->audit().verify()->problems, QStringList{});
}

void TestUsers::unknownLoginLooksLikeAWrongPin()
{
    auto o = office();
    QVERIFY(o->store);
    QVERIFY(signedIn(*o->store, Role::Officer, u"canbo.an"_s));
    auto unknown = o->store->users().signIn(u"khong.co"_s, u"whatever-1"_s);
    auto wrong = o->store->users().signIn(u"canbo.an"_s, u"whatever-1"_s);
    QVERIFY(!unknown && !wrong);
    QCOMPARE(unknown.error().code, wrong.error().code);
    QCOMPARE(unknown.error().message, wrong.error().message);
}

void TestUsers::disabledUserLosesAccessAtOnce()
{
    auto o = office();
    QVERIFY(o->store);
    UserRepository &users = o->store->users();
    const auto admin = signedIn(*o->store, Role::Admin, u"quantri"_s);
    const auto officer = signedIn(*o->store, Role::Officer, u"canbo.an"_s);
    QVERIFY(admin && officer);
    QVERIFY(users.require(*officer, Permission::UseQueue));
    QVERIFY(users.disable(*admin, u"canbo.an"_s));
    // The open session is refused from now on, and signing in again too.
    QCOMPARE(users.require(*officer, Permission::UseQueue).error().code, ErrorCode::Denied);
    QCOMPARE(users.signIn(u"canbo.an"_s, u"pin-of-canbo.an"_s).error().code, ErrorCode::Denied);
    // An administrator cannot lock themself out.
    QCOMPARE(users.disable(*admin, u"quantri"_s).error().code, ErrorCode::Conflict);
    QCOMPARE(users.disable(*admin, u"khong.co"_s).error().code, ErrorCode::NotFound);
}

void TestUsers::resetPinLiftsTheLockout()
{
    auto o = office();
    QVERIFY(o->store);
    UserRepository &users = o->store->users();
    const auto admin = signedIn(*o->store, Role::Admin, u"quantri"_s);
    QVERIFY(admin && signedIn(*o->store, Role::Leader, u"lanhdao"_s));
    for (int i = 0; i < UserRepository::kMaxFailures; ++i)
        QVERIFY(!users.signIn(u"lanhdao"_s, u"wrong-pin-x"_s));
    QVERIFY(users.find(u"lanhdao"_s)->lockedUntil.isValid());
    QVERIFY(users.resetPin(*admin, u"lanhdao"_s, u"new-pin-2026"_s));
    QVERIFY(!users.signIn(u"lanhdao"_s, u"pin-of-lanhdao"_s)); // the old PIN is gone
    QVERIFY(users.signIn(u"lanhdao"_s, u"new-pin-2026"_s));
}

void TestUsers::badInput_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty login") << QString() << u"Tên"_s << u"good-pin-1"_s << u"login"_s;
    QTest::newRow("two-letter login") << u"ab"_s << u"Tên"_s << u"good-pin-1"_s << u"login"_s;
    QTest::newRow("login with space") << u"can bo"_s << u"Tên"_s << u"good-pin-1"_s << u"login"_s;
    QTest::newRow("login with diacritics") << u"cánbộ"_s << u"Tên"_s << u"good-pin-1"_s << u"login"_s;
    QTest::newRow("SQL in login") << u"a'; DROP TABLE users; --"_s << u"Tên"_s << u"good-pin-1"_s << u"login"_s;
    QTest::newRow("33-char login") << QString(33, u'a') << u"Tên"_s << u"good-pin-1"_s << u"login"_s;
    QTest::newRow("emoji name") << u"canbo.x"_s << u"Cán bộ 😀"_s << u"good-pin-1"_s << u"name"_s;
    QTest::newRow("empty name") << u"canbo.x"_s << QString() << u"good-pin-1"_s << u"name"_s;
    QTest::newRow("5-char PIN") << u"canbo.x"_s << u"Tên"_s << u"12345"_s << u"pin"_s;
    QTest::newRow("65-char PIN") << u"canbo.x"_s << u"Tên"_s << QString(65, u'7') << u"pin"_s;
    QTest::newRow("PIN = login") << u"canbo.x"_s << u"Tên"_s << u"CANBO.X"_s << u"pin"_s;
}

void TestUsers::badInput()
{
    QFETCH(QString, login);
    QFETCH(QString, name);
    QFETCH(QString, pin);
    QFETCH(QString, field);
    auto o = office();
    QVERIFY(o->store);
    const auto admin = signedIn(*o->store, Role::Admin, u"quantri"_s);
    QVERIFY(admin);
    auto u = o->store->users().add(*admin, login, name, Role::Officer, pin);
    QVERIFY(!u);
    QCOMPARE(u.error().code, ErrorCode::InvalidInput);
    QCOMPARE(u.error().field, field);
    QVERIFY(!u.error().message.isEmpty());
    QCOMPARE(*o->store->users().count(), 1);
    QVERIFY(o->store->db().scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'users'"_s)->toInt() == 1);
}

void TestUsers::noPinInTheDatabaseOrAudit()
{
    auto o = office();
    QVERIFY(o->store);
    const QString pin = u"Bi-Mat-8642"_s;
    auto admin = o->store->users().createFirstAdmin(u"quantri"_s, u"Quản Trị"_s, pin);
    QVERIFY(admin);
    QVERIFY(!o->store->users().signIn(u"quantri"_s, u"Sai-Mat-0000"_s));
    QSqlQuery q(o->store->db().exec(u"SELECT pin_hash FROM users"_s).value());
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString().startsWith(u"$argon2id$"_s));
    QVERIFY(!q.value(0).toString().contains(pin));
    auto audit = o->store->db().exec(u"SELECT actor || action || detail FROM audit"_s);
    QVERIFY(audit);
    int entries = 0;
    while (audit->next()) {
        ++entries;
        QVERIFY(!audit->value(0).toString().contains(u"Mat"_s, Qt::CaseInsensitive));
    }
    QCOMPARE(entries, 3); // user.add, user.sign_in, user.sign_in_failed
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
