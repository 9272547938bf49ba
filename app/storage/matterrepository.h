// A matter's life in the office database (docs/matters.md, schema v9): its
// facts for the rules of app/core/matterlife and its steps.
//
// Contract
// - addStep() checks the step with validateStep() against the matter as
//   stored, gives it the next number (seq) and an id, and writes in one
//   BEGIN IMMEDIATE transaction: the step, its audit entry ("matter.step",
//   detail: kind, part, seq; never a name), its outbox row (record_kind
//   "matter_step", version 1, the step's JSON) and the matter's status
//   (closed when every part is: it leaves the watch at once; accepted_on
//   follows the latest acceptance). Only a session allowed to RecordVisit (officers,
//   leaders) adds steps. A step is never changed or deleted: a later
//   correction step corrects it.
// - The matter's facts come from its first visit (parts = that visit's
//   kinds, first receipt, anonymity, about enforcement), the desk's
//   handling direction (matters.direction), its steps and the department's
//   final result (matter_results, down-sync).
// - Corrections of a log-book record (record versions) are not built yet:
//   docs/matters.md.
// - facts() and steps() read; the deadline watch and `matter show` take
//   their deadlines from matterDeadlines(facts()) (log show, the notice
//   and the leader's record still use recorddeadlines.h: docs/matters.md).
#pragma once

#include "matterlife.h"
#include "reception.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tiepdan {

class OfficeStore;
class Session;

// An open matter for the deadline watch: its facts and the visit that
// opened it (the watch's row links to it).
struct OpenMatter {
    MatterFacts facts;
    QString firstRecordId;
    int bookYear = 0, bookNo = 0;
};

class MatterRepository {
public:
    explicit MatterRepository(OfficeStore &store) : m_store(store) {}

    // The matter a user names: a matter id, the id of one of its records, or
    // a book number "12/2026" (the record's). NotFound otherwise.
    Result<QString> resolve(const QString &reference);
    // The matter as the rules see it: NotFound for an unknown id.
    Result<MatterFacts> facts(const QString &matterId);
    // Its steps as recorded (corrections included), in seq order.
    Result<QList<MatterStep>> steps(const QString &matterId);
    // Records a step (see the contract above); the stored step.
    Result<MatterStep> addStep(MatterStep step, const Session &by);
    // The open periods of a matter, from its facts and the office's rules.
    Result<QList<MatterDeadline>> deadlines(const QString &matterId);
    // The open matters received since `since` (the deadline watch's
    // lookback), each with its steps: one query for the matters, one for
    // their steps.
    Result<QList<OpenMatter>> openMatters(const QDate &since);

private:
    OfficeStore &m_store;
};

} // namespace tiepdan
