// Enum <-> stable string names, from one array of names in enum order.
// The names are what the database, JSON and the CLI carry: never rename one.
#pragma once

#include <QString>

#include <cstddef>

namespace tiepdan {

template <typename Enum, typename Names> QString enumName(const Names &names, Enum value)
{
    return QString::fromLatin1(names[std::size_t(value)]);
}

template <typename Enum, typename Names> bool enumFromName(const Names &names, const QString &s, Enum *out)
{
    for (std::size_t i = 0; i < names.size(); ++i)
        if (s == QLatin1String(names[i])) {
            *out = Enum(i);
            return true;
        }
    return false;
}

} // namespace tiepdan
