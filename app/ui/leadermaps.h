// What the leader screens read, as maps for QML: a record with its
// deadlines and history, the statistics of a period beside the same period
// a year earlier, one row of the deadline watch. Pure conversions; the
// controller (LeaderController) decides who may read what.
#pragma once

#include "leadersource.h"
#include "receptionrepository.h"

#include <QDate>
#include <QVariantList>
#include <QVariantMap>

namespace tiepdan::leadermaps {

// Every Form 03 column of `s` (identity empty when sealed), its deadlines
// counted from `today`, and `history` (historyList). `office`: the row's
// office code (remote), or empty.
QVariantMap record(const StoredRecord &s, const QString &office, const QDate &today,
                   const QList<HistoryEvent> &history);

// One entry per audit event: at (dd/MM/yyyy HH:mm:ss, local time), actor,
// action, detail (the audit detail as compact JSON) and reason (the reason
// given for opening a sealed identity; empty for other actions).
QVariantList history(const QList<HistoryEvent> &events);

// The figures of [from, to] (`now`) beside [from, to] a year earlier
// (`before`). Lists of {key, current, previous, unit}: unit "count", or
// "minutes" for the queue's average times, which the screen draws on a
// scale of their own. `kind` names the period (month, quarter, half, nine,
// year, range).
QVariantMap statistics(const ReceptionReport &now, const ReceptionReport &before, const QDate &from, const QDate &to,
                       const QString &kind);

// One row of the deadline watch (no identity: the watch has none).
QVariantMap deadline(const WatchedDeadline &w);

} // namespace tiepdan::leadermaps
