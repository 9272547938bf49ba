#include "deskcontroller.h"

#include "calendar.h"
#include "officeclient.h"
#include "officeservice.h"
#include "officestore.h"
#include "queuepolicy.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

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
    return int(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.state == QLatin1String("waiting"); }));
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
    return {{LabelRole, "label"},         {ServiceViRole, "serviceVi"},     {ServiceEnRole, "serviceEn"},
            {StateRole, "state"},         {WaitMinutesRole, "waitMinutes"}, {PriorityRole, "priority"},
            {GroupSizeRole, "groupSize"}, {CounterRole, "counter"},         {RecallsRole, "recalls"}};
}

// --- DeskController ---------------------------------------------------------

DeskController::DeskController(OfficeClient &client, const OfficeConfig &config, int counter, QObject *parent)
    : ErrorReporter(parent), m_client(&client), m_config(config), m_counter(counter)
{
    init();
}

DeskController::DeskController(OfficeStore &store, int counter, QObject *parent)
    : ErrorReporter(parent), m_ownService(std::make_unique<OfficeService>(store)),
      m_ownClient(std::make_unique<LocalOfficeClient>(*m_ownService)), m_client(m_ownClient.get()),
      m_config(store.config()), m_counter(counter)
{
    init();
}

DeskController::~DeskController() = default;

void DeskController::init()
{
    if (m_counter == 0 && !m_config.counters.isEmpty())
        m_counter = m_config.counters.first().number;
    m_idleTimer.setInterval(20 * 1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &DeskController::checkIdle);
    m_idleTimer.start();
    // Tickets issued by the kiosk show up at once: every change to the
    // office is an audit event. The timer keeps the waiting times current.
    connect(m_client, &OfficeClient::events, this, &DeskController::refresh);
    connect(m_client, &OfficeClient::resynced, this, &DeskController::refresh);
    // Back after a lost LAN: is the session still there (a restarted kiosk
    // PC forgets it)? Asked at once, so the desk never looks signed in to
    // an office that no longer knows it.
    connect(m_client, &OfficeClient::resynced, this, &DeskController::checkIdle);
    connect(m_client, &OfficeClient::onlineChanged, this, &DeskController::onlineChanged);
    m_refreshTimer.setInterval(30 * 1000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DeskController::refresh);
    m_refreshTimer.start();
    m_client->start();
    refresh();
}

bool DeskController::online() const
{
    return m_client->online();
}
QString DeskController::officeAddress() const
{
    return m_client->where();
}

QString DeskController::officeName() const
{
    return m_config.office.name;
}

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
    for (const Counter &c : m_config.counters)
        if (c.number == m_counter)
            return m_language == QLatin1String("en") ? c.nameEn : c.nameVi;
    return QString::number(m_counter);
}

QVariantList DeskController::otherCounters() const
{
    QVariantList out;
    for (const Counter &c : m_config.counters)
        if (c.number != m_counter)
            out << QVariant::fromValue(
                CounterChoice{c.number, m_language == QLatin1String("en") ? c.nameEn : c.nameVi});
    return out;
}

QJsonObject DeskController::ask(const QString &method, QJsonObject args)
{
    if (m_session)
        args.insert(QStringLiteral("session"), m_session->token);
    return m_client->call(method, args);
}

bool DeskController::accepted(const QJsonObject &answer, const QString &reason)
{
    if (answer.value(QStringLiteral("ok")).toBool()) {
        clearError();
        return true;
    }
    fail(OfficeService::errorOf(answer));
    // The session is gone there (idle, disabled, a restarted hub): signed
    // out here too, with the reason on the sign-in screen instead of a
    // refusal that would read as a wrong PIN.
    if (const QString gone = signedOutReason(answer, reason); !gone.isEmpty() && m_session) {
        endSession(gone, false);
        clearError();
    }
    return false;
}

QString DeskController::signedOutReason(const QJsonObject &answer, const QString &otherwise)
{
    const QJsonObject e = answer.value(QStringLiteral("error")).toObject();
    if (!e.value(QStringLiteral("signedOut")).toBool())
        return {};
    return e.value(QStringLiteral("sessionUnknown")).toBool() ? QStringLiteral("restart") : otherwise;
}

bool DeskController::startSession(const QJsonObject &answer)
{
    if (!accepted(answer))
        return false;
    SignedIn s;
    s.token = answer.value(QStringLiteral("session")).toString();
    s.login = answer.value(QStringLiteral("login")).toString();
    s.name = answer.value(QStringLiteral("name")).toString();
    fromString(answer.value(QStringLiteral("role")).toString(), &s.role);
    m_session = s;
    m_draft.setOwner(QStringLiteral("desk-%1-%2").arg(m_counter).arg(s.login));
    m_touchSent = m_client->now();
    m_signOutReason.clear();
    m_needsFirstAdmin = false; // somebody signed in: the office has its users
    emit sessionChanged();
    refresh();
    return true;
}

bool DeskController::signIn(const QString &login, const QString &pin)
{
    return startSession(
        m_client->call(QStringLiteral("signIn"), {{QStringLiteral("login"), login}, {QStringLiteral("pin"), pin}}));
}

bool DeskController::createFirstAdmin(const QString &login, const QString &name, const QString &pin,
                                      const QString &pinAgain)
{
    if (pin != pinAgain)
        return fail(Error::invalid(QStringLiteral("pinAgain"), QStringLiteral("the two PINs differ")));
    return startSession(m_client->call(
        QStringLiteral("firstAdmin"),
        {{QStringLiteral("login"), login}, {QStringLiteral("name"), name}, {QStringLiteral("pin"), pin}}));
}

void DeskController::endSession(const QString &reason, bool tellOffice)
{
    if (!m_session)
        return;
    if (tellOffice)
        ask(QStringLiteral("signOut"));
    m_session.reset();
    m_signOutReason = reason;
    m_draft.setOwner({});
    m_currentLabel.clear();
    m_currentState.clear();
    m_lastRecord = {};
    m_noticePath.clear();
    m_pendingRecord = {};
    emit currentChanged();
    emit lastRecordChanged();
    emit sessionChanged();
}

void DeskController::signOut()
{
    endSession({});
}

void DeskController::touch()
{
    // Reported at most every 30 s: the office only needs to know the
    // officer is still there before the idle time runs out.
    if (!m_session || (m_touchSent.isValid() && m_touchSent.secsTo(m_client->now()) < 30))
        return;
    m_touchSent = m_client->now();
    ask(QStringLiteral("touch"));
}

void DeskController::checkIdle()
{
    if (!m_session || !m_client->online())
        return;
    const QJsonObject a = ask(QStringLiteral("check"));
    if (const QString gone = signedOutReason(a, QStringLiteral("idle")); !gone.isEmpty())
        endSession(gone, false);
}

QString DeskController::currentServiceKind() const
{
    const Service *s = m_config.service(m_currentService);
    return s ? toString(s->kind) : QString();
}

void DeskController::setCurrent(const QJsonObject &t)
{
    m_currentLabel = t.value(QStringLiteral("label")).toString();
    m_currentService = t.value(QStringLiteral("service")).toString();
    m_currentState = t.value(QStringLiteral("state")).toString();
    m_currentRecalls = t.value(QStringLiteral("recalls")).toInt();
    emit currentChanged();
}

QString DeskController::syncLastSuccess() const
{
    const QDateTime t = QDateTime::fromString(m_sync.value(QStringLiteral("lastSuccess")).toString(), Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QString();
}

void DeskController::refresh()
{
    if (!m_session) {
        const QJsonObject first = m_client->call(QStringLiteral("needsFirstAdmin"));
        const bool needs = first.value(QStringLiteral("value")).toBool();
        if (first.value(QStringLiteral("ok")).toBool() && needs != m_needsFirstAdmin) {
            m_needsFirstAdmin = needs;
            emit sessionChanged();
        }
    }
    const QJsonObject q = m_client->call(QStringLiteral("queue"));
    if (!q.value(QStringLiteral("ok")).toBool()) {
        fail(OfficeService::errorOf(q));
        return;
    }
    // Back in touch with the office: "connection lost" is no longer true.
    if (errorKind() == QLatin1String("offline"))
        clearError();
    const QJsonObject sync = q.value(QStringLiteral("sync")).toObject();
    if (sync != m_sync) {
        m_sync = sync;
        emit syncChanged();
    }
    const QJsonArray tickets = q.value(QStringLiteral("tickets")).toArray();
    QList<QueueListModel::Row> rows;
    bool currentSeen = false;
    for (const QJsonValue &v : tickets) {
        const QJsonObject t = v.toObject();
        QueueListModel::Row r;
        r.label = t.value(QStringLiteral("label")).toString();
        r.serviceVi = t.value(QStringLiteral("serviceVi")).toString();
        r.serviceEn = t.value(QStringLiteral("serviceEn")).toString();
        r.state = t.value(QStringLiteral("state")).toString();
        r.priority = t.value(QStringLiteral("priority")).toString();
        r.groupSize = t.value(QStringLiteral("groupSize")).toInt(1);
        r.counter = t.value(QStringLiteral("counter")).toInt();
        r.recalls = t.value(QStringLiteral("recalls")).toInt();
        r.waitMinutes = t.value(QStringLiteral("waitMinutes")).toInt();
        rows << r;
        // Signed (back) in: the ticket this counter called or is receiving.
        if (m_currentLabel.isEmpty() && m_session && r.counter == m_counter &&
            (r.state == QLatin1String("called") || r.state == QLatin1String("serving")))
            setCurrent(t);
        if (r.label == m_currentLabel) {
            currentSeen = true;
            if (r.state != m_currentState || r.recalls != m_currentRecalls)
                setCurrent(t);
        }
    }
    TicketState shown;
    const bool settled = ticketStateFromString(m_currentState, &shown) && isFinal(shown);
    if (!currentSeen && !m_currentLabel.isEmpty() && !settled) {
        // Finished, or handled elsewhere (asked once: a final state stays).
        const QJsonObject t = m_client->call(QStringLiteral("ticket"), {{QStringLiteral("label"), m_currentLabel}});
        if (t.value(QStringLiteral("ok")).toBool())
            setCurrent(t.value(QStringLiteral("ticket")).toObject());
    }
    m_queue.setRows(rows);
}

bool DeskController::applied(const QJsonObject &answer)
{
    if (!accepted(answer))
        return false;
    setCurrent(answer.value(QStringLiteral("ticket")).toObject());
    refresh();
    return true;
}

bool DeskController::callNext()
{
    return applied(ask(QStringLiteral("callNext"), {{QStringLiteral("counter"), m_counter}}));
}

bool DeskController::act(const QString &label, const QString &action)
{
    if (action == QLatin1String("transfer"))
        return fail(Error::invalid(QStringLiteral("action"), QStringLiteral("a transfer names its counter")));
    return applied(ask(QStringLiteral("act"), {{QStringLiteral("label"), label},
                                               {QStringLiteral("action"), action},
                                               {QStringLiteral("counter"), m_counter}}));
}

bool DeskController::transfer(const QString &label, int toCounter)
{
    return applied(ask(QStringLiteral("act"), {{QStringLiteral("label"), label},
                                               {QStringLiteral("action"), QStringLiteral("transfer")},
                                               {QStringLiteral("counter"), m_counter},
                                               {QStringLiteral("toCounter"), toCounter}}));
}

bool DeskController::recordVisit(const VisitFormValue &form)
{
    const bool withTicket = form.withTicket && !m_currentLabel.isEmpty();
    QJsonObject args{{QStringLiteral("form"), form.toJson()},
                     {QStringLiteral("ticketLabel"), withTicket ? m_currentLabel : QString()}};
    // Saving the same visit again after "connection lost" keeps its request
    // id, so a first attempt that did reach the office is answered again
    // instead of stored twice (OfficeService). Changed content is a new request.
    const QByteArray content = QJsonDocument(args).toJson(QJsonDocument::Compact);
    if (content != m_pendingRecord.content)
        m_pendingRecord = {QUuid::createUuid().toString(QUuid::WithoutBraces), content};
    args.insert(QStringLiteral("requestId"), m_pendingRecord.id);
    const QJsonObject a = ask(QStringLiteral("record"), args);
    const bool unanswered =
        !a.value(QStringLiteral("ok")).toBool() && OfficeService::errorOf(a).code == ErrorCode::Unavailable;
    if (!unanswered)
        m_pendingRecord = {};
    if (!accepted(a))
        return false;
    m_lastRecord = SavedRecord::fromJson(a.value(QStringLiteral("record")).toObject());
    m_noticePath.clear();
    emit lastRecordChanged();
    return true;
}

void DeskController::clearLastRecord()
{
    if (!m_lastRecord.saved())
        return;
    m_lastRecord = {};
    m_noticePath.clear();
    emit lastRecordChanged();
}

bool DeskController::saveConclusionNotice()
{
    if (!m_lastRecord.hasConclusion)
        return fail(
            Error::invalid(QStringLiteral("conclusion"), QStringLiteral("this record has no conclusion notice")));
    const QJsonObject a = ask(QStringLiteral("notice"), {{QStringLiteral("id"), m_lastRecord.id}});
    if (!accepted(a))
        return false;
    const QByteArray pdf = QByteArray::fromBase64(a.value(QStringLiteral("pdf")).toString().toLatin1());
    const QString folder =
        m_noticeFolder.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/Tiếp Dân")
            : m_noticeFolder;
    // Only the hub's file name, never a path it might send.
    const QString name = QFileInfo(a.value(QStringLiteral("fileName")).toString()).fileName();
    if (!pdf.startsWith("%PDF") || name.isEmpty())
        return fail(Error::make(ErrorCode::Unavailable, QStringLiteral("the office sent no readable notice")));
    const QString path = QDir(folder).filePath(name);
    QSaveFile out(path);
    if (!QDir().mkpath(folder) || !out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit())
        return fail(
            Error::make(ErrorCode::Storage, QStringLiteral("cannot write %1: %2").arg(path, out.errorString())));
    m_noticePath = path;
    emit lastRecordChanged();
    return true;
}

KnownVisitorValue DeskController::ticketVisitor()
{
    if (m_currentLabel.isEmpty())
        return {};
    const QJsonObject a = ask(QStringLiteral("ticketVisitor"), {{QStringLiteral("label"), m_currentLabel}});
    if (!accepted(a))
        return {};
    return KnownVisitorValue(KnownVisitor::fromJson(a));
}

QVariantList DeskController::leaderSessionsToday() const
{
    QVariantList out;
    const bool en = m_language == QLatin1String("en");
    const QJsonObject a = m_client->call(QStringLiteral("sessions"));
    for (const QJsonValue &v : a.value(QStringLiteral("sessions")).toArray()) {
        const ReceptionSession s = OfficeService::sessionFromJson(v.toObject());
        if (s.kind != ReceptionKind::Regular)
            out << QVariant::fromValue(LeaderSessionChoice{
                s.key(), toString(s.kind),
                QStringLiteral("%1 %2–%3 · %4")
                    .arg(en ? s.slot.nameEn : s.slot.nameVi, s.slot.start.toString(QStringLiteral("HH:mm")),
                         s.slot.end.toString(QStringLiteral("HH:mm")), en ? s.receiverEn : s.receiverVi)});
    }
    return out;
}

KnownVisitorValue DeskController::lookupVisitor(const QString &idNumber, const QString &kind)
{
    const QJsonObject a =
        ask(QStringLiteral("lookup"), {{QStringLiteral("idNumber"), idNumber}, {QStringLiteral("kind"), kind}});
    if (!accepted(a))
        return {};
    return KnownVisitorValue(KnownVisitor::fromJson(a));
}

} // namespace tiepdan
