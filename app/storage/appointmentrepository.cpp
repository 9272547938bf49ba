#include "appointmentrepository.h"

#include "keys.h"
#include "officestore.h"

#include <QUuid>

namespace tiepdan {

QJsonObject Appointment::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("session"), sessionKey},
            {QStringLiteral("date"), sessionDate.toString(Qt::ISODate)},
            {QStringLiteral("code"), code},
            {QStringLiteral("groupSize"), groupSize},
            {QStringLiteral("state"), state},
            {QStringLiteral("payload"), payload}};
}

Result<int> AppointmentRepository::taken(const QString &sessionKey)
{
    auto v = m_store.db().scalar(QStringLiteral("SELECT COALESCE(SUM(group_size), 0) FROM appointments "
                                                "WHERE session_key = ? AND state != 'cancelled'"),
                                 {sessionKey});
    if (!v)
        return v.error();
    return v->toInt();
}

Result<Appointment> AppointmentRepository::book(const QString &sessionKey, int groupSize, const QString &visitorId,
                                                const QString &actor)
{
    const ReceptionSession session = m_store.calendar().sessionByKey(sessionKey);
    if (!session.date.isValid())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no reception session '%1'").arg(sessionKey.left(80)));
    if (session.kind != ReceptionKind::Periodic)
        return Error::invalid(QStringLiteral("session"),
                              QStringLiteral("appointments are taken for periodic (leader) sessions only"));
    const QDate today = m_store.now().date();
    if (session.date <= today)
        return Error::invalid(QStringLiteral("session"), QStringLiteral("book a session after today"));
    if (today.daysTo(session.date) > m_store.config().schedule.bookingHorizonDays)
        return Error::invalid(
            QStringLiteral("session"),
            QStringLiteral("bookings open %1 days ahead").arg(m_store.config().schedule.bookingHorizonDays));
    if (groupSize < 1 || groupSize > session.slot.capacity)
        return Error::invalid(QStringLiteral("groupSize"),
                              QStringLiteral("group size must be 1 to %1").arg(session.slot.capacity));
    Appointment a;
    auto s = m_store.db().transaction([&]() -> Status {
        auto used = taken(sessionKey);
        if (!used)
            return used.error();
        if (capacityLeft(session, *used) < groupSize)
            return Error::make(
                ErrorCode::Conflict,
                QStringLiteral("the session is full (%1 of %2 places taken)").arg(*used).arg(session.slot.capacity));
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.sessionKey = sessionKey;
        a.sessionDate = session.date;
        a.code = base32Encode(randomBytes(5)).left(8);
        a.groupSize = groupSize;
        a.state = QStringLiteral("booked");
        auto payload = m_store.signer().sign(
            {TicketPayload::Kind::Appointment, m_store.config().office.code, session.date, a.code, {}});
        if (!payload)
            return payload.error();
        a.payload = *payload;
        auto seq =
            m_store.audit().append(actor, QStringLiteral("appointment.book"), QStringLiteral("appointment"), a.id,
                                   {{QStringLiteral("session"), sessionKey}, {QStringLiteral("groupSize"), groupSize}});
        if (!seq)
            return seq.error();
        auto ins = m_store.db().exec(
            QStringLiteral("INSERT INTO appointments(id, session_key, session_date, code, visitor_id, group_size, "
                           "state, payload, created_at, audit_seq) VALUES (?,?,?,?,?,?,?,?,?,?)"),
            {a.id, sessionKey, session.date.toString(Qt::ISODate), a.code,
             visitorId.isEmpty() ? QVariant() : QVariant(visitorId), groupSize, a.state, a.payload,
             m_store.now().toUTC().toString(Qt::ISODateWithMs), *seq});
        if (!ins)
            return ins.error();
        return m_store.outbox().enqueue(a.id, QStringLiteral("appointment"), 1, a.toJson());
    });
    if (!s)
        return s.error();
    return a;
}

Result<Appointment> AppointmentRepository::findByPayload(const QString &payload)
{
    auto p = m_store.signer().verify(payload);
    if (!p)
        return p.error();
    if (p->kind != TicketPayload::Kind::Appointment)
        return Error::invalid(QStringLiteral("payload"), QStringLiteral("this code is a ticket, not an appointment"));
    auto q = m_store.db().exec(QStringLiteral("SELECT id, session_key, session_date, code, group_size, state, payload "
                                              "FROM appointments WHERE payload = ?"),
                               {payload.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("appointment %1 is not in this database").arg(p->label));
    Appointment a;
    a.id = q->value(0).toString();
    a.sessionKey = q->value(1).toString();
    a.sessionDate = QDate::fromString(q->value(2).toString(), Qt::ISODate);
    a.code = q->value(3).toString();
    a.groupSize = q->value(4).toInt();
    a.state = q->value(5).toString();
    a.payload = q->value(6).toString();
    return a;
}

Result<IssuedTicket> AppointmentRepository::checkIn(const QString &payload, const QString &actor)
{
    auto a = findByPayload(payload);
    if (!a)
        return a.error();
    if (a->state != QLatin1String("booked"))
        return Error::make(ErrorCode::Conflict, QStringLiteral("this appointment is already %1").arg(a->state));
    if (a->sessionDate != m_store.now().date())
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("this appointment is for %1").arg(a->sessionDate.toString(Qt::ISODate)));
    QString leaderService;
    for (const Service &s : m_store.config().services)
        if (s.kind == ServiceKind::LeaderMeeting && leaderService.isEmpty())
            leaderService = s.id;
    if (leaderService.isEmpty())
        return Error::make(ErrorCode::Config, QStringLiteral("no leader_meeting service in services.json"));
    IssuedTicket issued;
    auto s = m_store.db().transaction([&]() -> Status {
        auto t = m_store.tickets().issue({leaderService, {}, a->groupSize, {}, a->id}, actor);
        if (!t)
            return t.error();
        issued = *t;
        auto seq = m_store.audit().append(actor, QStringLiteral("appointment.check_in"), QStringLiteral("appointment"),
                                          a->id, {{QStringLiteral("ticket"), t->ticket.label}});
        if (!seq)
            return seq.error();
        auto up = m_store.db().exec(
            QStringLiteral("UPDATE appointments SET state = 'checked_in', audit_seq = ? WHERE id = ?"), {*seq, a->id});
        if (!up)
            return up.error();
        Appointment done = *a;
        done.state = QStringLiteral("checked_in");
        return m_store.outbox().enqueue(a->id, QStringLiteral("appointment"), 2, done.toJson());
    });
    if (!s)
        return s.error();
    return issued;
}

} // namespace tiepdan
