// services.json: the services at the kiosk and their ticket prefixes
// (kiosk-config/SCHEMA.md).
#include "configfiles.h"

namespace tiepdan::configfiles {

namespace {

const QRegularExpression kPrefixRe(QStringLiteral("^[A-Z]{1,2}$"));

} // namespace

void loadServices(const QString &dir, OfficeConfig &c, QList<ConfigIssue> &issues)
{
    JsonReader r(QStringLiteral("services.json"), &issues);
    const auto loaded = r.load(dir);
    if (!loaded)
        return;
    const QJsonObject &root = *loaded;
    r.onlyKeys(root, {}, {"services"});
    const auto arr = r.array(root, {}, "services", true);
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString p = JsonReader::at(QStringLiteral("services"), i);
        const QJsonObject o = arr[i].toObject();
        r.onlyKeys(o, p, {"id", "prefix", "kind", "nameVi", "nameEn", "confidential", "expectedServiceMinutes"});
        Service s;
        s.id = r.identifier(o, p, "id");
        s.prefix = r.matching(o, p, "prefix", kPrefixRe, QStringLiteral("must be one or two capital letters A-Z"));
        const QString kind = r.str(o, p, "kind", true);
        if (!kind.isEmpty() && !serviceKindFromString(kind, &s.kind))
            r.issue(JsonReader::join(p, "kind"), QStringLiteral("'%1' is not one of complaint, denunciation, "
                                                                "petition, feedback, leader_meeting, other")
                                                     .arg(kind));
        s.nameVi = r.str(o, p, "nameVi", true);
        s.nameEn = r.str(o, p, "nameEn", true);
        s.confidential = r.boolean(o, p, "confidential", s.kind == ServiceKind::Denunciation);
        if (s.kind == ServiceKind::Denunciation && !s.confidential)
            r.issue(JsonReader::join(p, "confidential"),
                    QStringLiteral("a denunciation service is always confidential (Luật Tố cáo 2018, Điều 9)"));
        s.expectedServiceMinutes = r.integer(o, p, "expectedServiceMinutes", 1, 480, 15);
        if (c.service(s.id))
            r.issue(p, QStringLiteral("service id '%1' is used twice").arg(s.id));
        if (!s.prefix.isEmpty() && c.serviceByPrefix(s.prefix))
            r.issue(p, QStringLiteral("ticket prefix '%1' is used twice").arg(s.prefix));
        c.services << s;
    }
    if (arr.isEmpty())
        r.issue(QStringLiteral("services"), QStringLiteral("needs at least one service"));
}

} // namespace tiepdan::configfiles
