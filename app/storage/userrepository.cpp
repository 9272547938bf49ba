#include "userrepository.h"

#include "keys.h"
#include "officestore.h"
#include "validation.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace tiepdan {

namespace {

Error denied(const QString &why)
{
    return Error::make(ErrorCode::Denied, why);
}

User userFrom(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    fromString(q.value(3).toString(), &u.role);
    u.disabled = q.value(4).toBool();
    u.failures = q.value(5).toInt();
    if (!q.value(6).isNull())
        u.lockedUntil = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    return u;
}

const QString kUserColumns = QStringLiteral("id, login, display_name, role, disabled, failures, locked_until");

} // namespace

Result<QString> UserRepository::normalizeLogin(const QString &login)
{
    static const QRegularExpression re(QStringLiteral("\\A[a-z0-9][a-z0-9._-]{2,31}\\z"));
    const QString l = login.trimmed().toLower();
    if (!re.match(l).hasMatch())
        return Error::invalid(QStringLiteral("login"),
                              QStringLiteral("a login is 3-32 letters a-z, digits, '.', '_' or '-', "
                                             "starting with a letter or digit"));
    return l;
}

Status UserRepository::validatePin(const QString &login, const QString &pin)
{
    if (pin.size() < 6 || pin.size() > 64)
        return Error::invalid(QStringLiteral("pin"), QStringLiteral("a PIN or password has 6 to 64 characters"));
    if (pin.trimmed().compare(login, Qt::CaseInsensitive) == 0)
        return Error::invalid(QStringLiteral("pin"), QStringLiteral("the PIN must not be the login"));
    return {};
}

Result<int> UserRepository::count()
{
    auto n = m_store.db().scalar(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<User> UserRepository::find(const QString &login)
{
    auto l = normalizeLogin(login);
    if (!l)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no user '%1'").arg(login.left(40)));
    auto q = m_store.db().exec(QStringLiteral("SELECT %1 FROM users WHERE login = ?").arg(kUserColumns), {*l});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no user '%1'").arg(*l));
    return userFrom(*q);
}

Result<User> UserRepository::insert(const QString &actor, const QString &login, const QString &displayName, Role role,
                                    const QString &pin)
{
    auto l = normalizeLogin(login);
    if (!l)
        return l.error();
    auto name = validatePersonName(displayName);
    if (!name)
        return Error::invalid(QStringLiteral("name"), name.error().message);
    if (auto p = validatePin(*l, pin); !p)
        return p.error();
    User u;
    u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.login = *l;
    u.displayName = *name;
    u.role = role;
    const QString hash = hashPin(pin); // slow: outside the write transaction
    auto s = m_store.db().transaction([&]() -> Status {
        auto taken = m_store.db().scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE login = ?"), {u.login});
        if (!taken)
            return taken.error();
        if (taken->toInt() > 0)
            return Error::make(ErrorCode::Conflict, QStringLiteral("the login '%1' is taken").arg(u.login));
        auto seq = m_store.audit().append(
            actor.isEmpty() ? u.login : actor, QStringLiteral("user.add"), QStringLiteral("user"), u.id,
            {{QStringLiteral("login"), u.login}, {QStringLiteral("role"), toString(role)}});
        if (!seq)
            return seq.error();
        auto ins =
            m_store.db().exec(QStringLiteral("INSERT INTO users(id, login, display_name, role, pin_hash, disabled, "
                                             "failures, created_at, audit_seq) VALUES (?,?,?,?,?,0,0,?,?)"),
                              {u.id, u.login, u.displayName, toString(role), hash,
                               m_store.now().toUTC().toString(Qt::ISODateWithMs), *seq});
        if (!ins)
            return ins.error();
        return {};
    });
    if (!s)
        return s.error();
    return u;
}

Result<Session> UserRepository::createFirstAdmin(const QString &login, const QString &displayName, const QString &pin)
{
    auto n = count();
    if (!n)
        return n.error();
    if (*n > 0)
        return denied(QStringLiteral("this office already has users: an administrator adds new ones"));
    auto u = insert({}, login, displayName, Role::Admin, pin);
    if (!u)
        return u.error();
    return signIn(login, pin);
}

Result<User> UserRepository::add(const Session &by, const QString &login, const QString &displayName, Role role,
                                 const QString &pin)
{
    if (auto ok = require(by, Permission::ManageUsers); !ok)
        return ok.error();
    return insert(by.login(), login, displayName, role, pin);
}

Status UserRepository::disable(const Session &by, const QString &login)
{
    if (auto ok = require(by, Permission::ManageUsers); !ok)
        return ok;
    auto u = find(login);
    if (!u)
        return u.error();
    if (u->id == by.userId())
        return Error::make(ErrorCode::Conflict, QStringLiteral("an administrator cannot disable their own account"));
    return m_store.db().transaction([&]() -> Status {
        auto seq = m_store.audit().append(by.login(), QStringLiteral("user.disable"), QStringLiteral("user"), u->id,
                                          {{QStringLiteral("login"), u->login}});
        if (!seq)
            return seq.error();
        auto up = m_store.db().exec(QStringLiteral("UPDATE users SET disabled = 1, audit_seq = ? WHERE id = ?"),
                                    {*seq, u->id});
        if (!up)
            return up.error();
        return {};
    });
}

Status UserRepository::resetPin(const Session &by, const QString &login, const QString &newPin)
{
    if (auto ok = require(by, Permission::ManageUsers); !ok)
        return ok;
    auto u = find(login);
    if (!u)
        return u.error();
    if (auto p = validatePin(u->login, newPin); !p)
        return p;
    const QString hash = hashPin(newPin);
    return m_store.db().transaction([&]() -> Status {
        auto seq = m_store.audit().append(by.login(), QStringLiteral("user.reset_pin"), QStringLiteral("user"), u->id,
                                          {{QStringLiteral("login"), u->login}});
        if (!seq)
            return seq.error();
        // A reset also lifts a lockout.
        auto up = m_store.db().exec(QStringLiteral("UPDATE users SET pin_hash = ?, failures = 0, locked_until = NULL, "
                                                   "audit_seq = ? WHERE id = ?"),
                                    {hash, *seq, u->id});
        if (!up)
            return up.error();
        return {};
    });
}

Result<QList<User>> UserRepository::list(const Session &by)
{
    if (auto ok = require(by, Permission::ManageUsers); !ok)
        return ok.error();
    auto q = m_store.db().exec(QStringLiteral("SELECT %1 FROM users ORDER BY login").arg(kUserColumns));
    if (!q)
        return q.error();
    QList<User> out;
    while (q->next())
        out << userFrom(*q);
    return out;
}

Result<Session> UserRepository::signIn(const QString &login, const QString &pin)
{
    // One message for an unknown login and a wrong PIN: no probing for logins.
    const Error wrong = denied(QStringLiteral("wrong login or PIN"));
    auto u = find(login);
    if (!u) {
        if (u.error().code == ErrorCode::NotFound) {
            verifyPin(pin, hashPin(QStringLiteral("timing-equaliser"))); // same cost as a real check
            return wrong;
        }
        return u.error();
    }
    const QDateTime now = m_store.now();
    if (u->disabled)
        return denied(QStringLiteral("this account is disabled"));
    if (u->lockedUntil.isValid() && now < u->lockedUntil)
        return denied(QStringLiteral("too many wrong PINs: this account is locked until %1")
                          .arg(u->lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
    auto hash = m_store.db().scalar(QStringLiteral("SELECT pin_hash FROM users WHERE id = ?"), {u->id});
    if (!hash)
        return hash.error();
    const bool good = verifyPin(pin, hash->toString());
    Status s = m_store.db().transaction([&]() -> Status {
        if (good) {
            auto seq = m_store.audit().append(u->login, QStringLiteral("user.sign_in"), QStringLiteral("user"), u->id);
            if (!seq)
                return seq.error();
            auto up = m_store.db().exec(
                QStringLiteral("UPDATE users SET failures = 0, locked_until = NULL, audit_seq = ? WHERE id = ?"),
                {*seq, u->id});
            return up ? Status{} : Status{up.error()};
        }
        // Counted from the stored value inside the transaction: concurrent
        // attempts from several desks cannot lose a failure.
        auto failures = m_store.db().scalar(QStringLiteral("SELECT failures FROM users WHERE id = ?"), {u->id});
        if (!failures)
            return failures.error();
        const int n = failures->toInt() + 1;
        const bool lock = n >= kMaxFailures;
        const QDateTime until = now.addSecs(60 * kLockMinutes);
        auto seq = m_store.audit().append(u->login,
                                          lock ? QStringLiteral("user.locked") : QStringLiteral("user.sign_in_failed"),
                                          QStringLiteral("user"), u->id, {{QStringLiteral("failures"), n}});
        if (!seq)
            return seq.error();
        auto up = m_store.db().exec(
            QStringLiteral("UPDATE users SET failures = ?, locked_until = ?, audit_seq = ? "
                           "WHERE id = ?"),
            {lock ? 0 : n, lock ? QVariant(until.toUTC().toString(Qt::ISODateWithMs)) : QVariant(), *seq, u->id});
        return up ? Status{} : Status{up.error()};
    });
    if (!s)
        return s.error();
    if (!good)
        return wrong;
    Session session;
    session.m_userId = u->id;
    session.m_login = u->login;
    session.m_displayName = u->displayName;
    session.m_role = u->role;
    session.m_lastActivity = now;
    return session;
}

void UserRepository::signOut(Session &session)
{
    if (session.m_userId.isEmpty())
        return;
    Status s = m_store.db().transaction([&]() -> Status {
        auto seq = m_store.audit().append(session.m_login, QStringLiteral("user.sign_out"), QStringLiteral("user"),
                                          session.m_userId);
        return seq ? Status{} : Status{seq.error()};
    });
    Q_UNUSED(s); // signing out happens even when the audit write fails
    session = Session();
}

Status UserRepository::require(const Session &session, Permission p, int idleMinutes)
{
    if (session.m_userId.isEmpty())
        return denied(QStringLiteral("sign in first"));
    if (session.m_lastActivity.addSecs(60 * idleMinutes) < m_store.now())
        return denied(QStringLiteral("signed out after %1 minutes without activity: sign in again").arg(idleMinutes));
    auto q = m_store.db().exec(QStringLiteral("SELECT role, disabled FROM users WHERE id = ?"), {session.m_userId});
    if (!q)
        return q.error();
    if (!q->next() || q->value(1).toBool())
        return denied(QStringLiteral("this account is disabled"));
    if (q->value(0).toString() != toString(session.m_role))
        return denied(QStringLiteral("this account's role has changed: sign in again"));
    if (!session.may(p))
        return denied(QStringLiteral("the role %1 may not %2").arg(toString(session.m_role), toString(p)));
    return {};
}

} // namespace tiepdan
