// office.json: the agency and office, languages, counters, the queue's
// priority policy, group delegations, key files, the kiosk and the server
// link (kiosk-config/SCHEMA.md).
#include "configfiles.h"

namespace tiepdan::configfiles {

namespace {

const QRegularExpression kCodeRe(QStringLiteral("^[A-Z0-9][A-Z0-9-]{1,15}$"));

void readKiosk(JsonReader &r, const QJsonObject &root, KioskSettings &k)
{
    const QString p = QStringLiteral("kiosk");
    const QJsonObject o = r.object(root, {}, "kiosk", false);
    r.onlyKeys(o, p,
               {"idleSeconds", "idleWarningSeconds", "printer", "exitPinHash", "pinAttempts", "pinLockoutSeconds",
                "toneStyle"});
    const QString style = r.str(o, p, "toneStyle", false, QStringLiteral("traditional"));
    if (style != QLatin1String("traditional") && style != QLatin1String("modern"))
        r.issue(JsonReader::join(p, "toneStyle"),
                QStringLiteral("must be traditional (hòa, thủy) or modern (hoà, thuỷ)"));
    k.modernToneStyle = style == QLatin1String("modern");
    k.exitPinHash = r.str(o, p, "exitPinHash", false);
    if (!k.exitPinHash.isEmpty() && !k.exitPinHash.startsWith(QLatin1String("$argon2id$")))
        r.issue(JsonReader::join(p, "exitPinHash"),
                QStringLiteral("must be made by 'receptionctl kiosk hash-pin' ($argon2id$...)"));
    k.pinAttempts = r.integer(o, p, "pinAttempts", 1, 20, 5);
    k.pinLockoutSeconds = r.integer(o, p, "pinLockoutSeconds", 10, 86400, 300);
    k.idleSeconds = r.integer(o, p, "idleSeconds", 20, 3600, 90);
    k.idleWarningSeconds = r.integer(o, p, "idleWarningSeconds", 5, 120, 20);
    if (k.idleWarningSeconds >= k.idleSeconds)
        r.issue(JsonReader::join(p, "idleWarningSeconds"), QStringLiteral("must be shorter than idleSeconds"));
    const QString pp = JsonReader::join(p, "printer");
    const QJsonObject pr = r.object(o, p, "printer", false);
    r.onlyKeys(pr, pp, {"kind", "name", "device", "host", "port"});
    const QString kind = r.str(pr, pp, "kind", false, QStringLiteral("cups"));
    if (kind == QLatin1String("none"))
        k.printer = KioskSettings::Printer::None;
    else if (kind == QLatin1String("cups"))
        k.printer = KioskSettings::Printer::Cups;
    else if (kind == QLatin1String("escpos-device"))
        k.printer = KioskSettings::Printer::EscPosDevice;
    else if (kind == QLatin1String("escpos-tcp"))
        k.printer = KioskSettings::Printer::EscPosTcp;
    else
        r.issue(JsonReader::join(pp, "kind"), QStringLiteral("must be none, cups, escpos-device or escpos-tcp"));
    k.printerName = r.str(pr, pp, "name", false);
    k.device = r.str(pr, pp, "device", k.printer == KioskSettings::Printer::EscPosDevice);
    k.host = r.str(pr, pp, "host", k.printer == KioskSettings::Printer::EscPosTcp);
    k.port = r.integer(pr, pp, "port", 1, 65535, 9100);
}

} // namespace

void loadOffice(const QString &dir, OfficeConfig &c, QList<ConfigIssue> &issues)
{
    JsonReader r(QStringLiteral("office.json"), &issues);
    const auto loaded = r.load(dir);
    if (!loaded)
        return;
    const QJsonObject &root = *loaded;
    r.onlyKeys(root, {},
               {"schemaVersion", "office", "languages", "counters", "queue", "groups", "security", "server", "kiosk"});
    if (r.integer(root, {}, "schemaVersion", 1, 1000) != 1)
        r.issue(QStringLiteral("schemaVersion"), QStringLiteral("this program reads schema version 1"));

    const QJsonObject o = r.object(root, {}, "office", true);
    r.onlyKeys(o, QStringLiteral("office"), {"agencyName", "agencyCode", "name", "code", "province", "address"});
    const QString p = QStringLiteral("office");
    c.office.agencyName = r.str(o, p, "agencyName", true);
    c.office.agencyCode =
        r.matching(o, p, "agencyCode", kCodeRe, QStringLiteral("must be 2-16 capital letters, digits or '-'"));
    c.office.name = r.str(o, p, "name", true);
    c.office.code = r.matching(o, p, "code", kCodeRe, QStringLiteral("must be 2-16 capital letters, digits or '-'"));
    c.office.province = r.str(o, p, "province", true);
    c.office.address = r.str(o, p, "address", false);

    for (const auto &v : r.array(root, {}, "languages", true)) {
        const QString lang = v.toString();
        if (lang != QLatin1String("vi") && lang != QLatin1String("en"))
            r.issue(QStringLiteral("languages"), QStringLiteral("'%1' is not available (vi, en)").arg(lang));
        else
            c.languages << lang;
    }
    if (c.languages.isEmpty())
        r.issue(QStringLiteral("languages"), QStringLiteral("needs at least one language"));

    const auto counters = r.array(root, {}, "counters", true);
    for (qsizetype i = 0; i < counters.size(); ++i) {
        const QString cp = JsonReader::at(QStringLiteral("counters"), i);
        const QJsonObject co = counters[i].toObject();
        r.onlyKeys(co, cp, {"number", "nameVi", "nameEn", "services"});
        Counter counter;
        counter.number = r.integer(co, cp, "number", 1, 99);
        counter.nameVi = r.str(co, cp, "nameVi", true);
        counter.nameEn = r.str(co, cp, "nameEn", true);
        for (const auto &s : r.array(co, cp, "services", true))
            counter.serviceIds << s.toString();
        if (c.counter(counter.number))
            r.issue(cp, QStringLiteral("counter number %1 is used twice").arg(counter.number));
        c.counters << counter;
    }
    if (counters.isEmpty())
        r.issue(QStringLiteral("counters"), QStringLiteral("needs at least one counter"));

    const QJsonObject q = r.object(root, {}, "queue", true);
    const QString qp = QStringLiteral("queue");
    r.onlyKeys(q, qp, {"priorityMode", "interleaveEvery", "priorityCategories", "noShowAfterRecalls"});
    const QString mode = r.str(q, qp, "priorityMode", true);
    if (mode == QLatin1String("strict"))
        c.priority.mode = PriorityPolicy::Mode::Strict;
    else if (mode == QLatin1String("interleaved"))
        c.priority.mode = PriorityPolicy::Mode::Interleaved;
    else if (!mode.isEmpty())
        r.issue(JsonReader::join(qp, "priorityMode"), QStringLiteral("must be 'strict' or 'interleaved'"));
    c.priority.interleaveEvery = r.integer(q, qp, "interleaveEvery", 1, 100, 3);
    for (const auto &v : r.array(q, qp, "priorityCategories", false))
        c.priority.categories << v.toString();
    c.priority.noShowAfterRecalls = r.integer(q, qp, "noShowAfterRecalls", 0, 20, 3);

    const QJsonObject g = r.object(root, {}, "groups", true);
    const QString gp = QStringLiteral("groups");
    r.onlyKeys(g, gp, {"minPeople", "bands", "legalBasis"});
    c.groups.minPeople = r.integer(g, gp, "minPeople", 2, 1000);
    const auto bands = r.array(g, gp, "bands", true);
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const QString bp = JsonReader::at(JsonReader::join(gp, "bands"), i);
        const QJsonObject bo = bands[i].toObject();
        r.onlyKeys(bo, bp, {"fromPeople", "toPeople", "maxRepresentatives"});
        GroupPolicy::Band b;
        b.fromPeople = r.integer(bo, bp, "fromPeople", 1, 100000);
        b.toPeople = r.integer(bo, bp, "toPeople", 0, 100000, 0);
        b.maxRepresentatives = r.integer(bo, bp, "maxRepresentatives", 1, 100);
        c.groups.bands << b;
    }

    const QJsonObject sec = r.object(root, {}, "security", true);
    r.onlyKeys(sec, QStringLiteral("security"), {"officeKeyFile", "sealKeyFile"});
    c.security.officeKeyFile = r.str(sec, QStringLiteral("security"), "officeKeyFile", true);
    c.security.sealKeyFile = r.str(sec, QStringLiteral("security"), "sealKeyFile", true);
    if (!c.security.officeKeyFile.isEmpty() && c.security.officeKeyFile == c.security.sealKeyFile)
        r.issue(QStringLiteral("security.sealKeyFile"), QStringLiteral("must differ from officeKeyFile"));

    readKiosk(r, root, c.kiosk);

    const QJsonObject srv = r.object(root, {}, "server", false);
    const QString sp = QStringLiteral("server");
    r.onlyKeys(srv, sp, {"enabled", "url", "tokenFile", "caFile", "intervalSeconds"});
    c.server.enabled = r.boolean(srv, sp, "enabled", false);
    c.server.url = r.str(srv, sp, "url", c.server.enabled);
    c.server.tokenFile = r.str(srv, sp, "tokenFile", c.server.enabled);
    c.server.caFile = r.str(srv, sp, "caFile", false);
    c.server.intervalSeconds = r.integer(srv, sp, "intervalSeconds", 5, 86400, 60);
    if (c.server.enabled && !c.server.url.startsWith(QLatin1String("https://")) &&
        !c.server.url.startsWith(QLatin1String("http://127.0.0.1")) &&
        !c.server.url.startsWith(QLatin1String("http://localhost")))
        r.issue(QStringLiteral("server.url"), QStringLiteral("must use https:// (plain http only on loopback)"));
}

} // namespace tiepdan::configfiles
