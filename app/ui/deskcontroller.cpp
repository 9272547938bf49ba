#include "deskcontroller.h"

#include "receptionrepository.h"
#include "visitorrepository.h"

#include "officestore.h"
#include "ticketrepository.h"

#include <QVariantMap>

namespace tiepdan {

// --- QueueListModel ---------------------------------------------------------

void QueueListModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

int QueueListModel::waiting() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.state == QLatin1String("waiting"); }));
}

int QueueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant QueueListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case LabelRole: return r.label;
    case ServiceViRole: return r.serviceVi;
    case ServiceEnRole: return r.serviceEn;
    case StateRole: return r.state;
    case WaitMinutesRole: return r.waitMinutes;
    case PriorityRole: return r.priority;
    case GroupSizeRole: return r.groupSize;
    case CounterRole: return r.counter;
    case RecallsRole: return r.recalls;
    }
    return {};
}

QHash<int, QByteArray> QueueListModel::roleNames() const
{
    return {{LabelRole, "label"}, {ServiceViRole, "serviceVi"}, {ServiceEnRole, "serviceEn"}, {StateRole, "state"},
            {WaitMinutesRole, "waitMinutes"}, {PriorityRole, "priority"}, {GroupSizeRole, "groupSize"},
            {CounterRole, "counter"}, {RecallsRole, "recalls"}};
}

// --- DeskController ---------------------------------------------------------


DeskController::DeskController(OfficeStore &store, int counter, QObject *parent)
    : ErrorReporter(parent), m_store(store), m_counter(counter)
{
    const auto &counters = m_store.config().counters;
    if (m_counter == 0 && !counters.isEmpty())
        m_counter = counters.first().number;
    m_idleTimer.setInterval(20 * 1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &DeskController::checkIdle);
    m_idleTimer.start();
    // Tickets issued by the kiosk (another connection, maybe another
    // process) show up within a second: SQLite's data_version changes when
    // another connection commits.
    m_refreshTimer.setInterval(1000);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        auto v = m_store.db().scalar(QStringLiteral("PRAGMA data_version"));
        if (v && v->toLongLong() != m_dataVersion) {
            m_dataVersion = v->toLongLong();
            refresh();
        }
    });
    m_refreshTimer.start();
    refresh();
}

QString DeskController::officeName() const { return m_store.config().office.name; }

void DeskController::setLanguage(const QString &language)
{
    const QString l = language == QLatin1String("en") ? language : QStringLiteral("vi");
    if (l == m_language)
        return;
    m_language = l;
    emit languageChanged();
}

QString DeskController::counterName() const
{
    for (const Counter &c : m_store.config().counters)
        if (c.number == m_counter)
            return m_language == QLatin1String("en") ? c.nameEn : c.nameVi;
    return QString::number(m_counter);
}

QVariantList DeskController::otherCounters() const
{
    QVariantList out;
    for (const Counter &c : m_store.config().counters)
        if (c.number != m_counter)
            out << QVariantMap{{QStringLiteral("number"), c.number},
                               {QStringLiteral("name"), m_language == QLatin1String("en") ? c.nameEn : c.nameVi}};
    return out;
}



bool DeskController::signIn(const QString &login, const QString &pin)
{
    auto s = m_store.users().signIn(login, pin);
    if (!s)
        return fail(s.error());
    m_session = *s;
    m_signOutReason.clear();
    clearError();
    emit sessionChanged();
    refresh();
    return true;
}

bool DeskController::needsFirstAdmin() const
{
    auto n = m_store.users().count();
    return n && *n == 0;
}

bool DeskController::createFirstAdmin(const QString &login, const QString &name, const QString &pin,
                                      const QString &pinAgain)
{
    if (pin != pinAgain)
        return fail(Error::invalid(QStringLiteral("pinAgain"), QStringLiteral("the two PINs differ")));
    auto s = m_store.users().createFirstAdmin(login, name, pin);
    if (!s)
        return fail(s.error());
    m_session = *s;
    m_signOutReason.clear();
    clearError();
    emit sessionChanged();
    return true;
}

void DeskController::endSession(const QString &reason)
{
    if (!m_session)
        return;
    m_store.users().signOut(*m_session);
    m_session.reset();
    m_signOutReason = reason;
    m_currentLabel.clear();
    m_currentState.clear();
    m_lastRecord.clear();
    emit currentChanged();
    emit lastRecordChanged();
    emit sessionChanged();
}

void DeskController::signOut() { endSession({}); }

void DeskController::touch()
{
    if (m_session)
        m_session->touch(m_store.now());
}

void DeskController::checkIdle()
{
    if (!m_session)
        return;
    auto ok = m_store.users().require(*m_session, Permission::UseQueue);
    if (!ok && ok.error().code == ErrorCode::Denied)
        endSession(QStringLiteral("idle"));
}

bool DeskController::allowed(Permission p)
{
    if (!m_session)
        return fail(Error::make(ErrorCode::Denied, QStringLiteral("sign in first")));
    // A permission this role lacks: refused, the desk stays signed in.
    if (!m_session->may(p))
        return fail(Error::make(ErrorCode::Denied, QStringLiteral("the role %1 may not %2")
                                                       .arg(toString(m_session->role()), toString(p))));
    auto ok = m_store.users().require(*m_session, p);
    if (!ok) {
        fail(ok.error());
        // An account disabled or timed out since: the desk signs out.
        endSession(QStringLiteral("denied"));
        return false;
    }
    m_session->touch(m_store.now());
    return true;
}

void DeskController::setCurrent(const Ticket &t)
{
    m_currentLabel = t.displayLabel();
    m_currentState = toString(t.state);
    m_currentRecalls = t.recalls;
    emit currentChanged();
}

bool DeskController::syncEnabled() const { return m_store.config().server.enabled; }

QString DeskController::syncRejectedReason() const
{
    for (auto it = m_sync.stuck.crbegin(); it != m_sync.stuck.crend(); ++it)
        if (it->state == QLatin1String("rejected"))
            return it->lastError;
    return {};
}

QString DeskController::syncLastSuccess() const
{
    return m_sync.lastSuccess.isValid() ? m_sync.lastSuccess.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy"))
                                        : QString();
}

void DeskController::refresh()
{
    const QDateTime now = m_store.now();
    if (auto st = m_store.outbox().status(); st) {
        m_sync = *st;
        emit syncChanged();
    }
    auto tickets = m_store.tickets().list(now.date(), true);
    if (!tickets) {
        fail(tickets.error());
        return;
    }
    QList<QueueListModel::Row> rows;
    bool currentSeen = false;
    // Signed (back) in: the ticket this counter called or is receiving.
    if (m_currentLabel.isEmpty() && m_session)
        for (const Ticket &t : *tickets)
            if (t.counter == m_counter && (t.state == TicketState::Called || t.state == TicketState::Serving))
                setCurrent(t);
    for (const Ticket &t : *tickets) {
        QueueListModel::Row r;
        r.label = t.displayLabel();
        for (const Service &s : m_store.config().services)
            if (s.id == t.serviceId) {
                r.serviceVi = s.nameVi;
                r.serviceEn = s.nameEn;
            }
        r.state = toString(t.state);
        r.priority = t.priorityCategory;
        r.groupSize = t.groupSize;
        r.counter = t.counter;
        r.recalls = t.recalls;
        r.waitMinutes = int(t.issuedAt.secsTo(t.calledAt.isValid() ? t.calledAt : now) / 60);
        rows << r;
        if (t.displayLabel() == m_currentLabel) {
            currentSeen = true;
            if (toString(t.state) != m_currentState || t.recalls != m_currentRecalls)
                setCurrent(t);
        }
    }
    if (!currentSeen && !m_currentLabel.isEmpty()) {
        // Finished, or handled elsewhere.
        auto t = m_store.tickets().find(m_currentLabel, now.date());
        if (t)
            setCurrent(*t);
    }
    m_queue.setRows(rows);
}

bool DeskController::applied(const Result<Ticket> &t)
{
    if (!t)
        return fail(t.error());
    clearError();
    setCurrent(*t);
    refresh();
    return true;
}

bool DeskController::callNext()
{
    return allowed() && applied(m_store.tickets().callNext(m_counter, m_session->login()));
}

bool DeskController::act(const QString &label, const QString &action)
{
    QueueAction a;
    if (!queueActionFromString(action, &a) || a == QueueAction::Transfer)
        return fail(Error::invalid(QStringLiteral("action"), QStringLiteral("unknown action '%1'").arg(action)));
    return allowed() && applied(m_store.tickets().act(label, a, m_session->login(), m_counter));
}

bool DeskController::transfer(const QString &label, int toCounter)
{
    return allowed() &&
           applied(m_store.tickets().act(label, QueueAction::Transfer, m_session->login(), m_counter, toCounter));
}

namespace {
template <typename E>
bool enumField(const QVariantMap &form, const char *key, E *out, const char *def)
{
    const QString v = form.value(QLatin1String(key)).toString().trimmed();
    return fromString(v.isEmpty() ? QLatin1String(def) : v, out);
}
} // namespace

bool DeskController::recordVisit(const QVariantMap &form)
{
    if (!allowed(Permission::RecordVisit))
        return false;
    ReceptionRecord r;
    r.receivedAt = m_store.now();
    r.identity.fullName = form.value(QStringLiteral("fullName")).toString();
    r.identity.address = form.value(QStringLiteral("address")).toString();
    r.identity.idNumber = form.value(QStringLiteral("idNumber")).toString();
    r.identity.phone = form.value(QStringLiteral("phone")).toString();
    for (const QString &line : form.value(QStringLiteral("representatives")).toString().split(u'\n'))
        if (!line.trimmed().isEmpty())
            r.identity.representatives << line.trimmed();
    r.anonymous = form.value(QStringLiteral("anonymous")).toBool();
    r.content = form.value(QStringLiteral("content")).toString();
    for (const QVariant &k : form.value(QStringLiteral("kinds")).toList()) {
        MatterKind mk;
        if (!fromString(k.toString(), &mk))
            return fail(Error::invalid(QStringLiteral("kinds"), QStringLiteral("unknown classification")));
        if (!r.kinds.contains(mk))
            r.kinds << mk;
    }
    bool numberOk = true;
    r.peopleCount = form.value(QStringLiteral("peopleCount"), 1).toInt(&numberOk);
    if (!numberOk)
        return fail(Error::invalid(QStringLiteral("peopleCount"), QStringLiteral("the number of people is a number")));
    r.previousAgency = form.value(QStringLiteral("previousAgency")).toString();
    if (!enumField(form, "direction", &r.direction, "pending"))
        return fail(Error::invalid(QStringLiteral("direction"), QStringLiteral("unknown handling direction")));
    r.transferAgency = form.value(QStringLiteral("transferAgency")).toString();
    r.followUp = form.value(QStringLiteral("followUp")).toString();
    r.notes = form.value(QStringLiteral("notes")).toString();
    if (!enumField(form, "receiverRole", &r.receiverRole, "officer"))
        return fail(Error::invalid(QStringLiteral("receiverRole"), QStringLiteral("unknown receiver")));
    r.receiverName = form.value(QStringLiteral("receiverName")).toString();
    if (r.receiverName.trimmed().isEmpty() && r.receiverRole == ReceiverRole::Officer)
        r.receiverName = m_session->displayName();
    const QString rk = form.value(QStringLiteral("receptionKind")).toString().trimmed();
    if (!receptionKindFromString(rk.isEmpty() ? QStringLiteral("regular") : rk, &r.receptionKind))
        return fail(Error::invalid(QStringLiteral("receptionKind"), QStringLiteral("unknown kind of reception")));
    if (!enumField(form, "refusal", &r.refusal, "none"))
        return fail(Error::invalid(QStringLiteral("refusal"), QStringLiteral("unknown ground of refusal")));
    r.refusalNote = form.value(QStringLiteral("refusalNote")).toString();
    r.aboutEnforcement = form.value(QStringLiteral("aboutEnforcement")).toBool();
    r.sessionKey = form.value(QStringLiteral("sessionKey")).toString().trimmed();
    if (!r.sessionKey.isEmpty() && !m_store.calendar().sessionByKey(r.sessionKey).date.isValid())
        return fail(Error::invalid(QStringLiteral("sessionKey"), QStringLiteral("no such reception session")));
    r.conclusion = form.value(QStringLiteral("conclusion")).toString();
    const QString due = form.value(QStringLiteral("conclusionDue")).toString().trimmed();
    if (!due.isEmpty()) {
        r.conclusionDue = QDate::fromString(due, Qt::ISODate);
        if (!r.conclusionDue.isValid())
            r.conclusionDue = QDate::fromString(due, QStringLiteral("dd/MM/yyyy"));
        if (!r.conclusionDue.isValid())
            return fail(Error::invalid(QStringLiteral("conclusionDue"), QStringLiteral("a date is dd/mm/yyyy")));
    }
    if (form.value(QStringLiteral("withTicket")).toBool() && !m_currentLabel.isEmpty())
        r.ticketLabel = QString(m_currentLabel).remove(u'-');
    auto added = m_store.records().add(r, m_session->login());
    if (!added)
        return fail(added.error());
    const StoredRecord &s = *added;
    QVariantList deadlines;
    for (const Deadline &d : s.deadlines)
        deadlines << QVariantMap{{QStringLiteral("labelVi"), d.labelVi}, {QStringLiteral("labelEn"), d.labelEn},
                                 {QStringLiteral("legalBasis"), d.legalBasis},
                                 {QStringLiteral("due"), d.due.toString(QStringLiteral("dd/MM/yyyy"))}};
    const bool sealed = s.sealed || s.record.confidential;
    m_lastRecord = QVariantMap{
        {QStringLiteral("id"), s.record.id},
        {QStringLiteral("book"), QStringLiteral("%1/%2").arg(s.record.bookNo).arg(s.record.bookYear)},
        {QStringLiteral("date"), s.record.receivedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"))},
        {QStringLiteral("sealed"), sealed},
        {QStringLiteral("anonymous"), s.record.anonymous},
        // Never echoed back for a sealed record: the screen shows it masked.
        {QStringLiteral("name"), sealed ? QString() : s.record.identity.fullName},
        {QStringLiteral("repeat"), !s.record.firstVisit},
        {QStringLiteral("direction"), toString(s.record.direction)},
        {QStringLiteral("ticket"), s.record.ticketLabel},
        {QStringLiteral("deadlines"), deadlines},
    };
    clearError();
    emit lastRecordChanged();
    return true;
}

void DeskController::clearLastRecord()
{
    if (m_lastRecord.isEmpty())
        return;
    m_lastRecord.clear();
    emit lastRecordChanged();
}

QVariantMap DeskController::ticketVisitor()
{
    if (m_currentLabel.isEmpty() || !allowed(Permission::RecordVisit))
        return {};
    auto t = m_store.tickets().find(m_currentLabel, m_store.now().date());
    if (!t || t->visitorId.isEmpty())
        return {};
    bool sealed = false;
    auto id = m_store.visitors().identityForRecording(t->visitorId, *m_session, &sealed);
    if (!id) {
        fail(id.error());
        return {};
    }
    return {{QStringLiteral("found"), true}, {QStringLiteral("sealed"), sealed},
            {QStringLiteral("fullName"), id->fullName}, {QStringLiteral("address"), id->address},
            {QStringLiteral("idNumber"), id->idNumber}, {QStringLiteral("phone"), id->phone}};
}

QVariantList DeskController::leaderSessionsToday() const
{
    QVariantList out;
    const bool en = m_language == QLatin1String("en");
    for (const ReceptionSession &s : m_store.calendar().sessionsOn(m_store.now().date()))
        if (s.kind != ReceptionKind::Regular)
            out << QVariantMap{{QStringLiteral("key"), s.key()},
                               {QStringLiteral("kind"), toString(s.kind)},
                               {QStringLiteral("label"), QStringLiteral("%1 %2–%3 · %4")
                                                             .arg(en ? s.slot.nameEn : s.slot.nameVi,
                                                                  s.slot.start.toString(QStringLiteral("HH:mm")),
                                                                  s.slot.end.toString(QStringLiteral("HH:mm")),
                                                                  en ? s.receiverEn : s.receiverVi)}};
    return out;
}

QVariantMap DeskController::lookupVisitor(const QString &idNumber, const QString &kind)
{
    MatterKind mk = MatterKind::Complaint;
    if (!allowed(Permission::RecordVisit))
        return {};
    if (!kind.isEmpty() && !fromString(kind, &mk)) {
        fail(Error::invalid(QStringLiteral("kinds"), QStringLiteral("unknown classification")));
        return {};
    }
    auto p = m_store.records().previousVisits(idNumber, mk);
    if (!p) {
        fail(p.error());
        return {};
    }
    clearError();
    return {{QStringLiteral("found"), p->visits > 0},
            {QStringLiteral("fullName"), p->identity.fullName},
            {QStringLiteral("address"), p->identity.address},
            {QStringLiteral("phone"), p->identity.phone},
            {QStringLiteral("idNumber"), p->identity.idNumber},
            {QStringLiteral("visits"), p->visits},
            {QStringLiteral("lastVisit"), p->lastVisit.toString(QStringLiteral("dd/MM/yyyy"))},
            {QStringLiteral("repeat"), p->openMatter}};
}

} // namespace tiepdan
