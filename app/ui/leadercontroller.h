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
#pragma once

#include "leadersource.h"
#include "uierror.h"
#include "userrepository.h"

#include <QAbstractListModel>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace tiepdan {

class OfficeStore;

// The log book list: newest first, pages of kPageSize fetched as the view
// scrolls (canFetchMore / fetchMore), keyset-paged by the source's cursor.
class LogListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool complete READ complete NOTIFY countChanged)
public:
    static constexpr int kPageSize = 50;
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        BookRole,
        DateRole,
        NameRole,
        IdNumberRole,
        AddressRole,
        ContentRole,
        KindsRole,
        PeopleRole,
        GroupRole,
        RepeatRole,
        DirectionRole,
        TransferAgencyRole,
        ReceiverRole,
        ReceiverNameRole,
        ReceptionKindRole,
        SealedRole,
        AnonymousRole,
        OfficeRole,
        RefusedRole
    };
    // `fetch` returns a page for (cursor, limit); `allowed` is checked first.
    using Fetch = std::function<Result<LogPage>(const QString &after, int limit)>;
    explicit LogListModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}
    // Replaces the list and loads its first page.
    void reset(Fetch fetch, std::function<bool()> allowed);
    void clear();
    void setGroupPolicy(const GroupPolicy &p) { m_groups = p; }
    int count() const { return int(m_rows.size()); }
    int rowOf(const QString &recordId) const; // -1: not listed
    StoredRecord recordAt(int row) const { return m_rows.value(row); }
    QString officeAt(int row) const { return m_offices.value(row); }
    bool complete() const { return !m_more; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void countChanged();
    void failed(const tiepdan::Error &error);

private:
    bool load(QList<StoredRecord> *rows, QList<QString> *offices);
    Fetch m_fetch;
    std::function<bool()> m_allowed;
    QList<StoredRecord> m_rows;
    QList<QString> m_offices;
    QString m_cursor;
    bool m_more = false;
    GroupPolicy m_groups;
};

class LeaderController : public ErrorReporter {
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
    Q_PROPERTY(QString signOutReason READ signOutReason NOTIFY sessionChanged)
    Q_PROPERTY(LogListModel *log READ log CONSTANT)
    Q_PROPERTY(QVariantMap filter READ filter NOTIFY filterChanged)
    Q_PROPERTY(QVariantMap record READ record NOTIFY recordChanged)
    Q_PROPERTY(QVariantMap statistics READ statistics NOTIFY statisticsChanged)
    Q_PROPERTY(QVariantList deadlines READ deadlines NOTIFY deadlinesChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY deadlinesChanged)
    Q_PROPERTY(int withinDays READ withinDays WRITE setWithinDays NOTIFY deadlinesChanged)
    Q_PROPERTY(QString today READ today CONSTANT)

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
    QString signOutReason() const { return m_signOutReason; }
    LogListModel *log() { return &m_log; }
    QVariantMap filter() const { return m_filter; }
    QVariantMap record() const { return m_record; }
    QVariantMap statistics() const { return m_statistics; }
    QVariantList deadlines() const { return m_deadlines; }
    int overdueCount() const { return m_overdue; }
    int withinDays() const { return m_withinDays; }
    void setWithinDays(int days);
    QString today() const;

    Q_INVOKABLE bool signIn(const QString &login, const QString &pin);
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void touch();
    // Keys (all optional): from, to (YYYY-MM-DD), text, kind, direction,
    // receiverRole, receiverName, group ("yes"/"no"), visit ("first"/"repeat"),
    // office. Unknown values are refused with errorField set.
    Q_INVOKABLE bool applyFilter(const QVariantMap &filter);
    Q_INVOKABLE bool openRecord(const QString &recordId);
    Q_INVOKABLE void closeRecord();
    // Opens the open record's sealed identity (leaders, local only).
    Q_INVOKABLE bool unseal(const QString &reason);
    // kind: month (n 1-12), quarter (1-4), half (first 6 months), nine
    // (first 9 months), year; with the same period a year earlier.
    Q_INVOKABLE bool showPeriod(const QString &kind, int year, int n);
    Q_INVOKABLE bool showRange(const QString &from, const QString &to);
    Q_INVOKABLE bool refreshDeadlines();

    // The period a kind names (showPeriod); invalid dates when unknown.
    static std::pair<QDate, QDate> periodOf(const QString &kind, int year, int n);
    // Checks the idle time now (a timer does it every 20 s).
    void checkIdle();

signals:
    void languageChanged();
    void sessionChanged();
    void filterChanged();
    void recordChanged();
    void statisticsChanged();
    void deadlinesChanged();

private:
    bool allowed(Permission p);
    void endSession(const QString &reason);
    bool computeStatistics(const QDate &from, const QDate &to, const QString &kind);

    OfficeStore &m_store;
    LeaderSource &m_source;
    QString m_language = QStringLiteral("vi");
    std::optional<Session> m_session;
    LogListModel m_log;
    LogQuery m_query;
    QVariantMap m_filter, m_record, m_statistics;
    QVariantList m_deadlines;
    QStringList m_offices;
    int m_overdue = 0, m_withinDays = 7;
    QString m_signOutReason;
    QTimer m_idleTimer;
};

} // namespace tiepdan
