#include "ticketrepository.h"

#include "officestore.h"

#include <QSqlQuery>
#include <QUuid>

#include <cmath>

namespace tiepdan {

namespace {
const QString kColumns =
    QStringLiteral("id, uuid, service_date, service_id, prefix, number, label, priority_category, group_size, "
                   "visitor_id, appointment_id, state, recalls, counter, target_counter, issued_at, called_at, "
                   "started_at, finished_at, payload, version");

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QVariant isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(iso(t)) : QVariant();
}
QDateTime fromIso(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toLocalTime();
}
QVariant intOrNull(int v)
{
    return v > 0 ? QVariant(v) : QVariant();
}

Ticket readTicket(const QSqlQuery &q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.uuid = q.value(1).toString();
    t.serviceDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    t.serviceId = q.value(3).toString();
    t.prefix = q.value(4).toString();
    t.number = q.value(5).toInt();
    t.label = q.value(6).toString();
    t.priorityCategory = q.value(7).toString();
    t.groupSize = q.value(8).toInt();
    t.visitorId = q.value(9).toString();
    t.appointmentId = q.value(10).toString();
    ticketStateFromString(q.value(11).toString(), &t.state);
    t.recalls = q.value(12).toInt();
    t.counter = q.value(13).toInt();
    t.targetCounter = q.value(14).toInt();
    t.issuedAt = fromIso(q.value(15));
    t.calledAt = fromIso(q.value(16));
    t.startedAt = fromIso(q.value(17));
    t.finishedAt = fromIso(q.value(18));
    t.payload = q.value(19).toString();
    t.version = q.value(20).toInt();
    return t;
}

// "a-15", "A015", "A-015" -> "A015"
QString canonicalLabel(const QString &label)
{
    QString s = label.trimmed().toUpper();
    s.remove(u'-');
    qsizetype i = 0;
    while (i < s.size() && s[i].isLetter())
        ++i;
    bool ok = false;
    const int n = s.mid(i).toInt(&ok);
    if (i == 0 || i > 2 || !ok || n <= 0)
        return {};
    return s.left(i) + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
}
} // namespace

QString Ticket::displayLabel() const
{
    return prefix + u'-' + label.mid(prefix.size());
}

QJsonObject Ticket::toJson() const
{
    return {{QStringLiteral("id"), uuid},
            {QStringLiteral("label"), displayLabel()},
            {QStringLiteral("date"), serviceDate.toString(Qt::ISODate)},
            {QStringLiteral("service"), serviceId},
            {QStringLiteral("number"), number},
            {QStringLiteral("priority"), priorityCategory},
            {QStringLiteral("groupSize"), groupSize},
            {QStringLiteral("state"), toString(state)},
            {QStringLiteral("recalls"), recalls},
            {QStringLiteral("counter"), counter},
            {QStringLiteral("targetCounter"), targetCounter},
            {QStringLiteral("issuedAt"), iso(issuedAt)},
            {QStringLiteral("calledAt"), iso(calledAt)},
            {QStringLiteral("startedAt"), iso(startedAt)},
            {QStringLiteral("finishedAt"), iso(finishedAt)},
            {QStringLiteral("payload"), payload},
            {QStringLiteral("version"), version}};
}

Result<QList<Ticket>> TicketRepository::select(const QString &where, const QVariantList &binds)
{
    auto q = m_store.db().exec(QStringLiteral("SELECT %1 FROM tickets WHERE %2").arg(kColumns, where), binds);
    if (!q)
        return q.error();
    QList<Ticket> out;
    while (q->next())
        out << readTicket(*q);
    return out;
}

Result<IssuedTicket> TicketRepository::issue(const IssueRequest &req, const QString &actor)
{
    const OfficeConfig &cfg = m_store.config();
    const Service *service = cfg.service(req.serviceId);
    if (!service)
        return Error::invalid(QStringLiteral("service"),
                              QStringLiteral("no service '%1' at this office").arg(req.serviceId));
    if (!req.priorityCategory.isEmpty() && !cfg.priority.categories.contains(req.priorityCategory))
        return Error::invalid(QStringLiteral("priority"),
                              QStringLiteral("'%1' is not a priority category of this office (%2)")
                                  .arg(req.priorityCategory, cfg.priority.categories.join(QStringLiteral(", "))));
    if (req.groupSize < 1 || req.groupSize > 10000)
        return Error::invalid(QStringLiteral("groupSize"), QStringLiteral("group size must be 1 to 10000"));

    const QDateTime now = m_store.now();
    const QDate today = now.date();
    IssuedTicket out;
    Ticket &t = out.ticket;
    auto s = m_store.db().transaction([&]() -> Status {
        auto last = m_store.db().scalar(
            QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM tickets WHERE service_date = ? AND prefix = ?"),
            {today.toString(Qt::ISODate), service->prefix});
        if (!last)
            return last.error();
        t.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        t.serviceDate = today;
        t.serviceId = service->id;
        t.prefix = service->prefix;
        t.number = last->toInt() + 1;
        t.label = service->prefix + QStringLiteral("%1").arg(t.number, 3, 10, QLatin1Char('0'));
        t.priorityCategory = req.priorityCategory;
        t.groupSize = req.groupSize;
        t.visitorId = req.visitorId;
        t.appointmentId = req.appointmentId;
        t.issuedAt = now;
        auto payload = m_store.signer().sign({TicketPayload::Kind::Ticket, cfg.office.code, today, t.label, {}});
        if (!payload)
            return payload.error();
        t.payload = *payload;
        auto seq = m_store.audit().append(actor, QStringLiteral("ticket.issue"), QStringLiteral("ticket"), t.uuid,
                                          {{QStringLiteral("label"), t.label},
                                           {QStringLiteral("service"), t.serviceId},
                                           {QStringLiteral("priority"), !t.priorityCategory.isEmpty()}});
        if (!seq)
            return seq.error();
        auto ins = m_store.db().exec(
            QStringLiteral("INSERT INTO tickets(uuid, service_date, service_id, prefix, number, label, "
                           "priority_category, group_size, visitor_id, appointment_id, state, issued_at, "
                           "payload, audit_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            {t.uuid, today.toString(Qt::ISODate), t.serviceId, t.prefix, t.number, t.label,
             t.priorityCategory.isEmpty() ? QVariant() : QVariant(t.priorityCategory), t.groupSize,
             t.visitorId.isEmpty() ? QVariant() : QVariant(t.visitorId),
             t.appointmentId.isEmpty() ? QVariant() : QVariant(t.appointmentId), toString(t.state), iso(now), t.payload,
             *seq});
        if (!ins)
            return ins.error();
        t.id = ins->lastInsertId().toLongLong();
        auto ahead =
            m_store.db().scalar(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE service_date = ? AND service_id = ? "
                                               "AND state IN ('waiting', 'transferred') AND id < ?"),
                                {today.toString(Qt::ISODate), t.serviceId, t.id});
        if (!ahead)
            return ahead.error();
        out.peopleAhead = ahead->toInt();
        return m_store.outbox().enqueue(t.uuid, QStringLiteral("ticket"), t.version, t.toJson());
    });
    if (!s)
        return s.error();
    return out;
}

Result<Ticket> TicketRepository::find(const QString &label, const QDate &date)
{
    const QString canonical = canonicalLabel(label);
    if (canonical.isEmpty())
        return Error::invalid(QStringLiteral("ticket"),
                              QStringLiteral("'%1' is not a ticket number such as A-015").arg(label.left(40)));
    auto rows = select(QStringLiteral("service_date = ? AND label = ?"), {date.toString(Qt::ISODate), canonical});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("no ticket %1 on %2").arg(canonical, date.toString(Qt::ISODate)));
    return rows->first();
}

Result<Ticket> TicketRepository::findByPayload(const QString &payload)
{
    auto p = m_store.signer().verify(payload);
    if (!p)
        return p.error();
    if (p->kind != TicketPayload::Kind::Ticket)
        return Error::invalid(QStringLiteral("payload"), QStringLiteral("this code is an appointment, not a ticket"));
    if (p->officeCode != m_store.config().office.code)
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("this ticket was issued by another office (%1)").arg(p->officeCode));
    auto rows = select(QStringLiteral("payload = ?"), {payload.trimmed()});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("ticket %1 is not in this database").arg(p->label));
    return rows->first();
}

Result<QList<Ticket>> TicketRepository::list(const QDate &date, bool activeOnly, const QString &serviceId)
{
    QString where = QStringLiteral("service_date = ?");
    QVariantList binds{date.toString(Qt::ISODate)};
    if (activeOnly)
        where += QStringLiteral(" AND state NOT IN ('done', 'no_show', 'cancelled')");
    if (!serviceId.isEmpty()) {
        where += QStringLiteral(" AND service_id = ?");
        binds << serviceId;
    }
    return select(where + QStringLiteral(" ORDER BY id"), binds);
}

Result<Ticket> TicketRepository::callNext(int counterNo, const QString &actor)
{
    const OfficeConfig &cfg = m_store.config();
    const Counter *counter = cfg.counter(counterNo);
    if (!counter)
        return Error::invalid(QStringLiteral("counter"), QStringLiteral("there is no counter %1").arg(counterNo));
    Ticket called;
    auto s = m_store.db().transaction([&]() -> Status {
        const QString today = m_store.now().date().toString(Qt::ISODate);
        QStringList marks;
        QVariantList binds{today};
        for (const QString &sid : counter->serviceIds) {
            marks << QStringLiteral("?");
            binds << sid;
        }
        const QString inServices = QStringLiteral("service_id IN (%1)").arg(marks.join(u','));
        auto waiting = select(QStringLiteral("service_date = ? AND ((state = 'waiting' AND %1) OR "
                                             "(state = 'transferred' AND target_counter = ?)) ORDER BY id")
                                  .arg(inServices),
                              binds + QVariantList{counterNo});
        if (!waiting)
            return waiting.error();
        QList<QueueCandidate> candidates;
        for (const Ticket &t : *waiting)
            candidates << QueueCandidate{t.id, !t.priorityCategory.isEmpty(), t.state == TicketState::Transferred};
        // Regular calls since the last priority call, over this counter's services.
        auto history = m_store.db().exec(
            QStringLiteral("SELECT priority_category IS NOT NULL FROM tickets WHERE service_date = ? AND %1 "
                           "AND call_seq IS NOT NULL ORDER BY call_seq DESC LIMIT ?")
                .arg(inServices),
            binds + QVariantList{cfg.priority.interleaveEvery + 1});
        if (!history)
            return history.error();
        int regularSince = 0;
        while (history->next() && !history->value(0).toBool())
            ++regularSince;
        const int pick = chooseNext(candidates, regularSince, cfg.priority);
        if (pick < 0)
            return Error::make(ErrorCode::NotFound, QStringLiteral("nobody is waiting for counter %1").arg(counterNo));
        auto r = apply(waiting->at(pick), QueueAction::Call, actor, counterNo, 0);
        if (!r)
            return r.error();
        called = *r;
        return {};
    });
    if (!s)
        return s.error();
    return called;
}

Result<Ticket> TicketRepository::act(const QString &label, QueueAction action, const QString &actor, int counter,
                                     int targetCounter)
{
    if (action == QueueAction::Transfer && !m_store.config().counter(targetCounter))
        return Error::invalid(QStringLiteral("to"),
                              QStringLiteral("there is no counter %1 to transfer to").arg(targetCounter));
    if (counter != 0 && !m_store.config().counter(counter))
        return Error::invalid(QStringLiteral("counter"), QStringLiteral("there is no counter %1").arg(counter));
    Ticket result;
    auto s = m_store.db().transaction([&]() -> Status {
        auto t = find(label, m_store.now().date());
        if (!t)
            return t.error();
        auto r = apply(*t, action, actor, counter, targetCounter);
        if (!r)
            return r.error();
        result = *r;
        return {};
    });
    if (!s)
        return s.error();
    return result;
}

// Inside a transaction: state change + audit + outbox, all or nothing.
Result<Ticket> TicketRepository::apply(Ticket t, QueueAction action, const QString &actor, int counter,
                                       int targetCounter)
{
    auto next = nextState(t.state, action, t.recalls, m_store.config().priority);
    if (!next)
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("ticket %1: %2").arg(t.displayLabel(), next.error().message));
    const QDateTime now = m_store.now();
    const bool firstCall = action == QueueAction::Call && !t.calledAt.isValid();
    switch (action) {
    case QueueAction::Call:
        if (!t.calledAt.isValid())
            t.calledAt = now;
        if (counter > 0)
            t.counter = counter;
        t.targetCounter = 0;
        break;
    case QueueAction::Recall: ++t.recalls; break;
    case QueueAction::Start: t.startedAt = now; break;
    case QueueAction::Finish:
    case QueueAction::NoShow:
    case QueueAction::Cancel: t.finishedAt = now; break;
    case QueueAction::Transfer: t.targetCounter = targetCounter; break;
    case QueueAction::Park:
    case QueueAction::Resume: break;
    }
    const TicketState from = t.state;
    t.state = *next;
    ++t.version;
    QJsonObject detail{{QStringLiteral("label"), t.label},
                       {QStringLiteral("from"), toString(from)},
                       {QStringLiteral("to"), toString(t.state)}};
    if (t.counter > 0)
        detail.insert(QStringLiteral("counter"), t.counter);
    if (targetCounter > 0)
        detail.insert(QStringLiteral("targetCounter"), targetCounter);
    auto seq = m_store.audit().append(actor, QStringLiteral("ticket.") + toString(action), QStringLiteral("ticket"),
                                      t.uuid, detail);
    if (!seq)
        return seq.error();
    auto up = m_store.db().exec(
        QStringLiteral("UPDATE tickets SET state=?, recalls=?, counter=?, target_counter=?, called_at=?, "
                       "started_at=?, finished_at=?, version=?, audit_seq=?, "
                       "call_seq=CASE WHEN ? THEN ? ELSE call_seq END WHERE id=?"),
        {toString(t.state), t.recalls, intOrNull(t.counter), intOrNull(t.targetCounter), isoOrNull(t.calledAt),
         isoOrNull(t.startedAt), isoOrNull(t.finishedAt), t.version, *seq, firstCall, *seq, t.id});
    if (!up)
        return up.error();
    if (auto o = m_store.outbox().enqueue(t.uuid, QStringLiteral("ticket"), t.version, t.toJson()); !o)
        return o.error();
    return t;
}

Status TicketRepository::recordPrintFailure(const QString &label, const QString &reason, const QString &actor)
{
    return m_store.db().transaction([&]() -> Status {
        auto seq = m_store.audit().append(actor, QStringLiteral("kiosk.print_failed"), QStringLiteral("kiosk"), label,
                                          {{QStringLiteral("reason"), reason.left(300)}});
        if (!seq)
            return seq.error();
        return {};
    });
}

Result<int> TicketRepository::estimateWaitMinutes(const QString &serviceId, int peopleAhead)
{
    const Service *service = m_store.config().service(serviceId);
    if (!service)
        return Error::invalid(QStringLiteral("service"), QStringLiteral("no service '%1'").arg(serviceId));
    if (peopleAhead <= 0)
        return 0;
    auto q = m_store.db().exec(QStringLiteral("SELECT started_at, finished_at FROM tickets WHERE service_date = ? "
                                              "AND service_id = ? AND state = 'done' AND started_at IS NOT NULL"),
                               {m_store.now().date().toString(Qt::ISODate), serviceId});
    if (!q)
        return q.error();
    qint64 totalSecs = 0;
    int n = 0;
    while (q->next()) {
        totalSecs += fromIso(q->value(0)).secsTo(fromIso(q->value(1)));
        ++n;
    }
    const double perTicket = n > 0 ? double(totalSecs) / n / 60.0 : double(service->expectedServiceMinutes);
    int counters = 0;
    for (const Counter &c : m_store.config().counters)
        counters += c.serviceIds.contains(serviceId) ? 1 : 0;
    return int(std::ceil(peopleAhead * perTicket / std::max(1, counters)));
}

} // namespace tiepdan
