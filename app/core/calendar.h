// The reception calendar: which days are working days, which reception
// sessions exist on a date, and how much capacity is left. Pure: bookings
// come in as numbers from storage.
#pragma once

#include "officeconfig.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tiepdan {

enum class ReceptionKind { Regular, Periodic, AdHoc };
QString toString(ReceptionKind kind); // "regular" / "periodic" / "adhoc"
bool receptionKindFromString(const QString &s, ReceptionKind *out);

struct ReceptionSession {
    QDate date;
    ReceptionKind kind = ReceptionKind::Regular;
    QString ruleId;       // periodic rule id, "regular", or "adhoc"
    SessionTemplate slot; // id, names, start, end, capacity
    QString receiverVi;
    QString receiverEn;
    QString place;

    // Stable key of the session, used by bookings: "2026-11-24/periodic/head-weekly/morning"
    QString key() const;
    bool operator==(const ReceptionSession &) const = default;
};

class ReceptionCalendar {
public:
    explicit ReceptionCalendar(const Schedule &schedule);

    // Rest days are the weekdays not in workingWeekdays, plus holidays;
    // a date listed in schedule.workingDays is a working day whatever its weekday.
    bool isWorkingDay(const QDate &date) const;
    bool isHoliday(const QDate &date) const;
    // First working day strictly after `date`.
    QDate nextWorkingDay(const QDate &date) const;
    // `date` itself if it is a working day, else the next one.
    QDate sameOrNextWorkingDay(const QDate &date) const;
    // True when `date`'s year is covered by the configured holiday list;
    // callers warn when asked about an uncovered year.
    bool holidaysKnownFor(int year) const;

    // All sessions on `date`, ordered by start time then kind:
    // regular sessions on working days; periodic sessions whose rule falls on
    // `date` (monthly dates on a rest day move to the next working day when
    // the rule says so, else are dropped); ad-hoc sessions on that date.
    QList<ReceptionSession> sessionsOn(const QDate &date) const;
    // Periodic sessions (leader days) in [from, to], for booking screens.
    QList<ReceptionSession> periodicSessionsBetween(const QDate &from, const QDate &to) const;
    // Find a session by key(); invalid date in the result when not found.
    ReceptionSession sessionByKey(const QString &key) const;

private:
    QList<QDate> periodicDatesIn(const PeriodicRule &rule, int year, int month) const;
    Schedule m_schedule;
};

// Capacity left for a session given how many places are already taken.
inline int capacityLeft(const ReceptionSession &s, int taken)
{
    return taken >= s.slot.capacity ? 0 : s.slot.capacity - taken;
}

} // namespace tiepdan
