// receptionctl: the operator CLI over the same libraries as the kiosk.
#include "cli.h"

#include "configloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace tiepdan;
using namespace tiepdan::cli;

namespace {

const char kUsage[] = R"(Usage: receptionctl [--config DIR] [--db FILE] [--json] [--actor NAME] COMMAND ...

Commands:
  schedule list [--from DATE] [--days N]      reception sessions and places left
  visitor register --name N [--id ID] [--phone P] [--address A] [--confidential]
  appointment book --session KEY [--group N]  book a place in a periodic session
  ticket issue --service ID [--priority CAT] [--group N] [--repeat N]
  ticket show LABEL [--date DATE] [--qr | --svg FILE]
  ticket verify PAYLOAD
  queue list [--service ID] [--all]
  queue call-next --counter N
  queue call|recall|start|done|no-show|park|resume|cancel LABEL [--counter N]
  queue transfer LABEL --to COUNTER
  log add --kind K[,K] --content TEXT [identity and handling options, see docs/cli.md]
  log list [--from DATE] [--to DATE] [--text T] [--kind K] [--direction D] [--limit N] [--offset N]
  log show ID
  log unseal ID --reason TEXT --as LOGIN        a leader's PIN on stdin
  log export --from DATE --to DATE --format csv|pdf|ods --out FILE
                                              the log book (Form 03); sealed identities masked
  log notice ID --out FILE                    the conclusion notice of a head's or deputy's reception (PDF)
  report --from DATE --to DATE [--format json|csv|pdf|ods] [--out FILE]
                                              statistics; csv/pdf to FILE (csv: stdout without --out)
  deadlines [--within DAYS] [--today DATE]    open matters' deadlines due within DAYS (default 7), overdue first
  matter show MATTER                          a matter's steps, part states, running deadlines, column 11
                                              (MATTER: matter id, record id or book number 12/2026)
  matter accept|reject|transfer|extend|withdraw|resolve|second-instance|correct MATTER --as LOGIN
         [--date D] [--number N] [--part KIND] [--agency A] [--due D] [--ground G]
         [--outcome upheld|partly_upheld|rejected] [--reason R] [--text T] [--step SEQ] [--annul]
                                              record a step of the matter's life (PIN on stdin)
  db check | db migrate | keys init | config check
  kiosk hash-pin                              read an officer PIN on stdin, print its hash
  user add LOGIN --name N [--role officer|leader|admin] [--as ADMIN]
  sync status                                 outbox: pending, last success, last error, stuck entries
  sync run [--once] [--url URL] [--token-file FILE] [--batch-size N]
                                              deliver the outbox to the department server
  user disable|reset-pin LOGIN --as ADMIN | user list --as ADMIN
                                              PINs on stdin, one per line: the
                                              administrator's, then the new one

Environment: TIEPDAN_CONFIG (default config dir), TIEPDAN_DB (default database).
Exit codes: 0 ok, 2 usage, 3 invalid input, 4 not found, 5 conflict, 6 config,
7 storage (also: an export file cannot be written), 8 integrity, 9 forged code, 10 key or seal problem, 11 denied
(not signed in, wrong PIN, locked out, or the role may not).
)";

QString defaultDb()
{
    const QString env = qEnvironmentVariable("TIEPDAN_DB");
    if (!env.isEmpty())
        return env;
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/tiep-dan");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/office.db");
}

QString defaultConfig()
{
    const QString env = qEnvironmentVariable("TIEPDAN_CONFIG");
    if (!env.isEmpty())
        return env;
    if (QFileInfo::exists(QStringLiteral("kiosk-config/office.json")))
        return QStringLiteral("kiosk-config");
    return QStringLiteral("/etc/tiep-dan");
}

// A PDF export needs fonts and QPainter, hence a QGuiApplication; every
// other command starts faster with a QCoreApplication and needs no display.
bool wantsGui(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--format") == 0 && QByteArray(argv[i + 1]).toLower() == "pdf")
            return true;
        if (qstrcmp(argv[i], "log") == 0 && qstrcmp(argv[i + 1], "notice") == 0) // always a PDF
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> appHolder;
    if (wantsGui(argc, argv)) {
        // No display is needed to draw a PDF.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        appHolder = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        appHolder = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *appHolder;
    QCoreApplication::setApplicationName(QStringLiteral("receptionctl"));
    // Errors reach the user as one plain "receptionctl:" line; the libraries'
    // own log lines only with QT_LOGGING_RULES (e.g. "tiepdan.*=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("tiepdan.*.info=false\ntiepdan.*.warning=false"));

    Context c;
    c.configDir = defaultConfig();
    c.dbPath = defaultDb();
    c.actor = qEnvironmentVariable("USER", QStringLiteral("operator"));
    // Global options may stand anywhere; everything else keeps its order:
    // COMMAND [SUBCOMMAND] then the command's own options and words, which
    // the command parses itself (Context::accept) because only it knows
    // which options take a value.
    QStringList rest;
    const QStringList argsIn = app.arguments().mid(1);
    for (qsizetype i = 0; i < argsIn.size(); ++i) {
        const QString &a = argsIn[i];
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            c.out << kUsage;
            return ExitOk;
        }
        if (a == QLatin1String("--json")) {
            c.json = true;
        } else if (a == QLatin1String("--config") || a == QLatin1String("--db") || a == QLatin1String("--actor")) {
            if (i + 1 >= argsIn.size())
                return c.usage(QStringLiteral("%1 needs a value").arg(a));
            const QString v = argsIn[++i];
            (a == QLatin1String("--config") ? c.configDir : a == QLatin1String("--db") ? c.dbPath : c.actor) = v;
        } else {
            rest << a;
        }
    }
    static const QStringList grouped{
        QStringLiteral("schedule"), QStringLiteral("visitor"), QStringLiteral("appointment"), QStringLiteral("ticket"),
        QStringLiteral("queue"),    QStringLiteral("log"),     QStringLiteral("db"),          QStringLiteral("keys"),
        QStringLiteral("config"),   QStringLiteral("kiosk"),   QStringLiteral("user"),        QStringLiteral("sync"),
        QStringLiteral("matter")};
    QStringList words;
    if (!rest.isEmpty() && !rest.first().startsWith(QLatin1String("--")))
        words << rest.takeFirst();
    if (!words.isEmpty() && grouped.contains(words.first()) && !rest.isEmpty() &&
        !rest.first().startsWith(QLatin1String("--")))
        words << rest.takeFirst();
    c.args.raw = rest;
    if (words.isEmpty())
        return c.usage(QStringLiteral("no command given"));
    const QString cmd = words.first();
    const QString sub = words.value(1);
    if (cmd == QLatin1String("schedule"))
        return cmdSchedule(c, sub);
    if (cmd == QLatin1String("visitor"))
        return cmdVisitor(c, sub);
    if (cmd == QLatin1String("appointment"))
        return cmdAppointment(c, sub);
    if (cmd == QLatin1String("ticket"))
        return cmdTicket(c, sub);
    if (cmd == QLatin1String("queue"))
        return cmdQueue(c, sub);
    if (cmd == QLatin1String("log"))
        return cmdLog(c, sub);
    if (cmd == QLatin1String("report"))
        return cmdReport(c);
    if (cmd == QLatin1String("deadlines"))
        return cmdDeadlines(c);
    if (cmd == QLatin1String("matter"))
        return cmdMatter(c, sub);
    if (cmd == QLatin1String("db"))
        return cmdDb(c, sub);
    if (cmd == QLatin1String("keys"))
        return cmdKeys(c, sub);
    if (cmd == QLatin1String("config"))
        return cmdConfig(c, sub);
    if (cmd == QLatin1String("kiosk"))
        return cmdKiosk(c, sub);
    if (cmd == QLatin1String("user"))
        return cmdUser(c, sub);
    if (cmd == QLatin1String("sync"))
        return cmdSync(c, sub);
    return c.usage(QStringLiteral("unknown command '%1'").arg(cmd));
}
