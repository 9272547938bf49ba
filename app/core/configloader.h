// Loads kiosk-config/ (office.json, services.json, schedule.json,
// holidays.json, deadlines.json) into an OfficeConfig, validating every key
// against the schema in kiosk-config/SCHEMA.md. Unknown keys are errors too:
// a misspelt key must not silently fall back to a default.
//
// Where it lives: loadConfig() and the checks across files in
// configloader.cpp; one loader per file (officeloader.cpp,
// servicesloader.cpp, scheduleloader.cpp with applyScheduleChange(),
// holidaysloader.cpp, deadlinesloader.cpp, declared in configfiles.h), all
// written with JsonReader (jsonreader.h), which also defines ConfigIssue.
#pragma once

#include "jsonreader.h"
#include "officeconfig.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tiepdan {

struct ConfigLoadResult {
    OfficeConfig config; // meaningful only when issues is empty
    QList<ConfigIssue> issues;
    bool ok() const { return issues.isEmpty(); }
    // All issues, one per line, for the CLI and the kiosk's error screen.
    QString errorText() const;
};

ConfigLoadResult loadConfig(const QString &dir);

// A schedule change published by the department server
// (docs/sync-protocol.md, "Schedule changes"), checked with the rules of
// schedule.json. Applied to `schedule` only when it has no issue.
QList<ConfigIssue> applyScheduleChange(const QJsonObject &change, Schedule &schedule);

} // namespace tiepdan
