// Queue tickets: issuing, looking up, and every queue action.
//
// Numbering contract: numbers run 1, 2, 3 ... per service prefix and per
// day, restart each day, and are never reused: the next number is read and
// the ticket inserted in one IMMEDIATE transaction with synchronous=FULL,
// and a UNIQUE (date, prefix, number) constraint backs it. A crash loses at
// most a ticket whose commit had not returned (it was never handed out).
#pragma once

#include "queuepolicy.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tiepdan {

class OfficeStore;

struct Ticket {
    qint64 id = 0;
    QString uuid;
    QDate serviceDate;
    QString serviceId;
    QString prefix;
    int number = 0;
    QString label;            // "A015"
    QString priorityCategory; // empty: regular
    int groupSize = 1;
    QString visitorId;
    QString appointmentId;
    TicketState state = TicketState::Waiting;
    int recalls = 0;
    int counter = 0;
    int targetCounter = 0;
    QDateTime issuedAt, calledAt, startedAt, finishedAt;
    QString payload; // signed QR payload
    int version = 1;

    // "A-015": how the ticket is printed, displayed and announced.
    QString displayLabel() const;
    // For JSON output and the outbox. Holds no personal data.
    QJsonObject toJson() const;
};

struct IssueRequest {
    QString serviceId;
    QString priorityCategory; // must be one of the policy's categories
    int groupSize = 1;
    QString visitorId;
    QString appointmentId;
};

struct IssuedTicket {
    Ticket ticket;
    int peopleAhead = 0; // waiting tickets of the same service issued earlier
};

class TicketRepository {
public:
    explicit TicketRepository(OfficeStore &store) : m_store(store) {}

    Result<IssuedTicket> issue(const IssueRequest &request, const QString &actor);

    // By label ("A015" or "A-015") on `date`.
    Result<Ticket> find(const QString &label, const QDate &date);
    // By a scanned payload: verifies the signature first (Forged error).
    Result<Ticket> findByPayload(const QString &payload);

    // Tickets of `date` in issue order; active = not in a final state.
    Result<QList<Ticket>> list(const QDate &date, bool activeOnly, const QString &serviceId = {});

    // Calls the next ticket for `counter` under the priority policy.
    // NotFound when nobody is waiting for that counter's services.
    Result<Ticket> callNext(int counter, const QString &actor);

    // Applies one queue action to the ticket `label` of today. `counter` is
    // the acting counter (Call/Recall/Start); `targetCounter` is required
    // for Transfer.
    Result<Ticket> act(const QString &label, QueueAction action, const QString &actor, int counter = 0,
                       int targetCounter = 0);

    // Honest waiting estimate for someone with `peopleAhead` tickets ahead:
    // today's mean service time of this service (finished - started), or the
    // configured expectedServiceMinutes before any is done, divided among
    // the counters that call the service. Rounded up to whole minutes.
    // A ticket that could not be printed: audited so officers see it.
    Status recordPrintFailure(const QString &label, const QString &reason, const QString &actor);

    Result<int> estimateWaitMinutes(const QString &serviceId, int peopleAhead);

private:
    Result<Ticket> apply(Ticket t, QueueAction action, const QString &actor, int counter, int targetCounter);
    Result<QList<Ticket>> select(const QString &where, const QVariantList &binds);
    OfficeStore &m_store;
};

} // namespace tiepdan
