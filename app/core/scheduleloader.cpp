// schedule.json: working days, regular sessions, periodic leader days and
// ad-hoc sessions (kiosk-config/SCHEMA.md); and the same rules applied to a
// schedule change from the department server (applyScheduleChange).
#include "configfiles.h"

#include "configloader.h"

#include <QSet>

namespace tiepdan {

namespace {

SessionTemplate readSession(JsonReader &r, const QJsonObject &o, const QString &path)
{
    r.onlyKeys(o, path, {"id", "nameVi", "nameEn", "start", "end", "capacity"});
    SessionTemplate s;
    s.id = r.identifier(o, path, "id");
    s.nameVi = r.str(o, path, "nameVi", true);
    s.nameEn = r.str(o, path, "nameEn", true);
    s.start = r.time(o, path, "start");
    s.end = r.time(o, path, "end");
    s.capacity = r.integer(o, path, "capacity", 1, 10000);
    if (s.start.isValid() && s.end.isValid() && s.end <= s.start)
        r.issue(JsonReader::join(path, "end"), QStringLiteral("must be after the start"));
    return s;
}

QList<SessionTemplate> readSessions(JsonReader &r, const QJsonObject &o, const QString &path)
{
    QList<SessionTemplate> out;
    const auto arr = r.array(o, path, "sessions", true);
    const QString p = JsonReader::join(path, "sessions");
    QSet<QString> ids;
    for (qsizetype i = 0; i < arr.size(); ++i) {
        out << readSession(r, arr[i].toObject(), JsonReader::at(p, i));
        if (ids.contains(out.last().id))
            r.issue(JsonReader::at(p, i), QStringLiteral("session id '%1' is used twice").arg(out.last().id));
        ids.insert(out.last().id);
    }
    if (arr.isEmpty())
        r.issue(p, QStringLiteral("needs at least one session"));
    return out;
}

QList<int> readWeekdays(JsonReader &r, const QJsonObject &o, const QString &path, const char *key)
{
    QList<int> out;
    const auto arr = r.array(o, path, key, true);
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const int d = arr[i].toInt(0);
        if (!arr[i].isDouble() || d < 1 || d > 7)
            r.issue(JsonReader::at(JsonReader::join(path, key), i),
                    QStringLiteral("a weekday is 1 (Monday) to 7 (Sunday)"));
        else if (!out.contains(d))
            out << d;
    }
    return out;
}

PeriodicRule readPeriodic(JsonReader &r, const QJsonObject &o, const QString &p)
{
    r.onlyKeys(o, p,
               {"id", "kind", "weekdays", "dayOfMonth", "moveToNextWorkingDay", "receiverVi", "receiverEn", "place",
                "sessions", "legalBasis"});
    PeriodicRule rule;
    rule.id = r.identifier(o, p, "id");
    const QString kind = r.str(o, p, "kind", true);
    if (kind == QLatin1String("weekly")) {
        rule.kind = PeriodicRule::Kind::Weekly;
        rule.weekdays = readWeekdays(r, o, p, "weekdays");
    } else if (kind == QLatin1String("monthly")) {
        rule.kind = PeriodicRule::Kind::Monthly;
        rule.dayOfMonth = r.integer(o, p, "dayOfMonth", 1, 31);
    } else if (!kind.isEmpty()) {
        r.issue(JsonReader::join(p, "kind"), QStringLiteral("must be 'weekly' or 'monthly'"));
    }
    rule.moveToNextWorkingDay = r.boolean(o, p, "moveToNextWorkingDay", true);
    rule.receiverVi = r.str(o, p, "receiverVi", true);
    rule.receiverEn = r.str(o, p, "receiverEn", true);
    rule.place = r.str(o, p, "place", true);
    rule.sessions = readSessions(r, o, p);
    return rule;
}

AdHocSession readAdHoc(JsonReader &r, const QJsonObject &o, const QString &p)
{
    r.onlyKeys(o, p, {"date", "receiverVi", "receiverEn", "place", "session"});
    AdHocSession a;
    a.date = r.date(o.value(QStringLiteral("date")), JsonReader::join(p, "date"));
    a.receiverVi = r.str(o, p, "receiverVi", true);
    a.receiverEn = r.str(o, p, "receiverEn", true);
    a.place = r.str(o, p, "place", true);
    a.session = readSession(r, r.object(o, p, "session", true), JsonReader::join(p, "session"));
    return a;
}

} // namespace

namespace configfiles {

void loadSchedule(const QString &dir, OfficeConfig &c, QList<ConfigIssue> &issues)
{
    JsonReader r(QStringLiteral("schedule.json"), &issues);
    const auto loaded = r.load(dir);
    if (!loaded)
        return;
    const QJsonObject &root = *loaded;
    Schedule &s = c.schedule;
    r.onlyKeys(root, {}, {"workingWeekdays", "regular", "periodic", "adHoc", "bookingHorizonDays"});
    s.workingWeekdays = readWeekdays(r, root, {}, "workingWeekdays");
    s.bookingHorizonDays = r.integer(root, {}, "bookingHorizonDays", 1, 366, 60);
    const QJsonObject reg = r.object(root, {}, "regular", true);
    r.onlyKeys(reg, QStringLiteral("regular"), {"place", "sessions"});
    s.regularPlace = r.str(reg, QStringLiteral("regular"), "place", true);
    s.regularSessions = readSessions(r, reg, QStringLiteral("regular"));

    const auto periodic = r.array(root, {}, "periodic", false);
    QSet<QString> ruleIds;
    for (qsizetype i = 0; i < periodic.size(); ++i) {
        const QString p = JsonReader::at(QStringLiteral("periodic"), i);
        const PeriodicRule rule = readPeriodic(r, periodic[i].toObject(), p);
        if (ruleIds.contains(rule.id))
            r.issue(p, QStringLiteral("rule id '%1' is used twice").arg(rule.id));
        ruleIds.insert(rule.id);
        s.periodic << rule;
    }

    const auto adhoc = r.array(root, {}, "adHoc", false);
    for (qsizetype i = 0; i < adhoc.size(); ++i)
        s.adHoc << readAdHoc(r, adhoc[i].toObject(), JsonReader::at(QStringLiteral("adHoc"), i));
}

} // namespace configfiles

QList<ConfigIssue> applyScheduleChange(const QJsonObject &change, Schedule &schedule)
{
    QList<ConfigIssue> issues;
    JsonReader r(QStringLiteral("schedule change"), &issues);
    const QString type = change.value(QStringLiteral("type")).toString();
    Schedule s = schedule;
    auto dateOf = [&] { return r.date(change.value(QStringLiteral("date")), QStringLiteral("date")); };
    if (type == QLatin1String("holiday")) {
        r.onlyKeys(change, {}, {"type", "date"});
        const QDate d = dateOf();
        s.holidays.insert(d);
        s.workingDays.remove(d);
    } else if (type == QLatin1String("workingDay")) {
        r.onlyKeys(change, {}, {"type", "date"});
        const QDate d = dateOf();
        s.workingDays.insert(d);
        s.holidays.remove(d);
    } else if (type == QLatin1String("adHoc")) {
        r.onlyKeys(change, {}, {"type", "adHoc"});
        const AdHocSession a = readAdHoc(r, r.object(change, {}, "adHoc", true), QStringLiteral("adHoc"));
        s.adHoc.removeIf([&](const AdHocSession &o) { return o.date == a.date && o.session.id == a.session.id; });
        s.adHoc << a;
    } else if (type == QLatin1String("adHocCancelled")) {
        r.onlyKeys(change, {}, {"type", "date", "sessionId"});
        const QDate d = dateOf();
        const QString id = r.identifier(change, {}, "sessionId");
        if (!s.adHoc.removeIf([&](const AdHocSession &o) { return o.date == d && o.session.id == id; }))
            r.issue(QStringLiteral("sessionId"), QStringLiteral("no ad-hoc session '%1' on that date").arg(id));
    } else if (type == QLatin1String("periodic")) {
        r.onlyKeys(change, {}, {"type", "rule"});
        const PeriodicRule rule = readPeriodic(r, r.object(change, {}, "rule", true), QStringLiteral("rule"));
        s.periodic.removeIf([&](const PeriodicRule &o) { return o.id == rule.id; });
        s.periodic << rule;
    } else if (type == QLatin1String("periodicRemoved")) {
        r.onlyKeys(change, {}, {"type", "id"});
        const QString id = r.identifier(change, {}, "id");
        if (!s.periodic.removeIf([&](const PeriodicRule &o) { return o.id == id; }))
            r.issue(QStringLiteral("id"), QStringLiteral("no periodic rule '%1'").arg(id));
    } else {
        r.issue(QStringLiteral("type"),
                QStringLiteral("must be holiday, workingDay, adHoc, adHocCancelled, periodic or periodicRemoved"));
    }
    if (issues.isEmpty())
        schedule = s;
    return issues;
}

} // namespace tiepdan
