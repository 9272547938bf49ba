// What the leader screens read, as the typed values of leadervalues.h: a
// record with its deadlines and history, the statistics of a period beside
// the same period a year earlier. Pure conversions; the controller
// (LeaderController) decides who may read what.
#pragma once

#include "leadersource.h"
#include "leadervalues.h"
#include "receptionrepository.h"

#include <QDate>

namespace tiepdan::leadermaps {

// Every Form 03 column of `s` (identity empty when sealed), its deadlines
// counted from `today`, and `history` (history()). `office`: the row's
// office code (remote), or empty.
LogRecord record(const StoredRecord &s, const QString &office, const QDate &today, const QList<HistoryEvent> &history);

// One entry per audit event: at (dd/MM/yyyy HH:mm:ss, local time), actor,
// action, detail (the audit detail as compact JSON) and reason (the reason
// given for opening a sealed identity; empty for other actions).
QList<HistoryEntry> history(const QList<HistoryEvent> &events);

// The figures of [from, to] (`now`) beside [from, to] a year earlier
// (`before`), by the sections of reports::reportSections; a figure either
// report lacks counts 0 there. `kind` names the period (month, quarter,
// half, nine, year, range).
PeriodStatistics statistics(const ReceptionReport &now, const ReceptionReport &before, const QDate &from,
                            const QDate &to, const QString &kind);

} // namespace tiepdan::leadermaps
