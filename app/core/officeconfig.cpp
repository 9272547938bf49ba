#include "officeconfig.h"

namespace tiepdan {

const Service *OfficeConfig::service(const QString &id) const
{
    for (const Service &s : services)
        if (s.id == id)
            return &s;
    return nullptr;
}

const Service *OfficeConfig::serviceByPrefix(const QString &prefix) const
{
    for (const Service &s : services)
        if (s.prefix == prefix)
            return &s;
    return nullptr;
}

const Counter *OfficeConfig::counter(int number) const
{
    for (const Counter &c : counters)
        if (c.number == number)
            return &c;
    return nullptr;
}

namespace {
struct KindName {
    ServiceKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    {ServiceKind::Complaint, "complaint"},
    {ServiceKind::Denunciation, "denunciation"},
    {ServiceKind::Petition, "petition"},
    {ServiceKind::Feedback, "feedback"},
    {ServiceKind::LeaderMeeting, "leader_meeting"},
    {ServiceKind::Other, "other"},
};
} // namespace

QString toString(ServiceKind kind)
{
    for (const auto &k : kKindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return QStringLiteral("other");
}

bool serviceKindFromString(const QString &s, ServiceKind *out)
{
    for (const auto &k : kKindNames)
        if (s == QLatin1String(k.name)) {
            *out = k.kind;
            return true;
        }
    return false;
}

} // namespace tiepdan
