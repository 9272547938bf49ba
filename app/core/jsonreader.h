// Reads typed values out of one JSON configuration file, collecting every
// problem as a ConfigIssue (file, key path, message) instead of stopping at
// the first, so that `receptionctl config check` lists them all. The
// loaders of kiosk-config/ (configloader.h) are written with it.
//
// Contract of the getters: a missing optional key gives its default; a
// missing required key, a value of the wrong type or out of range records
// one issue naming the key's path ("services[2].prefix") and gives the
// default (or the range's minimum), so a loader can go on and find the
// next problem. Strings come back NFC-normalised and trimmed.
#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QTime>

#include <initializer_list>
#include <optional>

namespace tiepdan {

struct ConfigIssue {
    QString file;    // "services.json"
    QString key;     // "services[2].prefix"
    QString message; // "must be one or two capital letters"
    QString toString() const;
};

class JsonReader {
public:
    // Issues go to `issues` (not owned; outlives the reader), under `file`.
    JsonReader(QString file, QList<ConfigIssue> *issues) : m_file(std::move(file)), m_issues(issues) {}

    void issue(const QString &key, const QString &msg) { m_issues->append({m_file, key, msg}); }

    // The file `file` in `dir`: nullopt when the file cannot be used (the
    // issue is recorded: unreadable, over 4 MiB, not JSON, not an object);
    // an empty object is a file to validate like any other.
    std::optional<QJsonObject> load(const QString &dir);

    // Reports keys of `o` not in `known`.
    void onlyKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> known);

    QString str(const QJsonObject &o, const QString &path, const char *key, bool required, const QString &def = {});
    // A required string matching `re`; otherwise the issue "'<value>' <what>".
    QString matching(const QJsonObject &o, const QString &path, const char *key, const QRegularExpression &re,
                     const QString &what);
    // A required lower-case identifier ("complaint", "head-weekly", "complaint.accept").
    QString identifier(const QJsonObject &o, const QString &path, const char *key);
    // A whole number in [min, max]; without `def` the key is required.
    int integer(const QJsonObject &o, const QString &path, const char *key, int min, int max,
                std::optional<int> def = std::nullopt);
    bool boolean(const QJsonObject &o, const QString &path, const char *key, bool def);
    QJsonObject object(const QJsonObject &o, const QString &path, const char *key, bool required);
    QJsonArray array(const QJsonObject &o, const QString &path, const char *key, bool required);
    // A date written YYYY-MM-DD; invalid (and an issue at `path`) otherwise.
    QDate date(const QJsonValue &v, const QString &path);
    // A required time written HH:MM.
    QTime time(const QJsonObject &o, const QString &path, const char *key);

    // Key paths: join("a", "b") = "a.b" (just "b" at the top), at("a", 2) = "a[2]".
    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString join(const QString &path, const char *key) { return join(path, QString::fromLatin1(key)); }
    static QString at(const QString &path, qsizetype i) { return QStringLiteral("%1[%2]").arg(path).arg(i); }

private:
    QString m_file;
    QList<ConfigIssue> *m_issues;
};

} // namespace tiepdan
