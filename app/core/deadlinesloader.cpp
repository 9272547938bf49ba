// deadlines.json: deadline rule sets with their effective dates
// (kiosk-config/SCHEMA.md).
#include "configfiles.h"

#include <QSet>
#include <QStringList>
#include <algorithm>

namespace tiepdan::configfiles {

void loadDeadlines(const QString &dir, OfficeConfig &c, QList<ConfigIssue> &issues)
{
    JsonReader r(QStringLiteral("deadlines.json"), &issues);
    const auto loaded = r.load(dir);
    if (!loaded)
        return;
    const QJsonObject &root = *loaded;
    r.onlyKeys(root, {}, {"ruleSets"});
    const auto sets = r.array(root, {}, "ruleSets", true);
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const QString p = JsonReader::at(QStringLiteral("ruleSets"), i);
        const QJsonObject o = sets[i].toObject();
        r.onlyKeys(o, p, {"id", "effectiveFrom", "legalBasis", "rules"});
        DeadlineRuleSet set;
        set.id = r.str(o, p, "id", true);
        set.effectiveFrom = r.date(o.value(QStringLiteral("effectiveFrom")), JsonReader::join(p, "effectiveFrom"));
        set.legalBasis = r.str(o, p, "legalBasis", false);
        const auto rules = r.array(o, p, "rules", true);
        QSet<QString> ids;
        for (qsizetype j = 0; j < rules.size(); ++j) {
            const QString rp = JsonReader::at(JsonReader::join(p, "rules"), j);
            const QJsonObject ro = rules[j].toObject();
            r.onlyKeys(ro, rp,
                       {"id", "matterKind", "measure", "fromEvent", "days", "workingDays", "labelVi", "labelEn",
                        "legalBasis"});
            DeadlineRule rule;
            rule.id = r.identifier(ro, rp, "id");
            rule.matterKind = r.identifier(ro, rp, "matterKind");
            rule.fromEvent = r.str(ro, rp, "fromEvent", true);
            if (!QStringList{QStringLiteral("receipt"), QStringLiteral("acceptance"), QStringLiteral("decision")}
                     .contains(rule.fromEvent) &&
                !rule.fromEvent.isEmpty())
                r.issue(JsonReader::join(rp, "fromEvent"), QStringLiteral("must be receipt, acceptance or decision"));
            rule.days = r.integer(ro, rp, "days", 0, 3650);
            rule.workingDays = r.boolean(ro, rp, "workingDays", false);
            rule.labelVi = r.str(ro, rp, "labelVi", true);
            rule.labelEn = r.str(ro, rp, "labelEn", true);
            rule.legalBasis = r.str(ro, rp, "legalBasis", true);
            rule.measure = r.str(ro, rp, "measure", false);
            if (!rule.measure.isEmpty() &&
                !QStringList{QStringLiteral("before_measures"), QStringLiteral("account_freeze"),
                             QStringLiteral("security"), QStringLiteral("coercion"), QStringLiteral("other")}
                     .contains(rule.measure))
                r.issue(JsonReader::join(rp, "measure"),
                        QStringLiteral("must be before_measures, account_freeze, security, coercion or other"));
            if (ids.contains(rule.id))
                r.issue(rp, QStringLiteral("rule id '%1' is used twice in this set").arg(rule.id));
            ids.insert(rule.id);
            set.rules << rule;
        }
        for (const auto &other : std::as_const(c.deadlineRuleSets))
            if (other.effectiveFrom == set.effectiveFrom && set.effectiveFrom.isValid())
                r.issue(p, QStringLiteral("two rule sets take effect on the same day"));
        c.deadlineRuleSets << set;
    }
    std::sort(c.deadlineRuleSets.begin(), c.deadlineRuleSets.end(),
              [](const auto &a, const auto &b) { return a.effectiveFrom < b.effectiveFrom; });
}

} // namespace tiepdan::configfiles
