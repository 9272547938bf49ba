// The queue's state machine and its priority policy. Pure: storage feeds it
// the current state and persists the result with an audit event.
//
//   Waiting ──call──▶ Called ──start──▶ Serving ──finish──▶ Done
//      ▲  │            │  ▲ recall        │
//      │  │            │  └──┘            │
//      │  │            ├──no-show (after N recalls)──▶ NoShow
//   resume│            ├──park──▶ Parked ◀──park────────┘
//      │  │            │            │ call (out of order)
//      └──┼────────────┴────────────┘
//         └─transfer (from Waiting/Called/Serving/Parked)──▶ Transferred ──call──▶ Called
//   cancel: Waiting, Called, Parked, Transferred ──▶ Cancelled
// Done, NoShow and Cancelled are final.
#pragma once

#include "officeconfig.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tiepdan {

enum class TicketState { Waiting, Called, Serving, Done, NoShow, Parked, Transferred, Cancelled };
enum class QueueAction { Call, Recall, Start, Finish, NoShow, Park, Resume, Transfer, Cancel };

QString toString(TicketState s);
QString toString(QueueAction a);
bool ticketStateFromString(const QString &s, TicketState *out);
bool queueActionFromString(const QString &s, QueueAction *out);
bool isFinal(TicketState s);

// The state after `action`, or Conflict with a plain reason ("ticket A015 is
// done; it cannot be recalled"). `recalls` is how many times the ticket was
// recalled already; NoShow needs recalls >= policy.noShowAfterRecalls.
Result<TicketState> nextState(TicketState from, QueueAction action, int recalls, const PriorityPolicy &policy);

// A ticket a counter could call next, in the order tickets were issued.
struct QueueCandidate {
    qint64 id = 0;
    bool priority = false;        // has a priority category
    bool transferredHere = false; // transferred to this counter: it has waited already
};

// Index into `waiting` of the ticket to call next, or -1 when empty.
// Transferred-here tickets come first. Then Strict: the first priority
// ticket, else the first regular one. Interleaved (every N): a priority
// ticket when `regularCallsSincePriority` >= N, else the first regular
// ticket; whichever class is empty yields to the other.
int chooseNext(const QList<QueueCandidate> &waiting, int regularCallsSincePriority, const PriorityPolicy &policy);

} // namespace tiepdan
