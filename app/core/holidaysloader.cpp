// holidays.json: public holidays and swapped working days, per year
// (kiosk-config/SCHEMA.md).
#include "configfiles.h"

#include <QSet>
#include <cstring>

namespace tiepdan::configfiles {

void loadHolidays(const QString &dir, OfficeConfig &c, QList<ConfigIssue> &issues)
{
    JsonReader r(QStringLiteral("holidays.json"), &issues);
    const auto loaded = r.load(dir);
    if (!loaded)
        return;
    const QJsonObject &root = *loaded;
    r.onlyKeys(root, {}, {"years"});
    const QJsonObject years = r.object(root, {}, "years", true);
    for (auto it = years.begin(); it != years.end(); ++it) {
        const QString p = JsonReader::join(QStringLiteral("years"), it.key());
        bool ok = false;
        const int year = it.key().toInt(&ok);
        if (!ok || year < 2000 || year > 2100) {
            r.issue(p, QStringLiteral("the key must be a year such as \"2026\""));
            continue;
        }
        const QJsonObject y = it.value().toObject();
        r.onlyKeys(y, p, {"holidays", "workingDays", "source"});
        c.schedule.holidayYears << year;
        auto readDates = [&](const char *key, QSet<QDate> &into) {
            const auto arr = r.array(y, p, key, std::strcmp(key, "holidays") == 0);
            for (qsizetype i = 0; i < arr.size(); ++i) {
                const QString dp = JsonReader::at(JsonReader::join(p, key), i);
                const QDate d = r.date(arr[i], dp);
                if (d.isValid() && d.year() != year)
                    r.issue(dp, QStringLiteral("%1 is not in %2").arg(d.toString(Qt::ISODate)).arg(year));
                else if (d.isValid())
                    into.insert(d);
            }
        };
        readDates("holidays", c.schedule.holidays);
        readDates("workingDays", c.schedule.workingDays);
    }
    for (const QDate &d : std::as_const(c.schedule.workingDays))
        if (c.schedule.holidays.contains(d))
            r.issue(QStringLiteral("years"),
                    QStringLiteral("%1 is both a holiday and a working day").arg(d.toString(Qt::ISODate)));
}

} // namespace tiepdan::configfiles
