// The leader view (reception-kiosk --mode leader): the reception log book as
// a lazily fetched list with filters, a record with its history and
// deadlines, statistics for a period beside the same period a year earlier,
// and the deadline watch. Reads through a LeaderSource: this office's
// database, or the department server's read API for every office.
//
// Contract: a user signs in against the office database; every read checks
// the signed-in role in C++ (Permission::ReadLog for the list and records,
// ReadStatistics for statistics and the deadline watch, OpenSealed for an
// identity), so a signed-out or idle view shows and fetches nothing.
// Sealed identities are never in the list or a record's map; unseal() puts
// one into the open record only, audited by ReceptionRepository.
//
// Dates come from the screen as typed: dd/MM/yyyy (d/M/yyyy, with / . or -)
// or yyyy-MM-dd (parseUserDate). A refused period or filter shows nothing
// rather than the figures or rows of the previous one, and names the field
// at fault (periodError, filterError) for the screen to word beside it.
#pragma once

#include "deadlinewatchmodel.h"
#include "leaderexport.h"
#include "leaderlog.h"
#include "leadersource.h"
#include "leadervalues.h"
#include "uierror.h"
#include "userrepository.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace tiepdan {

class OfficeStore;

class LeaderController : public tiepdan::ErrorReporter {
    Q_OBJECT
    Q_PROPERTY(QString officeName READ officeName CONSTANT)
    Q_PROPERTY(QString sourceLabel READ sourceLabel CONSTANT)
    Q_PROPERTY(bool remote READ remote CONSTANT)
    Q_PROPERTY(QStringList offices READ offices NOTIFY sessionChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY sessionChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY sessionChanged)
    Q_PROPERTY(QString userRole READ userRole NOTIFY sessionChanged)
    Q_PROPERTY(bool mayOpenSealed READ mayOpenSealed NOTIFY sessionChanged)
    Q_PROPERTY(bool mayReadStatistics READ mayReadStatistics NOTIFY sessionChanged)
    Q_PROPERTY(QString signOutReason READ signOutReason NOTIFY sessionChanged)
    Q_PROPERTY(tiepdan::LogListModel *log READ log CONSTANT)
    Q_PROPERTY(tiepdan::LogFilter filter READ filter NOTIFY filterChanged)
    Q_PROPERTY(QString filterError READ filterError NOTIFY filterErrorChanged)
    Q_PROPERTY(tiepdan::LogPeriod logPeriod READ logPeriod NOTIFY logPeriodChanged)
    Q_PROPERTY(tiepdan::LogRecord record READ record NOTIFY recordChanged)
    Q_PROPERTY(tiepdan::PeriodStatistics statistics READ statistics NOTIFY statisticsChanged)
    Q_PROPERTY(QString periodError READ periodError NOTIFY statisticsChanged)
    Q_PROPERTY(tiepdan::DeadlineWatchModel *deadlines READ deadlines CONSTANT)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY deadlinesChanged)
    Q_PROPERTY(int withinDays READ withinDays WRITE setWithinDays NOTIFY deadlinesChanged)
    Q_PROPERTY(QString today READ today CONSTANT)
    Q_PROPERTY(tiepdan::ExportStatus exportStatus READ exportStatus NOTIFY exportChanged)
    Q_PROPERTY(QString exportFolder READ exportFolder NOTIFY exportChanged)

public:
    // `source` reads the records; `store` signs users in and gives the
    // clock. Both outlive the controller.
    LeaderController(OfficeStore &store, LeaderSource &source, QObject *parent = nullptr);

    QString officeName() const;
    QString sourceLabel() const { return m_source.label(); }
    bool remote() const { return m_source.isRemote(); }
    QStringList offices() const { return m_offices; }
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool signedIn() const { return m_session.has_value(); }
    QString userName() const { return m_session ? m_session->displayName() : QString(); }
    QString userRole() const { return m_session ? toString(m_session->role()) : QString(); }
    bool mayOpenSealed() const { return m_session && m_session->may(Permission::OpenSealed) && !remote(); }
    bool mayReadStatistics() const { return m_session && m_session->may(Permission::ReadStatistics); }
    QString signOutReason() const { return m_signOutReason; }
    LogListModel *log() { return &m_log; }
    // The filter in force (dates as yyyy-MM-dd); "" or the field of the
    // last refused one ("from", "to", "period", "kind"...).
    LogFilter filter() const { return m_filter; }
    QString filterError() const { return m_filterError; }
    // What exportLog() writes: the filter's period; a missing end is the
    // year's first day (from) or today (to), or, with no date in the
    // filter, the statistics period shown, else this month. Empty while the
    // filter is refused.
    LogPeriod logPeriod() const;
    LogRecord record() const { return m_record; }
    // Empty when no period is shown (refused, not allowed, signed out).
    PeriodStatistics statistics() const { return m_statistics; }
    QString periodError() const { return m_periodError; }
    DeadlineWatchModel *deadlines() { return &m_deadlines; }
    int overdueCount() const { return m_overdue; }
    int withinDays() const { return m_withinDays; }
    void setWithinDays(int days);
    QString today() const;
    // The last export or print; empty before the first and when its
    // period changes.
    ExportStatus exportStatus() const { return m_export; }
    QString exportFolder() const { return m_exporter.folder(); }
    // For tests and tours: where exports go, and the CUPS queue for printing.
    void setExportFolder(const QString &folder);
    void setReportPrinter(const QString &queue) { m_exporter.setPrinter(queue); }

    Q_INVOKABLE bool signIn(const QString &login, const QString &pin);
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void touch();
    // Every field optional (LogFilter). Unknown values are refused with
    // errorField and filterError set.
    Q_INVOKABLE bool applyFilter(const tiepdan::LogFilter &filter);
    // An empty filter, for the screen to fill in and apply.
    Q_INVOKABLE tiepdan::LogFilter blankFilter() const { return {}; }
    // Any record locally; remotely a listed one or a deadline watch row's.
    Q_INVOKABLE bool openRecord(const QString &recordId);
    Q_INVOKABLE void closeRecord();
    // Opens the open record's sealed identity (leaders, local only).
    Q_INVOKABLE bool unseal(const QString &reason);
    // kind: month (n 1-12), quarter (1-4), half (first 6 months), nine
    // (first 9 months), year; with the same period a year earlier.
    Q_INVOKABLE bool showPeriod(const QString &kind, int year, int n);
    // Two dates as typed, at most 10 years apart.
    Q_INVOKABLE bool showRange(const QString &from, const QString &to);
    Q_INVOKABLE bool refreshDeadlines();
    // format: "pdf", "ods", "csv" (a file in exportFolder) or "print" (the
    // PDF to the report printer). The log book of logPeriod, every record
    // of it (the other filters do not apply: it is the book); the report
    // of the statistics period shown.
    Q_INVOKABLE bool exportLog(const QString &format);
    Q_INVOKABLE bool exportReport(const QString &format);

    // The period a kind names (showPeriod); invalid dates when unknown.
    static std::pair<QDate, QDate> periodOf(const QString &kind, int year, int n);
    // Checks the idle time now (a timer does it every 20 s).
    void checkIdle();

signals:
    void languageChanged();
    void sessionChanged();
    void filterChanged();
    void filterErrorChanged();
    void logPeriodChanged();
    void recordChanged();
    void statisticsChanged();
    void deadlinesChanged();
    void exportChanged();

private:
    bool allowed(Permission p);
    void endSession(const QString &reason);
    bool computeStatistics(const QDate &from, const QDate &to, const QString &kind, int year = 0, int n = 0);
    bool refusePeriod(const Error &e);
    bool refuseFilter(const Error &e);
    bool runExport(LeaderExporter::Document what, const QString &format, const QDate &from, const QDate &to);
    void forgetExport(const QString &what);
    Result<StoredRecord> remoteRecord(const QString &recordId, QString *office);

    OfficeStore &m_store;
    LeaderSource &m_source;
    LeaderExporter m_exporter;
    QString m_language = QStringLiteral("vi");
    std::optional<Session> m_session;
    LogListModel m_log;
    LogQuery m_query;
    LogFilter m_filter;
    LogRecord m_record;
    PeriodStatistics m_statistics;
    ExportStatus m_export;
    QString m_filterError, m_periodError;
    DeadlineWatchModel m_deadlines;
    QStringList m_offices;
    int m_overdue = 0, m_withinDays = 7;
    QString m_signOutReason;
    QTimer m_idleTimer;
};

} // namespace tiepdan
