// receptionctl: shared context, argument parsing and output for commands.
#pragma once

#include "configloader.h"
#include "officeconfig.h"
#include "officestore.h"
#include "result.h"
#include "userrepository.h"

#include <QJsonObject>
#include <QMultiMap>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace tiepdan::cli {

// Exit codes (docs/cli.md): 0 ok, 1 unexpected, 2 usage, 3-11 = ErrorCode.
constexpr int ExitOk = 0;
constexpr int ExitUsage = 2;

// "--name value", "--flag", and positional words, after the command words.
struct Args {
    QStringList raw;                     // the words after COMMAND [SUBCOMMAND], unparsed
    QStringList positional;              // filled by Context::accept
    QMultiMap<QString, QString> options; // name without "--"; flags map to "true"
    QString value(const QString &name, const QString &def = {}) const { return options.value(name, def); }
    QStringList values(const QString &name) const;
    bool has(const QString &name) const { return options.contains(name); }
};

class Context {
public:
    QString configDir;
    QString dbPath;
    QString actor;
    bool json = false;
    Args args;
    QTextStream out{stdout};
    QTextStream err{stderr};

    // Loads the configuration and opens the store on first use.
    Result<OfficeStore *> store(Database::Options options = {});
    Result<const OfficeConfig *> config();

    int fail(const Error &e);
    int usage(const QString &message);
    // Prints `obj` as JSON with --json, else `text`.
    int print(const QJsonObject &obj, const QString &text);
    // Rejects options the command does not know. Returns false after printing.
    bool accept(std::initializer_list<const char *> flags, std::initializer_list<const char *> withValue,
                int maxPositional);
    // Parses an integer option; prints a usage error and returns nullopt if bad.
    std::optional<int> intOption(const QString &name, int def, int min, int max);
    std::optional<QDate> dateOption(const QString &name, const QDate &def);

private:
    ConfigLoadResult m_config;
    bool m_configLoaded = false;
    std::unique_ptr<OfficeStore> m_store;
};

int cmdSchedule(Context &c, const QString &sub);
int cmdVisitor(Context &c, const QString &sub);
int cmdAppointment(Context &c, const QString &sub);
int cmdTicket(Context &c, const QString &sub);
int cmdQueue(Context &c, const QString &sub);
int cmdLog(Context &c, const QString &sub);
int cmdReport(Context &c);
int cmdDeadlines(Context &c);
int cmdMatter(Context &c, const QString &sub);
int cmdDb(Context &c, const QString &sub);
int cmdKeys(Context &c, const QString &sub);
int cmdConfig(Context &c, const QString &sub);
int cmdKiosk(Context &c, const QString &sub);
int cmdUser(Context &c, const QString &sub);
int cmdSync(Context &c, const QString &sub);
// Signs in the user named by --as with the PIN on the next line of `in`.
Result<Session> signInFromStdin(Context &c, QTextStream &in);

} // namespace tiepdan::cli
