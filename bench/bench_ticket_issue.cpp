// Ticket issue latency: TicketRepository::issue (the real path: IMMEDIATE
// transaction, MAX+1 number, signed payload, audit entry, outbox row,
// synchronous=FULL in WAL), the QR matrix per ticket, and a raw libsqlite3
// baseline inserting the same rows with the same pragmas.
// Usage: bench_ticket_issue [--n 2000]
#include "configloader.h"
#include "officestore.h"
#include "qrcode.h"
#include "ticketrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace tiepdan;

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// Nearest-rank percentile of sorted samples.
qint64 pct(const std::vector<qint64> &sorted, double p)
{
    const size_t i = size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::clamp<size_t>(i, 1, sorted.size()) - 1];
}

std::vector<qint64> sorted(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

void report(const char *name, const std::vector<qint64> &samples)
{
    const auto s = sorted(samples);
    qint64 total = 0;
    for (qint64 x : s)
        total += x;
    std::printf("%-14s n=%zu  p50 %7.3f  p95 %7.3f  p99 %7.3f  max %7.3f ms  (%.0f/s)\n", name, s.size(),
                ms(pct(s, .50)), ms(pct(s, .95)), ms(pct(s, .99)), ms(s.back()),
                double(s.size()) * 1e9 / double(total));
}

bool sqlOk(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "raw sqlite: %s: %s\n", sql, err);
    sqlite3_free(err);
    return false;
}

// The same tickets, inserted with the C API: one prepared INSERT, one
// BEGIN IMMEDIATE .. COMMIT per row, WAL + synchronous=FULL.
std::vector<qint64> rawInserts(const QString &path, const QList<Ticket> &tickets)
{
    std::vector<qint64> out;
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return out;
    sqlite3_stmt *ins = nullptr;
    if (sqlOk(db, "PRAGMA journal_mode=WAL") && sqlOk(db, "PRAGMA synchronous=FULL") &&
        sqlOk(db, "CREATE TABLE tickets (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
                  "service_date TEXT NOT NULL, service_id TEXT NOT NULL, prefix TEXT NOT NULL, "
                  "number INTEGER NOT NULL CHECK (number > 0), label TEXT NOT NULL, priority_category TEXT, "
                  "group_size INTEGER NOT NULL DEFAULT 1, visitor_id TEXT, appointment_id TEXT, "
                  "state TEXT NOT NULL, recalls INTEGER NOT NULL DEFAULT 0, counter INTEGER, "
                  "target_counter INTEGER, issued_at TEXT NOT NULL, called_at TEXT, started_at TEXT, "
                  "finished_at TEXT, call_seq INTEGER, payload TEXT NOT NULL, "
                  "version INTEGER NOT NULL DEFAULT 1, audit_seq INTEGER NOT NULL, "
                  "UNIQUE (service_date, prefix, number))") &&
        sqlite3_prepare_v2(db,
                           "INSERT INTO tickets(uuid, service_date, service_id, prefix, number, label, "
                           "priority_category, group_size, state, issued_at, payload, audit_seq) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                           -1, &ins, nullptr) == SQLITE_OK) {
        QElapsedTimer timer;
        for (qsizetype i = 0; i < tickets.size(); ++i) {
            const Ticket &t = tickets[i];
            const QByteArray cols[] = {t.uuid.toUtf8(),
                                       t.serviceDate.toString(Qt::ISODate).toUtf8(),
                                       t.serviceId.toUtf8(),
                                       t.prefix.toUtf8(),
                                       t.label.toUtf8(),
                                       t.priorityCategory.toUtf8(),
                                       QByteArrayLiteral("waiting"),
                                       t.issuedAt.toUTC().toString(Qt::ISODateWithMs).toUtf8(),
                                       t.payload.toUtf8()};
            timer.start();
            sqlOk(db, "BEGIN IMMEDIATE");
            sqlite3_bind_text(ins, 1, cols[0].constData(), -1, SQLITE_STATIC);
            sqlite3_bind_text(ins, 2, cols[1].constData(), -1, SQLITE_STATIC);
            sqlite3_bind_text(ins, 3, cols[2].constData(), -1, SQLITE_STATIC);
            sqlite3_bind_text(ins, 4, cols[3].constData(), -1, SQLITE_STATIC);
            sqlite3_bind_int(ins, 5, t.number);
            sqlite3_bind_text(ins, 6, cols[4].constData(), -1, SQLITE_STATIC);
            if (t.priorityCategory.isEmpty())
                sqlite3_bind_null(ins, 7);
            else
                sqlite3_bind_text(ins, 7, cols[5].constData(), -1, SQLITE_STATIC);
            sqlite3_bind_int(ins, 8, t.groupSize);
            sqlite3_bind_text(ins, 9, cols[6].constData(), -1, SQLITE_STATIC);
            sqlite3_bind_text(ins, 10, cols[7].constData(), -1, SQLITE_STATIC);
            sqlite3_bind_text(ins, 11, cols[8].constData(), -1, SQLITE_STATIC);
            sqlite3_bind_int64(ins, 12, i + 1);
            const int rc = sqlite3_step(ins);
            sqlite3_reset(ins);
            sqlOk(db, "COMMIT");
            out.push_back(timer.nsecsElapsed());
            if (rc != SQLITE_DONE) {
                std::fprintf(stderr, "raw sqlite insert: %s\n", sqlite3_errmsg(db));
                break;
            }
        }
    }
    sqlite3_finalize(ins);
    sqlite3_close(db);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("n"), QStringLiteral("Tickets to issue."), QStringLiteral("N"), QStringLiteral("2000")});
    parser.process(app);
    const int n = qMax(1, parser.value(QStringLiteral("n")).toInt());

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
    const QList<Service> &services = cfg.config.services;
    const QStringList &categories = cfg.config.priority.categories;

    std::printf("bench_ticket_issue: %d tickets, db in %s\n", n, qPrintable(dir.path()));
    std::vector<qint64> issueNs, qrNs, bothNs;
    QList<Ticket> issued;
    QElapsedTimer timer;
    for (int i = 0; i < n; ++i) {
        IssueRequest req;
        req.serviceId = services[i % services.size()].id;
        if (i % 7 == 3 && !categories.isEmpty())
            req.priorityCategory = categories[i % categories.size()];
        timer.start();
        auto t = (*store)->tickets().issue(req, QStringLiteral("kiosk"));
        const qint64 issueTime = timer.nsecsElapsed();
        if (!t) {
            std::fprintf(stderr, "issue %d: %s\n", i, qPrintable(t.error().message));
            return 1;
        }
        timer.start();
        auto qr = encodeQr(t->ticket.payload);
        const qint64 qrTime = timer.nsecsElapsed();
        if (!qr) {
            std::fprintf(stderr, "qr %d: %s\n", i, qPrintable(qr.error().message));
            return 1;
        }
        issueNs.push_back(issueTime);
        qrNs.push_back(qrTime);
        bothNs.push_back(issueTime + qrTime);
        issued << t->ticket;
    }
    const auto raw = rawInserts(dir.filePath(QStringLiteral("raw.db")), issued);
    if (qsizetype(raw.size()) != issued.size())
        return 1;

    report("issue", issueNs);
    report("qr matrix", qrNs);
    report("issue+qr", bothNs);
    report("raw sqlite3", raw);
    const auto si = sorted(issueNs), sr = sorted(raw), sb = sorted(bothNs);
    std::printf("ours/raw: p50 x%.1f  p99 x%.1f\n", double(pct(si, .50)) / double(pct(sr, .50)),
                double(pct(si, .99)) / double(pct(sr, .99)));
    std::printf("issue+qr p99 %.3f ms\n", ms(pct(sb, .99)));
    std::printf("target: issue p99 < 15 ms -> %s\n", ms(pct(si, .99)) < 15.0 ? "PASS" : "FAIL");
    return 0;
}
