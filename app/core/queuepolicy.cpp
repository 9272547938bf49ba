#include "queuepolicy.h"

#include "enumnames.h"

#include <array>

namespace tiepdan {

namespace {
constexpr std::array kStateNames = {"waiting", "called", "serving",     "done",
                                    "no_show", "parked", "transferred", "cancelled"};
constexpr std::array kActionNames = {"call", "recall", "start",    "finish", "no_show",
                                     "park", "resume", "transfer", "cancel"};

bool allowedFrom(QueueAction a, TicketState s)
{
    using S = TicketState;
    switch (a) {
    case QueueAction::Call: return s == S::Waiting || s == S::Transferred || s == S::Parked;
    case QueueAction::Recall:
    case QueueAction::Start:
    case QueueAction::NoShow: return s == S::Called;
    case QueueAction::Finish: return s == S::Serving;
    case QueueAction::Park: return s == S::Called || s == S::Serving;
    case QueueAction::Resume: return s == S::Parked;
    case QueueAction::Transfer: return s == S::Waiting || s == S::Called || s == S::Serving || s == S::Parked;
    case QueueAction::Cancel: return s == S::Waiting || s == S::Called || s == S::Parked || s == S::Transferred;
    }
    return false;
}

TicketState target(QueueAction a)
{
    switch (a) {
    case QueueAction::Call:
    case QueueAction::Recall: return TicketState::Called;
    case QueueAction::Start: return TicketState::Serving;
    case QueueAction::Finish: return TicketState::Done;
    case QueueAction::NoShow: return TicketState::NoShow;
    case QueueAction::Park: return TicketState::Parked;
    case QueueAction::Resume: return TicketState::Waiting;
    case QueueAction::Transfer: return TicketState::Transferred;
    case QueueAction::Cancel: return TicketState::Cancelled;
    }
    return TicketState::Waiting;
}
} // namespace

QString toString(TicketState s)
{
    return enumName(kStateNames, s);
}
QString toString(QueueAction a)
{
    return enumName(kActionNames, a);
}
bool ticketStateFromString(const QString &s, TicketState *out)
{
    return enumFromName(kStateNames, s, out);
}
bool queueActionFromString(const QString &s, QueueAction *out)
{
    return enumFromName(kActionNames, s, out);
}

bool isFinal(TicketState s)
{
    return s == TicketState::Done || s == TicketState::NoShow || s == TicketState::Cancelled;
}

Result<TicketState> nextState(TicketState from, QueueAction action, int recalls, const PriorityPolicy &policy)
{
    if (!allowedFrom(action, from))
        return Error::make(
            ErrorCode::Conflict,
            QStringLiteral("the ticket is %1; '%2' is not possible now").arg(toString(from), toString(action)));
    if (action == QueueAction::NoShow && recalls < policy.noShowAfterRecalls)
        return Error::make(ErrorCode::Conflict, QStringLiteral("recall the ticket %1 more time(s) before marking it "
                                                               "as no-show")
                                                    .arg(policy.noShowAfterRecalls - recalls));
    return target(action);
}

int chooseNext(const QList<QueueCandidate> &waiting, int regularCallsSincePriority, const PriorityPolicy &policy)
{
    int firstTransferred = -1, firstPriority = -1, firstRegular = -1;
    for (int i = 0; i < waiting.size(); ++i) {
        const QueueCandidate &c = waiting[i];
        if (c.transferredHere && firstTransferred < 0)
            firstTransferred = i;
        else if (!c.transferredHere && c.priority && firstPriority < 0)
            firstPriority = i;
        else if (!c.transferredHere && !c.priority && firstRegular < 0)
            firstRegular = i;
    }
    if (firstTransferred >= 0)
        return firstTransferred;
    if (firstPriority < 0)
        return firstRegular;
    if (firstRegular < 0)
        return firstPriority;
    if (policy.mode == PriorityPolicy::Mode::Strict)
        return firstPriority;
    return regularCallsSincePriority >= policy.interleaveEvery ? firstPriority : firstRegular;
}

} // namespace tiepdan
