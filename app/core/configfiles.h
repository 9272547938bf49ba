// The loaders of kiosk-config/, one per file, for loadConfig()
// (configloader.cpp). Internal to app/core's configuration loading.
//
// Each reads its file from `dir` into its part of `c`, appending what is
// wrong to `issues` (named by file and key path); a file that cannot be
// used at all (unreadable, not JSON) is one issue and leaves its part of `c`
// at its defaults. Checks that need another file's content wait for
// loadConfig()'s cross-file checks, except where noted.
#pragma once

#include "jsonreader.h"
#include "officeconfig.h"

#include <QList>
#include <QString>

namespace tiepdan::configfiles {

void loadOffice(const QString &dir, OfficeConfig &c, QList<ConfigIssue> &issues);   // officeloader.cpp
void loadServices(const QString &dir, OfficeConfig &c, QList<ConfigIssue> &issues); // servicesloader.cpp
void loadSchedule(const QString &dir, OfficeConfig &c, QList<ConfigIssue> &issues); // scheduleloader.cpp
// Reads holidays into c.schedule, beside what loadSchedule read.
void loadHolidays(const QString &dir, OfficeConfig &c, QList<ConfigIssue> &issues);  // holidaysloader.cpp
void loadDeadlines(const QString &dir, OfficeConfig &c, QList<ConfigIssue> &issues); // deadlinesloader.cpp

} // namespace tiepdan::configfiles
