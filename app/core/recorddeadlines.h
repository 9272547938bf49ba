// The deadlines of a reception record and the leaders' deadline watch:
// which rules of the rule set in force apply to a record, counted from which
// event, and what the watch shows and in which order. Pure domain rules over
// a DeadlineCalculator (deadlines.h); no SQL. The office's repository
// (app/storage) and the department server's view (app/leader/remotesource)
// both compute their deadlines here, so the two agree. (matterlife.h
// computes a matter's deadlines from the steps of its life, issue 16.)
#pragma once

#include "deadlines.h"
#include "matterlife.h"
#include "reception.h"
#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tiepdan {

// How far back the deadline watch looks: matters received in the last
// kWatchLookbackDays days.
inline constexpr int kWatchLookbackDays = 400;

// One deadline of an open matter, for the deadline watch (leaders' start
// screen, `receptionctl deadlines`). Carries no identity.
struct WatchedDeadline {
    QString office; // filled by the department server's view; empty locally
    QString matterId;
    QString recordId; // the visit that opened the matter
    int bookYear = 0, bookNo = 0;
    QString kind;      // deadline family: complaint, complaint_enforcement, denunciation
    Deadline deadline; // rule, labels, legal basis, event date, due date
    int daysLeft = 0;  // today.daysTo(due): negative = overdue
    QString ruleSetId; // the rule set in force on the day received
    QJsonObject toJson() const;
};

// A record's deadlines: from receipt, from acceptance when accepted, and
// its conclusion notice's follow-up date when it has one.
QList<Deadline> recordDeadlines(const ReceptionRecord &r, const DeadlineCalculator &calc);

// The follow-up deadline a conclusion notice sets (rule "conclusion.followUp"):
// from the reception day to r.conclusionDue.
Deadline conclusionDeadline(const ReceptionRecord &r);

// The watch items of a matter: for each open part, its earliest running
// period that the watch follows (informational duties left out), from
// matterDeadlines(). Leaves office, recordId and the book number empty.
QList<WatchedDeadline> watchedParts(const MatterFacts &m, const DeadlineCalculator &calc, const QDate &today);

// The watch item of a record's conclusion notice (kind "conclusion"), with
// the record's matter, id and book number; office left empty.
WatchedDeadline conclusionWatch(const ReceptionRecord &r, const QDate &today);

// A watch asks for a day and a number of days ahead (0 or more);
// ErrorCode::InvalidInput with field "within" otherwise.
Status checkWatchWindow(const QDate &today, int withinDays);

// The watch's order: soonest due first, then by office, book year and
// number (stable).
void sortWatch(QList<WatchedDeadline> &items);

} // namespace tiepdan
