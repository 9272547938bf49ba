#include "calendar.h"

#include <algorithm>

namespace tiepdan {

namespace {

ReceptionSession makeSession(const QDate &date, ReceptionKind kind, const QString &ruleId, const SessionTemplate &slot,
                             const QString &receiverVi, const QString &receiverEn, const QString &place)
{
    ReceptionSession s;
    s.date = date;
    s.kind = kind;
    s.ruleId = ruleId;
    s.slot = slot;
    s.receiverVi = receiverVi;
    s.receiverEn = receiverEn;
    s.place = place;
    return s;
}

} // namespace

QString toString(ReceptionKind kind)
{
    switch (kind) {
    case ReceptionKind::Regular: return QStringLiteral("regular");
    case ReceptionKind::Periodic: return QStringLiteral("periodic");
    case ReceptionKind::AdHoc: return QStringLiteral("adhoc");
    }
    return {};
}

bool receptionKindFromString(const QString &s, ReceptionKind *out)
{
    for (ReceptionKind k : {ReceptionKind::Regular, ReceptionKind::Periodic, ReceptionKind::AdHoc})
        if (toString(k) == s) {
            *out = k;
            return true;
        }
    return false;
}

QString ReceptionSession::key() const
{
    return QStringLiteral("%1/%2/%3/%4").arg(date.toString(Qt::ISODate), toString(kind), ruleId, slot.id);
}

ReceptionCalendar::ReceptionCalendar(const Schedule &schedule) : m_schedule(schedule) {}

bool ReceptionCalendar::isHoliday(const QDate &date) const
{
    return m_schedule.holidays.contains(date);
}

bool ReceptionCalendar::isWorkingDay(const QDate &date) const
{
    if (!date.isValid())
        return false;
    if (m_schedule.workingDays.contains(date))
        return true;
    return m_schedule.workingWeekdays.contains(date.dayOfWeek()) && !isHoliday(date);
}

QDate ReceptionCalendar::nextWorkingDay(const QDate &date) const
{
    QDate d = date.addDays(1);
    // A year has at most a few weeks of rest days in a row; bound the walk anyway.
    for (int i = 0; i < 366 && !isWorkingDay(d); ++i)
        d = d.addDays(1);
    return d;
}

QDate ReceptionCalendar::sameOrNextWorkingDay(const QDate &date) const
{
    return isWorkingDay(date) ? date : nextWorkingDay(date);
}

bool ReceptionCalendar::holidaysKnownFor(int year) const
{
    return m_schedule.holidayYears.contains(year);
}

// Dates of a rule's sessions generated from (year, month), after moving:
// a moved date may fall in the following month. Each date appears once.
QList<QDate> ReceptionCalendar::periodicDatesIn(const PeriodicRule &rule, int year, int month) const
{
    QList<QDate> out;
    const QDate first(year, month, 1);
    auto place = [&](const QDate &d) {
        QDate at = d;
        if (!isWorkingDay(at) && rule.moveToNextWorkingDay)
            at = nextWorkingDay(at);
        if (isWorkingDay(at) && !out.contains(at))
            out << at;
    };
    if (rule.kind == PeriodicRule::Kind::Monthly) {
        if (rule.dayOfMonth >= 1)
            place(QDate(year, month, std::min(rule.dayOfMonth, first.daysInMonth())));
    } else {
        for (QDate d = first; d.month() == month; d = d.addDays(1))
            if (rule.weekdays.contains(d.dayOfWeek()))
                place(d);
    }
    return out;
}

QList<ReceptionSession> ReceptionCalendar::sessionsOn(const QDate &date) const
{
    QList<ReceptionSession> out;
    if (!date.isValid())
        return out;
    if (isWorkingDay(date))
        for (const SessionTemplate &s : m_schedule.regularSessions)
            out << makeSession(date, ReceptionKind::Regular, QStringLiteral("regular"), s, {}, {},
                               m_schedule.regularPlace);
    const QDate prevMonth = date.addMonths(-1);
    for (const PeriodicRule &rule : m_schedule.periodic) {
        const QList<QDate> dates = periodicDatesIn(rule, date.year(), date.month()) +
                                   periodicDatesIn(rule, prevMonth.year(), prevMonth.month());
        if (!dates.contains(date))
            continue;
        for (const SessionTemplate &s : rule.sessions)
            out << makeSession(date, ReceptionKind::Periodic, rule.id, s, rule.receiverVi, rule.receiverEn, rule.place);
    }
    for (const AdHocSession &a : m_schedule.adHoc)
        if (a.date == date)
            out << makeSession(date, ReceptionKind::AdHoc, QStringLiteral("adhoc"), a.session, a.receiverVi,
                               a.receiverEn, a.place);
    std::stable_sort(out.begin(), out.end(), [](const ReceptionSession &a, const ReceptionSession &b) {
        if (a.slot.start != b.slot.start)
            return a.slot.start < b.slot.start;
        return int(a.kind) < int(b.kind);
    });
    return out;
}

QList<ReceptionSession> ReceptionCalendar::periodicSessionsBetween(const QDate &from, const QDate &to) const
{
    QList<ReceptionSession> out;
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1))
        for (const ReceptionSession &s : sessionsOn(d))
            if (s.kind == ReceptionKind::Periodic)
                out << s;
    return out;
}

ReceptionSession ReceptionCalendar::sessionByKey(const QString &key) const
{
    const QStringList parts = key.split(u'/');
    if (parts.size() != 4)
        return {};
    const QDate date = QDate::fromString(parts[0], Qt::ISODate);
    for (const ReceptionSession &s : sessionsOn(date))
        if (s.key() == key)
            return s;
    return {};
}

} // namespace tiepdan
