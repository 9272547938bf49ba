#include "configloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cstring>
#include <optional>

namespace tiepdan {

QString ConfigIssue::toString() const
{
    return key.isEmpty() ? QStringLiteral("%1: %2").arg(file, message)
                         : QStringLiteral("%1: %2: %3").arg(file, key, message);
}

QString ConfigLoadResult::errorText() const
{
    QStringList lines;
    for (const auto &i : issues)
        lines << i.toString();
    return lines.join(u'\n');
}

namespace {

constexpr qint64 kMaxConfigFile = 4 * 1024 * 1024;

// Reads typed values out of one JSON file, collecting issues with their path.
class Reader {
public:
    Reader(QString file, QList<ConfigIssue> *issues) : m_file(std::move(file)), m_issues(issues) {}

    void issue(const QString &key, const QString &msg) { m_issues->append({m_file, key, msg}); }

    // nullopt when the file cannot be used (the issue is recorded); an empty
    // object is a file to validate like any other.
    std::optional<QJsonObject> load(const QString &dir)
    {
        QFile f(QDir(dir).filePath(m_file));
        if (!f.open(QIODevice::ReadOnly)) {
            issue({}, QStringLiteral("cannot read the file: %1").arg(f.errorString()));
            return std::nullopt;
        }
        if (f.size() > kMaxConfigFile) {
            issue({}, QStringLiteral("the file is larger than 4 MiB"));
            return std::nullopt;
        }
        QJsonParseError err;
        const auto doc = QJsonDocument::fromJson(f.readAll(), &err);
        if (err.error != QJsonParseError::NoError) {
            issue({}, QStringLiteral("not valid JSON at byte %1: %2").arg(err.offset).arg(err.errorString()));
            return std::nullopt;
        }
        if (!doc.isObject()) {
            issue({}, QStringLiteral("the top level must be a JSON object"));
            return std::nullopt;
        }
        return doc.object();
    }

    // Reports keys of `o` not in `known`.
    void onlyKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> known)
    {
        QSet<QString> allowed;
        for (const char *k : known)
            allowed.insert(QString::fromLatin1(k));
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                issue(join(path, it.key()), QStringLiteral("unknown key (misspelt?)"));
    }

    QString str(const QJsonObject &o, const QString &path, const char *key, bool required, const QString &def = {})
    {
        const auto v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                issue(join(path, key), QStringLiteral("is required"));
            return def;
        }
        if (!v.isString()) {
            issue(join(path, key), QStringLiteral("must be a string"));
            return def;
        }
        const QString s = v.toString().normalized(QString::NormalizationForm_C).trimmed();
        if (required && s.isEmpty())
            issue(join(path, key), QStringLiteral("must not be empty"));
        return s;
    }

    QString matching(const QJsonObject &o, const QString &path, const char *key, const QRegularExpression &re,
                     const QString &what)
    {
        const QString s = str(o, path, key, true);
        if (!s.isEmpty() && !re.match(s).hasMatch())
            issue(join(path, key), QStringLiteral("'%1' %2").arg(s, what));
        return s;
    }

    int integer(const QJsonObject &o, const QString &path, const char *key, int min, int max,
                std::optional<int> def = std::nullopt)
    {
        const auto v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (!def)
                issue(join(path, key), QStringLiteral("is required"));
            return def.value_or(min);
        }
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d))) {
            issue(join(path, key), QStringLiteral("must be a whole number"));
            return def.value_or(min);
        }
        if (d < min || d > max) {
            issue(join(path, key), QStringLiteral("must be between %1 and %2").arg(min).arg(max));
            return def.value_or(min);
        }
        return int(d);
    }

    bool boolean(const QJsonObject &o, const QString &path, const char *key, bool def)
    {
        const auto v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return def;
        if (!v.isBool())
            issue(join(path, key), QStringLiteral("must be true or false"));
        return v.toBool(def);
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const char *key, bool required)
    {
        const auto v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isObject())
            issue(join(path, key), QStringLiteral("must be an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const char *key, bool required)
    {
        const auto v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray())
            issue(join(path, key), QStringLiteral("must be a list"));
        return v.toArray();
    }

    QDate date(const QJsonValue &v, const QString &path)
    {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !d.isValid())
            issue(path, QStringLiteral("must be a date written YYYY-MM-DD"));
        return d;
    }

    QTime time(const QJsonObject &o, const QString &path, const char *key)
    {
        const QString s = str(o, path, key, true);
        const QTime t = QTime::fromString(s, QStringLiteral("HH:mm"));
        if (!s.isEmpty() && !t.isValid())
            issue(join(path, key), QStringLiteral("'%1' must be a time written HH:MM").arg(s));
        return t;
    }

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString join(const QString &path, const char *key) { return join(path, QString::fromLatin1(key)); }
    static QString at(const QString &path, qsizetype i) { return QStringLiteral("%1[%2]").arg(path).arg(i); }

private:
    QString m_file;
    QList<ConfigIssue> *m_issues;
};

const QRegularExpression kCodeRe(QStringLiteral("^[A-Z0-9][A-Z0-9-]{1,15}$"));
const QRegularExpression kIdRe(QStringLiteral("^[a-z][a-z0-9_.-]{0,39}$"));
const QRegularExpression kPrefixRe(QStringLiteral("^[A-Z]{1,2}$"));

SessionTemplate readSession(Reader &r, const QJsonObject &o, const QString &path)
{
    r.onlyKeys(o, path, {"id", "nameVi", "nameEn", "start", "end", "capacity"});
    SessionTemplate s;
    s.id = r.matching(o, path, "id", kIdRe, QStringLiteral("must be a lower-case identifier"));
    s.nameVi = r.str(o, path, "nameVi", true);
    s.nameEn = r.str(o, path, "nameEn", true);
    s.start = r.time(o, path, "start");
    s.end = r.time(o, path, "end");
    s.capacity = r.integer(o, path, "capacity", 1, 10000);
    if (s.start.isValid() && s.end.isValid() && s.end <= s.start)
        r.issue(Reader::join(path, "end"), QStringLiteral("must be after the start"));
    return s;
}

QList<SessionTemplate> readSessions(Reader &r, const QJsonObject &o, const QString &path)
{
    QList<SessionTemplate> out;
    const auto arr = r.array(o, path, "sessions", true);
    const QString p = Reader::join(path, "sessions");
    QSet<QString> ids;
    for (qsizetype i = 0; i < arr.size(); ++i) {
        out << readSession(r, arr[i].toObject(), Reader::at(p, i));
        if (ids.contains(out.last().id))
            r.issue(Reader::at(p, i), QStringLiteral("session id '%1' is used twice").arg(out.last().id));
        ids.insert(out.last().id);
    }
    if (arr.isEmpty())
        r.issue(p, QStringLiteral("needs at least one session"));
    return out;
}

QList<int> readWeekdays(Reader &r, const QJsonObject &o, const QString &path, const char *key)
{
    QList<int> out;
    const auto arr = r.array(o, path, key, true);
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const int d = arr[i].toInt(0);
        if (!arr[i].isDouble() || d < 1 || d > 7)
            r.issue(Reader::at(Reader::join(path, key), i), QStringLiteral("a weekday is 1 (Monday) to 7 (Sunday)"));
        else if (!out.contains(d))
            out << d;
    }
    return out;
}

void readKiosk(Reader &r, const QJsonObject &root, KioskSettings &k)
{
    const QString p = QStringLiteral("kiosk");
    const QJsonObject o = r.object(root, {}, "kiosk", false);
    r.onlyKeys(o, p,
               {"idleSeconds", "idleWarningSeconds", "printer", "exitPinHash", "pinAttempts", "pinLockoutSeconds",
                "toneStyle"});
    const QString style = r.str(o, p, "toneStyle", false, QStringLiteral("traditional"));
    if (style != QLatin1String("traditional") && style != QLatin1String("modern"))
        r.issue(Reader::join(p, "toneStyle"), QStringLiteral("must be traditional (hòa, thủy) or modern (hoà, thuỷ)"));
    k.modernToneStyle = style == QLatin1String("modern");
    k.exitPinHash = r.str(o, p, "exitPinHash", false);
    if (!k.exitPinHash.isEmpty() && !k.exitPinHash.startsWith(QLatin1String("$argon2id$")))
        r.issue(Reader::join(p, "exitPinHash"),
                QStringLiteral("must be made by 'receptionctl kiosk hash-pin' ($argon2id$...)"));
    k.pinAttempts = r.integer(o, p, "pinAttempts", 1, 20, 5);
    k.pinLockoutSeconds = r.integer(o, p, "pinLockoutSeconds", 10, 86400, 300);
    k.idleSeconds = r.integer(o, p, "idleSeconds", 20, 3600, 90);
    k.idleWarningSeconds = r.integer(o, p, "idleWarningSeconds", 5, 120, 20);
    if (k.idleWarningSeconds >= k.idleSeconds)
        r.issue(Reader::join(p, "idleWarningSeconds"), QStringLiteral("must be shorter than idleSeconds"));
    const QString pp = Reader::join(p, "printer");
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
        r.issue(Reader::join(pp, "kind"), QStringLiteral("must be none, cups, escpos-device or escpos-tcp"));
    k.printerName = r.str(pr, pp, "name", false);
    k.device = r.str(pr, pp, "device", k.printer == KioskSettings::Printer::EscPosDevice);
    k.host = r.str(pr, pp, "host", k.printer == KioskSettings::Printer::EscPosTcp);
    k.port = r.integer(pr, pp, "port", 1, 65535, 9100);
}

void loadOffice(const QString &dir, OfficeConfig &c, QList<ConfigIssue> &issues)
{
    Reader r(QStringLiteral("office.json"), &issues);
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
        const QString cp = Reader::at(QStringLiteral("counters"), i);
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
        r.issue(Reader::join(qp, "priorityMode"), QStringLiteral("must be 'strict' or 'interleaved'"));
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
        const QString bp = Reader::at(Reader::join(gp, "bands"), i);
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

void loadServices(const QString &dir, OfficeConfig &c, QList<ConfigIssue> &issues)
{
    Reader r(QStringLiteral("services.json"), &issues);
    const auto loaded = r.load(dir);
    if (!loaded)
        return;
    const QJsonObject &root = *loaded;
    r.onlyKeys(root, {}, {"services"});
    const auto arr = r.array(root, {}, "services", true);
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString p = Reader::at(QStringLiteral("services"), i);
        const QJsonObject o = arr[i].toObject();
        r.onlyKeys(o, p, {"id", "prefix", "kind", "nameVi", "nameEn", "confidential", "expectedServiceMinutes"});
        Service s;
        s.id = r.matching(o, p, "id", kIdRe, QStringLiteral("must be a lower-case identifier"));
        s.prefix = r.matching(o, p, "prefix", kPrefixRe, QStringLiteral("must be one or two capital letters A-Z"));
        const QString kind = r.str(o, p, "kind", true);
        if (!kind.isEmpty() && !serviceKindFromString(kind, &s.kind))
            r.issue(Reader::join(p, "kind"), QStringLiteral("'%1' is not one of complaint, denunciation, "
                                                            "petition, feedback, leader_meeting, other")
                                                 .arg(kind));
        s.nameVi = r.str(o, p, "nameVi", true);
        s.nameEn = r.str(o, p, "nameEn", true);
        s.confidential = r.boolean(o, p, "confidential", s.kind == ServiceKind::Denunciation);
        if (s.kind == ServiceKind::Denunciation && !s.confidential)
            r.issue(Reader::join(p, "confidential"),
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

PeriodicRule readPeriodic(Reader &r, const QJsonObject &o, const QString &p)
{
    r.onlyKeys(o, p,
               {"id", "kind", "weekdays", "dayOfMonth", "moveToNextWorkingDay", "receiverVi", "receiverEn", "place",
                "sessions", "legalBasis"});
    PeriodicRule rule;
    rule.id = r.matching(o, p, "id", kIdRe, QStringLiteral("must be a lower-case identifier"));
    const QString kind = r.str(o, p, "kind", true);
    if (kind == QLatin1String("weekly")) {
        rule.kind = PeriodicRule::Kind::Weekly;
        rule.weekdays = readWeekdays(r, o, p, "weekdays");
    } else if (kind == QLatin1String("monthly")) {
        rule.kind = PeriodicRule::Kind::Monthly;
        rule.dayOfMonth = r.integer(o, p, "dayOfMonth", 1, 31);
    } else if (!kind.isEmpty()) {
        r.issue(Reader::join(p, "kind"), QStringLiteral("must be 'weekly' or 'monthly'"));
    }
    rule.moveToNextWorkingDay = r.boolean(o, p, "moveToNextWorkingDay", true);
    rule.receiverVi = r.str(o, p, "receiverVi", true);
    rule.receiverEn = r.str(o, p, "receiverEn", true);
    rule.place = r.str(o, p, "place", true);
    rule.sessions = readSessions(r, o, p);
    return rule;
}

AdHocSession readAdHoc(Reader &r, const QJsonObject &o, const QString &p)
{
    r.onlyKeys(o, p, {"date", "receiverVi", "receiverEn", "place", "session"});
    AdHocSession a;
    a.date = r.date(o.value(QStringLiteral("date")), Reader::join(p, "date"));
    a.receiverVi = r.str(o, p, "receiverVi", true);
    a.receiverEn = r.str(o, p, "receiverEn", true);
    a.place = r.str(o, p, "place", true);
    a.session = readSession(r, r.object(o, p, "session", true), Reader::join(p, "session"));
    return a;
}

void loadSchedule(const QString &dir, OfficeConfig &c, QList<ConfigIssue> &issues)
{
    Reader r(QStringLiteral("schedule.json"), &issues);
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
        const QString p = Reader::at(QStringLiteral("periodic"), i);
        const PeriodicRule rule = readPeriodic(r, periodic[i].toObject(), p);
        if (ruleIds.contains(rule.id))
            r.issue(p, QStringLiteral("rule id '%1' is used twice").arg(rule.id));
        ruleIds.insert(rule.id);
        s.periodic << rule;
    }

    const auto adhoc = r.array(root, {}, "adHoc", false);
    for (qsizetype i = 0; i < adhoc.size(); ++i)
        s.adHoc << readAdHoc(r, adhoc[i].toObject(), Reader::at(QStringLiteral("adHoc"), i));
}

void loadHolidays(const QString &dir, OfficeConfig &c, QList<ConfigIssue> &issues)
{
    Reader r(QStringLiteral("holidays.json"), &issues);
    const auto loaded = r.load(dir);
    if (!loaded)
        return;
    const QJsonObject &root = *loaded;
    r.onlyKeys(root, {}, {"years"});
    const QJsonObject years = r.object(root, {}, "years", true);
    for (auto it = years.begin(); it != years.end(); ++it) {
        const QString p = Reader::join(QStringLiteral("years"), it.key());
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
                const QString dp = Reader::at(Reader::join(p, key), i);
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

void loadDeadlines(const QString &dir, OfficeConfig &c, QList<ConfigIssue> &issues)
{
    Reader r(QStringLiteral("deadlines.json"), &issues);
    const auto loaded = r.load(dir);
    if (!loaded)
        return;
    const QJsonObject &root = *loaded;
    r.onlyKeys(root, {}, {"ruleSets"});
    const auto sets = r.array(root, {}, "ruleSets", true);
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const QString p = Reader::at(QStringLiteral("ruleSets"), i);
        const QJsonObject o = sets[i].toObject();
        r.onlyKeys(o, p, {"id", "effectiveFrom", "legalBasis", "rules"});
        DeadlineRuleSet set;
        set.id = r.str(o, p, "id", true);
        set.effectiveFrom = r.date(o.value(QStringLiteral("effectiveFrom")), Reader::join(p, "effectiveFrom"));
        set.legalBasis = r.str(o, p, "legalBasis", false);
        const auto rules = r.array(o, p, "rules", true);
        QSet<QString> ids;
        for (qsizetype j = 0; j < rules.size(); ++j) {
            const QString rp = Reader::at(Reader::join(p, "rules"), j);
            const QJsonObject ro = rules[j].toObject();
            r.onlyKeys(ro, rp,
                       {"id", "matterKind", "fromEvent", "days", "workingDays", "labelVi", "labelEn", "legalBasis"});
            DeadlineRule rule;
            rule.id = r.matching(ro, rp, "id", kIdRe, QStringLiteral("must be a lower-case identifier"));
            rule.matterKind =
                r.matching(ro, rp, "matterKind", kIdRe, QStringLiteral("must be a lower-case identifier"));
            rule.fromEvent = r.str(ro, rp, "fromEvent", true);
            if (!QStringList{QStringLiteral("receipt"), QStringLiteral("acceptance"), QStringLiteral("decision")}
                     .contains(rule.fromEvent) &&
                !rule.fromEvent.isEmpty())
                r.issue(Reader::join(rp, "fromEvent"), QStringLiteral("must be receipt, acceptance or decision"));
            rule.days = r.integer(ro, rp, "days", 0, 3650);
            rule.workingDays = r.boolean(ro, rp, "workingDays", false);
            rule.labelVi = r.str(ro, rp, "labelVi", true);
            rule.labelEn = r.str(ro, rp, "labelEn", true);
            rule.legalBasis = r.str(ro, rp, "legalBasis", true);
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

// Checks that need several files at once.
void crossCheck(OfficeConfig &c, QList<ConfigIssue> &issues)
{
    for (qsizetype i = 0; i < c.counters.size(); ++i)
        for (const QString &sid : std::as_const(c.counters[i].serviceIds))
            if (!c.service(sid))
                issues.append({QStringLiteral("office.json"), QStringLiteral("counters[%1].services").arg(i),
                               QStringLiteral("no service '%1' in services.json").arg(sid)});
    for (const Service &s : std::as_const(c.services)) {
        bool called = false;
        for (const Counter &ctr : std::as_const(c.counters))
            called = called || ctr.serviceIds.contains(s.id);
        if (!called)
            issues.append({QStringLiteral("services.json"), s.id,
                           QStringLiteral("no counter calls this service (office.json counters)")});
    }
}

} // namespace

ConfigLoadResult loadConfig(const QString &dir)
{
    ConfigLoadResult res;
    res.config.dir = QDir(dir).absolutePath();
    if (!QFileInfo(dir).isDir()) {
        res.issues.append({dir, {}, QStringLiteral("the configuration directory does not exist")});
        return res;
    }
    loadOffice(dir, res.config, res.issues);
    loadServices(dir, res.config, res.issues);
    loadSchedule(dir, res.config, res.issues);
    loadHolidays(dir, res.config, res.issues);
    loadDeadlines(dir, res.config, res.issues);
    if (res.issues.isEmpty())
        crossCheck(res.config, res.issues);
    return res;
}

QList<ConfigIssue> applyScheduleChange(const QJsonObject &change, Schedule &schedule)
{
    QList<ConfigIssue> issues;
    Reader r(QStringLiteral("schedule change"), &issues);
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
        const QString id =
            r.matching(change, {}, "sessionId", kIdRe, QStringLiteral("must be a lower-case identifier"));
        if (!s.adHoc.removeIf([&](const AdHocSession &o) { return o.date == d && o.session.id == id; }))
            r.issue(QStringLiteral("sessionId"), QStringLiteral("no ad-hoc session '%1' on that date").arg(id));
    } else if (type == QLatin1String("periodic")) {
        r.onlyKeys(change, {}, {"type", "rule"});
        const PeriodicRule rule = readPeriodic(r, r.object(change, {}, "rule", true), QStringLiteral("rule"));
        s.periodic.removeIf([&](const PeriodicRule &o) { return o.id == rule.id; });
        s.periodic << rule;
    } else if (type == QLatin1String("periodicRemoved")) {
        r.onlyKeys(change, {}, {"type", "id"});
        const QString id = r.matching(change, {}, "id", kIdRe, QStringLiteral("must be a lower-case identifier"));
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
