// The officer desk (reception-kiosk --mode desk): sign-in, today's queue,
// and the queue actions of one counter, on the office database directly
// (--db: a one-PC office; the LAN hub of issue 4 comes later).
//
// Contract: every action goes through UserRepository::require with the
// desk's session, so a signed-out or idle desk, or a role that may not use
// the queue or record visits, does nothing (a role's refusal leaves the
// desk signed in; an expired or disabled session signs it out); the action's error is exposed as `errorKind`
// ("denied", "notFound", "conflict", "invalid", "storage") for the screen
// to word in the user's language, and `errorDetail` in plain English for
// officers' logs. Each action is audited by TicketRepository with the
// signed-in login as actor.
#pragma once

#include "outbox.h"
#include "ticketrepository.h"
#include "uierror.h"
#include "userrepository.h"

#include <QAbstractListModel>
#include <QObject>
#include <QTimer>

#include <optional>

namespace tiepdan {

class OfficeStore;

// Today's tickets that are not finished, in issue order, with their wait.
class QueueListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int waiting READ waiting NOTIFY countChanged)
public:
    enum Role {
        LabelRole = Qt::UserRole + 1, ServiceViRole, ServiceEnRole, StateRole, WaitMinutesRole, PriorityRole,
        GroupSizeRole, CounterRole, RecallsRole
    };
    struct Row {
        QString label, serviceVi, serviceEn, state, priority;
        int waitMinutes = 0, groupSize = 1, counter = 0, recalls = 0;
    };
    explicit QueueListModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}
    void setRows(const QList<Row> &rows);
    int count() const { return int(m_rows.size()); }
    int waiting() const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<Row> m_rows;
};

class DeskController : public ErrorReporter {
    Q_OBJECT
    Q_PROPERTY(QString officeName READ officeName CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int counter READ counter CONSTANT)
    Q_PROPERTY(QString counterName READ counterName NOTIFY languageChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY sessionChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY sessionChanged)
    Q_PROPERTY(QString userRole READ userRole NOTIFY sessionChanged)
    Q_PROPERTY(QString userLogin READ userLogin NOTIFY sessionChanged)
    Q_PROPERTY(QueueListModel *queue READ queue CONSTANT)
    Q_PROPERTY(QString currentLabel READ currentLabel NOTIFY currentChanged)
    Q_PROPERTY(QString currentState READ currentState NOTIFY currentChanged)
    Q_PROPERTY(int currentRecalls READ currentRecalls NOTIFY currentChanged)
    Q_PROPERTY(QString signOutReason READ signOutReason NOTIFY sessionChanged)
    // A new office has no users yet: the desk asks for the first administrator.
    Q_PROPERTY(bool needsFirstAdmin READ needsFirstAdmin NOTIFY sessionChanged)
    // Delivery to the department server, for the officers (refreshed with
    // the queue): entries waiting, rejected ones (with the newest reason),
    // the last delivery and the last failed attempt's error.
    Q_PROPERTY(bool syncEnabled READ syncEnabled CONSTANT)
    Q_PROPERTY(int syncPending READ syncPending NOTIFY syncChanged)
    Q_PROPERTY(int syncRejected READ syncRejected NOTIFY syncChanged)
    Q_PROPERTY(QString syncRejectedReason READ syncRejectedReason NOTIFY syncChanged)
    Q_PROPERTY(QString syncLastSuccess READ syncLastSuccess NOTIFY syncChanged)
    Q_PROPERTY(QString syncLastError READ syncLastError NOTIFY syncChanged)
    // The visit recorded last (recordVisit): book number, deadlines; a
    // sealed identity is never in it.
    Q_PROPERTY(QVariantMap lastRecord READ lastRecord NOTIFY lastRecordChanged)

public:
    // `counter` 0 = the first counter of the configuration.
    DeskController(OfficeStore &store, int counter, QObject *parent = nullptr);

    QString officeName() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    int counter() const { return m_counter; }
    QString counterName() const;
    bool signedIn() const { return m_session.has_value(); }
    QString userName() const { return m_session ? m_session->displayName() : QString(); }
    QString userRole() const { return m_session ? toString(m_session->role()) : QString(); }
    QString userLogin() const { return m_session ? m_session->login() : QString(); }
    QueueListModel *queue() { return &m_queue; }
    QString currentLabel() const { return m_currentLabel; }
    QString currentState() const { return m_currentState; }
    int currentRecalls() const { return m_currentRecalls; }
    QString signOutReason() const { return m_signOutReason; }
    bool needsFirstAdmin() const;
    bool syncEnabled() const;
    int syncPending() const { return int(m_sync.pending); }
    int syncRejected() const { return int(m_sync.rejected); }
    QString syncRejectedReason() const;
    QString syncLastSuccess() const;
    QString syncLastError() const { return m_sync.lastError; }
    QVariantMap lastRecord() const { return m_lastRecord; }

    Q_INVOKABLE bool signIn(const QString &login, const QString &pin);
    // Only while the office has no users; `errorField` names a bad field.
    Q_INVOKABLE bool createFirstAdmin(const QString &login, const QString &name, const QString &pin,
                                      const QString &pinAgain);
    Q_INVOKABLE void signOut();
    // Any input on the desk: keeps the session alive.
    Q_INVOKABLE void touch();
    Q_INVOKABLE void refresh();
    Q_INVOKABLE bool callNext();
    // action: call, recall, start, finish, no_show, park, resume, cancel.
    Q_INVOKABLE bool act(const QString &label, const QString &action);
    Q_INVOKABLE bool transfer(const QString &label, int toCounter);
    Q_INVOKABLE QVariantList otherCounters() const;

    // Recording a visit in the reception log book (Permission::RecordVisit).
    // `form` keys (all strings unless said): fullName, address, idNumber,
    // phone, representatives (one per line), anonymous (bool), content,
    // kinds (list: complaint, denunciation, petition, feedback), peopleCount
    // (int), previousAgency, direction (pending, accept, return_guide,
    // transfer), transferAgency, followUp, notes, receiverRole (officer,
    // head, deputy), receiverName (default: the signed-in user for an
    // officer), receptionKind (regular, periodic, adhoc), refusal (none,
    // intoxicated, disorderly, already_settled), refusalNote,
    // aboutEnforcement (bool), withTicket (bool: the counter's current
    // ticket); for the head's or a deputy's reception also sessionKey (one
    // of leaderSessionsToday()), conclusion (the conclusion notice) and
    // conclusionDue (YYYY-MM-DD or dd/MM/yyyy). A bad value sets errorField
    // to the key at fault and stores nothing.
    Q_INVOKABLE bool recordVisit(const QVariantMap &form);
    Q_INVOKABLE void clearLastRecord();
    // The repeat-visit lookup for a typed ID number and a kind: {found,
    // fullName, address, phone, visits, lastVisit, repeat}. Only clear
    // records answer (a denunciation is never revealed).
    Q_INVOKABLE QVariantMap lookupVisitor(const QString &idNumber, const QString &kind);
    // The identity the visitor of the counter's current ticket gave at the
    // kiosk: {found, sealed, fullName, address, idNumber, phone}; a sealed
    // one is opened for this recording and audited. Empty map without one.
    Q_INVOKABLE QVariantMap ticketVisitor();
    // Today's leader sessions (periodic and ad-hoc): [{key, kind, label}].
    Q_INVOKABLE QVariantList leaderSessionsToday() const;

    // Checks the idle time now (the timer does it every 20 s).
    void checkIdle();

signals:
    void languageChanged();
    void sessionChanged();
    void currentChanged();
    void syncChanged();
    void lastRecordChanged();

private:
    bool allowed(Permission p = Permission::UseQueue);
    // The result of a queue action: the counter's ticket, or the error.
    bool applied(const Result<Ticket> &t);
    void setCurrent(const Ticket &t);
    void endSession(const QString &reason);

    OfficeStore &m_store;
    int m_counter = 0;
    QString m_language = QStringLiteral("vi");
    std::optional<Session> m_session;
    QueueListModel m_queue;
    QString m_currentLabel, m_currentState;
    int m_currentRecalls = 0;
    QString m_signOutReason;
    QTimer m_idleTimer, m_refreshTimer;
    OutboxStatus m_sync;
    QVariantMap m_lastRecord;
    qint64 m_dataVersion = -1;
};

} // namespace tiepdan
