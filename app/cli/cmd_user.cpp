// receptionctl user add|disable|reset-pin|list, and signing in for commands
// that need a user (log unseal). PINs are read from stdin, one per line,
// never from the command line (argv is visible to every user through ps).
#include "cli.h"

#include "userrepository.h"

#include <QJsonArray>

namespace tiepdan::cli {

namespace {

QString readPin(QTextStream &in)
{
    return in.readLine();
}

QJsonObject userJson(const User &u)
{
    return {{QStringLiteral("login"), u.login},
            {QStringLiteral("name"), u.displayName},
            {QStringLiteral("role"), toString(u.role)},
            {QStringLiteral("disabled"), u.disabled},
            {QStringLiteral("locked"), u.lockedUntil.isValid()}};
}

} // namespace

Result<Session> signInFromStdin(Context &c, QTextStream &in)
{
    if (!c.args.has(QStringLiteral("as")))
        return Error::make(ErrorCode::Denied, QStringLiteral("give --as LOGIN and that user's PIN on stdin"));
    auto store = c.store();
    if (!store)
        return store.error();
    return (*store)->users().signIn(c.args.value(QStringLiteral("as")), readPin(in));
}

int cmdUser(Context &c, const QString &sub)
{
    QTextStream in(stdin);
    if (sub == QLatin1String("add")) {
        if (!c.accept({}, {"name", "role", "as"}, 1))
            return ExitUsage;
        if (c.args.positional.isEmpty() || !c.args.has(QStringLiteral("name")))
            return c.usage(QStringLiteral("user add LOGIN --name NAME [--role officer|leader|admin] [--as ADMIN]"));
        Role role = Role::Officer;
        if (!fromString(c.args.value(QStringLiteral("role"), QStringLiteral("officer")), &role))
            return c.usage(QStringLiteral("--role is officer, leader or admin"));
        auto store = c.store();
        if (!store)
            return c.fail(store.error());
        UserRepository &users = (*store)->users();
        auto n = users.count();
        if (!n)
            return c.fail(n.error());
        const QString login = c.args.positional.first();
        const QString name = c.args.value(QStringLiteral("name"));
        if (*n == 0) {
            // A new office: the first user is its administrator, PIN on stdin.
            if (role != Role::Admin)
                return c.fail(
                    Error::make(ErrorCode::Denied,
                                QStringLiteral("the first user of an office is its administrator: add --role admin")));
            auto s = users.createFirstAdmin(login, name, readPin(in));
            if (!s)
                return c.fail(s.error());
            auto u = users.find(login);
            return u ? c.print(userJson(*u), QStringLiteral("administrator %1 created").arg(u->login))
                     : c.fail(u.error());
        }
        // Stdin: the administrator's PIN, then the new user's PIN.
        auto admin = signInFromStdin(c, in);
        if (!admin)
            return c.fail(admin.error());
        auto u = users.add(*admin, login, name, role, readPin(in));
        if (!u)
            return c.fail(u.error());
        return c.print(userJson(*u), QStringLiteral("%1 %2 created").arg(toString(u->role), u->login));
    }
    if (sub == QLatin1String("disable") || sub == QLatin1String("reset-pin")) {
        if (!c.accept({}, {"as"}, 1))
            return ExitUsage;
        if (c.args.positional.isEmpty())
            return c.usage(QStringLiteral("user %1 LOGIN --as ADMIN").arg(sub));
        auto admin = signInFromStdin(c, in);
        if (!admin)
            return c.fail(admin.error());
        UserRepository &users = (*c.store())->users();
        const QString login = c.args.positional.first();
        const Status s =
            sub == QLatin1String("disable") ? users.disable(*admin, login) : users.resetPin(*admin, login, readPin(in));
        if (!s)
            return c.fail(s.error());
        auto u = users.find(login);
        if (!u)
            return c.fail(u.error());
        return c.print(userJson(*u), sub == QLatin1String("disable") ? QStringLiteral("%1 disabled").arg(u->login)
                                                                     : QStringLiteral("PIN of %1 reset").arg(u->login));
    }
    if (sub == QLatin1String("list")) {
        if (!c.accept({}, {"as"}, 0))
            return ExitUsage;
        auto admin = signInFromStdin(c, in);
        if (!admin)
            return c.fail(admin.error());
        auto list = (*c.store())->users().list(*admin);
        if (!list)
            return c.fail(list.error());
        QJsonArray arr;
        QString text;
        for (const User &u : *list) {
            arr << userJson(u);
            text += QStringLiteral("%1\t%2\t%3%4\n")
                        .arg(u.login, toString(u.role), u.displayName,
                             u.disabled ? QStringLiteral("\t(disabled)") : QString());
        }
        return c.print({{QStringLiteral("users"), arr}}, text.trimmed());
    }
    return c.usage(QStringLiteral("user takes add, disable, reset-pin or list"));
}

} // namespace tiepdan::cli
