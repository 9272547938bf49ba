// receptionctl sync status | sync run [--once] [--url URL] [--token-file FILE] [--batch-size N]
// A run delivers the outbox, then pulls the server's updates (down-sync).
#include "cli.h"

#include "syncclient.h"

#include <QJsonArray>
#include <QThread>

namespace tiepdan::cli {

namespace {
QJsonObject entryJson(const OutboxEntry &e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("recordId"), e.recordId},
            {QStringLiteral("kind"), e.recordKind},
            {QStringLiteral("version"), e.version},
            {QStringLiteral("state"), e.state},
            {QStringLiteral("attempts"), e.attempts},
            {QStringLiteral("lastError"), e.lastError}};
}
} // namespace

int cmdSync(Context &c, const QString &sub)
{
    if (sub == QLatin1String("status")) {
        if (!c.accept({}, {}, 0))
            return ExitUsage;
        auto store = c.store();
        if (!store)
            return c.fail(store.error());
        auto st = (*store)->outbox().status();
        if (!st)
            return c.fail(st.error());
        auto cursor = (*store)->updates().cursor();
        if (!cursor)
            return c.fail(cursor.error());
        QJsonArray stuck;
        QString text = QStringLiteral("pending %1, delivered %2, rejected %3\nlast success: %4\nlast error: %5\n"
                                      "updates pulled up to: %6\n")
                           .arg(st->pending)
                           .arg(st->delivered)
                           .arg(st->rejected)
                           .arg(st->lastSuccess.isValid() ? st->lastSuccess.toLocalTime().toString(Qt::ISODate)
                                                          : QStringLiteral("never"),
                                st->lastError.isEmpty() ? QStringLiteral("none") : st->lastError)
                           .arg(*cursor);
        for (const OutboxEntry &e : st->stuck) {
            stuck << entryJson(e);
            text += QStringLiteral("stuck: #%1 %2 %3 v%4, %5, %6 attempt(s): %7\n")
                        .arg(e.seq)
                        .arg(e.recordKind, e.recordId)
                        .arg(e.version)
                        .arg(e.state)
                        .arg(e.attempts)
                        .arg(e.lastError);
        }
        return c.print({{QStringLiteral("pending"), st->pending},
                        {QStringLiteral("delivered"), st->delivered},
                        {QStringLiteral("rejected"), st->rejected},
                        {QStringLiteral("lastSuccess"),
                         st->lastSuccess.isValid() ? st->lastSuccess.toString(Qt::ISODate) : QString()},
                        {QStringLiteral("lastError"), st->lastError},
                        {QStringLiteral("nextAttempt"),
                         st->nextAttempt.isValid() ? st->nextAttempt.toString(Qt::ISODate) : QString()},
                        {QStringLiteral("stuck"), stuck},
                        {QStringLiteral("updatesCursor"), *cursor}},
                       text.trimmed());
    }
    if (sub != QLatin1String("run"))
        return c.usage(QStringLiteral("sync takes status or run"));
    if (!c.accept({"once"}, {"url", "token-file", "batch-size"}, 0))
        return ExitUsage;
    const auto batchSize = c.intOption(QStringLiteral("batch-size"), 200, 1, 500);
    if (!batchSize)
        return int(ErrorCode::InvalidInput);
    auto store = c.store();
    if (!store)
        return c.fail(store.error());
    const ServerLink &link = (*store)->config().server;
    const QString url = c.args.value(QStringLiteral("url"), link.url);
    if (url.isEmpty())
        return c.fail(
            Error::make(ErrorCode::Config, QStringLiteral("no server: set server.url in office.json or give --url")));
    const QString tokenFile = c.args.has(QStringLiteral("token-file"))
                                  ? c.args.value(QStringLiteral("token-file"))
                                  : OfficeStore::resolveKeyPath(link.tokenFile, c.dbPath);
    auto token = SyncClient::readToken(tokenFile);
    if (!token)
        return c.fail(token.error());
    CurlTransport transport(link.caFile.isEmpty() ? QString() : OfficeStore::resolveKeyPath(link.caFile, c.dbPath));
    SyncClient client(**store, transport, url, *token);
    client.setBatchSize(*batchSize);
    for (;;) {
        auto report = client.runOnce();
        if (!report)
            return c.fail(report.error());
        auto pulled = client.pullUpdates();
        const QString pullError = pulled ? QString() : pulled.error().message;
        const PullReport pull = pulled ? *pulled : PullReport{};
        const QJsonObject obj{{QStringLiteral("delivered"), report->delivered},
                              {QStringLiteral("duplicates"), report->duplicates},
                              {QStringLiteral("rejected"), report->rejected},
                              {QStringLiteral("failedAttempts"), report->failedAttempts},
                              {QStringLiteral("stoppedBy"), report->stoppedBy},
                              {QStringLiteral("matterResults"), pull.applied.matterResults},
                              {QStringLiteral("scheduleChanges"), pull.applied.scheduleChanges},
                              {QStringLiteral("updatesSkipped"), pull.applied.skipped},
                              {QStringLiteral("pullError"), pullError}};
        const QString text =
            QStringLiteral("delivered %1 (%2 already there), rejected %3%4\n"
                           "updates: %5 matter result(s), %6 schedule change(s), %7 skipped%8")
                .arg(report->delivered)
                .arg(report->duplicates)
                .arg(report->rejected)
                .arg(report->stoppedBy.isEmpty() ? QString() : QStringLiteral("; stopped: ") + report->stoppedBy)
                .arg(pull.applied.matterResults)
                .arg(pull.applied.scheduleChanges)
                .arg(pull.applied.skipped)
                .arg(pullError.isEmpty() ? QString() : QStringLiteral("; not pulled: ") + pullError);
        if (c.args.has(QStringLiteral("once"))) {
            c.print(obj, text);
            // Exit 7 when the server could not be reached or refused the batch.
            return report->failedAttempts > 0 || !pulled ? int(ErrorCode::Storage) : ExitOk;
        }
        c.print(obj, text);
        c.out.flush();
        QThread::sleep(std::max(1, link.intervalSeconds));
    }
}

} // namespace tiepdan::cli
