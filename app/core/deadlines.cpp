#include "deadlines.h"

#include <algorithm>

namespace tiepdan {

namespace {

Deadline deadlineOf(const DeadlineRule &rule, const QDate &eventDate, const QDate &due)
{
    return Deadline{rule.id, rule.labelVi, rule.labelEn, rule.legalBasis, eventDate, due, rule.measure};
}

} // namespace

DeadlineCalculator::DeadlineCalculator(const QList<DeadlineRuleSet> &ruleSets, const ReceptionCalendar &calendar)
    : m_sets(ruleSets), m_calendar(calendar)
{
    std::stable_sort(m_sets.begin(), m_sets.end(), [](const DeadlineRuleSet &a, const DeadlineRuleSet &b) {
        return a.effectiveFrom < b.effectiveFrom;
    });
}

const DeadlineRuleSet *DeadlineCalculator::ruleSetFor(const QDate &date) const
{
    if (!date.isValid())
        return nullptr;
    const DeadlineRuleSet *found = nullptr;
    for (const DeadlineRuleSet &s : m_sets)
        if (s.effectiveFrom.isValid() && s.effectiveFrom <= date)
            found = &s;
    return found;
}

QDate DeadlineCalculator::addPeriod(const QDate &eventDate, int days, bool workingDays) const
{
    if (!eventDate.isValid() || days < 0)
        return {};
    if (!workingDays) {
        // Civil Code Arts. 147-148: counting starts the day after the event;
        // a last day on a rest day or holiday moves to the next working day.
        const QDate due = m_calendar.sameOrNextWorkingDay(eventDate.addDays(days));
        return m_calendar.isWorkingDay(due) ? due : QDate();
    }
    QDate d = eventDate;
    for (int counted = 0; counted < days; ++counted) {
        d = m_calendar.nextWorkingDay(d);
        if (!m_calendar.isWorkingDay(d))
            return {}; // the calendar has no working day ahead
    }
    return d;
}

Result<Deadline> DeadlineCalculator::compute(const QString &ruleId, const QDate &receivedOn,
                                             const QDate &eventDate) const
{
    if (!receivedOn.isValid() || !eventDate.isValid())
        return Error::invalid(QStringLiteral("date"), QStringLiteral("a deadline needs valid dates"));
    const DeadlineRuleSet *set = ruleSetFor(receivedOn);
    if (!set)
        return Error::make(
            ErrorCode::NotFound,
            QStringLiteral("no deadline rules are in force on %1").arg(receivedOn.toString(Qt::ISODate)));
    for (const DeadlineRule &r : set->rules)
        if (r.id == ruleId)
            return deadlineOf(r, eventDate, addPeriod(eventDate, r.days, r.workingDays));
    return Error::make(ErrorCode::NotFound,
                       QStringLiteral("no deadline rule '%1' in rule set %2").arg(ruleId, set->id));
}

QList<Deadline> DeadlineCalculator::computeAll(const QString &matterKind, const QString &fromEvent,
                                               const QDate &receivedOn, const QDate &eventDate) const
{
    QList<Deadline> out;
    const DeadlineRuleSet *set = receivedOn.isValid() ? ruleSetFor(receivedOn) : nullptr;
    if (!set || !eventDate.isValid())
        return out;
    for (const DeadlineRule &r : set->rules)
        if (r.matterKind == matterKind && r.fromEvent == fromEvent)
            out << deadlineOf(r, eventDate, addPeriod(eventDate, r.days, r.workingDays));
    return out;
}

} // namespace tiepdan
