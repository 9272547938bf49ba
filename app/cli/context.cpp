#include "cli.h"

#include "configloader.h"

#include <QJsonDocument>

namespace tiepdan::cli {

QStringList Args::values(const QString &name) const
{
    QStringList v = options.values(name);
    std::reverse(v.begin(), v.end()); // QMultiMap returns newest first
    return v;
}

Result<const OfficeConfig *> Context::config()
{
    if (!m_configLoaded) {
        m_config = loadConfig(configDir);
        m_configLoaded = true;
    }
    if (!m_config.ok())
        return Error::make(
            ErrorCode::Config,
            QStringLiteral("the configuration in %1 is not valid:\n%2").arg(configDir, m_config.errorText()));
    return &m_config.config;
}

Result<OfficeStore *> Context::store(Database::Options options)
{
    if (m_store)
        return m_store.get();
    auto cfg = config();
    if (!cfg)
        return cfg.error();
    auto s = OfficeStore::open(**cfg, dbPath, options);
    if (!s)
        return s.error();
    m_store = std::move(s).value();
    return m_store.get();
}

int Context::fail(const Error &e)
{
    err << "receptionctl: " << e.message;
    if (!e.field.isEmpty() && !e.message.contains(e.field))
        err << " (" << e.field << ")";
    err << Qt::endl;
    if (json)
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), int(e.code)},
                                                                     {QStringLiteral("field"), e.field},
                                                                     {QStringLiteral("message"), e.message}}}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    return int(e.code);
}

int Context::usage(const QString &message)
{
    err << "receptionctl: " << message << "\nTry 'receptionctl --help'." << Qt::endl;
    return ExitUsage;
}

int Context::print(const QJsonObject &obj, const QString &text)
{
    if (json)
        out << QJsonDocument(obj).toJson(QJsonDocument::Indented);
    else
        out << text << (text.endsWith(u'\n') ? "" : "\n");
    out.flush();
    return ExitOk;
}

bool Context::accept(std::initializer_list<const char *> flags, std::initializer_list<const char *> withValue,
                     int maxPositional)
{
    auto known = [](std::initializer_list<const char *> list, const QString &name) {
        for (const char *f : list)
            if (name == QLatin1String(f))
                return true;
        return false;
    };
    const QStringList &raw = args.raw;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QString &a = raw[i];
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            args.positional << a;
            continue;
        }
        const QString name = a.mid(2);
        if (known(flags, name)) {
            args.options.insert(name, QStringLiteral("true"));
        } else if (known(withValue, name)) {
            if (i + 1 >= raw.size()) {
                usage(QStringLiteral("--%1 needs a value").arg(name));
                return false;
            }
            args.options.insert(name, raw[++i]);
        } else {
            usage(QStringLiteral("unknown option --%1").arg(name));
            return false;
        }
    }
    if (args.positional.size() > maxPositional) {
        usage(QStringLiteral("unexpected word '%1'").arg(args.positional.at(maxPositional).left(60)));
        return false;
    }
    return true;
}

std::optional<int> Context::intOption(const QString &name, int def, int min, int max)
{
    if (!args.has(name))
        return def;
    bool ok = false;
    const int v = args.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        fail(Error::invalid(name,
                            QStringLiteral("--%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max)));
        return std::nullopt;
    }
    return v;
}

std::optional<QDate> Context::dateOption(const QString &name, const QDate &def)
{
    if (!args.has(name))
        return def;
    const QDate d = QDate::fromString(args.value(name), Qt::ISODate);
    if (!d.isValid()) {
        fail(Error::invalid(name, QStringLiteral("--%1 must be a date written YYYY-MM-DD").arg(name)));
        return std::nullopt;
    }
    return d;
}

} // namespace tiepdan::cli
