// Users of an office (officers, leaders, administrators) and their
// sessions. PINs are stored as Argon2id hashes (hashPin), never in the clear.
//
// Contract:
// - A Session comes only from signIn() (or createFirstAdmin()); every
//   privileged service call takes one and calls require(), which re-reads
//   the user: a user disabled or demoted since signing in is refused at once.
// - kMaxFailures wrong PINs in a row lock the account for kLockMinutes;
//   while locked, even the right PIN is refused. A success resets the count.
// - Sessions end after idleMinutes without activity (Session::touch);
//   require() refuses an expired or signed-out session.
// - Every change, sign-in, failure and lockout is audited (login only; no
//   PIN or hash ever reaches the audit trail or a log).
#pragma once

#include "result.h"
#include "roles.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tiepdan {

class OfficeStore;

struct User {
    QString id;
    QString login;       // lower case, [a-z0-9._-], 3-32 characters
    QString displayName; // as the person writes it (NFC)
    Role role = Role::Officer;
    bool disabled = false;
    int failures = 0;
    QDateTime lockedUntil; // invalid = not locked
};

class Session {
public:
    const QString &userId() const { return m_userId; }
    const QString &login() const { return m_login; }
    const QString &displayName() const { return m_displayName; }
    Role role() const { return m_role; }
    bool may(Permission p) const { return roleMay(m_role, p); }
    QDateTime lastActivity() const { return m_lastActivity; }
    void touch(const QDateTime &now) { m_lastActivity = now; }

private:
    friend class UserRepository;
    Session() = default;
    QString m_userId, m_login, m_displayName;
    Role m_role = Role::Officer;
    QDateTime m_lastActivity;
};

class UserRepository {
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 15;
    static constexpr int kDefaultIdleMinutes = 15;

    explicit UserRepository(OfficeStore &store) : m_store(store) {}

    Result<int> count();
    // The first administrator of a new office; refused once any user exists.
    Result<Session> createFirstAdmin(const QString &login, const QString &displayName, const QString &pin);
    Result<User> add(const Session &by, const QString &login, const QString &displayName, Role role,
                     const QString &pin);
    Status disable(const Session &by, const QString &login);
    Status resetPin(const Session &by, const QString &login, const QString &newPin);
    Result<QList<User>> list(const Session &by);
    Result<User> find(const QString &login);

    Result<Session> signIn(const QString &login, const QString &pin);
    void signOut(Session &session);

    // Checks that the session is signed in, its user still exists, is
    // enabled and has the same role, that it was active (Session::touch, by
    // the screen on every input) within idleMinutes, and that the role may do p.
    Status require(const Session &session, Permission p, int idleMinutes = kDefaultIdleMinutes);

    // PIN rule: 6-64 characters; all digits is fine; not the login itself.
    static Status validatePin(const QString &login, const QString &pin);
    static Result<QString> normalizeLogin(const QString &login);

private:
    Result<User> insert(const QString &actor, const QString &login, const QString &displayName, Role role,
                        const QString &pin);
    OfficeStore &m_store;
};

} // namespace tiepdan
