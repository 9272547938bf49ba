// Loads kiosk-config/ (office.json, services.json, schedule.json,
// holidays.json, deadlines.json) into an OfficeConfig, validating every key
// against the schema in kiosk-config/SCHEMA.md. Unknown keys are errors too:
// a misspelt key must not silently fall back to a default.
#pragma once

#include "officeconfig.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tiepdan {

struct ConfigIssue {
    QString file;    // "services.json"
    QString key;     // "services[2].prefix"
    QString message; // "must be one or two capital letters"
    QString toString() const;
};

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
