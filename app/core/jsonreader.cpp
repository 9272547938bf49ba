#include "jsonreader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace tiepdan {

namespace {
constexpr qint64 kMaxConfigFile = 4 * 1024 * 1024;
} // namespace

QString ConfigIssue::toString() const
{
    return key.isEmpty() ? QStringLiteral("%1: %2").arg(file, message)
                         : QStringLiteral("%1: %2: %3").arg(file, key, message);
}

std::optional<QJsonObject> JsonReader::load(const QString &dir)
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

void JsonReader::onlyKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> known)
{
    QSet<QString> allowed;
    for (const char *k : known)
        allowed.insert(QString::fromLatin1(k));
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            issue(join(path, it.key()), QStringLiteral("unknown key (misspelt?)"));
}

QString JsonReader::str(const QJsonObject &o, const QString &path, const char *key, bool required, const QString &def)
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

QString JsonReader::matching(const QJsonObject &o, const QString &path, const char *key, const QRegularExpression &re,
                             const QString &what)
{
    const QString s = str(o, path, key, true);
    if (!s.isEmpty() && !re.match(s).hasMatch())
        issue(join(path, key), QStringLiteral("'%1' %2").arg(s, what));
    return s;
}

QString JsonReader::identifier(const QJsonObject &o, const QString &path, const char *key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_.-]{0,39}$"));
    return matching(o, path, key, re, QStringLiteral("must be a lower-case identifier"));
}

int JsonReader::integer(const QJsonObject &o, const QString &path, const char *key, int min, int max,
                        std::optional<int> def)
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

bool JsonReader::boolean(const QJsonObject &o, const QString &path, const char *key, bool def)
{
    const auto v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return def;
    if (!v.isBool())
        issue(join(path, key), QStringLiteral("must be true or false"));
    return v.toBool(def);
}

QJsonObject JsonReader::object(const QJsonObject &o, const QString &path, const char *key, bool required)
{
    const auto v = o.value(QLatin1String(key));
    if (v.isUndefined() && !required)
        return {};
    if (!v.isObject())
        issue(join(path, key), QStringLiteral("must be an object"));
    return v.toObject();
}

QJsonArray JsonReader::array(const QJsonObject &o, const QString &path, const char *key, bool required)
{
    const auto v = o.value(QLatin1String(key));
    if (v.isUndefined() && !required)
        return {};
    if (!v.isArray())
        issue(join(path, key), QStringLiteral("must be a list"));
    return v.toArray();
}

QDate JsonReader::date(const QJsonValue &v, const QString &path)
{
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    if (!v.isString() || !d.isValid())
        issue(path, QStringLiteral("must be a date written YYYY-MM-DD"));
    return d;
}

QTime JsonReader::time(const QJsonObject &o, const QString &path, const char *key)
{
    const QString s = str(o, path, key, true);
    const QTime t = QTime::fromString(s, QStringLiteral("HH:mm"));
    if (!s.isEmpty() && !t.isValid())
        issue(join(path, key), QStringLiteral("'%1' must be a time written HH:MM").arg(s));
    return t;
}

} // namespace tiepdan
