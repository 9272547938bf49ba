// A matter's life after reception (docs/matters.md): its steps (accepted,
// not accepted, transferred, extended, withdrawn, resolved, second
// instance, and corrections of those), the rules a new step must keep, the
// state of each part, the deadlines that run from the real dates, and
// column 11 of the log book written from the steps. Pure domain rules:
// QtCore only, no SQL. The office (app/storage), the CLI, the screens and
// the department server all decide through these functions, so they agree.
#pragma once

#include "deadlines.h"
#include "reception.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tiepdan {

enum class StepKind { Accepted, NotAccepted, Transferred, Extended, Withdrawn, Resolved, SecondInstance, Correction };
enum class StepOutcome { None, Upheld, PartlyUpheld, Rejected };
// The decision a complaint about enforcement is against (Luật Thi hành án
// dân sự, Art. 140): it picks that complaint's rules in deadlines.json.
enum class EnforcementMeasure { None, BeforeMeasures, AccountFreeze, Security, Coercion, Other };

QString toString(StepKind v);
QString toString(StepOutcome v);
QString toString(EnforcementMeasure v);
bool fromString(const QString &s, StepKind *out);
bool fromString(const QString &s, StepOutcome *out);
bool fromString(const QString &s, EnforcementMeasure *out);

// One step as recorded. `part` is the kind of the matter it concerns
// (complaint, denunciation, petition, feedback); empty = every open part.
// Which fields a kind needs: docs/matters.md.
struct MatterStep {
    QString id; // UUID, made when recorded
    QString matterId;
    int seq = 0; // 1, 2, 3 ... per matter, given when recorded
    StepKind kind = StepKind::Accepted;
    QString part;
    QDate date;          // the decision's (or event's) date
    QString number;      // decision, notice or dispatch number
    QString agency;      // transferred: where to
    QDate dueDate;       // extended: the new due date
    QString legalGround; // extended: the ground
    StepOutcome outcome = StepOutcome::None;
    QString reason;      // not accepted, withdrawn (optional), correction
    QString text;        // the decision's or conclusion's gist
    int corrects = 0;    // correction: the seq of the step it corrects
    bool annuls = false; // correction: the corrected step was wrong altogether (void)
    QString recordedBy;
    QDateTime recordedAt;

    QJsonObject toJson() const;
    static MatterStep fromJson(const QJsonObject &o);
};

// What a matter is, as the rules need it: from its first visit (its kinds,
// first receipt, anonymity, the enforcement measure) and its steps.
struct MatterFacts {
    QString id;
    QList<MatterKind> parts;       // the kinds of its first visit
    QDate firstReceipt;            // the day it was first received
    bool anonymous = false;        // a denunciation with no identity
    bool aboutEnforcement = false; // a complaint about enforcement
    EnforcementMeasure measure = EnforcementMeasure::None;
    QList<MatterStep> steps; // as recorded, in seq order
    // The department's final result (down-sync) closes every part on its date.
    QDate closedByDepartment;
    // What the desk decided at the first visit (its handling direction):
    // "accept" makes every part accepted from the receipt until an
    // acceptance step gives the decision's own date (provisionally: the
    // acceptance step is still recorded); "return_guide" or "transfer"
    // closes every part at reception.
    HandlingDirection directionAtReception = HandlingDirection::Pending;
    QDate acceptedAtReception; // the visit whose desk said "accept" (default: the first receipt)
};

// The steps with each correction applied to the step it names (the
// corrections themselves left out), in seq order. A correction replaces the
// fields it gives (date, number, agency, due date, legal ground, outcome,
// text, part) and keeps the others; one that `annuls` removes the step.
QList<MatterStep> effectiveSteps(const QList<MatterStep> &steps);

enum class PartState { Received, Accepted, Closed, NotUnderLaw };
struct PartStatus {
    MatterKind part = MatterKind::Complaint;
    PartState state = PartState::Received;
    QDate acceptedOn; // the (latest) acceptance step's date
    QDate extendedTo; // the latest extension's due date
    bool secondInstance = false;
    bool provisional = false;           // accepted at reception, no acceptance step yet
    bool closedAtReception = false;     // returned or transferred by the desk
    std::optional<MatterStep> closedBy; // the step that closed it
};
// The state of every part after the effective steps.
QList<PartStatus> partStatuses(const MatterFacts &m);
bool isClosed(const MatterFacts &m); // every part closed

// Checks `step` as the next step of `m` on `today`: its kind's required
// fields (normalised: trimmed, NFC, within validation.h's limits), its date
// (not before the first receipt, not after today), and the life's order
// (no step on a closed part but a correction or a second instance after a
// resolution; a resolution or an extension only after acceptance, not
// dated before it; an extension's due date after the current due date; a
// correction names an existing, uncorrected step). Returns the step to
// store; InvalidInput naming the field at fault otherwise.
Result<MatterStep> validateStep(const MatterFacts &m, MatterStep step, const QDate &today);

// One running period of a part, as every view shows it. `informational`:
// a duty that runs beside the resolution (notifying the denunciator of the
// acceptance, rules whose id ends in ".notify"): listed with the record's
// deadlines, not what the deadline watch follows.
struct MatterDeadline {
    MatterKind part = MatterKind::Complaint;
    QString family; // the rules' matterKind: complaint, complaint_enforcement, denunciation
    Deadline deadline;
    bool extended = false; // the due date comes from an extension step
    bool informational = false;
};
// The open periods of every open part of `m`, from the rule set in force on
// its first receipt: acceptance from the first receipt until accepted;
// resolution from the acceptance date (the second-instance period after a
// second instance), or an extension's due date; none for a closed part or
// an anonymous denunciation (NotUnderLaw). Variants of a rule (complex,
// remote) are all listed; the watch takes the earliest.
QList<MatterDeadline> matterDeadlines(const MatterFacts &m, const DeadlineCalculator &calc);

// Column 11 (Theo dõi kết quả giải quyết) from the effective steps, in
// Vietnamese as the book is written: "Thụ lý ngày 09/03/2026, QĐ số 12;
// gia hạn đến 20/05/2026; đã giải quyết ngày 15/05/2026, QĐ số 30 (bác
// đơn)". Empty when there is no step.
QString followUpText(const QList<MatterStep> &steps);

} // namespace tiepdan
