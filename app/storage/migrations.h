// One function per schema version; Database::migrate runs each inside its
// own transaction and bumps PRAGMA user_version with it.
#pragma once

#include "result.h"

namespace tiepdan {
class Database;
// Brings the schema from version - 1 to `version`.
Status applyMigration(Database &db, int version);
} // namespace tiepdan
