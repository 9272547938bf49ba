// Loads kiosk-config/ (office.json, services.json, schedule.json,
// holidays.json, deadlines.json) into an OfficeConfig, validating every key
// against the schema in kiosk-config/SCHEMA.md. Unknown keys are errors too:
// a misspelt key must not silently fall back to a default.
#pragma once

#include "officeconfig.h"

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
    OfficeConfig config;        // meaningful only when issues is empty
    QList<ConfigIssue> issues;
    bool ok() const { return issues.isEmpty(); }
    // All issues, one per line, for the CLI and the kiosk's error screen.
    QString errorText() const;
};

ConfigLoadResult loadConfig(const QString &dir);

} // namespace tiepdan
