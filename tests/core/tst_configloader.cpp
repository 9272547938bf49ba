// ConfigLoader: the shipped kiosk-config loads cleanly with the expected
// values; a copy with one file broken in one way is refused with an issue
// that names the file, the key path and what is wrong. Schedule changes
// from the department server: tst_schedulechange; the reader's getters on
// their own: tst_jsonreader.
#include "configloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tiepdan;
using namespace Qt::StringLiterals;

namespace {

const QStringList kFiles = {QStringLiteral("office.json"), QStringLiteral("services.json"),
                            QStringLiteral("schedule.json"), QStringLiteral("holidays.json"),
                            QStringLiteral("deadlines.json")};

const QString kShipped = QStringLiteral(TIEPDAN_CONFIG_DIR);

// The loader reads files up to this size (configloader.cpp, kMaxConfigFile).
constexpr qint64 kLimit = 4 * 1024 * 1024;

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

// A private copy of the shipped configuration that one row may break.
class ConfigCopy {
public:
    ConfigCopy()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &f : kFiles)
            QVERIFY2(QFile::copy(QDir(kShipped).filePath(f), path(f)), qPrintable(f));
        m_ok = true;
    }
    bool ok() const { return m_ok; }
    QString dir() const { return m_dir.path(); }
    QString path(const QString &file) const { return QDir(m_dir.path()).filePath(file); }

    QByteArray read(const QString &file) const
    {
        QFile f(path(file));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }
    bool write(const QString &file, const QByteArray &data) const
    {
        QFile f(path(file));
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

const ConfigIssue *findIssue(const ConfigLoadResult &r, const QString &file, const QString &key, const QString &message)
{
    for (const ConfigIssue &i : r.issues)
        if (i.file.contains(file) && i.key == key && i.message.contains(message))
            return &i;
    return nullptr;
}

// Adds one corrupt-copy row.
//   op "replace": `edits` holds pairs (from, to); each `from` must occur in
//                 the shipped file; its first occurrence is replaced.
//   op "write":   the file's whole content becomes edits[0].
//   op "remove":  the file is deleted.
//   op "pad":     the file is padded with spaces to edits[0] bytes (valid JSON).
//   op "nodir":   the configuration directory does not exist.
void row(const char *name, const char *file, const char *op, const QStringList &edits, const char *expFile,
         const char *expKey, const char *expMessage, const char *bug = "")
{
    QTest::newRow(name) << u8(file) << u8(op) << edits << u8(expFile) << u8(expKey) << u8(expMessage) << u8(bug);
}

// Decomposes precomposed Vietnamese letters (NFD), as some keyboards send them.
QString nfd(const QString &s)
{
    return s.normalized(QString::NormalizationForm_D);
}

} // namespace

class TestConfigLoader : public QObject {
    Q_OBJECT

private slots:
    void shippedConfig();
    void shippedIssueFree();
    void ruleSetsSortedWhateverTheFileOrder();

    void corrupt_data();
    void corrupt();

    void sizeLimit_data();
    void sizeLimit();

    void unicodeNormalised_data();
    void unicodeNormalised();

    void issueText();
};

void TestConfigLoader::shippedConfig()
{
    const ConfigLoadResult r = loadConfig(kShipped);
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QVERIFY(r.errorText().isEmpty());
    const OfficeConfig &c = r.config;

    QCOMPARE(c.dir, QDir(kShipped).absolutePath());
    QCOMPARE(c.office.code, QStringLiteral("BN-KV1"));
    QCOMPARE(c.office.agencyCode, QStringLiteral("THADS-BN"));
    QCOMPARE(c.office.province, u8("Bắc Ninh"));
    QCOMPARE(c.languages, (QStringList{QStringLiteral("vi"), QStringLiteral("en")}));

    // Services: five, in file order, one confidential (denunciation).
    QCOMPARE(c.services.size(), 5);
    const QStringList ids = {QStringLiteral("complaint"), QStringLiteral("denunciation"), QStringLiteral("petition"),
                             QStringLiteral("leader"), QStringLiteral("info")};
    const QStringList prefixes = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                                  QStringLiteral("E")};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(c.services[i].id, ids[i]);
        QCOMPARE(c.services[i].prefix, prefixes[i]);
        QCOMPARE(c.services[i].confidential, ids[i] == QLatin1String("denunciation"));
    }
    const Service *den = c.service(QStringLiteral("denunciation"));
    QVERIFY(den);
    QVERIFY(den->kind == ServiceKind::Denunciation);
    QVERIFY(den->confidential);
    QCOMPARE(den->expectedServiceMinutes, 25);
    QVERIFY(c.serviceByPrefix(QStringLiteral("D"))->kind == ServiceKind::LeaderMeeting);
    QVERIFY(c.service(QStringLiteral("info"))->kind == ServiceKind::Other);

    // Counters 1..3, each calling only known services.
    QCOMPARE(c.counters.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(c.counters[i].number, i + 1);
        for (const QString &sid : c.counters[i].serviceIds)
            QVERIFY2(c.service(sid), qPrintable(sid));
    }
    QCOMPARE(c.counter(3)->serviceIds, QStringList{QStringLiteral("leader")});
    QVERIFY(!c.counter(4));

    // Queue policy.
    QCOMPARE(c.priority.mode, PriorityPolicy::Mode::Interleaved);
    QCOMPARE(c.priority.interleaveEvery, 3);
    QCOMPARE(c.priority.noShowAfterRecalls, 2);
    QCOMPARE(c.priority.categories.size(), 4);

    // Groups (Decree 124/2020, Art. 6).
    QCOMPARE(c.groups.minPeople, 5);
    QCOMPARE(c.groups.bands.size(), 2);
    QCOMPARE(c.groups.bands[0].maxRepresentatives, 2);
    QCOMPARE(c.groups.bands[1].toPeople, 0);
    QCOMPARE(c.groups.bands[1].maxRepresentatives, 5);

    // Schedule.
    QCOMPARE(c.schedule.workingWeekdays, (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(c.schedule.regularSessions.size(), 2);
    QCOMPARE(c.schedule.regularSessions[0].start, QTime(7, 30));
    QCOMPARE(c.schedule.regularSessions[1].end, QTime(16, 30));
    QCOMPARE(c.schedule.periodic.size(), 2);
    QCOMPARE(c.schedule.periodic[0].id, QStringLiteral("head-monthly"));
    QCOMPARE(c.schedule.periodic[0].kind, PeriodicRule::Kind::Monthly);
    QCOMPARE(c.schedule.periodic[0].dayOfMonth, 15);
    QCOMPARE(c.schedule.periodic[1].kind, PeriodicRule::Kind::Weekly);
    QCOMPARE(c.schedule.periodic[1].weekdays, QList<int>{2});
    QCOMPARE(c.schedule.periodic[1].moveToNextWorkingDay, false);
    QVERIFY(c.schedule.adHoc.isEmpty());

    // Holidays: Tết 2026 starts on 2026-02-16.
    QVERIFY(c.schedule.holidays.contains(QDate(2026, 2, 16)));
    QVERIFY(c.schedule.holidays.contains(QDate(2026, 9, 2)));
    QVERIFY(!c.schedule.holidays.contains(QDate(2026, 2, 23)));
    QCOMPARE(c.schedule.holidays.size(), 24);
    QVERIFY(c.schedule.holidays.contains(QDate(2026, 1, 2)));
    QVERIFY(c.schedule.holidays.contains(QDate(2026, 8, 31)));
    QVERIFY(c.schedule.holidayYears.contains(2026));
    QVERIFY(c.schedule.holidayYears.contains(2027));

    // Deadline rule sets, sorted by effective date.
    QCOMPARE(c.deadlineRuleSets.size(), 2);
    for (qsizetype i = 1; i < c.deadlineRuleSets.size(); ++i)
        QVERIFY(c.deadlineRuleSets[i - 1].effectiveFrom < c.deadlineRuleSets[i].effectiveFrom);
    QCOMPARE(c.deadlineRuleSets.first().effectiveFrom, QDate(2015, 7, 1));
    QCOMPARE(c.deadlineRuleSets.last().effectiveFrom, QDate(2026, 7, 1));
    QCOMPARE(c.deadlineRuleSets.first().rules.size(), 20);
    // The filing periods of an enforcement complaint depend on the measure
    // complained about (Art. 140): each carries its measure, the others none.
    for (const DeadlineRuleSet &set : c.deadlineRuleSets)
        for (const DeadlineRule &rule : set.rules)
            QCOMPARE(rule.measure, rule.id.startsWith(QLatin1String("enforcement.file."))
                                       ? rule.id.mid(QStringLiteral("enforcement.file.").size())
                                       : QString());

    // Security and kiosk.
    QCOMPARE(c.security.officeKeyFile, QStringLiteral("keys/office.key"));
    QCOMPARE(c.security.sealKeyFile, QStringLiteral("keys/seal.key"));
    QCOMPARE(c.kiosk.printer, KioskSettings::Printer::Cups);
    QVERIFY(c.kiosk.exitPinHash.startsWith(QLatin1String("$argon2id$")));
    QCOMPARE(c.server.enabled, false);
}

void TestConfigLoader::shippedIssueFree()
{
    // An unmodified copy loads exactly like the original: the fixture is sound.
    ConfigCopy copy;
    QVERIFY(copy.ok());
    const ConfigLoadResult r = loadConfig(copy.dir());
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r.config.office.code, QStringLiteral("BN-KV1"));
}

void TestConfigLoader::ruleSetsSortedWhateverTheFileOrder()
{
    ConfigCopy copy;
    QVERIFY(copy.ok());
    QJsonObject root = QJsonDocument::fromJson(copy.read(QStringLiteral("deadlines.json"))).object();
    QJsonArray sets = root.value(QStringLiteral("ruleSets")).toArray();
    QCOMPARE(sets.size(), 2);
    // Newest first in the file, plus a third set in between.
    QJsonObject middle = sets[0].toObject();
    middle[QStringLiteral("id")] = QStringLiteral("2020");
    middle[QStringLiteral("effectiveFrom")] = QStringLiteral("2020-01-01");
    root[QStringLiteral("ruleSets")] = QJsonArray{sets[1], sets[0], middle};
    QVERIFY(copy.write(QStringLiteral("deadlines.json"), QJsonDocument(root).toJson()));

    const ConfigLoadResult r = loadConfig(copy.dir());
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QStringList order;
    for (const DeadlineRuleSet &s : r.config.deadlineRuleSets)
        order << s.id;
    QCOMPARE(order, (QStringList{QStringLiteral("2014"), QStringLiteral("2020"), QStringLiteral("2026")}));
}

// --- one broken file at a time ------------------------------------------

void TestConfigLoader::corrupt_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QString>("expFile");
    QTest::addColumn<QString>("expKey");
    QTest::addColumn<QString>("expMessage");
    QTest::addColumn<QString>("bug");

    // Damage that any of the five files can suffer.
    for (const QString &f : kFiles) {
        const QByteArray fn = f.toUtf8();
        const char *c = fn.constData();
        QTest::addRow("%s missing", c) << f << u8("remove") << QStringList() << f << QString()
                                       << u8("cannot read the file") << QString();
        QTest::addRow("%s empty", c) << f << u8("write") << QStringList{QString()} << f << QString()
                                     << u8("not valid JSON at byte 0") << QString();
        QTest::addRow("%s blank", c) << f << u8("write") << QStringList{u8(" \n\t\n")} << f << QString()
                                     << u8("not valid JSON at byte") << QString();
        QTest::addRow("%s truncated", c) << f << u8("truncate") << QStringList() << f << QString()
                                         << u8("not valid JSON at byte") << QString();
        QTest::addRow("%s top-level array", c) << f << u8("write") << QStringList{u8("[{\"a\": 1}]")} << f << QString()
                                               << u8("top level must be a JSON object") << QString();
        QTest::addRow("%s top-level empty array", c) << f << u8("write") << QStringList{u8("[]")} << f << QString()
                                                     << u8("top level must be a JSON object") << QString();
        QTest::addRow("%s unknown top-level key", c)
            << f << u8("replace") << QStringList{u8("{"), u8("{ \"comment\": \"x\",")} << f << u8("comment")
            << u8("unknown key") << QString();
    }

    // The empty object {}: every required key is missing.
    row("office.json {}", "office.json", "write", {u8("{}")}, "office.json", "schemaVersion", "required");
    row("services.json {}", "services.json", "write", {u8("{}")}, "services.json", "services", "");
    row("schedule.json {}", "schedule.json", "write", {u8("{}")}, "schedule.json", "workingWeekdays", "");
    row("holidays.json {}", "holidays.json", "write", {u8("{}")}, "holidays.json", "years", "");
    row("deadlines.json {}", "deadlines.json", "write", {u8("{}")}, "deadlines.json", "ruleSets", "");

    // Invalid JSON inside an otherwise good file.
    row("office.json missing comma", "office.json", "replace",
        {u8("\"code\": \"BN-KV1\","), u8("\"code\": \"BN-KV1\"")}, "office.json", "", "not valid JSON at byte");
    row("services.json trailing comma", "services.json", "replace",
        {u8("\"expectedServiceMinutes\": 8 }"), u8("\"expectedServiceMinutes\": 8, }")}, "services.json", "",
        "not valid JSON at byte");
    row("schedule.json single quotes", "schedule.json", "replace", {u8("\"adHoc\": []"), u8("'adHoc': []")},
        "schedule.json", "", "not valid JSON at byte");
    row("holidays.json comment", "holidays.json", "replace", {u8("\"years\": {"), u8("// holidays\n  \"years\": {")},
        "holidays.json", "", "not valid JSON at byte");

    // office.json
    row("schemaVersion 2", "office.json", "replace", {u8("\"schemaVersion\": 1,"), u8("\"schemaVersion\": 2,")},
        "office.json", "schemaVersion", "schema version 1");
    row("office.code missing", "office.json", "replace", {u8("\"code\": \"BN-KV1\","), QString()}, "office.json",
        "office.code", "is required");
    row("office.name missing", "office.json", "replace",
        {u8("\"name\": \"Phòng Thi hành án dân sự khu vực 1 - Bắc Ninh\","), QString()}, "office.json", "office.name",
        "is required");
    row("office.code lower case", "office.json", "replace", {u8("\"code\": \"BN-KV1\""), u8("\"code\": \"bn-kv1\"")},
        "office.json", "office.code", "'bn-kv1' must be 2-16 capital letters");
    row("office.code too long", "office.json", "replace",
        {u8("\"code\": \"BN-KV1\""), u8("\"code\": \"BN-KV1-ABCDEFGHIJK\"")}, "office.json", "office.code",
        "must be 2-16 capital letters");
    row("office.code is a number", "office.json", "replace", {u8("\"code\": \"BN-KV1\""), u8("\"code\": 12")},
        "office.json", "office.code", "must be a string");
    row("office misspelt key", "office.json", "replace", {u8("\"province\": "), u8("\"provnce\": ")}, "office.json",
        "office.provnce", "unknown key");
    row("office missing key after misspelling", "office.json", "replace", {u8("\"province\": "), u8("\"provnce\": ")},
        "office.json", "office.province", "is required");
    row("language fr", "office.json", "replace", {u8("[\"vi\", \"en\"]"), u8("[\"vi\", \"fr\"]")}, "office.json",
        "languages", "'fr' is not available");
    row("no language", "office.json", "replace", {u8("[\"vi\", \"en\"]"), u8("[]")}, "office.json", "languages",
        "at least one language");
    row("interleaveEvery as string", "office.json", "replace",
        {u8("\"interleaveEvery\": 3,"), u8("\"interleaveEvery\": \"3\",")}, "office.json", "queue.interleaveEvery",
        "must be a whole number");
    row("interleaveEvery fraction", "office.json", "replace",
        {u8("\"interleaveEvery\": 3,"), u8("\"interleaveEvery\": 2.5,")}, "office.json", "queue.interleaveEvery",
        "must be a whole number");
    row("interleaveEvery 0", "office.json", "replace", {u8("\"interleaveEvery\": 3,"), u8("\"interleaveEvery\": 0,")},
        "office.json", "queue.interleaveEvery", "between 1 and 100");
    row("noShowAfterRecalls null", "office.json", "replace",
        {u8("\"noShowAfterRecalls\": 2"), u8("\"noShowAfterRecalls\": null")}, "office.json",
        "queue.noShowAfterRecalls", "must be a whole number");
    row("noShowAfterRecalls 21", "office.json", "replace",
        {u8("\"noShowAfterRecalls\": 2"), u8("\"noShowAfterRecalls\": 21")}, "office.json", "queue.noShowAfterRecalls",
        "between 0 and 20");
    row("priorityMode misspelt value", "office.json", "replace",
        {u8("\"priorityMode\": \"interleaved\""), u8("\"priorityMode\": \"interleave\"")}, "office.json",
        "queue.priorityMode", "must be 'strict' or 'interleaved'");
    row("priorityMode missing", "office.json", "replace", {u8("\"priorityMode\": \"interleaved\","), QString()},
        "office.json", "queue.priorityMode", "is required");
    row("queue misspelt key", "office.json", "replace", {u8("\"priorityCategories\""), u8("\"priorityCategory\"")},
        "office.json", "queue.priorityCategory", "unknown key");
    row("groups not an object", "office.json", "replace", {u8("\"groups\": {"), u8("\"groups\": 5, \"x\": {")},
        "office.json", "groups", "must be an object");
    row("duplicate counter number", "office.json", "replace", {u8("{ \"number\": 2,"), u8("{ \"number\": 1,")},
        "office.json", "counters[1]", "counter number 1 is used twice");
    row("counter number 100", "office.json", "replace", {u8("{ \"number\": 3,"), u8("{ \"number\": 100,")},
        "office.json", "counters[2].number", "between 1 and 99");
    row("counter number missing", "office.json", "replace", {u8("{ \"number\": 3,"), u8("{")}, "office.json",
        "counters[2].number", "is required");
    row("counter names unknown service", "office.json", "replace",
        {u8("\"services\": [\"leader\"]"), u8("\"services\": [\"leader\", \"enforcement\"]")}, "office.json",
        "counters[2].services", "no service 'enforcement' in services.json");
    row("counter names misspelt service", "office.json", "replace",
        {u8("[\"complaint\", \"petition\", \"info\"]"), u8("[\"complaint\", \"petition\", \"info\", \"infos\"]")},
        "office.json", "counters[0].services", "no service 'infos'");
    row("service called by no counter", "office.json", "replace",
        {u8("\"services\": [\"leader\"]"), u8("\"services\": [\"complaint\"]")}, "services.json", "leader",
        "no counter calls this service");
    row("band maxRepresentatives missing", "office.json", "replace",
        {u8("{ \"fromPeople\": 11, \"maxRepresentatives\": 5 }"), u8("{ \"fromPeople\": 11 }")}, "office.json",
        "groups.bands[1].maxRepresentatives", "is required");
    row("same key file twice", "office.json", "replace",
        {u8("\"sealKeyFile\": \"keys/seal.key\""), u8("\"sealKeyFile\": \"keys/office.key\"")}, "office.json",
        "security.sealKeyFile", "must differ from officeKeyFile");
    row("idle warning too long", "office.json", "replace",
        {u8("\"idleWarningSeconds\": 20"), u8("\"idleWarningSeconds\": 90")}, "office.json", "kiosk.idleWarningSeconds",
        "shorter than idleSeconds");
    row("tone style unknown", "office.json", "replace",
        {u8("\"pinAttempts\": 5"), u8("\"pinAttempts\": 5, \"toneStyle\": \"hoa\"")}, "office.json", "kiosk.toneStyle",
        "traditional");
    row("printer kind unknown", "office.json", "replace", {u8("\"kind\": \"cups\""), u8("\"kind\": \"laser\"")},
        "office.json", "kiosk.printer.kind", "must be none, cups");
    row("escpos-tcp without host", "office.json", "replace", {u8("\"kind\": \"cups\""), u8("\"kind\": \"escpos-tcp\"")},
        "office.json", "kiosk.printer.host", "is required");
    row("exit PIN in the clear", "office.json", "replace",
        {u8("\"exitPinHash\": \"$argon2id$"), u8("\"exitPinHash\": \"246810$")}, "office.json", "kiosk.exitPinHash",
        "$argon2id$");
    row("server over plain http", "office.json", "replace",
        {u8("\"enabled\": false"), u8("\"enabled\": true"), u8("\"https://thads"), u8("\"http://thads")}, "office.json",
        "server.url", "must use https://");
    row("server enabled as string", "office.json", "replace", {u8("\"enabled\": false"), u8("\"enabled\": \"no\"")},
        "office.json", "server.enabled", "must be true or false");

    // services.json
    row("prefix missing", "services.json", "replace", {u8("\"prefix\": \"B\", "), QString()}, "services.json",
        "services[1].prefix", "is required");
    row("prefix lower case", "services.json", "replace", {u8("\"prefix\": \"B\""), u8("\"prefix\": \"b\"")},
        "services.json", "services[1].prefix", "'b' must be one or two capital letters A-Z");
    row("prefix three letters", "services.json", "replace", {u8("\"prefix\": \"E\""), u8("\"prefix\": \"EEE\"")},
        "services.json", "services[4].prefix", "'EEE' must be one or two capital letters");
    row("prefix a digit", "services.json", "replace", {u8("\"prefix\": \"C\""), u8("\"prefix\": \"1\"")},
        "services.json", "services[2].prefix", "must be one or two capital letters");
    row("duplicate ticket prefix", "services.json", "replace", {u8("\"prefix\": \"C\""), u8("\"prefix\": \"A\"")},
        "services.json", "services[2]", "ticket prefix 'A' is used twice");
    row("duplicate service id", "services.json", "replace", {u8("\"id\": \"petition\""), u8("\"id\": \"complaint\"")},
        "services.json", "services[2]", "service id 'complaint' is used twice");
    row("service id upper case", "services.json", "replace", {u8("\"id\": \"info\""), u8("\"id\": \"Info\"")},
        "services.json", "services[4].id", "must be a lower-case identifier");
    row("service kind unknown", "services.json", "replace", {u8("\"kind\": \"other\""), u8("\"kind\": \"misc\"")},
        "services.json", "services[4].kind", "'misc' is not one of");
    row("denunciation not confidential", "services.json", "replace",
        {u8("\"confidential\": true"), u8("\"confidential\": false")}, "services.json", "services[1].confidential",
        "always confidential");
    row("confidential as string", "services.json", "replace",
        {u8("\"confidential\": true"), u8("\"confidential\": \"yes\"")}, "services.json", "services[1].confidential",
        "must be true or false");
    row("misspelt expectedServiceMinutes", "services.json", "replace",
        {u8("\"expectedServiceMinutes\": 20"), u8("\"expectedServiceMinute\": 20")}, "services.json",
        "services[0].expectedServiceMinute", "unknown key");
    row("expectedServiceMinutes 0", "services.json", "replace",
        {u8("\"expectedServiceMinutes\": 20"), u8("\"expectedServiceMinutes\": 0")}, "services.json",
        "services[0].expectedServiceMinutes", "between 1 and 480");
    row("expectedServiceMinutes as string", "services.json", "replace",
        {u8("\"expectedServiceMinutes\": 20"), u8("\"expectedServiceMinutes\": \"20\"")}, "services.json",
        "services[0].expectedServiceMinutes", "must be a whole number");
    row("nameVi blank", "services.json", "replace", {u8("\"nameVi\": \"Khiếu nại\""), u8("\"nameVi\": \"   \"")},
        "services.json", "services[0].nameVi", "must not be empty");
    row("no service", "services.json", "write", {u8("{ \"services\": [] }")}, "services.json", "services",
        "at least one service");
    row("services not a list", "services.json", "write", {u8("{ \"services\": {} }")}, "services.json", "services",
        "must be a list");

    // schedule.json
    row("session end before start", "schedule.json", "replace",
        {u8("\"start\": \"07:30\", \"end\": \"11:30\""), u8("\"start\": \"11:30\", \"end\": \"07:30\"")},
        "schedule.json", "regular.sessions[0].end", "must be after the start");
    row("session end equals start", "schedule.json", "replace",
        {u8("\"start\": \"13:30\", \"end\": \"16:30\""), u8("\"start\": \"13:30\", \"end\": \"13:30\"")},
        "schedule.json", "regular.sessions[1].end", "must be after the start");
    row("periodic session end before start", "schedule.json", "replace",
        {u8("\"start\": \"14:00\", \"end\": \"16:30\""), u8("\"start\": \"14:00\", \"end\": \"09:00\"")},
        "schedule.json", "periodic[0].sessions[1].end", "must be after the start");
    row("time 25:00", "schedule.json", "replace", {u8("\"start\": \"13:30\""), u8("\"start\": \"25:00\"")},
        "schedule.json", "regular.sessions[1].start", "'25:00' must be a time written HH:MM");
    row("time 24:00", "schedule.json", "replace", {u8("\"end\": \"11:30\""), u8("\"end\": \"24:00\"")}, "schedule.json",
        "regular.sessions[0].end", "'24:00' must be a time written HH:MM");
    row("time 12:60", "schedule.json", "replace", {u8("\"end\": \"11:30\""), u8("\"end\": \"12:60\"")}, "schedule.json",
        "regular.sessions[0].end", "must be a time written HH:MM");
    row("time 7:30", "schedule.json", "replace", {u8("\"start\": \"07:30\""), u8("\"start\": \"7:30\"")},
        "schedule.json", "regular.sessions[0].start", "'7:30' must be a time written HH:MM");
    row("time as number", "schedule.json", "replace", {u8("\"start\": \"07:30\""), u8("\"start\": 730")},
        "schedule.json", "regular.sessions[0].start", "must be a string");
    row("weekday 8", "schedule.json", "replace",
        {u8("\"workingWeekdays\": [1, 2, 3, 4, 5]"), u8("\"workingWeekdays\": [1, 2, 3, 4, 8]")}, "schedule.json",
        "workingWeekdays[4]", "a weekday is 1 (Monday) to 7 (Sunday)");
    row("weekday 0 in a periodic rule", "schedule.json", "replace", {u8("\"weekdays\": [2]"), u8("\"weekdays\": [0]")},
        "schedule.json", "periodic[1].weekdays[0]", "a weekday is 1 (Monday) to 7 (Sunday)");
    row("weekday as string", "schedule.json", "replace", {u8("\"weekdays\": [2]"), u8("\"weekdays\": [\"2\"]")},
        "schedule.json", "periodic[1].weekdays[0]", "a weekday is 1");
    row("dayOfMonth 32", "schedule.json", "replace", {u8("\"dayOfMonth\": 15"), u8("\"dayOfMonth\": 32")},
        "schedule.json", "periodic[0].dayOfMonth", "between 1 and 31");
    row("periodic kind daily", "schedule.json", "replace", {u8("\"kind\": \"monthly\""), u8("\"kind\": \"daily\"")},
        "schedule.json", "periodic[0].kind", "must be 'weekly' or 'monthly'");
    row("capacity as string", "schedule.json", "replace", {u8("\"capacity\": 40"), u8("\"capacity\": \"40\"")},
        "schedule.json", "regular.sessions[0].capacity", "must be a whole number");
    row("capacity 0", "schedule.json", "replace", {u8("\"capacity\": 40"), u8("\"capacity\": 0")}, "schedule.json",
        "regular.sessions[0].capacity", "between 1 and 10000");
    row("moveToNextWorkingDay as string", "schedule.json", "replace",
        {u8("\"moveToNextWorkingDay\": true"), u8("\"moveToNextWorkingDay\": \"true\"")}, "schedule.json",
        "periodic[0].moveToNextWorkingDay", "must be true or false");
    row("duplicate session id", "schedule.json", "replace",
        {u8("{ \"id\": \"afternoon\", \"nameVi\": \"Buổi chiều\", \"nameEn\": \"Afternoon\", \"start\": \"13:30\""),
         u8("{ \"id\": \"morning\", \"nameVi\": \"Buổi chiều\", \"nameEn\": \"Afternoon\", \"start\": \"13:30\"")},
        "schedule.json", "regular.sessions[1]", "session id 'morning' is used twice");
    row("duplicate periodic rule id", "schedule.json", "replace",
        {u8("\"id\": \"deputy-weekly\""), u8("\"id\": \"head-monthly\"")}, "schedule.json", "periodic[1]",
        "rule id 'head-monthly' is used twice");
    row("receiverEn missing", "schedule.json", "replace", {u8("\"receiverEn\": \"Deputy head of office\","), QString()},
        "schedule.json", "periodic[1].receiverEn", "is required");
    row("misspelt bookingHorizonDays", "schedule.json", "replace",
        {u8("\"bookingHorizonDays\""), u8("\"bookingHorizonDay\"")}, "schedule.json", "bookingHorizonDay",
        "unknown key");
    row("misspelt session key", "schedule.json", "replace", {u8("\"capacity\": 40"), u8("\"capacty\": 40")},
        "schedule.json", "regular.sessions[0].capacty", "unknown key");
    row("no regular session", "schedule.json", "replace",
        {u8("\"sessions\": [\n      { \"id\": \"morning\", \"nameVi\": \"Buổi sáng\", \"nameEn\": \"Morning\", "
            "\"start\": \"07:30\", \"end\": \"11:30\", \"capacity\": 40 },\n      { \"id\": \"afternoon\", \"nameVi\": "
            "\"Buổi chiều\", \"nameEn\": \"Afternoon\", \"start\": \"13:30\", \"end\": \"16:30\", \"capacity\": 30 }\n "
            "   ]"),
         u8("\"sessions\": []")},
        "schedule.json", "regular.sessions", "needs at least one session");
    row("ad-hoc date invalid", "schedule.json", "replace",
        {u8("\"adHoc\": []"),
         u8("\"adHoc\": [{ \"date\": \"2026-13-01\", \"receiverVi\": \"Trưởng phòng\", \"receiverEn\": \"Head\", "
            "\"place\": \"Phòng 1\", \"session\": { \"id\": \"morning\", \"nameVi\": \"Sáng\", \"nameEn\": "
            "\"Morning\", "
            "\"start\": \"08:00\", \"end\": \"11:00\", \"capacity\": 5 } }]")},
        "schedule.json", "adHoc[0].date", "must be a date written YYYY-MM-DD");
    row("ad-hoc session end before start", "schedule.json", "replace",
        {u8("\"adHoc\": []"),
         u8("\"adHoc\": [{ \"date\": \"2026-03-03\", \"receiverVi\": \"Trưởng phòng\", \"receiverEn\": \"Head\", "
            "\"place\": \"Phòng 1\", \"session\": { \"id\": \"morning\", \"nameVi\": \"Sáng\", \"nameEn\": "
            "\"Morning\", "
            "\"start\": \"11:00\", \"end\": \"08:00\", \"capacity\": 5 } }]")},
        "schedule.json", "adHoc[0].session.end", "must be after the start");

    // holidays.json
    row("holiday from another year", "holidays.json", "replace", {u8("\"2026-04-27\""), u8("\"2025-04-27\"")},
        "holidays.json", "years.2026.holidays[7]", "2025-04-27 is not in 2026");
    row("holiday from next year", "holidays.json", "replace", {u8("\"2027-09-03\""), u8("\"2028-09-03\"")},
        "holidays.json", "years.2027.holidays[10]", "2028-09-03 is not in 2027");
    row("holiday 30 February", "holidays.json", "replace", {u8("\"2026-02-20\""), u8("\"2026-02-30\"")},
        "holidays.json", "years.2026.holidays[6]", "must be a date written YYYY-MM-DD");
    row("holiday written d/m/y", "holidays.json", "replace", {u8("\"2026-01-01\""), u8("\"01/01/2026\"")},
        "holidays.json", "years.2026.holidays[0]", "must be a date written YYYY-MM-DD");
    row("holiday as number", "holidays.json", "replace", {u8("\"2026-01-01\""), u8("20260101")}, "holidays.json",
        "years.2026.holidays[0]", "must be a date written YYYY-MM-DD");
    row("year key not a year", "holidays.json", "replace", {u8("\"2027\": {"), u8("\"27\": {")}, "holidays.json",
        "years.27", "the key must be a year");
    row("misspelt year key", "holidays.json", "replace",
        {u8("\"source\": \"Provisional"), u8("\"sources\": \"Provisional")}, "holidays.json", "years.2027.sources",
        "unknown key");
    row("holiday and working day", "holidays.json", "write",
        {u8("{ \"years\": { \"2026\": { \"holidays\": [\"2026-01-01\"], \"workingDays\": [\"2026-01-01\"] } } }")},
        "holidays.json", "years", "2026-01-01 is both a holiday and a working day");
    row("year without holidays list", "holidays.json", "write",
        {u8("{ \"years\": { \"2026\": { \"workingDays\": [] } } }")}, "holidays.json", "years.2026.holidays",
        "must be a list");

    // deadlines.json (first occurrence = ruleSets[0].rules[0] and so on)
    row("fromEvent unknown", "deadlines.json", "replace",
        {u8("\"fromEvent\": \"decision\""), u8("\"fromEvent\": \"filing\"")}, "deadlines.json",
        "ruleSets[0].rules[0].fromEvent", "must be receipt, acceptance or decision");
    row("days negative", "deadlines.json", "replace", {u8("\"days\": 90"), u8("\"days\": -1")}, "deadlines.json",
        "ruleSets[0].rules[0].days", "between 0 and 3650");
    row("days as string", "deadlines.json", "replace", {u8("\"days\": 90"), u8("\"days\": \"90\"")}, "deadlines.json",
        "ruleSets[0].rules[0].days", "must be a whole number");
    row("duplicate rule id in a set", "deadlines.json", "replace",
        {u8("\"id\": \"complaint.accept\""), u8("\"id\": \"complaint.file\"")}, "deadlines.json",
        "ruleSets[0].rules[1]", "rule id 'complaint.file' is used twice in this set");
    row("two sets on the same day", "deadlines.json", "replace",
        {u8("\"effectiveFrom\": \"2026-07-01\""), u8("\"effectiveFrom\": \"2015-07-01\"")}, "deadlines.json",
        "ruleSets[1]", "two rule sets take effect on the same day");
    row("effectiveFrom not ISO", "deadlines.json", "replace",
        {u8("\"effectiveFrom\": \"2026-07-01\""), u8("\"effectiveFrom\": \"2026-7-1\"")}, "deadlines.json",
        "ruleSets[1].effectiveFrom", "must be a date written YYYY-MM-DD");
    row("rule legalBasis missing", "deadlines.json", "replace",
        {u8("\"labelEn\": \"Time limit to file a complaint\",\n          \"legalBasis\": \"Luật Khiếu nại 2011, Điều "
            "9\""),
         u8("\"labelEn\": \"Time limit to file a complaint\"")},
        "deadlines.json", "ruleSets[0].rules[0].legalBasis", "is required");
    row("misspelt workingDays", "deadlines.json", "replace", {u8("\"workingDays\": true"), u8("\"workingDay\": true")},
        "deadlines.json", "ruleSets[0].rules[11].workingDay", "unknown key");
    row("workingDays as string", "deadlines.json", "replace",
        {u8("\"workingDays\": true"), u8("\"workingDays\": \"yes\"")}, "deadlines.json",
        "ruleSets[0].rules[11].workingDays", "must be true or false");
    row("measure unknown", "deadlines.json", "replace",
        {u8("\"measure\": \"coercion\""), u8("\"measure\": \"arrest\"")}, "deadlines.json",
        "ruleSets[0].rules[13].measure", "must be before_measures, account_freeze, security");
    row("rule id upper case", "deadlines.json", "replace",
        {u8("\"id\": \"complaint.file\""), u8("\"id\": \"Complaint.File\"")}, "deadlines.json",
        "ruleSets[0].rules[0].id", "must be a lower-case identifier");
    row("matterKind with space", "deadlines.json", "replace",
        {u8("\"matterKind\": \"complaint\""), u8("\"matterKind\": \"complaint enforcement\"")}, "deadlines.json",
        "ruleSets[0].rules[0].matterKind", "must be a lower-case identifier");

    // Size and location.
    row("deadlines.json of 5 MB", "deadlines.json", "pad", {QString::number(5 * 1024 * 1024)}, "deadlines.json", "",
        "larger than 4 MiB");
    row("office.json of 5 MB", "office.json", "pad", {QString::number(5 * 1000 * 1000)}, "office.json", "",
        "larger than 4 MiB");
    row("directory does not exist", "", "nodir", {}, "no-such-config", "",
        "the configuration directory does not exist");
    row("directory is a file", "", "fileasdir", {}, "office.json", "", "the configuration directory does not exist");
}

void TestConfigLoader::corrupt()
{
    QFETCH(QString, file);
    QFETCH(QString, op);
    QFETCH(QStringList, edits);
    QFETCH(QString, expFile);
    QFETCH(QString, expKey);
    QFETCH(QString, expMessage);
    QFETCH(QString, bug);

    ConfigCopy copy;
    QVERIFY(copy.ok());
    QString dir = copy.dir();

    if (op == QLatin1String("remove")) {
        QVERIFY(QFile::remove(copy.path(file)));
    } else if (op == QLatin1String("write")) {
        QVERIFY(copy.write(file, edits.value(0).toUtf8()));
    } else if (op == QLatin1String("truncate")) {
        const QByteArray data = copy.read(file);
        QVERIFY(data.size() > 100);
        QVERIFY(copy.write(file, data.left(data.size() / 2)));
    } else if (op == QLatin1String("replace")) {
        QVERIFY(edits.size() % 2 == 0 && !edits.isEmpty());
        QString text = QString::fromUtf8(copy.read(file));
        for (qsizetype i = 0; i < edits.size(); i += 2) {
            const qsizetype at = text.indexOf(edits[i]);
            QVERIFY2(at >= 0, qPrintable(QStringLiteral("'%1' is not in the shipped %2").arg(edits[i], file)));
            text.replace(at, edits[i].size(), edits[i + 1]);
        }
        QVERIFY(copy.write(file, text.toUtf8()));
    } else if (op == QLatin1String("pad")) {
        const qint64 size = edits.value(0).toLongLong();
        QByteArray data = copy.read(file);
        QVERIFY(size > data.size());
        data.append(QByteArray(size - data.size(), ' '));
        QVERIFY(copy.write(file, data));
        QCOMPARE(QFileInfo(copy.path(file)).size(), size);
        // Still valid JSON: only the size is wrong.
        QJsonParseError err;
        QJsonDocument::fromJson(data, &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
    } else if (op == QLatin1String("nodir")) {
        dir = QDir(copy.dir()).filePath(QStringLiteral("no-such-config"));
    } else if (op == QLatin1String("fileasdir")) {
        dir = copy.path(QStringLiteral("office.json"));
    } else {
        QFAIL(qPrintable(op));
    }

    const ConfigLoadResult r = loadConfig(dir);
    const ConfigIssue *hit = findIssue(r, expFile, expKey, expMessage);
    const QString got = r.ok() ? QStringLiteral("(loaded without issues)") : r.errorText();
    if (!bug.isEmpty())
        QEXPECT_FAIL("", qPrintable(bug), Continue);
    QVERIFY2(!r.ok() && hit,
             qPrintable(QStringLiteral("expected %1: %2: ...%3...; got:\n%4").arg(expFile, expKey, expMessage, got)));
    if (!hit)
        return;

    // The text for the CLI and the kiosk error screen: one line per issue,
    // "file: key: message".
    QVERIFY(!r.errorText().isEmpty());
    QCOMPARE(r.errorText().split(u'\n').size(), r.issues.size());
    QVERIFY(r.errorText().contains(hit->toString()));
    if (expKey.isEmpty())
        QCOMPARE(hit->toString(), hit->file + QStringLiteral(": ") + hit->message);
    else
        QCOMPARE(hit->toString(), hit->file + QStringLiteral(": ") + expKey + QStringLiteral(": ") + hit->message);
    for (const ConfigIssue &i : r.issues) {
        QVERIFY(!i.file.isEmpty());
        QVERIFY(!i.message.isEmpty());
        // Only the damaged file is blamed (cross-file checks blame the file
        // whose entry points nowhere).
        QVERIFY2(i.file.contains(expFile), qPrintable(i.toString()));
    }
    if (expMessage.contains(QLatin1String("not valid JSON")))
        QVERIFY2(QRegularExpression(QStringLiteral("at byte \\d+: \\S")).match(hit->message).hasMatch(),
                 qPrintable(hit->message));
}

// --- the 4 MiB limit ----------------------------------------------------

void TestConfigLoader::sizeLimit_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("ok");

    QTest::newRow("deadlines.json 1 MiB") << u8("deadlines.json") << qint64(1024 * 1024) << true;
    QTest::newRow("deadlines.json at 4 MiB") << u8("deadlines.json") << kLimit << true;
    QTest::newRow("deadlines.json 4 MiB + 1") << u8("deadlines.json") << kLimit + 1 << false;
    QTest::newRow("holidays.json 4 MiB + 1") << u8("holidays.json") << kLimit + 1 << false;
    QTest::newRow("holidays.json 5 MB") << u8("holidays.json") << qint64(5 * 1000 * 1000) << false;
}

void TestConfigLoader::sizeLimit()
{
    QFETCH(QString, file);
    QFETCH(qint64, size);
    QFETCH(bool, ok);

    ConfigCopy copy;
    QVERIFY(copy.ok());
    QByteArray data = copy.read(file);
    data.append(QByteArray(size - data.size(), '\n'));
    QVERIFY(copy.write(file, data));
    QCOMPARE(QFileInfo(copy.path(file)).size(), size);

    const ConfigLoadResult r = loadConfig(copy.dir());
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues[0].file, file);
        QVERIFY(r.issues[0].key.isEmpty());
        QVERIFY2(r.issues[0].message.contains(QLatin1String("4 MiB")), qPrintable(r.issues[0].message));
    }
}

// --- Unicode ------------------------------------------------------------

void TestConfigLoader::unicodeNormalised_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");  // NFC, as in the shipped file
    QTest::addColumn<QString>("field"); // which value to read back
    QTest::addColumn<QString>("padding");

    const QString name = u8("Phòng Thi hành án dân sự khu vực 1 - Bắc Ninh");
    QTest::newRow("office name NFD") << u8("office.json") << name << u8("office.name") << QString();
    QTest::newRow("office name NFD, padded") << u8("office.json") << name << u8("office.name") << u8("  ");
    QTest::newRow("agency name NFD") << u8("office.json") << u8("Thi hành án dân sự tỉnh Bắc Ninh")
                                     << u8("office.agencyName") << QString();
    QTest::newRow("service name NFD") << u8("services.json") << u8("Tố cáo") << u8("services[1].nameVi") << QString();
    QTest::newRow("receiver NFD") << u8("schedule.json") << u8("Phó Trưởng phòng") << u8("periodic[1].receiverVi")
                                  << u8(" ");
    QTest::newRow("rule label NFD") << u8("deadlines.json") << u8("Giải quyết tố cáo")
                                    << u8("deadline 2026 denunciation.resolve labelVi") << QString();
}

void TestConfigLoader::unicodeNormalised()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QString, field);
    QFETCH(QString, padding);

    const QString decomposed = nfd(text);
    QVERIFY(decomposed != text); // the row really holds composed letters
    QCOMPARE(decomposed.normalized(QString::NormalizationForm_C), text);

    ConfigCopy copy;
    QVERIFY(copy.ok());
    QString json = QString::fromUtf8(copy.read(file));
    const QString quoted = u'"' + text + u'"';
    QVERIFY2(json.contains(quoted), qPrintable(text));
    json.replace(quoted, u'"' + padding + decomposed + padding + u'"');
    QVERIFY(!json.contains(quoted));
    QVERIFY(copy.write(file, json.toUtf8()));

    const ConfigLoadResult r = loadConfig(copy.dir());
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    const OfficeConfig &c = r.config;
    QString value;
    if (field == QLatin1String("office.name")) {
        value = c.office.name;
    } else if (field == QLatin1String("office.agencyName")) {
        value = c.office.agencyName;
    } else if (field == QLatin1String("services[1].nameVi")) {
        value = c.services.value(1).nameVi;
    } else if (field == QLatin1String("periodic[1].receiverVi")) {
        value = c.schedule.periodic.value(1).receiverVi;
    } else {
        for (const DeadlineRule &rule : c.deadlineRuleSets.last().rules)
            if (rule.id == QLatin1String("denunciation.resolve"))
                value = rule.labelVi;
    }
    QCOMPARE(value, text);
    QCOMPARE(value, value.normalized(QString::NormalizationForm_C));
    QVERIFY(value != nfd(text));
}

void TestConfigLoader::issueText()
{
    // The example from kiosk-config/SCHEMA.md, word for word.
    ConfigCopy copy;
    QVERIFY(copy.ok());
    QString json = QString::fromUtf8(copy.read(QStringLiteral("services.json")));
    json.replace(QStringLiteral("\"prefix\": \"B\""), QStringLiteral("\"prefix\": \"b\""));
    QVERIFY(copy.write(QStringLiteral("services.json"), json.toUtf8()));
    const ConfigLoadResult r = loadConfig(copy.dir());
    QCOMPARE(r.issues.size(), 1);
    QCOMPARE(r.errorText(),
             QStringLiteral("services.json: services[1].prefix: 'b' must be one or two capital letters A-Z"));

    // Issues in several files are all reported, one line each.
    json.replace(QStringLiteral("\"prefix\": \"C\""), QStringLiteral("\"prefix\": \"c\""));
    QVERIFY(copy.write(QStringLiteral("services.json"), json.toUtf8()));
    QVERIFY(QFile::remove(copy.path(QStringLiteral("holidays.json"))));
    const ConfigLoadResult r2 = loadConfig(copy.dir());
    QCOMPARE(r2.issues.size(), 3);
    const QStringList lines = r2.errorText().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QLatin1String("services.json: services[1].prefix: ")));
    QVERIFY(lines[1].startsWith(QLatin1String("services.json: services[2].prefix: ")));
    QVERIFY(lines[2].startsWith(QLatin1String("holidays.json: cannot read the file")));

    ConfigIssue noKey{QStringLiteral("office.json"), QString(), QStringLiteral("boom")};
    QCOMPARE(noKey.toString(), QStringLiteral("office.json: boom"));
}

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
