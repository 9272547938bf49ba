// The leaders' period report (visits, persons, cases, groups, leaders'
// receptions, handling, the queue): the value types that
// ReceptionRepository::report() fills from the kept statistics
// (recordstats.h) and that the department server's view fills from its
// /stats answer (app/leader/remotesource). Carries no identity.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace tiepdan {

// Receptions by the head or a deputy (domain.md, statistics): sessions
// (distinct reception sessions, or days when no session is recorded),
// visits, persons and cases.
struct LeaderFigures {
    int sessions = 0, visits = 0, persons = 0, cases = 0;
    QJsonObject toJson() const;
};

// The queue over a period (tickets of its days): waiting = issue to first
// call, service = start to finish, averaged over the tickets that have them.
struct QueueFigures {
    int tickets = 0, served = 0, noShows = 0;
    int avgWaitSeconds = 0, avgServiceSeconds = 0;
};

struct ReceptionReport {
    QDate from, to;
    int visits = 0, persons = 0, cases = 0;
    int groups = 0, groupPersons = 0, groupCases = 0;
    int firstVisits = 0, repeatVisits = 0, refused = 0;
    QMap<QString, int> byKind;      // matters by kind, counted once per case
    QMap<QString, int> byDirection; // visits by handling direction
    QMap<QString, int> byReceiver;  // visits by receiver role
    QMap<QString, int> byReceptionKind;
    // "all" (head and deputies), "head-periodic", "head-adhoc",
    // "head-regular", "deputy".
    QMap<QString, LeaderFigures> leaders;
    // Matters the department reported resolved (a matter result "resolved"
    // dated in the period), by the matter's kind: beside byKind, what was
    // received and what was resolved.
    QMap<QString, int> resolvedByKind;
    QueueFigures queue;
    QJsonObject toJson() const;
};

} // namespace tiepdan
