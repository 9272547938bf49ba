// The citizen kiosk's flow: the form being filled, the ticket just issued,
// the status check and the idle reset. QML binds to its properties and
// forwards touches to its invokables; every rule lives here or below.
//
// Confidentiality: for a confidential service (denunciation) the identity
// typed in is sealed by the visitor repository and nothing personal is kept
// in the controller after the ticket is issued; tickets never carry a name.
#pragma once

#include "listmodels.h"
#include "reception.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <optional>

namespace tiepdan {

class OfficeStore;
class TicketPrinter;
struct Ticket;

class KioskController : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString officeName READ officeName CONSTANT)
    Q_PROPERTY(QString agencyName READ agencyName CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool largeText MEMBER m_largeText NOTIFY displayChanged)
    Q_PROPERTY(bool highContrast MEMBER m_highContrast NOTIFY displayChanged)
    Q_PROPERTY(QString today READ today NOTIFY dayChanged)
    Q_PROPERTY(tiepdan::ServiceListModel *services READ services CONSTANT)
    Q_PROPERTY(tiepdan::SessionListModel *todaySessions READ todaySessions CONSTANT)
    Q_PROPERTY(tiepdan::SessionListModel *leaderSessions READ leaderSessions CONSTANT)
    Q_PROPERTY(QStringList priorityCategories READ priorityCategories CONSTANT)
    Q_PROPERTY(int groupMinPeople READ groupMinPeople CONSTANT)

    Q_PROPERTY(QString serviceId READ serviceId NOTIFY formChanged)
    Q_PROPERTY(bool serviceConfidential READ serviceConfidential NOTIFY formChanged)
    // Editing a field clears the error shown for it.
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY formChanged)
    Q_PROPERTY(QString idNumber READ idNumber WRITE setIdNumber NOTIFY formChanged)
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY formChanged)
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY formChanged)
    Q_PROPERTY(QString priorityCategory MEMBER m_priority NOTIFY formChanged)
    Q_PROPERTY(int groupSize MEMBER m_groupSize NOTIFY formChanged)
    Q_PROPERTY(QString sessionKey READ sessionKey NOTIFY formChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)

    Q_PROPERTY(QString ticketLabel READ ticketLabel NOTIFY ticketChanged)
    Q_PROPERTY(QString ticketKind READ ticketKind NOTIFY ticketChanged)
    Q_PROPERTY(QString ticketServiceId READ ticketServiceId NOTIFY ticketChanged)
    Q_PROPERTY(QString ticketTime READ ticketTime NOTIFY ticketChanged)
    Q_PROPERTY(QString ticketPayload READ ticketPayload NOTIFY ticketChanged)
    Q_PROPERTY(int ticketPeopleAhead READ ticketPeopleAhead NOTIFY ticketChanged)
    Q_PROPERTY(int ticketWaitMinutes READ ticketWaitMinutes NOTIFY ticketChanged)
    Q_PROPERTY(QString printStatus READ printStatus NOTIFY ticketChanged)
    // Where the ticket's holder goes: the service in the screen's language,
    // the counters that call it ("1, 2"), and for an appointment slip the
    // leader who receives and the place.
    Q_PROPERTY(QString ticketService READ ticketService NOTIFY ticketChanged)
    Q_PROPERTY(QString ticketCounters READ ticketCounters NOTIFY ticketChanged)
    Q_PROPERTY(QString ticketReceiver READ ticketReceiver NOTIFY ticketChanged)
    Q_PROPERTY(QString ticketPlace READ ticketPlace NOTIFY ticketChanged)
    // After a restart (a power cut, a crash): the ticket issued in the
    // minute before it, for a citizen who may not have seen it; empty once
    // that minute has passed or after it was shown.
    Q_PROPERTY(QString recentTicket READ recentTicket NOTIFY recentTicketChanged)

    Q_PROPERTY(QString statusKind READ statusKind NOTIFY statusChanged)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY statusChanged)
    Q_PROPERTY(int statusCounter READ statusCounter NOTIFY statusChanged)
    Q_PROPERTY(int statusPeopleAhead READ statusPeopleAhead NOTIFY statusChanged)
    Q_PROPERTY(QString statusDirection READ statusDirection NOTIFY statusChanged)
    Q_PROPERTY(QString statusDeadline READ statusDeadline NOTIFY statusChanged)
    // The department server's latest handling result for the matter
    // (down-sync, ServerUpdates), when there is one: accepted, transferred,
    // returned, resolved, withdrawn or the server's own word; its note and date.
    Q_PROPERTY(QString statusResult READ statusResult NOTIFY statusChanged)
    Q_PROPERTY(QString statusResultNote READ statusResultNote NOTIFY statusChanged)
    Q_PROPERTY(QString statusResultDate READ statusResultDate NOTIFY statusChanged)

    Q_PROPERTY(bool exitPossible READ exitPossible CONSTANT)
    Q_PROPERTY(bool pinLocked READ pinLocked NOTIFY pinChanged)
    Q_PROPERTY(int idleSecondsLeft READ idleSecondsLeft NOTIFY idleChanged)
    Q_PROPERTY(bool idleWarning READ idleWarning NOTIFY idleChanged)

public:
    KioskController(OfficeStore &store, TicketPrinter *printer, QObject *parent = nullptr);
    ~KioskController() override;

    QString officeName() const;
    QString agencyName() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &lang);
    QString today() const;
    ServiceListModel *services() { return &m_services; }
    SessionListModel *todaySessions() { return &m_todaySessions; }
    SessionListModel *leaderSessions() { return &m_leaderSessions; }
    QStringList priorityCategories() const;
    int groupMinPeople() const;

    QString serviceId() const { return m_serviceId; }
    bool serviceConfidential() const;
    QString sessionKey() const { return m_sessionKey; }
    QString name() const { return m_name; }
    void setName(const QString &v) { setField(QStringLiteral("name"), &m_name, v); }
    QString idNumber() const { return m_idNumber; }
    void setIdNumber(const QString &v) { setField(QStringLiteral("idNumber"), &m_idNumber, v); }
    QString phone() const { return m_phone; }
    void setPhone(const QString &v) { setField(QStringLiteral("phone"), &m_phone, v); }
    QString address() const { return m_address; }
    void setAddress(const QString &v) { setField(QStringLiteral("address"), &m_address, v); }
    QString errorField() const { return m_errorField; }
    QString errorDetail() const { return m_errorDetail; }

    QString ticketLabel() const { return m_ticketLabel; }
    QString ticketKind() const { return m_ticketKind; }
    QString ticketServiceId() const { return m_ticketServiceId; }
    QString ticketTime() const { return m_ticketTime; }
    QString ticketPayload() const { return m_ticketPayload; }
    int ticketPeopleAhead() const { return m_peopleAhead; }
    int ticketWaitMinutes() const { return m_waitMinutes; }
    QString printStatus() const { return m_printStatus; }
    QString ticketService() const;
    QString ticketCounters() const;
    QString ticketReceiver() const
    {
        return m_language == QLatin1String("en") ? m_ticketReceiverEn : m_ticketReceiverVi;
    }
    QString ticketPlace() const { return m_ticketPlace; }
    QString recentTicket() const { return m_recentTicket; }
    // Shows the recent ticket (recentTicket) on the ticket screen.
    Q_INVOKABLE bool showRecentTicket();

    QString statusKind() const { return m_statusKind; }
    QString statusLabel() const { return m_statusLabel; }
    int statusCounter() const { return m_statusCounter; }
    int statusPeopleAhead() const { return m_statusPeopleAhead; }
    QString statusDirection() const { return m_statusDirection; }
    QString statusDeadline() const { return m_statusDeadline; }
    QString statusResult() const { return m_statusResult; }
    QString statusResultNote() const { return m_statusResultNote; }
    QString statusResultDate() const { return m_statusResultDate; }

    int idleSecondsLeft() const { return m_idleLeft; }
    bool exitPossible() const;
    bool pinLocked() const;

    // An officer's PIN lets the kiosk program close. Wrong PINs are counted;
    // after kiosk.pinAttempts the PIN pad is locked for pinLockoutSeconds.
    // Every attempt is audited (never the PIN itself).
    Q_INVOKABLE bool unlockExit(const QString &pin);
    bool idleWarning() const;

    // Any touch or key: restarts the idle countdown.
    Q_INVOKABLE void touch();
    // Chooses the service of the ticket (serviceChosen() when it is one).
    Q_INVOKABLE bool chooseService(const QString &serviceId);
    // Chooses a periodic session to book (leader day); checks places left
    // (sessionChosen() when it may be booked).
    Q_INVOKABLE bool chooseSession(const QString &sessionKey);
    // Validates the optional identity; sets errorField/errorDetail on failure.
    Q_INVOKABLE bool checkIdentity();
    // Issues the ticket (or books the appointment when a session is chosen),
    // prints it, and clears the personal fields. False with errorField set.
    Q_INVOKABLE bool takeTicket();
    // A scanned ticket or appointment code: appointment codes of today check
    // in (issue a ticket); others show where they stand.
    Q_INVOKABLE bool scan(const QString &payload);
    // Wipes every field and the last ticket; back to the welcome screen.
    Q_INVOKABLE void reset();
    Q_INVOKABLE void refreshSessions();
    Q_INVOKABLE bool reprint();
    // Moves the idle countdown forward as if `seconds` had passed without a
    // touch (tests and the screen tour; the timer does the same each second).
    Q_INVOKABLE void advanceIdle(int seconds);

signals:
    void languageChanged();
    void displayChanged();
    void dayChanged();
    void formChanged();
    void errorChanged();
    void ticketChanged();
    void statusChanged();
    void idleChanged();
    void pinChanged();
    void recentTicketChanged();
    // A service or a session was chosen: the screen moves on to the identity.
    void serviceChosen();
    void sessionChosen();
    // The right PIN was entered: the UI may close.
    void exitUnlocked();
    // The idle time ran out: the UI returns to the welcome screen.
    void idleReset();

private:
    void setError(const QString &field, const QString &detail);
    void setField(const QString &field, QString *value, const QString &text);
    // The form's identity, checked; nullopt with the error shown.
    std::optional<Identity> validIdentity();
    void clearForm();
    void showTicket(const Ticket &t, int peopleAhead);
    void printCurrent();
    void tick();

    OfficeStore &m_store;
    TicketPrinter *m_printer;
    ServiceListModel m_services;
    SessionListModel m_todaySessions;
    SessionListModel m_leaderSessions;
    QTimer m_idleTimer;
    int m_idleLeft = 0;
    QString m_language = QStringLiteral("vi");
    bool m_largeText = false;
    bool m_highContrast = false;

    QString m_serviceId, m_sessionKey, m_name, m_idNumber, m_phone, m_address, m_priority;
    int m_groupSize = 1;
    QString m_errorField, m_errorDetail;

    QString m_ticketLabel, m_ticketKind, m_ticketServiceId, m_ticketTime, m_ticketPayload, m_printStatus;
    QString m_ticketReceiverVi, m_ticketReceiverEn, m_ticketPlace;
    QString m_recentTicket;
    void findRecentTicket();
    int m_peopleAhead = 0, m_waitMinutes = 0;

    void clearStatus(); // the status check's fields, without notifying
    QString m_statusKind, m_statusLabel, m_statusDirection, m_statusDeadline;
    QString m_statusResult, m_statusResultNote, m_statusResultDate;
    int m_statusCounter = 0, m_statusPeopleAhead = 0;

    int m_pinFailures = 0;
    QDateTime m_pinLockedUntil;
};

} // namespace tiepdan
