// The sync client inside a kiosk process (reception-kiosk, any mode), off
// the GUI thread: a QThread with its own OfficeStore (its own SQLite
// connection to the office database) that every server.intervalSeconds
// delivers the outbox and pulls the server's updates. Nothing is kept in
// memory between runs: the outbox and the stored cursor are the state, so a
// crash or restart resumes where the database says.
//
// Signals arrive on the thread that owns the SyncWorker (the GUI thread):
// `scheduleChanged` when a pull applied schedule changes (the GUI's store
// must then reloadSchedule()), `ran` after every run with a one-line summary
// for the officers' status line and the log.
#pragma once

#include "officeconfig.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace tiepdan {

class SyncWorker : public QObject {
    Q_OBJECT
public:
    // Does nothing until start(); `tokenFile` and `caFile` already resolved.
    SyncWorker(OfficeConfig config, QString dbPath, QString tokenFile, QString caFile, QObject *parent = nullptr);
    ~SyncWorker() override; // stops the thread (waits for a run in progress)
    void start();

signals:
    // One run done (after scheduleChanged, when the run applied schedule changes).
    void ran(bool ok, const QString &summary);
    void scheduleChanged();

private:
    struct Runner;
    std::unique_ptr<Runner> m_runner; // used on the sync thread only
    QThread m_thread;
    OfficeConfig m_config;
    QString m_dbPath, m_tokenFile, m_caFile;
};

} // namespace tiepdan
