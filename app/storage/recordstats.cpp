#include "recordstats.h"

#include "database.h"

#include <QSqlQuery>

namespace tiepdan {

namespace {

// Month number of a YYYY-MM-DD text (0 for NULL: "no previous day").
QString monthOf(const QString &column)
{
    return QStringLiteral("(CASE WHEN %1 IS NULL THEN 0 ELSE CAST(substr(%1, 1, 4) AS INTEGER) * 12 + "
                          "CAST(substr(%1, 6, 2) AS INTEGER) END)")
        .arg(column);
}

int monthOf(const QDate &d)
{
    return d.year() * 12 + d.month();
}

// A leader's reception category, as in ReceptionReport::leaders.
const QString kLeaderCategory =
    QStringLiteral("(CASE WHEN receiver_role = 'deputy' THEN 'deputy' ELSE 'head-' || reception_kind END)");
const QString kIsLeader = QStringLiteral("receiver_role IN ('head', 'deputy')");

Status run(Database &db, const QString &sql, const QVariantList &binds = {})
{
    if (auto r = db.exec(sql, binds); !r)
        return r.error();
    return {};
}

Status addToMonth(Database &db, const QString &day, const QString &key, int prevMonth, int delta)
{
    return run(db,
               QStringLiteral("INSERT INTO stat_case_month(day, key, prev_month, n) VALUES (?, ?, ?, ?) "
                              "ON CONFLICT(day, key, prev_month) DO UPDATE SET n = n + excluded.n"),
               {day, key, prevMonth, delta});
}

int monthOfText(const QString &day)
{
    return day.isEmpty() ? 0 : monthOf(QDate::fromString(day, Qt::ISODate));
}

// One (key, entity, day) of a new record: a new row unless the entity
// already has that day; it becomes the predecessor of the entity's next day.
Status addCase(Database &db, const QString &key, const QString &entity, const QString &day)
{
    const QVariantList ked{key, entity, day};
    auto seen =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM stat_case WHERE key = ? AND entity = ? AND day = ?"), ked);
    if (!seen)
        return seen.error();
    if (seen->toInt() > 0)
        return {};
    auto prev =
        db.scalar(QStringLiteral("SELECT MAX(day) FROM stat_case WHERE key = ? AND entity = ? AND day < ?"), ked);
    if (!prev)
        return prev.error();
    const QString prevDay = prev->toString();
    auto next =
        db.scalar(QStringLiteral("SELECT MIN(day) FROM stat_case WHERE key = ? AND entity = ? AND day > ?"), ked);
    if (!next)
        return next.error();
    const QString nextDay = next->toString();
    if (auto s = run(db, QStringLiteral("INSERT INTO stat_case(key, entity, day, prev_day) VALUES (?, ?, ?, ?)"),
                     {key, entity, day, prevDay.isEmpty() ? QVariant() : QVariant(prevDay)});
        !s)
        return s;
    if (auto s = addToMonth(db, day, key, monthOfText(prevDay), 1); !s)
        return s;
    if (nextDay.isEmpty())
        return {};
    if (auto s = run(db, QStringLiteral("UPDATE stat_case SET prev_day = ? WHERE key = ? AND entity = ? AND day = ?"),
                     {day, key, entity, nextDay});
        !s)
        return s;
    if (auto s = addToMonth(db, nextDay, key, monthOfText(prevDay), -1); !s)
        return s;
    return addToMonth(db, nextDay, key, monthOfText(day), 1);
}

} // namespace

Status RecordStats::createAndFill(Database &db)
{
    // What one record adds to the additive figures: (rid, day, key, n).
    QStringList counts;
    auto count = [&](const QString &key, const QString &n, const QString &where = {}) {
        counts << QStringLiteral("SELECT rowid AS rid, received_date AS day, %1 AS key, %2 AS n "
                                 "FROM reception_records%3")
                      .arg(key, n, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    };
    count(QStringLiteral("'visits'"), QStringLiteral("1"));
    count(QStringLiteral("'persons'"), QStringLiteral("people_count"));
    count(QStringLiteral("'groups'"), QStringLiteral("1"), QStringLiteral("is_group"));
    count(QStringLiteral("'groupPersons'"), QStringLiteral("people_count"), QStringLiteral("is_group"));
    count(QStringLiteral("'firstVisits'"), QStringLiteral("1"), QStringLiteral("first_visit"));
    count(QStringLiteral("'refused'"), QStringLiteral("1"), QStringLiteral("refusal != 'none'"));
    count(QStringLiteral("'dir:' || direction"), QStringLiteral("1"));
    count(QStringLiteral("'recv:' || receiver_role"), QStringLiteral("1"));
    count(QStringLiteral("'rkind:' || reception_kind"), QStringLiteral("1"));
    count(QStringLiteral("'lead:all:visits'"), QStringLiteral("1"), kIsLeader);
    count(QStringLiteral("'lead:all:persons'"), QStringLiteral("people_count"), kIsLeader);
    count(QStringLiteral("'lead:' || %1 || ':visits'").arg(kLeaderCategory), QStringLiteral("1"), kIsLeader);
    count(QStringLiteral("'lead:' || %1 || ':persons'").arg(kLeaderCategory), QStringLiteral("people_count"),
          kIsLeader);

    // What one record adds to the distinct figures: (rid, day, key, entity).
    QStringList dims;
    auto dim = [&](const QString &key, const QString &entity, const QString &where = {}) {
        dims << QStringLiteral("SELECT r.rowid AS rid, r.received_date AS day, %1 AS key, %2 AS entity "
                               "FROM reception_records r JOIN matters m ON m.id = r.matter_id%3")
                    .arg(key, entity, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    };
    const QString matter = QStringLiteral("r.matter_id");
    const QString session = QStringLiteral("COALESCE(r.session_key, r.received_date)");
    const QString category = QString(kLeaderCategory)
                                 .replace(QStringLiteral("receiver_role"), QStringLiteral("r.receiver_role"))
                                 .replace(QStringLiteral("reception_kind"), QStringLiteral("r.reception_kind"));
    const QString leader = QStringLiteral("r.receiver_role IN ('head', 'deputy')");
    dim(QStringLiteral("'cases'"), matter);
    dim(QStringLiteral("'kind:' || m.kind"), matter);
    dim(QStringLiteral("'groupCases'"), matter, QStringLiteral("r.is_group"));
    dim(QStringLiteral("'lead:all'"), matter, leader);
    dim(QStringLiteral("'lead:' || ") + category, matter, leader);
    dim(QStringLiteral("'sess:all'"), session, leader);
    dim(QStringLiteral("'sess:' || ") + category, session, leader);

    const QString union_ = QStringLiteral(" UNION ALL ");
    for (const QString &sql : {
             QStringLiteral("CREATE VIEW record_counts AS ") + counts.join(union_),
             QStringLiteral("CREATE VIEW record_dims AS ") + dims.join(union_),
             QStringLiteral("CREATE TABLE stat_day (day TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL, "
                            "PRIMARY KEY (day, key)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE stat_case (key TEXT NOT NULL, entity TEXT NOT NULL, day TEXT NOT NULL, "
                            "prev_day TEXT, PRIMARY KEY (key, entity, day)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX stat_case_prev ON stat_case(prev_day, day)"),
             QStringLiteral("CREATE TABLE stat_case_month (day TEXT NOT NULL, key TEXT NOT NULL, "
                            "prev_month INTEGER NOT NULL, n INTEGER NOT NULL, "
                            "PRIMARY KEY (day, key, prev_month)) WITHOUT ROWID"),
         })
        if (auto s = run(db, sql); !s)
            return s;
    return rebuild(db);
}

Status RecordStats::rebuild(Database &db)
{
    for (const QString &sql : {
             QStringLiteral("DELETE FROM stat_day"),
             QStringLiteral("DELETE FROM stat_case"),
             QStringLiteral("DELETE FROM stat_case_month"),
             QStringLiteral("INSERT INTO stat_day SELECT day, key, SUM(n) FROM record_counts GROUP BY day, key"),
             QStringLiteral("INSERT INTO stat_case SELECT key, entity, day, "
                            "LAG(day) OVER (PARTITION BY key, entity ORDER BY day) "
                            "FROM (SELECT DISTINCT key, entity, day FROM record_dims)"),
             QStringLiteral("INSERT INTO stat_case_month SELECT day, key, %1, COUNT(*) FROM stat_case "
                            "GROUP BY day, key, 3")
                 .arg(monthOf(QStringLiteral("prev_day"))),
         })
        if (auto s = run(db, sql); !s)
            return s;
    return {};
}

Status RecordStats::addRecord(Database &db, qint64 rowid)
{
    if (auto s = run(db,
                     QStringLiteral("INSERT INTO stat_day(day, key, n) SELECT day, key, n FROM record_counts "
                                    "WHERE rid = ? AND true ON CONFLICT(day, key) DO UPDATE SET n = n + excluded.n"),
                     {rowid});
        !s)
        return s;
    auto dims = db.exec(QStringLiteral("SELECT DISTINCT key, entity, day FROM record_dims WHERE rid = ?"), {rowid});
    if (!dims)
        return dims.error();
    QList<std::array<QString, 3>> rows;
    while (dims->next())
        rows.append({dims->value(0).toString(), dims->value(1).toString(), dims->value(2).toString()});
    for (const auto &[key, entity, day] : rows)
        if (auto s = addCase(db, key, entity, day); !s)
            return s;
    return {};
}

Result<RecordStats::Figures> RecordStats::period(Database &db, const QDate &from, const QDate &to)
{
    Figures f;
    const QString f0 = from.toString(Qt::ISODate), t0 = to.toString(Qt::ISODate);
    auto sums =
        db.exec(QStringLiteral("SELECT key, SUM(n) FROM stat_day WHERE day BETWEEN ? AND ? GROUP BY key"), {f0, t0});
    if (!sums)
        return sums.error();
    while (sums->next())
        f.sums[sums->value(0).toString()] = sums->value(1).toLongLong();
    // Entities whose previous day is in an earlier month than `from`...
    auto early = db.exec(QStringLiteral("SELECT key, SUM(n) FROM stat_case_month WHERE day BETWEEN ? AND ? "
                                        "AND prev_month < ? GROUP BY key"),
                         {f0, t0, monthOf(from)});
    if (!early)
        return early.error();
    while (early->next())
        f.distinct[early->value(0).toString()] += early->value(1).toLongLong();
    // ...and those whose previous day is in from's month, before `from`.
    const QDate monthStart(from.year(), from.month(), 1);
    if (monthStart < from) {
        auto late = db.exec(QStringLiteral("SELECT key, COUNT(*) FROM stat_case WHERE prev_day >= ? AND prev_day < ? "
                                           "AND day BETWEEN ? AND ? GROUP BY key"),
                            {monthStart.toString(Qt::ISODate), f0, f0, t0});
        if (!late)
            return late.error();
        while (late->next())
            f.distinct[late->value(0).toString()] += late->value(1).toLongLong();
    }
    return f;
}

} // namespace tiepdan
