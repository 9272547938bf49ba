// Who may do what in an office. The one place the rules live: services ask
// roleMay() (through UserRepository::require) before acting, so a screen
// that forgets to hide a button still cannot do what its user may not.
#pragma once

#include <QString>

namespace tiepdan {

// Stored by name ("officer", "leader", "admin"): never rename one.
enum class Role { Officer, Leader, Admin };

enum class Permission {
    UseQueue,       // call, recall, serve, transfer tickets
    RecordVisit,    // write the reception log book
    ReadLog,        // read the log book (identities of denunciators masked)
    OpenSealed,     // open a denunciator's sealed identity (audited)
    ReadStatistics, // statistics and deadline watch
    ManageUsers,    // create, disable users, reset PINs
};

// Officers receive and record; leaders also open sealed identities and read
// statistics; administrators manage users and read statistics, but do not
// receive citizens or open identities.
bool roleMay(Role role, Permission permission);

QString toString(Role role);
bool fromString(const QString &s, Role *out);
QString toString(Permission permission);

} // namespace tiepdan
