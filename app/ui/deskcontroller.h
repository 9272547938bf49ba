// The officer desk (reception-kiosk --mode desk): sign-in, today's queue,
// the queue actions of one counter and the recording form, through an
// OfficeClient: in process on the office database (--db) or over the LAN
// through the kiosk PC's hub (--office URL, docs/lan-hub.md).
//
// Contract: every action is an OfficeService call that goes through
// UserRepository::require with the desk's session, so a signed-out or idle
// desk, or a role that may not use the queue or record visits, does nothing
// (a role's refusal leaves the desk signed in; an expired or disabled
// session, or a restarted hub, signs it out); the action's error is exposed
// as `errorKind` ("denied", "notFound", "conflict", "invalid", "offline",
// "storage") for the screen to word in the user's language, and
// `errorDetail` in plain English for officers' logs. Each action is audited
// by TicketRepository with the signed-in login as actor. While the hub does
// not answer, `online` is false (the screen says so and disables actions);
// the desk reloads by itself when it is back.
#pragma once

#include "deskvalues.h"
#include "officeconfig.h"
#include "recorddraft.h"
#include "roles.h"
#include "uierror.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace tiepdan {

class OfficeStore;
class OfficeService;
class OfficeClient;

// Today's tickets that are not finished, in issue order, with their wait.
class QueueListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the desk controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int waiting READ waiting NOTIFY countChanged)
public:
    enum Role {
        LabelRole = Qt::UserRole + 1,
        ServiceViRole,
        ServiceEnRole,
        StateRole,
        WaitMinutesRole,
        PriorityRole,
        GroupSizeRole,
        CounterRole,
        RecallsRole
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

class DeskController : public tiepdan::ErrorReporter {
    Q_OBJECT
    Q_PROPERTY(QString officeName READ officeName CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int counter READ counter CONSTANT)
    Q_PROPERTY(QString counterName READ counterName NOTIFY languageChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY sessionChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY sessionChanged)
    Q_PROPERTY(QString userRole READ userRole NOTIFY sessionChanged)
    Q_PROPERTY(QString userLogin READ userLogin NOTIFY sessionChanged)
    Q_PROPERTY(tiepdan::QueueListModel *queue READ queue CONSTANT)
    Q_PROPERTY(QString currentLabel READ currentLabel NOTIFY currentChanged)
    Q_PROPERTY(QString currentState READ currentState NOTIFY currentChanged)
    Q_PROPERTY(int currentRecalls READ currentRecalls NOTIFY currentChanged)
    // Recalls before a called ticket may be marked a no-show (office.json).
    Q_PROPERTY(int noShowAfterRecalls READ noShowAfterRecalls CONSTANT)
    // The kind of the current ticket's service (complaint, denunciation,
    // petition, feedback, leader_meeting, other): the recording form ticks it.
    Q_PROPERTY(QString currentServiceKind READ currentServiceKind NOTIFY currentChanged)
    // The recording form's draft on this PC (RecordDraft).
    Q_PROPERTY(tiepdan::RecordDraft *draft READ draft CONSTANT)
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
    // sealed identity is never in it. Empty (not `saved`) until then.
    Q_PROPERTY(tiepdan::SavedRecordValue lastRecord READ lastRecord NOTIFY lastRecordChanged)
    // Where the last record's conclusion notice was saved (empty: not yet).
    Q_PROPERTY(QString noticePath READ noticePath NOTIFY lastRecordChanged)
    // False while the office hub does not answer (always true with --db).
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    // Where the office is: the hub's URL, or this PC's database file.
    Q_PROPERTY(QString officeAddress READ officeAddress CONSTANT)

public:
    // `counter` 0 = the first counter of the configuration. `client` must
    // outlive the desk; the desk starts its event feed.
    DeskController(OfficeClient &client, const OfficeConfig &config, int counter, QObject *parent = nullptr);
    // On `store` directly (a one-PC office, tests): an in-process client.
    DeskController(OfficeStore &store, int counter, QObject *parent = nullptr);
    ~DeskController() override;

    QString officeName() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    int counter() const { return m_counter; }
    QString counterName() const;
    bool signedIn() const { return m_session.has_value(); }
    QString userName() const { return m_session ? m_session->name : QString(); }
    QString userRole() const { return m_session ? toString(m_session->role) : QString(); }
    QString userLogin() const { return m_session ? m_session->login : QString(); }
    QueueListModel *queue() { return &m_queue; }
    QString currentLabel() const { return m_currentLabel; }
    QString currentState() const { return m_currentState; }
    int currentRecalls() const { return m_currentRecalls; }
    int noShowAfterRecalls() const { return m_config.priority.noShowAfterRecalls; }
    QString currentServiceKind() const;
    RecordDraft *draft() { return &m_draft; }
    QString signOutReason() const { return m_signOutReason; }
    bool needsFirstAdmin() const { return m_needsFirstAdmin; }
    bool syncEnabled() const { return m_config.server.enabled; }
    int syncPending() const { return m_sync.value(QStringLiteral("pending")).toInt(); }
    int syncRejected() const { return m_sync.value(QStringLiteral("rejected")).toInt(); }
    QString syncRejectedReason() const { return m_sync.value(QStringLiteral("rejectedReason")).toString(); }
    QString syncLastSuccess() const;
    QString syncLastError() const { return m_sync.value(QStringLiteral("lastError")).toString(); }
    SavedRecordValue lastRecord() const { return m_lastRecord; }
    bool online() const;
    QString officeAddress() const;

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
    Q_INVOKABLE QVariantList otherCounters() const; // counterChoice

    // Recording a visit in the reception log book (Permission::RecordVisit):
    // the form's fields are VisitForm's (app/core/visitform.h); withTicket
    // records it with the counter's current ticket, sessionKey is one of
    // leaderSessionsToday(). A bad value sets errorField to the field at
    // fault and stores nothing.
    Q_INVOKABLE bool recordVisit(const tiepdan::VisitFormValue &form);
    // An empty form, for the screen to fill in.
    Q_INVOKABLE tiepdan::VisitFormValue blankForm() const { return {}; }
    Q_INVOKABLE void clearLastRecord();
    // The last record's conclusion notice (a head's or deputy's reception)
    // as a PDF in the notice folder, to print and hand to the citizen;
    // false with the error shown when it cannot be made or written.
    Q_INVOKABLE bool saveConclusionNotice();
    QString noticePath() const { return m_noticePath; }
    // Default: "Tiếp Dân" in the user's documents folder.
    void setNoticeFolder(const QString &folder) { m_noticeFolder = folder; }
    // The repeat-visit lookup for a typed ID number and a kind: found,
    // fullName, address, phone, visits, lastVisit, repeat. Only clear
    // records answer (a denunciation is never revealed). Not `answered`
    // when refused (errorField names the field).
    Q_INVOKABLE tiepdan::KnownVisitorValue lookupVisitor(const QString &idNumber, const QString &kind);
    // The identity the visitor of the counter's current ticket gave at the
    // kiosk (found, sealed, fullName, address, idNumber, phone); a sealed
    // one is opened for this recording and audited. Not found without one;
    // not `answered` without a ticket or when refused.
    Q_INVOKABLE tiepdan::KnownVisitorValue ticketVisitor();
    // Today's leader sessions (periodic and ad-hoc), each a leaderSession.
    Q_INVOKABLE QVariantList leaderSessionsToday() const;

    // Checks the idle time now (the timer does it every 20 s).
    void checkIdle();

signals:
    void languageChanged();
    void sessionChanged();
    void currentChanged();
    void syncChanged();
    void lastRecordChanged();
    void onlineChanged();

private:
    struct SignedIn {
        QString token, login, name;
        Role role = Role::Officer;
    };
    // The office's answer to a call made with the desk's session.
    QJsonObject ask(const QString &method, QJsonObject args = {});
    // Why an answer signed the desk out: "restart" when the office did not
    // know the session (it was restarted), else `otherwise`; "" when the
    // session is still there.
    static QString signedOutReason(const QJsonObject &answer, const QString &otherwise);
    // True for a good answer; else shows the error and returns false (a lost
    // session signs the desk out, see signedOutReason, and shows no error).
    bool accepted(const QJsonObject &answer, const QString &reason = QStringLiteral("denied"));
    bool startSession(const QJsonObject &answer);
    // The result of a queue action: the counter's ticket, or the error.
    bool applied(const QJsonObject &answer);
    void setCurrent(const QJsonObject &ticket);
    // `tellOffice`: the session still exists there and is ended.
    void endSession(const QString &reason, bool tellOffice = true);
    void init();

    std::unique_ptr<OfficeService> m_ownService;
    std::unique_ptr<OfficeClient> m_ownClient;
    OfficeClient *m_client;
    OfficeConfig m_config;
    int m_counter = 0;
    QString m_language = QStringLiteral("vi");
    std::optional<SignedIn> m_session;
    QueueListModel m_queue;
    QString m_currentLabel, m_currentState, m_currentService;
    int m_currentRecalls = 0;
    RecordDraft m_draft;
    QString m_signOutReason;
    QTimer m_idleTimer, m_refreshTimer;
    QJsonObject m_sync;
    SavedRecordValue m_lastRecord;
    QString m_noticePath, m_noticeFolder;
    // The visit being saved while the office could not be reached.
    struct PendingRecord {
        QString id;
        QByteArray content;
    } m_pendingRecord;
    bool m_needsFirstAdmin = false;
    QDateTime m_touchSent; // the office's clock when activity was last reported
};

} // namespace tiepdan
