// A backlog of N outbox records (real tickets) delivered by the sync client
// to reception-server on loopback, against plain libcurl posting the same
// bytes (the same batches) to a second, fresh server in the same run.
// Target: 10,000 records in under 3 s.
// Usage: bench_sync [--n 10000] [--batch 500]
#include "configloader.h"
#include "officestore.h"
#include "syncclient.h"
#include "ticketrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <curl/curl.h>

#include <cstdio>
#include <memory>

using namespace tiepdan;

namespace {
const QByteArray kToken = "bench-kiosk-token-000000001";

// reception-server on a free loopback port; its port, or 0.
quint16 startServer(QProcess &p, const QString &dir, const QString &name)
{
    QFile tokens(dir + QStringLiteral("/tokens.txt"));
    if (!tokens.exists() && (!tokens.open(QIODevice::WriteOnly) || tokens.write("BN-KV1 kiosk " + kToken + "\n") < 0))
        return 0;
    tokens.close();
    p.start(QStringLiteral(TIEPDAN_SERVER_BIN),
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tokens"), tokens.fileName(),
             QStringLiteral("--db"), dir + u'/' + name});
    static const QRegularExpression re(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray out;
    for (int i = 0; i < 100; ++i) {
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
        if (auto m = re.match(QString::fromUtf8(out)); m.hasMatch())
            return quint16(m.captured(1).toUInt());
    }
    std::fprintf(stderr, "reception-server did not start: %s\n", p.readAllStandardError().constData());
    return 0;
}

size_t discard(char *, size_t size, size_t n, void *)
{
    return size * n;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tiepdan.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("n"), QStringLiteral("Records in the backlog."), QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption(
        {QStringLiteral("batch"), QStringLiteral("Records per request."), QStringLiteral("N"), QStringLiteral("500")});
    parser.process(app);
    const int n = qMax(1, parser.value(QStringLiteral("n")).toInt());
    const int batch = qBound(1, parser.value(QStringLiteral("batch")).toInt(), 500);

    const ConfigLoadResult cfg = loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
    if (!cfg.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(cfg.errorText()));
        return 1;
    }
    QTemporaryDir dir;
    auto store = OfficeStore::open(cfg.config, dir.filePath(QStringLiteral("office.db")));
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(store.error().message));
        return 1;
    }
    std::printf("bench_sync: issuing %d tickets (the backlog)...\n", n);
    std::fflush(stdout);
    const QStringList services{QStringLiteral("complaint"), QStringLiteral("petition"), QStringLiteral("denunciation")};
    for (int i = 0; i < n; ++i) {
        IssueRequest r;
        r.serviceId = services[i % services.size()];
        if (!(*store)->tickets().issue(r, QStringLiteral("kiosk"))) {
            std::fprintf(stderr, "issue failed\n");
            return 1;
        }
    }
    // The same request bodies the client sends, for the baseline.
    QList<QByteArray> bodies;
    {
        auto all = (*store)->outbox().pending(n);
        if (!all || all->size() != n) {
            std::fprintf(stderr, "outbox holds %lld rows, not %d\n", all ? qlonglong(all->size()) : -1LL, n);
            return 1;
        }
        for (qsizetype i = 0; i < all->size(); i += batch) {
            QJsonArray entries;
            for (qsizetype j = i; j < std::min(all->size(), i + batch); ++j) {
                const OutboxEntry &e = all->at(j);
                entries << QJsonObject{{QStringLiteral("id"), e.recordId},
                                       {QStringLiteral("kind"), e.recordKind},
                                       {QStringLiteral("version"), e.version},
                                       {QStringLiteral("seq"), e.seq},
                                       {QStringLiteral("payload"), e.payload}};
            }
            bodies << QJsonDocument(QJsonObject{{QStringLiteral("protocol"), 1},
                                                {QStringLiteral("office"), cfg.config.office.code},
                                                {QStringLiteral("batch"), entries}})
                          .toJson(QJsonDocument::Compact);
        }
    }
    qint64 bytes = 0;
    for (const QByteArray &b : bodies)
        bytes += b.size();

    // 1. The sync client.
    QProcess server1;
    const quint16 port1 = startServer(server1, dir.path(), QStringLiteral("server1.db"));
    if (!port1)
        return 1;
    CurlTransport curl;
    SyncClient client(**store, curl, QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port1), kToken);
    client.setBatchSize(batch);
    QElapsedTimer t;
    t.start();
    auto report = client.runOnce();
    const qint64 oursMs = t.elapsed();
    server1.kill();
    server1.waitForFinished();
    if (!report || report->delivered != n) {
        std::fprintf(stderr, "delivered %d of %d: %s\n", report ? report->delivered : -1, n,
                     report ? qPrintable(report->stoppedBy) : qPrintable(report.error().message));
        return 1;
    }

    // 2. Plain libcurl, the same bytes, to a fresh server.
    QProcess server2;
    const quint16 port2 = startServer(server2, dir.path(), QStringLiteral("server2.db"));
    if (!port2)
        return 1;
    CURL *c = curl_easy_init();
    curl_slist *headers = curl_slist_append(nullptr, "Content-Type: application/json");
    headers = curl_slist_append(headers, QByteArray("Authorization: Bearer " + kToken).constData());
    headers = curl_slist_append(headers, "Expect:");
    const QByteArray url = QStringLiteral("http://127.0.0.1:%1/api/v1/records").arg(port2).toUtf8();
    int ok = 0;
    t.restart();
    for (const QByteArray &b : bodies) {
        curl_easy_setopt(c, CURLOPT_URL, url.constData());
        curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, b.constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(b.size()));
        curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
        long status = 0;
        if (curl_easy_perform(c) == CURLE_OK && curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status) == CURLE_OK &&
            status == 200)
            ++ok;
    }
    const qint64 rawMs = t.elapsed();
    curl_slist_free_all(headers);
    curl_easy_cleanup(c);
    server2.kill();
    server2.waitForFinished();
    if (ok != bodies.size()) {
        std::fprintf(stderr, "plain libcurl: %d of %lld requests answered 200\n", ok, qlonglong(bodies.size()));
        return 1;
    }

    std::printf("backlog %d records in %lld requests of %d (%.1f MB of JSON), loopback, server on SQLite\n", n,
                qlonglong(bodies.size()), batch, double(bytes) / 1e6);
    std::printf("sync client      %7.2f s  (%.0f records/s; outbox marked delivered)\n", oursMs / 1000.0,
                n * 1000.0 / std::max<qint64>(1, oursMs));
    std::printf("plain libcurl    %7.2f s  (same bodies, nothing recorded)\n", rawMs / 1000.0);
    std::printf("ours/plain x%.2f\n", double(oursMs) / std::max<qint64>(1, rawMs));
    std::printf("target: %d records < 3 s -> %s\n", n, oursMs < 3000 ? "PASS" : "FAIL");
    return 0;
}
