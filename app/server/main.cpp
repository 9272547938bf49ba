// reception-server: the department server (docs/sync-protocol.md).
//   reception-server --tokens tokens.txt [--listen 127.0.0.1:8443]
//                    [--db server.db | --pg "host=... port=... dbname=... user=..."]
//                    [--cert server.crt --key server.key] [--max-body BYTES]
//                    [--idle-timeout SECONDS]
// Prints "listening on ADDR:PORT" once ready (tests read it to learn the port
// when started with port 0). Exit codes as receptionctl's (result.h).
#include "receptionserver.h"
#include "servertls.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

using namespace tiepdan;

namespace {
int fail(const Error &e)
{
    QTextStream(stderr) << "reception-server: " << e.message << '\n';
    return int(e.code);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("reception-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIEPDAN_VERSION));
    std::signal(SIGPIPE, SIG_IGN);

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Tiếp Dân department server"));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("listen"), QStringLiteral("Address and port (default 127.0.0.1:8443; port 0 = any free)."),
         QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8443")},
        {QStringLiteral("db"), QStringLiteral("SQLite database file (default server.db)."), QStringLiteral("FILE")},
        {QStringLiteral("pg"), QStringLiteral("PostgreSQL connection, libpq key=value form."),
         QStringLiteral("CONNINFO")},
        {QStringLiteral("tokens"), QStringLiteral("Client token file: '<office> <kiosk|leader> <token>' per line."),
         QStringLiteral("FILE")},
        {QStringLiteral("cert"), QStringLiteral("TLS certificate (PEM); with --key, serve HTTPS."),
         QStringLiteral("FILE")},
        {QStringLiteral("key"), QStringLiteral("TLS private key (PEM)."), QStringLiteral("FILE")},
        {QStringLiteral("max-body"), QStringLiteral("Largest request body in bytes (default 8 MiB)."),
         QStringLiteral("BYTES"), QString::number(kDefaultMaxBody)},
        {QStringLiteral("idle-timeout"), QStringLiteral("Close a connection idle this many seconds (default 60)."),
         QStringLiteral("SECONDS"), QStringLiteral("60")},
    });
    p.process(app);

    ServerOptions opts;
    const QString listen = p.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    opts.address = QHostAddress(colon > 0 ? listen.left(colon).remove(u'[').remove(u']') : QString());
    if (opts.address.isNull() || !portOk || port > 65535)
        return fail(Error::invalid(QStringLiteral("listen"),
                                   QStringLiteral("--listen must be ADDR:PORT, e.g. 127.0.0.1:8443")));
    opts.port = quint16(port);
    bool bodyOk = false;
    opts.maxBody = p.value(QStringLiteral("max-body")).toLongLong(&bodyOk);
    if (!bodyOk || opts.maxBody < 1024)
        return fail(
            Error::invalid(QStringLiteral("max-body"), QStringLiteral("--max-body must be a number of bytes >= 1024")));
    bool idleOk = false;
    opts.idleSeconds = p.value(QStringLiteral("idle-timeout")).toInt(&idleOk);
    if (!idleOk || opts.idleSeconds < 1 || opts.idleSeconds > 86400)
        return fail(Error::invalid(QStringLiteral("idle-timeout"),
                                   QStringLiteral("--idle-timeout must be 1 to 86400 seconds")));
    if (p.isSet(QStringLiteral("cert")) != p.isSet(QStringLiteral("key")))
        return fail(Error::invalid(QStringLiteral("cert"), QStringLiteral("give --cert and --key together")));
    if (p.isSet(QStringLiteral("cert"))) {
        auto tls = loadServerTls(p.value(QStringLiteral("cert")), p.value(QStringLiteral("key")));
        if (!tls)
            return fail(tls.error());
        opts.tls = *tls;
    }
    if (!p.isSet(QStringLiteral("tokens")))
        return fail(Error::make(ErrorCode::Config, QStringLiteral("--tokens FILE is required")));
    auto tokens = TokenTable::load(p.value(QStringLiteral("tokens")));
    if (!tokens)
        return fail(tokens.error());
    if (p.isSet(QStringLiteral("db")) && p.isSet(QStringLiteral("pg")))
        return fail(Error::invalid(QStringLiteral("db"), QStringLiteral("give --db or --pg, not both")));

    StoreOptions so;
    so.pgConninfo = p.value(QStringLiteral("pg"));
    so.sqliteFile = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : QStringLiteral("server.db");
    auto store = ServerStore::open(so);
    if (!store)
        return fail(store.error());

    const int clients = tokens->size();
    ReceptionServer server(**store, std::move(tokens).value());
    if (auto s = server.start(opts); !s)
        return fail(s.error());
    QTextStream out(stdout);
    out << "listening on " << opts.address.toString() << ':' << server.port()
        << (opts.tls.isNull() ? " (http)" : " (https)") << " with " << clients << " clients, "
        << ((*store)->isPostgres() ? "PostgreSQL" : "SQLite") << Qt::endl;
    return app.exec();
}
