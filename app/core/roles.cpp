#include "roles.h"

#include "enumnames.h"

#include <array>

namespace tiepdan {

namespace {
constexpr std::array kRoleNames{"officer", "leader", "admin"};
constexpr std::array kPermissionNames{"use-queue",   "record-visit",    "read-log",
                                      "open-sealed", "read-statistics", "manage-users"};
} // namespace

bool roleMay(Role role, Permission p)
{
    switch (role) {
    case Role::Officer: return p == Permission::UseQueue || p == Permission::RecordVisit || p == Permission::ReadLog;
    case Role::Leader: return p != Permission::ManageUsers;
    case Role::Admin:
        return p == Permission::ManageUsers || p == Permission::ReadStatistics || p == Permission::ReadLog;
    }
    return false;
}

QString toString(Role role)
{
    return enumName(kRoleNames, role);
}
bool fromString(const QString &s, Role *out)
{
    return enumFromName(kRoleNames, s, out);
}
QString toString(Permission p)
{
    return enumName(kPermissionNames, p);
}

} // namespace tiepdan
