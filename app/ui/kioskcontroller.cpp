#include "kioskcontroller.h"

#include "appointmentrepository.h"
#include "keys.h"
#include "officestore.h"
#include "receptionrepository.h"
#include "ticketprinter.h"
#include "ticketrepository.h"
#include "visitorrepository.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKiosk, "tiepdan.kiosk")

namespace tiepdan {

namespace {
const QString kActor = QStringLiteral("kiosk");
// How long after its issue a ticket is offered again after a restart.
constexpr int kRecentTicketSeconds = 60;
} // namespace

KioskController::KioskController(OfficeStore &store, TicketPrinter *printer, QObject *parent)
    : QObject(parent), m_store(store), m_printer(printer), m_services(store.config().services)
{
    m_idleTimer.setInterval(1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &KioskController::tick);
    m_idleLeft = store.config().kiosk.idleSeconds;
    refreshSessions();
    findRecentTicket();
}

void KioskController::findRecentTicket()
{
    const QDateTime now = m_store.now();
    auto today = m_store.tickets().list(now.date(), false);
    if (!today || today->isEmpty())
        return;
    const Ticket &last = today->constLast();
    const qint64 age = last.issuedAt.secsTo(now);
    if (age < 0 || age >= kRecentTicketSeconds)
        return;
    m_recentTicket = last.displayLabel();
    QTimer::singleShot(int(kRecentTicketSeconds - age) * 1000, this, [this] {
        m_recentTicket.clear();
        emit recentTicketChanged();
    });
}

bool KioskController::showRecentTicket()
{
    touch();
    if (m_recentTicket.isEmpty())
        return false;
    auto t = m_store.tickets().find(m_recentTicket, m_store.now().date());
    if (!t)
        return false;
    auto waiting = m_store.tickets().list(t->serviceDate, true, t->serviceId);
    int ahead = 0;
    for (const Ticket &w : waiting ? *waiting : QList<Ticket>())
        ahead += w.state == TicketState::Waiting && w.number < t->number ? 1 : 0;
    showTicket(*t, ahead);
    m_printStatus = QStringLiteral("recovered");
    m_recentTicket.clear();
    emit recentTicketChanged();
    emit ticketChanged();
    return true;
}

QString KioskController::ticketService() const
{
    const Service *s = m_store.config().service(m_ticketServiceId);
    return !s ? QString() : m_language == QLatin1String("en") ? s->nameEn : s->nameVi;
}

QString KioskController::ticketCounters() const
{
    QStringList numbers;
    for (const Counter &c : m_store.config().counters)
        if (c.serviceIds.contains(m_ticketServiceId))
            numbers << QString::number(c.number);
    return numbers.join(QStringLiteral(", "));
}

KioskController::~KioskController() = default;

QString KioskController::officeName() const
{
    return m_store.config().office.name;
}
QString KioskController::agencyName() const
{
    return m_store.config().office.agencyName;
}
QString KioskController::today() const
{
    return m_store.now().date().toString(Qt::ISODate);
}
QStringList KioskController::priorityCategories() const
{
    return m_store.config().priority.categories;
}
int KioskController::groupMinPeople() const
{
    return m_store.config().groups.minPeople;
}

void KioskController::setLanguage(const QString &lang)
{
    if (lang == m_language || !m_store.config().languages.contains(lang))
        return;
    m_language = lang;
    emit languageChanged();
    emit ticketChanged(); // the service's and the receiver's names follow the language
}

bool KioskController::serviceConfidential() const
{
    const Service *s = m_store.config().service(m_serviceId);
    return s && s->confidential;
}

bool KioskController::idleWarning() const
{
    return m_idleTimer.isActive() && m_idleLeft <= m_store.config().kiosk.idleWarningSeconds;
}

void KioskController::refreshSessions()
{
    const QDate today = m_store.now().date();
    m_todaySessions.setRows(SessionListModel::rowsFor(m_store, m_store.calendar().sessionsOn(today)));
    m_leaderSessions.setRows(SessionListModel::rowsFor(
        m_store, m_store.calendar().periodicSessionsBetween(
                     today.addDays(1), today.addDays(m_store.config().schedule.bookingHorizonDays))));
    emit dayChanged();
}

void KioskController::touch()
{
    m_idleLeft = m_store.config().kiosk.idleSeconds;
    m_idleTimer.start();
    emit idleChanged();
}

void KioskController::advanceIdle(int seconds)
{
    if (!m_idleTimer.isActive())
        return;
    for (int i = 0; i < seconds && m_idleTimer.isActive(); ++i)
        tick();
}

void KioskController::tick()
{
    if (--m_idleLeft > 0) {
        emit idleChanged();
        return;
    }
    reset();
    emit idleReset();
}

void KioskController::setError(const QString &field, const QString &detail)
{
    m_errorField = field;
    m_errorDetail = detail;
    emit errorChanged();
}

void KioskController::setField(const QString &field, QString *value, const QString &text)
{
    if (*value == text)
        return;
    *value = text;
    if (m_errorField == field)
        setError({}, {});
    emit formChanged();
}

bool KioskController::chooseService(const QString &serviceId)
{
    touch();
    if (!m_store.config().service(serviceId)) {
        setError(QStringLiteral("service"), QStringLiteral("unknown service"));
        return false;
    }
    m_serviceId = serviceId;
    m_sessionKey.clear();
    setError({}, {});
    emit formChanged();
    emit serviceChosen();
    return true;
}

bool KioskController::chooseSession(const QString &sessionKey)
{
    touch();
    const ReceptionSession s = m_store.calendar().sessionByKey(sessionKey);
    if (!s.date.isValid() || s.kind != ReceptionKind::Periodic) {
        setError(QStringLiteral("session"), QStringLiteral("no such leader session"));
        return false;
    }
    auto taken = m_store.appointments().taken(sessionKey);
    if (!taken || capacityLeft(s, *taken) < std::max(1, m_groupSize)) {
        setError(QStringLiteral("sessionFull"), QStringLiteral("the session is full"));
        refreshSessions();
        return false;
    }
    m_sessionKey = sessionKey;
    for (const Service &svc : m_store.config().services)
        if (svc.kind == ServiceKind::LeaderMeeting)
            m_serviceId = svc.id;
    setError({}, {});
    emit formChanged();
    emit sessionChosen();
    return true;
}

std::optional<Identity> KioskController::validIdentity()
{
    // Every field is optional at the kiosk; each one given must be right.
    auto valid = validateVisitorIdentity({m_name, m_address, m_idNumber, m_phone, {}}, m_store.now().date());
    if (!valid) {
        setError(valid.error().field, valid.error().message);
        return std::nullopt;
    }
    setError({}, {});
    return *valid;
}

bool KioskController::checkIdentity()
{
    touch();
    return validIdentity().has_value();
}

bool KioskController::takeTicket()
{
    touch();
    if (m_serviceId.isEmpty()) {
        setError(QStringLiteral("service"), QStringLiteral("choose a service first"));
        return false;
    }
    if (m_groupSize < 1 || m_groupSize > 10000) {
        setError(QStringLiteral("groupSize"), QStringLiteral("group size must be 1 to 10000"));
        return false;
    }
    const std::optional<Identity> id = validIdentity();
    if (!id)
        return false;
    QString visitorId;
    if (!id->isEmpty()) {
        auto reg = m_store.visitors().registerVisitor(*id, serviceConfidential(), kActor);
        if (!reg) {
            setError(reg.error().field.isEmpty() ? QStringLiteral("storage") : reg.error().field, reg.error().message);
            return false;
        }
        visitorId = reg->id;
    }
    if (!m_sessionKey.isEmpty()) {
        auto a = m_store.appointments().book(m_sessionKey, std::max(1, m_groupSize), visitorId, kActor);
        if (!a) {
            setError(a.error().code == ErrorCode::Conflict ? QStringLiteral("sessionFull") : QStringLiteral("storage"),
                     a.error().message);
            refreshSessions();
            return false;
        }
        const ReceptionSession s = m_store.calendar().sessionByKey(m_sessionKey);
        m_ticketKind = QStringLiteral("appointment");
        m_ticketLabel = a->code;
        m_ticketServiceId = m_serviceId;
        m_ticketTime =
            QStringLiteral("%1 %2-%3")
                .arg(s.date.toString(QStringLiteral("dd/MM/yyyy")), s.slot.start.toString(QStringLiteral("HH:mm")),
                     s.slot.end.toString(QStringLiteral("HH:mm")));
        m_ticketPayload = a->payload;
        m_ticketReceiverVi = s.receiverVi;
        m_ticketReceiverEn = s.receiverEn.isEmpty() ? s.receiverVi : s.receiverEn;
        m_ticketPlace = s.place;
        m_peopleAhead = -1;
        m_waitMinutes = -1;
        refreshSessions();
    } else {
        auto t = m_store.tickets().issue({m_serviceId, m_priority, std::max(1, m_groupSize), visitorId, {}}, kActor);
        if (!t) {
            setError(t.error().field.isEmpty() ? QStringLiteral("storage") : t.error().field, t.error().message);
            return false;
        }
        showTicket(t->ticket, t->peopleAhead);
    }
    clearForm(); // nothing personal stays in memory once the ticket exists
    printCurrent();
    emit ticketChanged();
    return true;
}

void KioskController::showTicket(const Ticket &t, int peopleAhead)
{
    m_ticketKind = QStringLiteral("ticket");
    m_ticketLabel = t.displayLabel();
    m_ticketServiceId = t.serviceId;
    m_ticketTime = t.issuedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_ticketPayload = t.payload;
    m_peopleAhead = peopleAhead;
    auto wait = m_store.tickets().estimateWaitMinutes(t.serviceId, peopleAhead);
    m_waitMinutes = wait ? *wait : -1;
}

void KioskController::printCurrent()
{
    if (!m_printer) {
        m_printStatus = QStringLiteral("none");
        return;
    }
    const Service *s = m_store.config().service(m_ticketServiceId);
    PrintableTicket p{m_store.config().office.agencyName,
                      m_store.config().office.name,
                      s ? s->nameVi : QString(),
                      s ? s->nameEn : QString(),
                      m_ticketLabel,
                      m_ticketTime,
                      m_peopleAhead,
                      m_waitMinutes,
                      m_ticketPayload,
                      m_ticketKind == QLatin1String("appointment")};
    const Status printed = m_printer->print(p);
    if (printed) {
        m_printStatus = QStringLiteral("printed");
        return;
    }
    m_printStatus = QStringLiteral("failed");
    qCWarning(lcKiosk).noquote() << "ticket" << m_ticketLabel << "not printed:" << printed.error().message;
    if (auto r = m_store.tickets().recordPrintFailure(m_ticketLabel, printed.error().message, kActor); !r)
        qCWarning(lcKiosk).noquote() << "print failure not recorded:" << r.error().message;
}

bool KioskController::reprint()
{
    touch();
    if (m_ticketPayload.isEmpty())
        return false;
    printCurrent();
    emit ticketChanged();
    return m_printStatus == QLatin1String("printed");
}

void KioskController::clearStatus()
{
    m_statusKind.clear();
    m_statusLabel.clear();
    m_statusDirection.clear();
    m_statusDeadline.clear();
    m_statusResult.clear();
    m_statusResultNote.clear();
    m_statusResultDate.clear();
    m_statusCounter = 0;
    m_statusPeopleAhead = 0;
}

bool KioskController::scan(const QString &payload)
{
    touch();
    clearStatus();
    auto finish = [&](const QString &kind) {
        m_statusKind = kind;
        emit statusChanged();
        return kind != QLatin1String("invalid") && kind != QLatin1String("forged") && kind != QLatin1String("notfound");
    };
    auto p = m_store.signer().verify(payload);
    if (!p)
        return finish(p.error().code == ErrorCode::Forged ? QStringLiteral("forged") : QStringLiteral("invalid"));
    if (p->officeCode != m_store.config().office.code)
        return finish(QStringLiteral("otheroffice"));
    m_statusLabel = p->label;
    if (p->kind == TicketPayload::Kind::Appointment) {
        auto a = m_store.appointments().findByPayload(payload);
        if (!a)
            return finish(QStringLiteral("notfound"));
        if (a->state == QLatin1String("booked") && a->sessionDate == m_store.now().date()) {
            auto t = m_store.appointments().checkIn(payload, kActor);
            if (!t)
                return finish(QStringLiteral("invalid"));
            showTicket(t->ticket, t->peopleAhead);
            printCurrent();
            emit ticketChanged();
            return finish(QStringLiteral("checkedin"));
        }
        m_statusDeadline = a->sessionDate.toString(QStringLiteral("dd/MM/yyyy"));
        return finish(a->state == QLatin1String("booked") ? QStringLiteral("booked") : a->state);
    }
    auto t = m_store.tickets().findByPayload(payload);
    if (!t)
        return finish(QStringLiteral("notfound"));
    m_statusLabel = t->displayLabel();
    m_statusCounter = t->counter;
    // Where the matter stands once a record exists for this ticket.
    if (auto r = m_store.records().findByTicket(t->label, t->serviceDate); r) {
        m_statusDirection = toString(r->record.direction);
        for (const Deadline &d : r->deadlines)
            // The ordinary resolution deadline (not the complex/remote variants).
            if (d.ruleId.endsWith(QLatin1String(".resolve")) || d.ruleId.endsWith(QLatin1String(".resolve.first"))) {
                m_statusDeadline = d.due.toString(QStringLiteral("dd/MM/yyyy"));
                break;
            }
        if (auto result = m_store.updates().matterResult(r->record.matterId); result && *result) {
            m_statusResult = (*result)->result;
            m_statusResultNote = (*result)->note;
            m_statusResultDate = (*result)->at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy"));
        }
        return finish(QStringLiteral("recorded"));
    }
    if (t->state == TicketState::Waiting || t->state == TicketState::Transferred || t->state == TicketState::Parked) {
        auto list = m_store.tickets().list(t->serviceDate, true, t->serviceId);
        if (list)
            for (const Ticket &o : *list)
                m_statusPeopleAhead += (o.id < t->id && o.state == TicketState::Waiting) ? 1 : 0;
    }
    return finish(toString(t->state));
}

bool KioskController::exitPossible() const
{
    return !m_store.config().kiosk.exitPinHash.isEmpty();
}

bool KioskController::pinLocked() const
{
    return m_pinLockedUntil.isValid() && m_store.now() < m_pinLockedUntil;
}

bool KioskController::unlockExit(const QString &pin)
{
    touch();
    if (pinLocked() || !exitPossible())
        return false;
    const bool ok = verifyPin(pin, m_store.config().kiosk.exitPinHash);
    const auto audited = m_store.db().transaction([&]() -> Status {
        auto seq = m_store.audit().append(
            kActor, ok ? QStringLiteral("kiosk.exit_unlocked") : QStringLiteral("kiosk.exit_pin_failed"),
            QStringLiteral("kiosk"), m_store.config().office.code,
            {{QStringLiteral("failures"), ok ? 0 : m_pinFailures + 1}});
        if (!seq)
            return seq.error();
        return {};
    });
    if (!audited)
        qCWarning(lcKiosk).noquote() << "PIN attempt not audited:" << audited.error().message;
    if (ok) {
        m_pinFailures = 0;
        emit exitUnlocked();
        return true;
    }
    if (++m_pinFailures >= m_store.config().kiosk.pinAttempts) {
        m_pinFailures = 0;
        m_pinLockedUntil = m_store.now().addSecs(m_store.config().kiosk.pinLockoutSeconds);
    }
    emit pinChanged();
    return false;
}

void KioskController::clearForm()
{
    m_serviceId.clear();
    m_sessionKey.clear();
    m_name.clear();
    m_idNumber.clear();
    m_phone.clear();
    m_address.clear();
    m_priority.clear();
    m_groupSize = 1;
    emit formChanged();
}

void KioskController::reset()
{
    clearForm();
    setError({}, {});
    m_ticketLabel.clear();
    m_ticketKind.clear();
    m_ticketServiceId.clear();
    m_ticketTime.clear();
    m_ticketPayload.clear();
    m_ticketReceiverVi.clear();
    m_ticketReceiverEn.clear();
    m_ticketPlace.clear();
    m_printStatus.clear();
    m_peopleAhead = m_waitMinutes = 0;
    emit ticketChanged();
    clearStatus();
    emit statusChanged();
    m_idleTimer.stop();
    m_idleLeft = m_store.config().kiosk.idleSeconds;
    emit idleChanged();
    refreshSessions();
}

} // namespace tiepdan
