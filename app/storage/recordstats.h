// Kept aggregates of the reception log book, so that a period's statistics
// cost the same for a day and for a year of a million records.
//
// Two kinds of figures (domain.md, "What leaders report"):
//  - additive ones (visits, persons, groups, by direction...): per day and
//    key in stat_day; a period is a sum over at most 366 days per year;
//  - distinct ones (cases = distinct matters, group cases, cases by kind,
//    leaders' cases and sessions): a matter seen on several days of the
//    period counts once. stat_case keeps one row per (key, entity, day) with
//    the entity's previous day under that key (prev_day). The entities with
//    a row in [from, to] are exactly the rows in [from, to] whose prev_day is
//    before `from` (each entity's first day in the period). stat_case_month
//    counts rows per (day, key, month of prev_day), so the rows whose
//    previous day lies in an earlier month are a sum; the few whose previous
//    day falls in from's own month, before `from`, are counted from
//    stat_case's (prev_day, day) index.
//
// What each record contributes is written once, in SQL: the views
// record_counts and record_dims (migration v7). The migration fills the
// tables from them; addRecord() applies one new record inside the caller's
// transaction. Records are append-only, so nothing is ever subtracted,
// except that a record dated before an entity's existing later day becomes
// that day's new predecessor (handled).
#pragma once

#include "result.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace tiepdan {

class Database;

class RecordStats {
public:
    // Migration v7: tables, views, and the aggregates of existing records.
    static Status createAndFill(Database &db);
    // Recomputes the tables from the records (after a bulk load that went
    // around ReceptionRepository::add, e.g. the benchmark's book).
    static Status rebuild(Database &db);
    // Adds the record with this rowid (call inside its insert transaction).
    static Status addRecord(Database &db, qint64 rowid);

    struct Figures {
        QMap<QString, qint64> sums;     // stat_day keys: visits, persons, dir:accept, lead:all:visits...
        QMap<QString, qint64> distinct; // stat_case keys: cases, groupCases, kind:complaint, lead:all, sess:all...
    };
    static Result<Figures> period(Database &db, const QDate &from, const QDate &to);
};

} // namespace tiepdan
