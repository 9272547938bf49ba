#include "syncworker.h"

#include "officestore.h"
#include "syncclient.h"

#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace tiepdan {

struct SyncWorker::Runner {
    std::unique_ptr<OfficeStore> store;
    std::unique_ptr<CurlTransport> transport;
    std::unique_ptr<SyncClient> client;
};

SyncWorker::SyncWorker(OfficeConfig config, QString dbPath, QString tokenFile, QString caFile, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_dbPath(std::move(dbPath)), m_tokenFile(std::move(tokenFile)),
      m_caFile(std::move(caFile))
{
    m_thread.setObjectName(QStringLiteral("sync"));
}

SyncWorker::~SyncWorker()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncWorker::start()
{
    // Everything below lives and dies on the sync thread: the store's SQLite
    // connection must be used by the thread that opened it.
    auto *timer = new QTimer;
    timer->setInterval(std::max(5, m_config.server.intervalSeconds) * 1000);
    timer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, timer, &QObject::deleteLater);
    // The runner is made by the first run and destroyed as the thread ends,
    // both on the sync thread.
    connect(
        &m_thread, &QThread::finished, timer, [this] { m_runner.reset(); }, Qt::DirectConnection);
    auto run = [this] {
        if (!m_runner) {
            auto token = SyncClient::readToken(m_tokenFile);
            if (!token) {
                emit ran(false, token.error().message);
                return;
            }
            auto store = OfficeStore::open(m_config, m_dbPath);
            if (!store) {
                emit ran(false, store.error().message);
                return;
            }
            auto r = std::make_unique<Runner>();
            r->store = std::move(store).value();
            r->transport = std::make_unique<CurlTransport>(m_caFile);
            r->client = std::make_unique<SyncClient>(*r->store, *r->transport, m_config.server.url, *token);
            m_runner = std::move(r);
        }
        auto sent = m_runner->client->runOnce();
        auto pulled = m_runner->client->pullUpdates();
        const bool ok = sent && sent->failedAttempts == 0 && pulled;
        QString summary = sent ? QStringLiteral("delivered %1, rejected %2")
                                     .arg(sent->delivered + sent->duplicates)
                                     .arg(sent->rejected)
                               : sent.error().message;
        if (sent && !sent->stoppedBy.isEmpty())
            summary += QStringLiteral("; stopped: ") + sent->stoppedBy;
        summary += pulled ? QStringLiteral("; updates: %1 result(s), %2 schedule change(s)")
                                .arg(pulled->applied.matterResults)
                                .arg(pulled->applied.scheduleChanges)
                          : QStringLiteral("; updates not pulled: ") + pulled.error().message;
        qCInfo(lcSync).noquote() << "sync run:" << summary;
        // scheduleChanged first: `ran` ends a run, everything it changed said.
        if (pulled && pulled->applied.scheduleChanges > 0)
            emit scheduleChanged();
        emit ran(ok, summary);
    };
    connect(timer, &QTimer::timeout, timer, run);
    connect(&m_thread, &QThread::started, timer, [timer, run] {
        run();
        timer->start();
    });
    m_thread.start();
}

} // namespace tiepdan
