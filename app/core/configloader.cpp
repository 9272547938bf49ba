#include "configloader.h"

#include "configfiles.h"

#include <QDir>
#include <QFileInfo>

namespace tiepdan {

QString ConfigLoadResult::errorText() const
{
    QStringList lines;
    for (const auto &i : issues)
        lines << i.toString();
    return lines.join(u'\n');
}

namespace {

// Checks that need several files at once.
void crossCheck(OfficeConfig &c, QList<ConfigIssue> &issues)
{
    for (qsizetype i = 0; i < c.counters.size(); ++i)
        for (const QString &sid : std::as_const(c.counters[i].serviceIds))
            if (!c.service(sid))
                issues.append({QStringLiteral("office.json"), QStringLiteral("counters[%1].services").arg(i),
                               QStringLiteral("no service '%1' in services.json").arg(sid)});
    for (const Service &s : std::as_const(c.services)) {
        bool called = false;
        for (const Counter &ctr : std::as_const(c.counters))
            called = called || ctr.serviceIds.contains(s.id);
        if (!called)
            issues.append({QStringLiteral("services.json"), s.id,
                           QStringLiteral("no counter calls this service (office.json counters)")});
    }
}

} // namespace

ConfigLoadResult loadConfig(const QString &dir)
{
    ConfigLoadResult res;
    res.config.dir = QDir(dir).absolutePath();
    if (!QFileInfo(dir).isDir()) {
        res.issues.append({dir, {}, QStringLiteral("the configuration directory does not exist")});
        return res;
    }
    configfiles::loadOffice(dir, res.config, res.issues);
    configfiles::loadServices(dir, res.config, res.issues);
    configfiles::loadSchedule(dir, res.config, res.issues);
    configfiles::loadHolidays(dir, res.config, res.issues);
    configfiles::loadDeadlines(dir, res.config, res.issues);
    if (res.issues.isEmpty())
        crossCheck(res.config, res.issues);
    return res;
}

} // namespace tiepdan
