#include "officeservice.h"

#include "appointmentrepository.h"
#include "deskreplies.h"
#include "exports.h"
#include "officestore.h"
#include "receptionrepository.h"
#include "ticketrepository.h"
#include "visitform.h"
#include "visitorrepository.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace tiepdan {

namespace {
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject ok(QJsonObject o = {})
{
    o.insert(QStringLiteral("ok"), true);
    return o;
}

QJsonObject failed(const Error &e)
{
    return OfficeService::errorAnswer(e);
}

} // namespace

const QHash<QString, OfficeService::Handler> OfficeService::s_handlers{
    {QStringLiteral("hello"), &OfficeService::hello},
    {QStringLiteral("needsFirstAdmin"), &OfficeService::needsFirstAdmin},
    {QStringLiteral("signIn"), &OfficeService::signIn},
    {QStringLiteral("firstAdmin"), &OfficeService::firstAdmin},
    {QStringLiteral("signOut"), &OfficeService::signOut},
    {QStringLiteral("touch"), &OfficeService::touch},
    {QStringLiteral("check"), &OfficeService::check},
    {QStringLiteral("queue"), &OfficeService::queue},
    {QStringLiteral("board"), &OfficeService::board},
    {QStringLiteral("ticket"), &OfficeService::ticket},
    {QStringLiteral("callNext"), &OfficeService::callNext},
    {QStringLiteral("act"), &OfficeService::act},
    {QStringLiteral("record"), &OfficeService::record},
    {QStringLiteral("lookup"), &OfficeService::lookup},
    {QStringLiteral("ticketVisitor"), &OfficeService::ticketVisitor},
    {QStringLiteral("sessions"), &OfficeService::sessions},
    {QStringLiteral("notice"), &OfficeService::notice},
};

OfficeService::OfficeService(OfficeStore &store) : m_store(store) {}

QJsonObject OfficeService::call(const QString &method, const QJsonObject &args)
{
    const auto h = s_handlers.constFind(method);
    if (h == s_handlers.cend())
        return failed(Error::make(ErrorCode::NotFound, QStringLiteral("no such call '%1'").arg(method.left(64))));
    return (this->*h.value())(args);
}

QJsonObject OfficeService::errorAnswer(const Error &e, bool signedOut)
{
    return {{QStringLiteral("ok"), false},
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), int(e.code)},
                                                  {QStringLiteral("message"), e.message},
                                                  {QStringLiteral("field"), e.field},
                                                  {QStringLiteral("signedOut"), signedOut}}}};
}

Error OfficeService::errorOf(const QJsonObject &answer)
{
    const QJsonObject e = answer.value(QStringLiteral("error")).toObject();
    const int code = e.value(QStringLiteral("code")).toInt();
    if (code < int(ErrorCode::InvalidInput) || code > int(ErrorCode::Unavailable))
        return Error::make(ErrorCode::Unavailable, QStringLiteral("the office hub answered something unreadable"));
    return {ErrorCode(code), e.value(QStringLiteral("message")).toString(),
            e.value(QStringLiteral("field")).toString()};
}

QJsonObject OfficeService::ticketJson(const Ticket &t)
{
    // Ticket::toJson without the signed QR payload, which stays on the kiosk PC.
    QJsonObject o = t.toJson();
    o.remove(QStringLiteral("payload"));
    o.insert(QStringLiteral("hasVisitor"), !t.visitorId.isEmpty());
    return o;
}

QJsonObject OfficeService::sessionJson(const ReceptionSession &s, int left)
{
    return {{QStringLiteral("key"), s.key()},
            {QStringLiteral("date"), s.date.toString(Qt::ISODate)},
            {QStringLiteral("kind"), toString(s.kind)},
            {QStringLiteral("rule"), s.ruleId},
            {QStringLiteral("slot"), s.slot.id},
            {QStringLiteral("nameVi"), s.slot.nameVi},
            {QStringLiteral("nameEn"), s.slot.nameEn},
            {QStringLiteral("start"), s.slot.start.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("end"), s.slot.end.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("capacity"), s.slot.capacity},
            {QStringLiteral("receiverVi"), s.receiverVi},
            {QStringLiteral("receiverEn"), s.receiverEn},
            {QStringLiteral("place"), s.place},
            {QStringLiteral("left"), left}};
}

ReceptionSession OfficeService::sessionFromJson(const QJsonObject &o)
{
    ReceptionSession s;
    s.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    receptionKindFromString(o.value(QStringLiteral("kind")).toString(), &s.kind);
    s.ruleId = o.value(QStringLiteral("rule")).toString();
    s.slot.id = o.value(QStringLiteral("slot")).toString();
    s.slot.nameVi = o.value(QStringLiteral("nameVi")).toString();
    s.slot.nameEn = o.value(QStringLiteral("nameEn")).toString();
    s.slot.start = QTime::fromString(o.value(QStringLiteral("start")).toString(), QStringLiteral("HH:mm"));
    s.slot.end = QTime::fromString(o.value(QStringLiteral("end")).toString(), QStringLiteral("HH:mm"));
    s.slot.capacity = o.value(QStringLiteral("capacity")).toInt();
    s.receiverVi = o.value(QStringLiteral("receiverVi")).toString();
    s.receiverEn = o.value(QStringLiteral("receiverEn")).toString();
    s.place = o.value(QStringLiteral("place")).toString();
    return s;
}

// --- sessions ----------------------------------------------------------------

OfficeService::SignedIn *OfficeService::signedIn(const QJsonObject &args, Permission p, QJsonObject *refusal,
                                                 bool activity)
{
    const QString token = args.value(QStringLiteral("session")).toString();
    auto it = token.isEmpty() ? m_signedIn.end() : m_signedIn.find(token);
    if (it == m_signedIn.end()) {
        *refusal = errorAnswer(Error::make(ErrorCode::Denied, QStringLiteral("sign in first")), true);
        // A session this service does not know: it was restarted (sessions
        // live in its memory) or forgot a long-idle one. The desk says so
        // instead of "wrong login or PIN".
        QJsonObject e = refusal->value(QStringLiteral("error")).toObject();
        e.insert(QStringLiteral("sessionUnknown"), !token.isEmpty());
        refusal->insert(QStringLiteral("error"), e);
        return nullptr;
    }
    Session &s = it->session;
    // A permission this role lacks: refused, the session stays.
    if (!s.may(p)) {
        *refusal = errorAnswer(Error::make(
            ErrorCode::Denied, QStringLiteral("the role %1 may not %2").arg(toString(s.role()), toString(p))));
        return nullptr;
    }
    // Idle, disabled, changed: the session ends.
    auto allowed = m_store.users().require(s, p);
    if (!allowed) {
        *refusal = errorAnswer(allowed.error(), allowed.error().code == ErrorCode::Denied);
        if (allowed.error().code == ErrorCode::Denied) {
            m_store.users().signOut(s);
            m_signedIn.erase(it);
        }
        return nullptr;
    }
    if (activity)
        s.touch(m_store.now());
    return &*it;
}

QJsonObject OfficeService::acting(const QJsonObject &args, Permission p,
                                  const std::function<QJsonObject(SignedIn &)> &act)
{
    QJsonObject refusal;
    SignedIn *in = signedIn(args, p, &refusal);
    if (!in)
        return refusal;
    const QString requestId = args.value(QStringLiteral("requestId")).toString().left(64);
    if (!requestId.isEmpty())
        for (const auto &[id, answer] : std::as_const(in->recent))
            if (id == requestId)
                return answer;
    QJsonObject answer = act(*in);
    if (!requestId.isEmpty()) {
        in->recent.append({requestId, answer});
        if (in->recent.size() > kRecentAnswers)
            in->recent.removeFirst();
    }
    return answer;
}

QJsonObject OfficeService::newSession(const Result<Session> &s)
{
    if (!s)
        return failed(s.error());
    // Sessions nobody ended (a desk switched off) go once long idle; the
    // map stays as small as the office.
    const QDateTime stale = m_store.now().addSecs(-60 * 60);
    m_signedIn.removeIf([&](const auto &kv) { return kv.value().session.lastActivity() < stale; });
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QString token =
        QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_signedIn.insert(token, SignedIn{*s, {}});
    return ok({{QStringLiteral("session"), token},
               {QStringLiteral("login"), s->login()},
               {QStringLiteral("name"), s->displayName()},
               {QStringLiteral("role"), toString(s->role())}});
}

QJsonObject OfficeService::hello(const QJsonObject &)
{
    const OfficeConfig &c = m_store.config();
    return ok({{QStringLiteral("office"), c.office.code},
               {QStringLiteral("name"), c.office.name},
               {QStringLiteral("now"), iso(m_store.now())},
               {QStringLiteral("seq"), lastSeq()}});
}

QJsonObject OfficeService::needsFirstAdmin(const QJsonObject &)
{
    auto n = m_store.users().count();
    if (!n)
        return failed(n.error());
    return ok({{QStringLiteral("value"), *n == 0}});
}

QJsonObject OfficeService::signIn(const QJsonObject &args)
{
    return newSession(m_store.users().signIn(args.value(QStringLiteral("login")).toString(),
                                             args.value(QStringLiteral("pin")).toString()));
}

QJsonObject OfficeService::firstAdmin(const QJsonObject &args)
{
    return newSession(m_store.users().createFirstAdmin(args.value(QStringLiteral("login")).toString(),
                                                       args.value(QStringLiteral("name")).toString(),
                                                       args.value(QStringLiteral("pin")).toString()));
}

QJsonObject OfficeService::signOut(const QJsonObject &args)
{
    auto it = m_signedIn.find(args.value(QStringLiteral("session")).toString());
    if (it != m_signedIn.end()) {
        m_store.users().signOut(it->session);
        m_signedIn.erase(it);
    }
    return ok();
}

QJsonObject OfficeService::touch(const QJsonObject &args)
{
    auto it = m_signedIn.find(args.value(QStringLiteral("session")).toString());
    if (it == m_signedIn.end())
        return errorAnswer(Error::make(ErrorCode::Denied, QStringLiteral("sign in first")), true);
    // Touching an idle session does not revive it: check() ends it.
    if (m_store.users().require(it->session, Permission::UseQueue))
        it->session.touch(m_store.now());
    return ok();
}

QJsonObject OfficeService::check(const QJsonObject &args)
{
    // Unlike an action, checking does not count as activity.
    QJsonObject refusal;
    return signedIn(args, Permission::UseQueue, &refusal, false) ? ok() : refusal;
}

// --- the queue ----------------------------------------------------------------

QJsonObject OfficeService::queue(const QJsonObject &)
{
    const QDateTime now = m_store.now();
    auto tickets = m_store.tickets().list(now.date(), true);
    if (!tickets)
        return failed(tickets.error());
    QJsonArray rows;
    for (const Ticket &t : *tickets) {
        QJsonObject o = ticketJson(t);
        for (const Service &s : m_store.config().services)
            if (s.id == t.serviceId) {
                o.insert(QStringLiteral("serviceVi"), s.nameVi);
                o.insert(QStringLiteral("serviceEn"), s.nameEn);
            }
        o.insert(QStringLiteral("waitMinutes"), int(t.issuedAt.secsTo(t.calledAt.isValid() ? t.calledAt : now) / 60));
        rows.append(o);
    }
    QJsonObject sync{{QStringLiteral("enabled"), m_store.config().server.enabled}};
    if (auto st = m_store.outbox().status(); st) {
        QString rejectedReason;
        for (auto it = st->stuck.crbegin(); it != st->stuck.crend() && rejectedReason.isEmpty(); ++it)
            if (it->state == QLatin1String("rejected"))
                rejectedReason = it->lastError;
        sync.insert(QStringLiteral("pending"), st->pending);
        sync.insert(QStringLiteral("rejected"), st->rejected);
        sync.insert(QStringLiteral("rejectedReason"), rejectedReason);
        sync.insert(QStringLiteral("lastSuccess"), iso(st->lastSuccess));
        sync.insert(QStringLiteral("lastError"), st->lastError);
    }
    return ok({{QStringLiteral("tickets"), rows}, {QStringLiteral("sync"), sync}, {QStringLiteral("now"), iso(now)}});
}

QJsonObject OfficeService::board(const QJsonObject &)
{
    const QDate day = m_store.now().date();
    auto tickets = m_store.tickets().list(day, false);
    if (!tickets)
        return failed(tickets.error());
    QJsonArray rows;
    for (const Ticket &t : *tickets)
        if (t.state == TicketState::Called || t.state == TicketState::Serving || t.state == TicketState::Waiting)
            rows.append(ticketJson(t));
    return ok({{QStringLiteral("day"), day.toString(Qt::ISODate)},
               {QStringLiteral("tickets"), rows},
               {QStringLiteral("sessions"), sessionsOn(day)}});
}

QJsonObject OfficeService::ticket(const QJsonObject &args)
{
    auto t = m_store.tickets().find(args.value(QStringLiteral("label")).toString(), m_store.now().date());
    if (!t)
        return failed(t.error());
    return ok({{QStringLiteral("ticket"), ticketJson(*t)}});
}

QJsonObject OfficeService::callNext(const QJsonObject &args)
{
    return acting(args, Permission::UseQueue, [&](SignedIn &in) {
        auto t = m_store.tickets().callNext(args.value(QStringLiteral("counter")).toInt(), in.session.login());
        return t ? ok({{QStringLiteral("ticket"), ticketJson(*t)}}) : failed(t.error());
    });
}

QJsonObject OfficeService::act(const QJsonObject &args)
{
    QueueAction a;
    const QString action = args.value(QStringLiteral("action")).toString();
    if (!queueActionFromString(action, &a))
        return failed(
            Error::invalid(QStringLiteral("action"), QStringLiteral("unknown action '%1'").arg(action.left(32))));
    return acting(args, Permission::UseQueue, [&](SignedIn &in) {
        auto t = m_store.tickets().act(args.value(QStringLiteral("label")).toString(), a, in.session.login(),
                                       args.value(QStringLiteral("counter")).toInt(),
                                       args.value(QStringLiteral("toCounter")).toInt());
        return t ? ok({{QStringLiteral("ticket"), ticketJson(*t)}}) : failed(t.error());
    });
}

// --- the reception log book ----------------------------------------------------

QJsonObject OfficeService::record(const QJsonObject &args)
{
    return acting(args, Permission::RecordVisit, [&](SignedIn &in) -> QJsonObject {
        // The form's keys and codes are VisitForm's (app/core/visitform.h).
        auto entered = VisitForm::fromJson(args.value(QStringLiteral("form")).toObject()).toRecord();
        if (!entered)
            return failed(entered.error());
        ReceptionRecord r = *entered;
        r.receivedAt = m_store.now();
        if (r.receiverName.trimmed().isEmpty() && r.receiverRole == ReceiverRole::Officer)
            r.receiverName = in.session.displayName();
        if (!r.sessionKey.isEmpty() && !m_store.calendar().sessionByKey(r.sessionKey).date.isValid())
            return failed(Error::invalid(QStringLiteral("sessionKey"), QStringLiteral("no such reception session")));
        r.ticketLabel = args.value(QStringLiteral("ticketLabel")).toString().remove(u'-');
        auto added = m_store.records().add(r, in.session.login());
        if (!added)
            return failed(added.error());
        return ok({{QStringLiteral("record"), SavedRecord::of(*added).toJson()}});
    });
}

QJsonObject OfficeService::lookup(const QJsonObject &args)
{
    QJsonObject refusal;
    if (!signedIn(args, Permission::RecordVisit, &refusal))
        return refusal;
    MatterKind mk = MatterKind::Complaint;
    const QString kind = args.value(QStringLiteral("kind")).toString();
    if (!kind.isEmpty() && !fromString(kind, &mk))
        return failed(Error::invalid(QStringLiteral("kinds"), QStringLiteral("unknown classification")));
    auto p = m_store.records().previousVisits(args.value(QStringLiteral("idNumber")).toString(), mk);
    if (!p)
        return failed(p.error());
    KnownVisitor v;
    v.found = p->visits > 0;
    v.fullName = p->identity.fullName;
    v.address = p->identity.address;
    v.phone = p->identity.phone;
    v.idNumber = p->identity.idNumber;
    v.visits = p->visits;
    v.lastVisit = p->lastVisit.toString(QStringLiteral("dd/MM/yyyy"));
    v.repeat = p->openMatter;
    return ok(v.toJson());
}

QJsonObject OfficeService::ticketVisitor(const QJsonObject &args)
{
    QJsonObject refusal;
    SignedIn *in = signedIn(args, Permission::RecordVisit, &refusal);
    if (!in)
        return refusal;
    auto t = m_store.tickets().find(args.value(QStringLiteral("label")).toString(), m_store.now().date());
    if (!t)
        return failed(t.error());
    if (t->visitorId.isEmpty())
        return ok(KnownVisitor{}.toJson());
    KnownVisitor v;
    auto id = m_store.visitors().identityForRecording(t->visitorId, in->session, &v.sealed);
    if (!id)
        return failed(id.error());
    v.found = true;
    v.fullName = id->fullName;
    v.address = id->address;
    v.idNumber = id->idNumber;
    v.phone = id->phone;
    return ok(v.toJson());
}

QJsonObject OfficeService::notice(const QJsonObject &args)
{
    QJsonObject refusal;
    if (!signedIn(args, Permission::RecordVisit, &refusal))
        return refusal;
    // Fonts and QPainter: the kiosk PC and a desk run a QGuiApplication.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return failed(Error::make(ErrorCode::Config, QStringLiteral("this office program cannot draw PDF documents")));
    auto s = m_store.records().get(args.value(QStringLiteral("id")).toString());
    if (!s)
        return failed(s.error());
    const QDate day = s->record.receivedAt.date();
    const OfficeConfig &c = m_store.config();
    int pages = 0;
    auto pdf = reports::conclusionNoticePdf({c.office.agencyName, c.office.name, day, day}, *s, &pages);
    if (!pdf)
        return failed(pdf.error());
    return ok({{QStringLiteral("pdf"), QString::fromLatin1(pdf->toBase64())},
               {QStringLiteral("pages"), pages},
               {QStringLiteral("fileName"),
                QStringLiteral("thong-bao-ket-luan-%1-%2.pdf").arg(s->record.bookNo).arg(s->record.bookYear)}});
}

QJsonArray OfficeService::sessionsOn(const QDate &day)
{
    QJsonArray out;
    for (const ReceptionSession &s : m_store.calendar().sessionsOn(day)) {
        auto taken = m_store.appointments().taken(s.key());
        out.append(sessionJson(s, capacityLeft(s, taken ? *taken : 0)));
    }
    return out;
}

QJsonObject OfficeService::sessions(const QJsonObject &)
{
    return ok({{QStringLiteral("sessions"), sessionsOn(m_store.now().date())}});
}

// --- events ----------------------------------------------------------------------

qint64 OfficeService::lastSeq()
{
    auto v = m_store.db().scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit"));
    return v ? v->toLongLong() : 0;
}

QJsonArray OfficeService::eventsAfter(qint64 seq)
{
    QJsonArray out;
    auto q = m_store.db().exec(
        QStringLiteral("SELECT seq, action, detail FROM audit WHERE seq > ? ORDER BY seq LIMIT ?"), {seq, kEventPage});
    if (!q)
        return out;
    static const QRegularExpression label(QStringLiteral("^([A-Z]+)([0-9]+)$"));
    while (q->next()) {
        const QString action = q->value(1).toString();
        QJsonObject e{{QStringLiteral("seq"), q->value(0).toLongLong()}, {QStringLiteral("action"), action}};
        if (action.startsWith(QLatin1String("ticket."))) {
            const QJsonObject d = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
            const auto m = label.match(d.value(QStringLiteral("label")).toString());
            if (m.hasMatch())
                e.insert(QStringLiteral("label"), m.captured(1) + u'-' + m.captured(2));
            if (d.value(QStringLiteral("counter")).toInt() > 0)
                e.insert(QStringLiteral("counter"), d.value(QStringLiteral("counter")).toInt());
        }
        out.append(e);
    }
    return out;
}

} // namespace tiepdan
