// The office hub on loopback (docs/lan-hub.md): a desk's queue actions
// through the hub (HubOfficeClient -> OfficeHub -> OfficeService) against
// the same actions in process (LocalOfficeClient -> OfficeService, the raw
// baseline: the same SQLite work without HTTP), and the time from a desk's
// call being sent to the display's client holding its event.
// Target: a call reaches the display within a fraction of a second
// (p99 < 250 ms, none lost). The ratio of the hub's call time to the
// in-process one is printed (what HTTP on loopback adds; no target).
// Usage: bench_hub [--n 500]
#include "configloader.h"
#include "hubfixture.h"
#include "officeclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace tiepdan;

namespace {
const QByteArray kToken = "bench-hub-token-0123456789abcdefghijklmnop";

struct Figures {
    QList<double> ms;
    double at(double q) const
    {
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        return s.isEmpty() ? 0 : s.at(std::min<qsizetype>(s.size() - 1, qsizetype(q * s.size())));
    }
};

// An office with one officer and `n` waiting tickets.
bool prepare(const OfficeConfig &config, const QString &db, int n)
{
    auto store = OfficeStore::open(config, db);
    if (!store)
        return false;
    auto admin = (*store)->users().createFirstAdmin(QStringLiteral("quantri"), QStringLiteral("Quản Trị"),
                                                    QStringLiteral("quantri-2468"));
    if (!admin || !(*store)->users().add(*admin, QStringLiteral("canbo.an"), QStringLiteral("Nguyễn Văn An"),
                                         Role::Officer, QStringLiteral("an-pin-2468")))
        return false;
    for (int i = 0; i < n; ++i) {
        IssueRequest r;
        r.serviceId = i % 2 ? QStringLiteral("petition") : QStringLiteral("complaint");
        if (!(*store)->tickets().issue(r, QStringLiteral("kiosk")))
            return false;
    }
    return true;
}

// callNext, start, finish for every ticket; the time of each call.
// `clock` times them (and `afterCall`'s sentNs).
bool serve(OfficeClient &desk, int n, const QElapsedTimer &clock, Figures *calls, Figures *all,
           const std::function<void(const QString &label, qint64 sentNs)> &afterCall = {})
{
    const QJsonObject in =
        desk.call(QStringLiteral("signIn"), {{QStringLiteral("login"), QStringLiteral("canbo.an")},
                                             {QStringLiteral("pin"), QStringLiteral("an-pin-2468")}});
    const QString session = in.value(QStringLiteral("session")).toString();
    if (session.isEmpty())
        return false;
    for (int i = 0; i < n; ++i) {
        const qint64 sent = clock.nsecsElapsed();
        const QJsonObject called = desk.call(QStringLiteral("callNext"),
                                             {{QStringLiteral("session"), session}, {QStringLiteral("counter"), 1}});
        const qint64 got = clock.nsecsElapsed();
        const QString label =
            called.value(QStringLiteral("ticket")).toObject().value(QStringLiteral("label")).toString();
        if (label.isEmpty())
            return false;
        calls->ms << (got - sent) / 1e6;
        all->ms << (got - sent) / 1e6;
        if (afterCall)
            afterCall(label, sent);
        for (const char *action : {"start", "finish"}) {
            const qint64 t0 = clock.nsecsElapsed();
            const QJsonObject r = desk.call(QStringLiteral("act"), {{QStringLiteral("session"), session},
                                                                    {QStringLiteral("label"), label},
                                                                    {QStringLiteral("action"), QLatin1String(action)},
                                                                    {QStringLiteral("counter"), 1}});
            if (!r.value(QStringLiteral("ok")).toBool())
                return false;
            all->ms << (clock.nsecsElapsed() - t0) / 1e6;
        }
    }
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tiepdan.*.info=false"));
    QCommandLineParser parser;
    QCommandLineOption nOpt(QStringLiteral("n"), QStringLiteral("Tickets to serve."), QStringLiteral("N"),
                            QStringLiteral("500"));
    parser.addOption(nOpt);
    parser.process(app);
    const int n = std::max(1, parser.value(nOpt).toInt());

    auto cfg = loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
    QTemporaryDir dir;
    const QString rawDb = dir.filePath(QStringLiteral("raw.db")), hubDb = dir.filePath(QStringLiteral("hub.db"));
    if (!cfg.ok() || !prepare(cfg.config, rawDb, n) || !prepare(cfg.config, hubDb, n)) {
        std::fprintf(stderr, "bench_hub: cannot prepare the offices\n");
        return 1;
    }

    // Raw: the same calls in process.
    Figures rawCalls, rawAll;
    {
        auto store = OfficeStore::open(cfg.config, rawDb);
        OfficeService service(**store);
        LocalOfficeClient local(service);
        QElapsedTimer clock;
        clock.start();
        if (!serve(local, n, clock, &rawCalls, &rawAll)) {
            std::fprintf(stderr, "bench_hub: the in-process run failed\n");
            return 1;
        }
    }

    // Through the hub, with the display's client following the events.
    hubtest::HubThread hub(cfg.config, hubDb, kToken, 0, 10000);
    const quint16 port = hub.startAndWait();
    if (!port) {
        std::fprintf(stderr, "bench_hub: the hub did not start: %s\n", qPrintable(hub.error()));
        return 1;
    }
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    HubOfficeClient desk(url, kToken), display(url, kToken);
    desk.start();
    display.start();
    QElapsedTimer wait;
    wait.start();
    while ((!desk.online() || !display.online()) && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QHash<QString, qint64> seen; // label -> when its ticket.call reached the display's client
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&display, &OfficeClient::events, &app, [&](const QJsonArray &events) {
        const qint64 now = clock.nsecsElapsed();
        for (const QJsonValue &e : events)
            if (e[QStringLiteral("action")].toString() == QLatin1String("ticket.call"))
                seen.insert(e[QStringLiteral("label")].toString(), now);
    });
    Figures hubCalls, hubAll, push;
    int lost = 0;
    const bool ok = serve(desk, n, clock, &hubCalls, &hubAll, [&](const QString &label, qint64 sentNs) {
        QElapsedTimer limit;
        limit.start();
        while (!seen.contains(label) && limit.elapsed() < 2000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!seen.contains(label))
            ++lost;
        else
            push.ms << (seen.value(label) - sentNs) / 1e6;
    });
    if (!ok) {
        std::fprintf(stderr, "bench_hub: the run through the hub failed\n");
        return 1;
    }
    std::printf("%d tickets called, started and finished at one desk (3 calls each)\n", n);
    std::printf("in process (raw): callNext p50 %.2f ms p95 %.2f ms; all calls p50 %.2f ms\n", rawCalls.at(0.5),
                rawCalls.at(0.95), rawAll.at(0.5));
    std::printf("through the hub:  callNext p50 %.2f ms p95 %.2f ms; all calls p50 %.2f ms p99 %.2f ms  "
                "(x%.2f the raw p50)\n",
                hubCalls.at(0.5), hubCalls.at(0.95), hubAll.at(0.5), hubAll.at(0.99), hubAll.at(0.5) / rawAll.at(0.5));
    std::printf("desk call sent -> display's client has the event: p50 %.2f ms p95 %.2f ms p99 %.2f ms max %.2f ms; "
                "%d of %d never arrived (target p99 < 250 ms, none lost): %s\n",
                push.at(0.5), push.at(0.95), push.at(0.99), push.at(1.0), lost, n,
                push.at(0.99) < 250 && lost == 0 ? "PASS" : "FAIL");
    return 0;
}
