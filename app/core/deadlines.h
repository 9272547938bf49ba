// Legal deadlines computed from the configured rule sets.
//
// Counting (Civil Code 2015, Arts. 147-148): the day of the event is not
// counted; the period starts the next day. Calendar-day periods whose last
// day is a rest day or holiday end at the end of the next working day.
// Working-day periods count only working days (from the calendar).
#pragma once

#include "calendar.h"
#include "officeconfig.h"
#include "result.h"

#include <QDate>
#include <QList>

namespace tiepdan {

struct Deadline {
    QString ruleId;
    QString labelVi;
    QString labelEn;
    QString legalBasis;
    QDate eventDate;
    QDate due;
    QString measure; // the rule's enforcement measure (officeconfig.h DeadlineRule)
};

class DeadlineCalculator {
public:
    DeadlineCalculator(const QList<DeadlineRuleSet> &ruleSets, const ReceptionCalendar &calendar);

    // The rule set in force on `date`: the one with the latest effectiveFrom <= date.
    // nullptr when every set starts after `date`.
    const DeadlineRuleSet *ruleSetFor(const QDate &date) const;

    // Due date of one period. Pure counting, no rule lookup. Calendar days:
    // eventDate + days, moved to the next working day if that is a rest day.
    // Working days: the `days`-th working day strictly after eventDate
    // (eventDate itself when days is 0). Invalid QDate for an invalid
    // eventDate, negative days, or a calendar without working days ahead.
    QDate addPeriod(const QDate &eventDate, int days, bool workingDays) const;

    // The deadline of rule `ruleId` from the set in force on `receivedOn`
    // (the day the matter was received decides the rule set, even for
    // events after it), counted from `eventDate`.
    Result<Deadline> compute(const QString &ruleId, const QDate &receivedOn, const QDate &eventDate) const;

    // Every rule for `matterKind` whose fromEvent is `fromEvent`, in the set
    // in force on `receivedOn`.
    QList<Deadline> computeAll(const QString &matterKind, const QString &fromEvent, const QDate &receivedOn,
                               const QDate &eventDate) const;

private:
    QList<DeadlineRuleSet> m_sets; // sorted by effectiveFrom
    const ReceptionCalendar &m_calendar;
};

} // namespace tiepdan
