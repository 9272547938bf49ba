// schedule, visitor, appointment, ticket and queue commands.
#include "appointmentrepository.h"
#include "cli.h"
#include "qrcode.h"
#include "ticketrepository.h"
#include "visitorrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

namespace tiepdan::cli {

namespace {

#define STORE_OR_FAIL(c, s)                                                                                            \
    auto s##Result = (c).store();                                                                                      \
    if (!s##Result)                                                                                                    \
        return (c).fail(s##Result.error());                                                                            \
    OfficeStore &s = **s##Result;

QString ticketLine(const Ticket &t)
{
    QString line =
        QStringLiteral("%1  %2  %3").arg(t.displayLabel(), -7).arg(toString(t.state), -11).arg(t.serviceId, -12);
    if (!t.priorityCategory.isEmpty())
        line += QStringLiteral("  priority:%1").arg(t.priorityCategory);
    if (t.counter > 0)
        line += QStringLiteral("  counter %1").arg(t.counter);
    if (t.targetCounter > 0)
        line += QStringLiteral("  -> counter %1").arg(t.targetCounter);
    return line;
}

} // namespace

int cmdSchedule(Context &c, const QString &sub)
{
    if (sub != QLatin1String("list"))
        return c.usage(QStringLiteral("schedule takes 'list'"));
    if (!c.accept({}, {"from", "days"}, 0))
        return ExitUsage;
    STORE_OR_FAIL(c, store);
    const auto from = c.dateOption(QStringLiteral("from"), store.now().date());
    const auto days = c.intOption(QStringLiteral("days"), 14, 1, 366);
    if (!from || !days)
        return int(ErrorCode::InvalidInput);
    QJsonArray arr;
    QString text;
    QSet<int> warned;
    for (QDate d = *from; d < from->addDays(*days); d = d.addDays(1)) {
        if (!store.calendar().holidaysKnownFor(d.year()) && !warned.contains(d.year())) {
            warned.insert(d.year());
            c.err << "receptionctl: warning: holidays.json has no holidays for " << d.year() << Qt::endl;
        }
        for (const ReceptionSession &s : store.calendar().sessionsOn(d)) {
            auto taken = store.appointments().taken(s.key());
            if (!taken)
                return c.fail(taken.error());
            const int left = capacityLeft(s, *taken);
            arr.append(QJsonObject{{QStringLiteral("key"), s.key()},
                                   {QStringLiteral("date"), d.toString(Qt::ISODate)},
                                   {QStringLiteral("kind"), toString(s.kind)},
                                   {QStringLiteral("session"), s.slot.id},
                                   {QStringLiteral("start"), s.slot.start.toString(QStringLiteral("HH:mm"))},
                                   {QStringLiteral("end"), s.slot.end.toString(QStringLiteral("HH:mm"))},
                                   {QStringLiteral("receiver"), s.receiverVi},
                                   {QStringLiteral("place"), s.place},
                                   {QStringLiteral("capacity"), s.slot.capacity},
                                   {QStringLiteral("booked"), *taken},
                                   {QStringLiteral("left"), left}});
            text +=
                QStringLiteral("%1 %2-%3  %4  %5  %6/%7 left  %8\n")
                    .arg(d.toString(QStringLiteral("ddd yyyy-MM-dd")), s.slot.start.toString(QStringLiteral("HH:mm")),
                         s.slot.end.toString(QStringLiteral("HH:mm")), toString(s.kind), s.receiverVi)
                    .arg(left)
                    .arg(s.slot.capacity)
                    .arg(s.key());
        }
    }
    return c.print(QJsonObject{{QStringLiteral("sessions"), arr}},
                   text.isEmpty() ? QStringLiteral("no reception sessions") : text);
}

int cmdVisitor(Context &c, const QString &sub)
{
    if (sub != QLatin1String("register"))
        return c.usage(QStringLiteral("visitor takes 'register'"));
    if (!c.accept({"confidential"}, {"name", "id", "phone", "address"}, 0))
        return ExitUsage;
    STORE_OR_FAIL(c, store);
    Identity id;
    id.fullName = c.args.value(QStringLiteral("name"));
    id.idNumber = c.args.value(QStringLiteral("id"));
    id.phone = c.args.value(QStringLiteral("phone"));
    id.address = c.args.value(QStringLiteral("address"));
    auto reg = store.visitors().registerVisitor(id, c.args.has(QStringLiteral("confidential")), c.actor);
    if (!reg)
        return c.fail(reg.error());
    return c.print(QJsonObject{{QStringLiteral("id"), reg->id},
                               {QStringLiteral("sealed"), reg->sealed},
                               {QStringLiteral("knownBefore"), reg->knownBefore}},
                   QStringLiteral("visitor %1 registered%2%3")
                       .arg(reg->id, reg->sealed ? QStringLiteral(" (identity sealed)") : QString(),
                            reg->knownBefore ? QStringLiteral("; this ID number came before") : QString()));
}

int cmdAppointment(Context &c, const QString &sub)
{
    if (sub != QLatin1String("book"))
        return c.usage(QStringLiteral("appointment takes 'book'"));
    if (!c.accept({}, {"session", "group", "visitor"}, 0))
        return ExitUsage;
    if (!c.args.has(QStringLiteral("session")))
        return c.usage(QStringLiteral("appointment book needs --session KEY (see 'schedule list')"));
    STORE_OR_FAIL(c, store);
    const auto group = c.intOption(QStringLiteral("group"), 1, 1, 10000);
    if (!group)
        return int(ErrorCode::InvalidInput);
    auto a = store.appointments().book(c.args.value(QStringLiteral("session")), *group,
                                       c.args.value(QStringLiteral("visitor")), c.actor);
    if (!a)
        return c.fail(a.error());
    return c.print(a->toJson(), QStringLiteral("appointment %1 on %2 (%3)\nQR: %4")
                                    .arg(a->code, a->sessionDate.toString(Qt::ISODate), a->sessionKey, a->payload));
}

int cmdTicket(Context &c, const QString &sub)
{
    if (sub == QLatin1String("issue")) {
        if (!c.accept({}, {"service", "priority", "group", "visitor", "repeat"}, 0))
            return ExitUsage;
        if (!c.args.has(QStringLiteral("service")))
            return c.usage(QStringLiteral("ticket issue needs --service ID"));
        const auto group = c.intOption(QStringLiteral("group"), 1, 1, 10000);
        const auto repeat = c.intOption(QStringLiteral("repeat"), 1, 1, 10000000);
        if (!group || !repeat)
            return int(ErrorCode::InvalidInput);
        STORE_OR_FAIL(c, store);
        IssueRequest req{c.args.value(QStringLiteral("service")),
                         c.args.value(QStringLiteral("priority")),
                         *group,
                         c.args.value(QStringLiteral("visitor")),
                         {}};
        // --repeat prints each ticket as soon as its commit returned: what
        // is printed is what a citizen would hold.
        for (int i = 0; i < *repeat; ++i) {
            auto t = store.tickets().issue(req, c.actor);
            if (!t)
                return c.fail(t.error());
            QJsonObject o = t->ticket.toJson();
            o.insert(QStringLiteral("peopleAhead"), t->peopleAhead);
            c.print(o, QStringLiteral("%1 %2 ahead:%3 %4")
                           .arg(t->ticket.displayLabel(), t->ticket.serviceId)
                           .arg(t->peopleAhead)
                           .arg(t->ticket.payload));
        }
        return ExitOk;
    }
    if (sub == QLatin1String("show")) {
        if (!c.accept({"qr"}, {"date", "svg"}, 1))
            return ExitUsage;
        if (c.args.positional.isEmpty())
            return c.usage(QStringLiteral("ticket show needs a ticket number, e.g. A-015"));
        STORE_OR_FAIL(c, store);
        const auto date = c.dateOption(QStringLiteral("date"), store.now().date());
        if (!date)
            return int(ErrorCode::InvalidInput);
        auto t = store.tickets().find(c.args.positional.first(), *date);
        if (!t)
            return c.fail(t.error());
        QString text =
            ticketLine(*t) + QStringLiteral("\nissued %1\nQR: %2\n")
                                 .arg(t->issuedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), t->payload);
        if (c.args.has(QStringLiteral("qr")) || c.args.has(QStringLiteral("svg"))) {
            auto qr = encodeQr(t->payload);
            if (!qr)
                return c.fail(qr.error());
            if (c.args.has(QStringLiteral("qr")))
                text += qrToText(*qr);
            if (c.args.has(QStringLiteral("svg"))) {
                QFile f(c.args.value(QStringLiteral("svg")));
                if (!f.open(QIODevice::WriteOnly) || f.write(qrToSvg(*qr).toUtf8()) < 0)
                    return c.fail(Error::make(
                        ErrorCode::Storage, QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString())));
            }
        }
        return c.print(t->toJson(), text);
    }
    if (sub == QLatin1String("verify")) {
        if (!c.accept({}, {}, 1))
            return ExitUsage;
        if (c.args.positional.isEmpty())
            return c.usage(QStringLiteral("ticket verify needs the scanned payload"));
        STORE_OR_FAIL(c, store);
        auto p = store.signer().verify(c.args.positional.first());
        if (!p)
            return c.fail(p.error());
        if (p->officeCode != store.config().office.code)
            return c.fail(
                Error::make(ErrorCode::Forged,
                            QStringLiteral("the code is signed for office %1, not this one").arg(p->officeCode)));
        QJsonObject o{{QStringLiteral("valid"), true},
                      {QStringLiteral("kind"), p->kind == TicketPayload::Kind::Ticket ? QStringLiteral("ticket")
                                                                                      : QStringLiteral("appointment")},
                      {QStringLiteral("office"), p->officeCode},
                      {QStringLiteral("date"), p->date.toString(Qt::ISODate)},
                      {QStringLiteral("label"), p->label}};
        QString text = QStringLiteral("valid %1 %2 of %3 for %4")
                           .arg(o.value(QStringLiteral("kind")).toString(), p->label, p->officeCode,
                                p->date.toString(Qt::ISODate));
        if (p->kind == TicketPayload::Kind::Ticket) {
            auto t = store.tickets().findByPayload(c.args.positional.first());
            if (t) {
                o.insert(QStringLiteral("state"), toString(t->state));
                text += QStringLiteral(", now %1").arg(toString(t->state));
            }
        }
        return c.print(o, text);
    }
    return c.usage(QStringLiteral("ticket takes issue, show or verify"));
}

int cmdQueue(Context &c, const QString &sub)
{
    if (sub == QLatin1String("list")) {
        if (!c.accept({"all"}, {"service", "date"}, 0))
            return ExitUsage;
        STORE_OR_FAIL(c, store);
        const auto date = c.dateOption(QStringLiteral("date"), store.now().date());
        if (!date)
            return int(ErrorCode::InvalidInput);
        auto list =
            store.tickets().list(*date, !c.args.has(QStringLiteral("all")), c.args.value(QStringLiteral("service")));
        if (!list)
            return c.fail(list.error());
        QJsonArray arr;
        QStringList lines;
        for (const Ticket &t : *list) {
            arr.append(t.toJson());
            lines << ticketLine(t);
        }
        return c.print(QJsonObject{{QStringLiteral("tickets"), arr}},
                       lines.isEmpty() ? QStringLiteral("the queue is empty") : lines.join(u'\n'));
    }
    if (sub == QLatin1String("call-next")) {
        if (!c.accept({}, {"counter"}, 0))
            return ExitUsage;
        const auto counter = c.intOption(QStringLiteral("counter"), 0, 1, 99);
        if (!counter)
            return int(ErrorCode::InvalidInput);
        if (*counter == 0)
            return c.usage(QStringLiteral("queue call-next needs --counter N"));
        STORE_OR_FAIL(c, store);
        auto t = store.tickets().callNext(*counter, c.actor);
        if (!t)
            return c.fail(t.error());
        return c.print(t->toJson(), QStringLiteral("%1 to counter %2").arg(t->displayLabel()).arg(*counter));
    }
    static const QMap<QString, QueueAction> actions{
        {QStringLiteral("call"), QueueAction::Call},      {QStringLiteral("recall"), QueueAction::Recall},
        {QStringLiteral("start"), QueueAction::Start},    {QStringLiteral("done"), QueueAction::Finish},
        {QStringLiteral("no-show"), QueueAction::NoShow}, {QStringLiteral("park"), QueueAction::Park},
        {QStringLiteral("resume"), QueueAction::Resume},  {QStringLiteral("transfer"), QueueAction::Transfer},
        {QStringLiteral("cancel"), QueueAction::Cancel}};
    if (!actions.contains(sub))
        return c.usage(QStringLiteral(
            "queue takes list, call-next, call, recall, start, done, no-show, park, resume, transfer or cancel"));
    if (!c.accept({}, {"counter", "to"}, 1))
        return ExitUsage;
    if (c.args.positional.isEmpty())
        return c.usage(QStringLiteral("queue %1 needs a ticket number, e.g. A-015").arg(sub));
    const auto counter = c.intOption(QStringLiteral("counter"), 0, 1, 99);
    const auto to = c.intOption(QStringLiteral("to"), 0, 1, 99);
    if (!counter || !to)
        return int(ErrorCode::InvalidInput);
    if (sub == QLatin1String("transfer") && *to == 0)
        return c.usage(QStringLiteral("queue transfer needs --to COUNTER"));
    STORE_OR_FAIL(c, store);
    auto t = store.tickets().act(c.args.positional.first(), actions.value(sub), c.actor, *counter, *to);
    if (!t)
        return c.fail(t.error());
    return c.print(t->toJson(), ticketLine(*t));
}

} // namespace tiepdan::cli
