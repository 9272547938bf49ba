// JsonReader (jsonreader.h), the typed getters every kiosk-config loader is
// written with: what each gives back for a missing, mistyped, out-of-range
// or well-formed value, and the one issue (file, key path, message) it
// records; reading a file that cannot be used.
#include "jsonreader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace tiepdan;
using namespace Qt::StringLiterals;

class TestJsonReader : public QObject {
    Q_OBJECT

private slots:
    void getters_data();
    void getters();
    void onlyKeys();
    void paths();
    void load_data();
    void load();
};

void TestJsonReader::getters_data()
{
    QTest::addColumn<QByteArray>("json");   // the object read, under path "p"
    QTest::addColumn<QString>("getter");    // which call (see getters())
    QTest::addColumn<QString>("value");     // what it gives back, as text
    QTest::addColumn<QString>("issueKey");  // empty: no issue
    QTest::addColumn<QString>("issueText"); // part of the message

    QTest::newRow("str") << QByteArray(R"({"k": "  trimmed  "})") << u"str"_s << u"trimmed"_s << QString() << QString();
    QTest::newRow("str NFC") << QByteArray("{\"k\": \"Nguye\xcc\x82\xcc\x83n\"}") << u"str"_s << u"Nguyễn"_s
                             << QString() << QString();
    QTest::newRow("str missing, optional") << QByteArray("{}") << u"str"_s << u"default"_s << QString() << QString();
    QTest::newRow("str null, optional") << QByteArray(R"({"k": null})") << u"str"_s << u"default"_s << QString()
                                        << QString();
    QTest::newRow("str missing, required")
        << QByteArray("{}") << u"required str"_s << QString() << u"p.k"_s << u"is required"_s;
    QTest::newRow("str empty, required") << QByteArray(R"({"k": "   "})") << u"required str"_s << QString() << u"p.k"_s
                                         << u"must not be empty"_s;
    QTest::newRow("str of a number") << QByteArray(R"({"k": 5})") << u"str"_s << u"default"_s << u"p.k"_s
                                     << u"must be a string"_s;
    QTest::newRow("identifier") << QByteArray(R"({"k": "head-weekly.2"})") << u"identifier"_s << u"head-weekly.2"_s
                                << QString() << QString();
    QTest::newRow("identifier in capitals") << QByteArray(R"({"k": "Complaint"})") << u"identifier"_s << u"Complaint"_s
                                            << u"p.k"_s << u"'Complaint' must be a lower-case"_s;
    QTest::newRow("identifier from a digit")
        << QByteArray(R"({"k": "2026"})") << u"identifier"_s << u"2026"_s << u"p.k"_s << u"lower-case identifier"_s;
    QTest::newRow("integer") << QByteArray(R"({"k": 7})") << u"integer"_s << u"7"_s << QString() << QString();
    QTest::newRow("integer missing, default") << QByteArray("{}") << u"integer"_s << u"3"_s << QString() << QString();
    QTest::newRow("integer missing, required")
        << QByteArray("{}") << u"required integer"_s << u"1"_s << u"p.k"_s << u"is required"_s;
    QTest::newRow("integer with a fraction")
        << QByteArray(R"({"k": 1.5})") << u"integer"_s << u"3"_s << u"p.k"_s << u"must be a whole number"_s;
    QTest::newRow("integer as text") << QByteArray(R"({"k": "7"})") << u"integer"_s << u"3"_s << u"p.k"_s
                                     << u"must be a whole number"_s;
    QTest::newRow("integer above the range")
        << QByteArray(R"({"k": 11})") << u"integer"_s << u"3"_s << u"p.k"_s << u"must be between 1 and 10"_s;
    QTest::newRow("integer below the range, required")
        << QByteArray(R"({"k": 0})") << u"required integer"_s << u"1"_s << u"p.k"_s << u"must be between 1 and 10"_s;
    QTest::newRow("boolean") << QByteArray(R"({"k": false})") << u"boolean"_s << u"false"_s << QString() << QString();
    QTest::newRow("boolean missing") << QByteArray("{}") << u"boolean"_s << u"true"_s << QString() << QString();
    QTest::newRow("boolean as text") << QByteArray(R"({"k": "yes"})") << u"boolean"_s << u"true"_s << u"p.k"_s
                                     << u"must be true or false"_s;
    QTest::newRow("object missing, optional") << QByteArray("{}") << u"object"_s << u"{}"_s << QString() << QString();
    QTest::newRow("object missing, required")
        << QByteArray("{}") << u"required object"_s << u"{}"_s << u"p.k"_s << u"must be an object"_s;
    QTest::newRow("object of a list") << QByteArray(R"({"k": [1]})") << u"object"_s << u"{}"_s << u"p.k"_s
                                      << u"must be an object"_s;
    QTest::newRow("array") << QByteArray(R"({"k": [1, 2]})") << u"array"_s << u"[1,2]"_s << QString() << QString();
    QTest::newRow("array missing, required")
        << QByteArray("{}") << u"required array"_s << u"[]"_s << u"p.k"_s << u"must be a list"_s;
    QTest::newRow("date") << QByteArray(R"({"k": "2026-11-23"})") << u"date"_s << u"2026-11-23"_s << QString()
                          << QString();
    QTest::newRow("date written dd/mm/yyyy")
        << QByteArray(R"({"k": "23/11/2026"})") << u"date"_s << QString() << u"p.k"_s << u"YYYY-MM-DD"_s;
    QTest::newRow("date of a number") << QByteArray(R"({"k": 20261123})") << u"date"_s << QString() << u"p.k"_s
                                      << u"YYYY-MM-DD"_s;
    QTest::newRow("time") << QByteArray(R"({"k": "07:30"})") << u"time"_s << u"07:30"_s << QString() << QString();
    QTest::newRow("time without a colon")
        << QByteArray(R"({"k": "0730"})") << u"time"_s << QString() << u"p.k"_s << u"'0730' must be a time"_s;
}

void TestJsonReader::getters()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, getter);
    QFETCH(QString, value);
    QFETCH(QString, issueKey);
    QFETCH(QString, issueText);
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(json, &err).object();
    QCOMPARE(err.error, QJsonParseError::NoError);
    QList<ConfigIssue> issues;
    JsonReader r(u"test.json"_s, &issues);
    const QString p = u"p"_s;
    auto text = [](const QJsonValue &v) {
        return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    };
    QString got;
    if (getter == u"str"_s)
        got = r.str(o, p, "k", false, u"default"_s);
    else if (getter == u"required str"_s)
        got = r.str(o, p, "k", true);
    else if (getter == u"identifier"_s)
        got = r.identifier(o, p, "k");
    else if (getter == u"integer"_s)
        got = QString::number(r.integer(o, p, "k", 1, 10, 3));
    else if (getter == u"required integer"_s)
        got = QString::number(r.integer(o, p, "k", 1, 10));
    else if (getter == u"boolean"_s)
        got = r.boolean(o, p, "k", true) ? u"true"_s : u"false"_s;
    else if (getter == u"object"_s)
        got = text(r.object(o, p, "k", false));
    else if (getter == u"required object"_s)
        got = text(r.object(o, p, "k", true));
    else if (getter == u"array"_s)
        got = text(r.array(o, p, "k", false));
    else if (getter == u"required array"_s)
        got = text(r.array(o, p, "k", true));
    else if (getter == u"date"_s)
        got = r.date(o.value(u"k"_s), JsonReader::join(p, "k")).toString(Qt::ISODate);
    else if (getter == u"time"_s)
        got = r.time(o, p, "k").toString(u"HH:mm"_s);
    else
        QFAIL(qPrintable(getter));
    QCOMPARE(got, value);
    if (issueKey.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().file, u"test.json"_s);
    QCOMPARE(issues.first().key, issueKey);
    QVERIFY2(issues.first().message.contains(issueText), qPrintable(issues.first().message));
}

void TestJsonReader::onlyKeys()
{
    QList<ConfigIssue> issues;
    JsonReader r(u"office.json"_s, &issues);
    const QJsonObject o = QJsonDocument::fromJson(R"({"name": 1, "nmae": 2, "code": 3})").object();
    r.onlyKeys(o, u"office"_s, {"name", "code"});
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().toString(), u"office.json: office.nmae: unknown key (misspelt?)"_s);
    issues.clear();
    r.onlyKeys(o, {}, {"name", "nmae", "code"});
    QVERIFY(issues.isEmpty());
}

void TestJsonReader::paths()
{
    QCOMPARE(JsonReader::join(QString(), "kiosk"), u"kiosk"_s);
    QCOMPARE(JsonReader::join(u"kiosk"_s, "printer"), u"kiosk.printer"_s);
    QCOMPARE(JsonReader::at(u"services"_s, 2), u"services[2]"_s);
    QCOMPARE(JsonReader::join(JsonReader::at(u"ruleSets"_s, 0), "rules"), u"ruleSets[0].rules"_s);
    QCOMPARE((ConfigIssue{u"office.json"_s, QString(), u"boom"_s}.toString()), u"office.json: boom"_s);
}

void TestJsonReader::load_data()
{
    QTest::addColumn<QByteArray>("content"); // "<none>": no file
    QTest::addColumn<QString>("issueText");  // empty: loads

    QTest::newRow("an object") << QByteArray(R"({"a": 1})") << QString();
    QTest::newRow("an empty object") << QByteArray("{}") << QString();
    QTest::newRow("no file") << QByteArray("<none>") << u"cannot read the file"_s;
    QTest::newRow("not JSON") << QByteArray("{\"a\": ") << u"not valid JSON at byte"_s;
    QTest::newRow("a list") << QByteArray("[1, 2]") << u"the top level must be a JSON object"_s;
}

void TestJsonReader::load()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, issueText);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (content != "<none>") {
        QFile f(QDir(dir.path()).filePath(u"x.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(content) == content.size());
    }
    QList<ConfigIssue> issues;
    JsonReader r(u"x.json"_s, &issues);
    const std::optional<QJsonObject> o = r.load(dir.path());
    if (issueText.isEmpty()) {
        QVERIFY(o);
        QCOMPARE(*o, QJsonDocument::fromJson(content).object());
        QVERIFY(issues.isEmpty());
        return;
    }
    QVERIFY(!o);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().file, u"x.json"_s);
    QVERIFY(issues.first().key.isEmpty());
    QVERIFY2(issues.first().message.startsWith(issueText), qPrintable(issues.first().message));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
