// Department server throughput: 50 simulated kiosks (one office and one
// connection each) post batches of reception records concurrently to one
// reception-server process on loopback. Prints records/s and the p50/p99
// latency of a batch request, and checks that every record was stored once.
//
//   bench_server [--kiosks 50] [--batches 20] [--batch-size 100] [--pg CONNINFO]
// Default backend: a fresh SQLite file in a temporary directory.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
QJsonObject record(const QString &id, int n)
{
    return {{u"id"_s, id},
            {u"receivedAt"_s, u"2026-11-23T02:%1:00Z"_s.arg(n % 60, 2, 10, QChar(u'0'))},
            {u"identity"_s, QJsonObject{{u"fullName"_s, u"Nguyễn Văn An"_s},
                                        {u"address"_s, u"Bắc Ninh"_s},
                                        {u"idNumber"_s, u"001099012345"_s}}},
            {u"sealedIdentity"_s, QJsonValue()},
            {u"confidential"_s, false},
            {u"anonymous"_s, false},
            {u"content"_s, u"Khiếu nại quyết định cưỡng chế thi hành án số %1"_s.arg(n)},
            {u"kinds"_s, u"complaint"_s},
            {u"peopleCount"_s, 1},
            {u"direction"_s, u"accept"_s},
            {u"receiverRole"_s, u"officer"_s},
            {u"receiverName"_s, u"Lê Cán Bộ"_s},
            {u"receptionKind"_s, u"regular"_s},
            {u"matterId"_s, id},
            {u"firstVisit"_s, true},
            {u"refusal"_s, u"none"_s},
            {u"ticket"_s, u"A001"_s}};
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{u"kiosks"_s, u"Concurrent kiosks."_s, u"N"_s, u"50"_s},
                  {u"batches"_s, u"Batches per kiosk."_s, u"N"_s, u"20"_s},
                  {u"batch-size"_s, u"Records per batch."_s, u"N"_s, u"100"_s},
                  {u"pg"_s, u"PostgreSQL conninfo instead of SQLite."_s, u"CONNINFO"_s}});
    p.addHelpOption();
    p.process(app);
    const int kiosks = p.value(u"kiosks"_s).toInt(), batches = p.value(u"batches"_s).toInt(),
              batchSize = p.value(u"batch-size"_s).toInt();

    QTemporaryDir dir;
    QFile tokens(dir.filePath(u"tokens.txt"_s));
    if (!tokens.open(QIODevice::WriteOnly))
        return 1;
    for (int k = 0; k < kiosks; ++k)
        tokens.write(u"BK-%1 kiosk bench-kiosk-token-%1\n"_s.arg(k, 3, 10, QChar(u'0')).toUtf8());
    tokens.close();
    QStringList args{u"--listen"_s, u"127.0.0.1:0"_s, u"--tokens"_s, tokens.fileName()};
    args << (p.isSet(u"pg"_s) ? QStringList{u"--pg"_s, p.value(u"pg"_s)}
                              : QStringList{u"--db"_s, dir.filePath(u"server.db"_s)});
    QProcess server;
    server.start(QStringLiteral(TIEPDAN_SERVER_BIN), args);
    quint16 port = 0;
    QByteArray out;
    static const QRegularExpression re(u":(\\d+) \\(http\\)"_s);
    while (!port && server.waitForReadyRead(10000)) {
        out += server.readAllStandardOutput();
        if (auto m = re.match(QString::fromUtf8(out)); m.hasMatch())
            port = quint16(m.captured(1).toUInt());
    }
    if (!port) {
        std::fprintf(stderr, "reception-server did not start: %s\n", server.readAllStandardError().constData());
        return 1;
    }

    // Bodies built up front so that only the server is measured.
    std::vector<std::vector<QByteArray>> bodies(kiosks);
    for (int k = 0; k < kiosks; ++k)
        for (int b = 0; b < batches; ++b) {
            QJsonArray a;
            for (int i = 0; i < batchSize; ++i) {
                const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                a.append(QJsonObject{{u"id"_s, id},
                                     {u"kind"_s, u"record"_s},
                                     {u"version"_s, 1},
                                     {u"seq"_s, b * batchSize + i + 1},
                                     {u"payload"_s, record(id, i)}});
            }
            bodies[k].push_back(QJsonDocument(QJsonObject{{u"protocol"_s, 1},
                                                          {u"office"_s, u"BK-%1"_s.arg(k, 3, 10, QChar(u'0'))},
                                                          {u"batch"_s, a}})
                                    .toJson(QJsonDocument::Compact));
        }

    // One keep-alive connection per kiosk, TCP_NODELAY and the request in
    // one write, as libcurl does (QNetworkAccessManager's separate head and
    // body writes meet Nagle and delayed ACKs and measure the client instead).
    struct Kiosk {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray in;
        int batch = 0;
        QElapsedTimer started;
    };
    std::vector<Kiosk> ks(kiosks);
    std::vector<double> latencies;
    qint64 stored = 0, failures = 0;
    int done = 0;
    QElapsedTimer total;
    auto send = [&](int k) {
        Kiosk &c = ks[k];
        const QByteArray &body = bodies[k][c.batch];
        c.started.start();
        c.socket->write("POST /api/v1/records HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        "Authorization: Bearer " +
                        u"bench-kiosk-token-%1"_s.arg(k, 3, 10, QChar(u'0')).toUtf8() +
                        "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    };
    auto onRead = [&](int k) {
        Kiosk &c = ks[k];
        c.in += c.socket->readAll();
        const qsizetype headEnd = c.in.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        static const QRegularExpression lenRe(u"(?i)content-length:\\s*(\\d+)"_s);
        const auto m = lenRe.match(QString::fromLatin1(c.in.left(headEnd)));
        const qsizetype len = m.hasMatch() ? m.captured(1).toLongLong() : 0;
        if (c.in.size() < headEnd + 4 + len)
            return;
        latencies.push_back(double(c.started.nsecsElapsed()) / 1e6);
        if (!c.in.startsWith("HTTP/1.1 200"))
            ++failures;
        const QJsonObject o = QJsonDocument::fromJson(c.in.mid(headEnd + 4, len)).object();
        for (const QJsonValue &v : o[u"results"_s].toArray())
            v[u"status"_s].toString() == u"stored"_s ? ++stored : ++failures;
        c.in.remove(0, headEnd + 4 + len);
        if (++c.batch < batches)
            send(k);
        else if (++done == kiosks)
            app.quit();
    };
    for (int k = 0; k < kiosks; ++k) {
        ks[k].socket = std::make_unique<QTcpSocket>();
        QObject::connect(ks[k].socket.get(), &QTcpSocket::readyRead, &app, [&, k] { onRead(k); });
        QObject::connect(ks[k].socket.get(), &QTcpSocket::disconnected, &app, [&] {
            ++failures;
            app.quit();
        });
        ks[k].socket->connectToHost(QHostAddress::LocalHost, port);
        if (!ks[k].socket->waitForConnected(5000))
            return 1;
        ks[k].socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
    total.start();
    for (int k = 0; k < kiosks; ++k)
        send(k);
    app.exec();
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    const qint64 expected = qint64(kiosks) * batches * batchSize;
    std::printf("server (%s): %d kiosks x %d batches x %d records = %lld records in %.2f s\n",
                p.isSet(u"pg"_s) ? "PostgreSQL" : "SQLite", kiosks, batches, batchSize,
                static_cast<long long>(expected), seconds);
    std::printf("  throughput %.0f records/s; batch request latency p50 %.1f ms, p99 %.1f ms (%zu "
                "requests)\n",
                double(stored) / seconds, percentile(latencies, 0.50), percentile(latencies, 0.99), latencies.size());
    std::printf("  stored %lld of %lld, failures %lld\n", static_cast<long long>(stored),
                static_cast<long long>(expected), static_cast<long long>(failures));
    server.kill();
    server.waitForFinished();
    return stored == expected && failures == 0 ? 0 : 1;
}
