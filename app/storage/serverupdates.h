// Down-sync (docs/sync-protocol.md, "Down-sync"): what the department server
// published for this office, applied here and never queued back to it.
//  - matter_result: the latest handling result of a matter (vụ việc), shown
//    by the kiosk's status check; newest seq wins.
//  - schedule: a change to the reception schedule (holiday, working day,
//    ad-hoc session, periodic rule), checked with the rules of schedule.json
//    (applyScheduleChange) and replayed over the configuration files' schedule
//    every time the store opens (OfficeStore::reloadSchedule).
// The cursor (the server's last update seq) is stored with the updates in one
// transaction, so a crash between pulls re-pulls at most one answer, and
// re-applying an answer changes nothing.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tiepdan {

class OfficeStore;

struct MatterResult {
    QString matterId;
    QString result; // accepted, transferred, returned, resolved, withdrawn, or the server's word
    QString note;
    QDateTime at;
    qint64 seq = 0;
};

struct UpdatesApplied {
    int matterResults = 0, scheduleChanges = 0, skipped = 0;
    qint64 cursor = 0;
    QStringList skippedReasons; // "update 57: schedule change type: must be ..."
};

class ServerUpdates {
public:
    explicit ServerUpdates(OfficeStore &store) : m_store(store) {}

    // 0 before the first pull.
    Result<qint64> cursor();
    // Applies one answer of GET /updates in one transaction with `cursor`.
    // An update that is malformed or cannot apply (an unknown kind, a
    // schedule change that breaks the schedule's rules) is skipped with a
    // "sync.update_skipped" audit entry: it will never become valid and must
    // not hold back the updates after it. Updates at or below the stored
    // cursor are ignored (a replayed answer). Nothing enters the outbox.
    Result<UpdatesApplied> apply(const QJsonArray &updates, qint64 cursor);
    Result<std::optional<MatterResult>> matterResult(const QString &matterId);
    // The stored schedule changes, oldest first.
    Result<QList<QJsonObject>> scheduleChanges();

private:
    OfficeStore &m_store;
};

} // namespace tiepdan
