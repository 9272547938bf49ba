// ServerStore's read side: the leaders' record list and statistics, over
// record_latest (the newest version of each record).
#include "serverstore.h"

#include "validation.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace tiepdan {

namespace {
struct Where {
    QStringList clauses{QStringLiteral("1 = 1")};
    QVariantList binds;
    void add(const QString &clause, const QVariantList &values)
    {
        clauses << clause;
        binds << values;
    }
    QString sql() const { return clauses.join(QStringLiteral(" AND ")); }
};

// LIKE pattern for a folded word; \ escapes LIKE's own wildcards in input.
QString likeWord(QString w)
{
    w.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return QStringLiteral("%") + w + QStringLiteral("%");
}

QString kindClause()
{
    return QStringLiteral("(',' || kinds || ',') LIKE ?");
}

void period(Where &w, const QString &office, const QDate &from, const QDate &to)
{
    if (!office.isEmpty())
        w.add(QStringLiteral("office = ?"), {office});
    if (from.isValid())
        w.add(QStringLiteral("received_date >= ?"), {from.toString(Qt::ISODate)});
    if (to.isValid())
        w.add(QStringLiteral("received_date <= ?"), {to.toString(Qt::ISODate)});
}
} // namespace

Result<RecordPage> ServerStore::records(const RecordFilter &f)
{
    Where w;
    period(w, f.office, f.from, f.to);
    if (!f.recordKind.isEmpty())
        w.add(QStringLiteral("kind = ?"), {f.recordKind});
    if (!f.matterKind.isEmpty())
        w.add(kindClause(), {QStringLiteral("%,%1,%").arg(f.matterKind)});
    if (!f.direction.isEmpty())
        w.add(QStringLiteral("direction = ?"), {f.direction});
    if (!f.receiverRole.isEmpty())
        w.add(QStringLiteral("receiver_role = ?"), {f.receiverRole});
    if (f.group)
        w.add(*f.group ? QStringLiteral("people_count >= 5") : QStringLiteral("people_count < 5"), {});
    if (f.firstVisit)
        w.add(QStringLiteral("first_visit = ?"), {int(*f.firstVisit)});
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = foldForSearch(f.text).split(nonWord, Qt::SkipEmptyParts);
    for (const QString &word : words.mid(0, 10))
        w.add(QStringLiteral("search_text LIKE ? ESCAPE '\\'"), {likeWord(word)});

    RecordPage page;
    auto total = scalar(QStringLiteral("SELECT COUNT(*) FROM record_latest WHERE %1").arg(w.sql()), w.binds);
    if (!total)
        return total.error();
    page.total = total->toLongLong();
    QVariantList binds = w.binds;
    binds << f.pageSize << qint64(f.page - 1) * f.pageSize;
    auto q = exec(QStringLiteral("SELECT record_id, version, office, kind, received_date, content FROM record_latest "
                                 "WHERE %1 ORDER BY received_date DESC, record_id LIMIT ? OFFSET ?")
                      .arg(w.sql()),
                  binds);
    if (!q)
        return q.error();
    while (q->next()) {
        // The payload goes back as it was stored: a sealed identity stays the
        // same base64 ciphertext string the kiosk sent.
        page.records.append(QJsonObject{
            {QStringLiteral("id"), q->value(0).toString()},
            {QStringLiteral("version"), q->value(1).toInt()},
            {QStringLiteral("office"), q->value(2).toString()},
            {QStringLiteral("kind"), q->value(3).toString()},
            {QStringLiteral("receivedDate"), q->value(4).isNull() ? QJsonValue() : QJsonValue(q->value(4).toString())},
            {QStringLiteral("payload"), QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object()}});
    }
    return page;
}

Result<QJsonObject> ServerStore::stats(const QString &office, const QDate &from, const QDate &to)
{
    Where w;
    w.add(QStringLiteral("kind = 'record'"), {});
    period(w, office, from, to);
    // One case per matter (domain.md): distinct matter ids, a record without
    // one being its own case.
    const QString caseExpr = QStringLiteral("COUNT(DISTINCT COALESCE(matter_id, record_id))");
    auto totals = [&](const QString &extra, const QVariantList &extraBinds) -> Result<QJsonObject> {
        QVariantList binds = w.binds;
        binds << extraBinds;
        auto q =
            exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(people_count), 0), %1, "
                                "COALESCE(SUM(first_visit), 0), COALESCE(SUM(refused), 0), "
                                "COUNT(DISTINCT COALESCE(session_key, received_date)) FROM record_latest WHERE %2 %3")
                     .arg(caseExpr, w.sql(), extra),
                 binds);
        if (!q)
            return q.error();
        q->next();
        const qint64 visits = q->value(0).toLongLong();
        return QJsonObject{{QStringLiteral("visits"), visits},
                           {QStringLiteral("persons"), q->value(1).toLongLong()},
                           {QStringLiteral("cases"), q->value(2).toLongLong()},
                           {QStringLiteral("firstVisits"), q->value(3).toLongLong()},
                           {QStringLiteral("repeatVisits"), visits - q->value(3).toLongLong()},
                           {QStringLiteral("refused"), q->value(4).toLongLong()},
                           {QStringLiteral("sessions"), q->value(5).toLongLong()}};
    };
    auto all = totals({}, {});
    if (!all)
        return all.error();
    QJsonObject out = *all;
    out.remove(QStringLiteral("sessions"));
    out.insert(QStringLiteral("office"), office.isEmpty() ? QStringLiteral("*") : office);
    out.insert(QStringLiteral("from"), from.isValid() ? QJsonValue(from.toString(Qt::ISODate)) : QJsonValue());
    out.insert(QStringLiteral("to"), to.isValid() ? QJsonValue(to.toString(Qt::ISODate)) : QJsonValue());

    // Group delegations: 5 or more people with one matter (Decree 124/2020, Art. 6).
    auto groups = totals(QStringLiteral("AND people_count >= 5"), {});
    if (!groups)
        return groups.error();
    out.insert(QStringLiteral("groups"),
               QJsonObject{{QStringLiteral("groups"), groups->value(QStringLiteral("visits"))},
                           {QStringLiteral("persons"), groups->value(QStringLiteral("persons"))},
                           {QStringLiteral("cases"), groups->value(QStringLiteral("cases"))}});
    // Received by the head / a deputy, per kind of reception: sessions (kỳ), visits, persons,
    // cases.
    QJsonObject leaders;
    for (const char *role : {"head", "deputy"}) {
        QJsonObject byKind;
        for (const char *rk : {"periodic", "adhoc", "regular"}) {
            auto t = totals(QStringLiteral("AND receiver_role = ? AND reception_kind = ?"),
                            {QString::fromLatin1(role), QString::fromLatin1(rk)});
            if (!t)
                return t.error();
            byKind.insert(QLatin1String(rk),
                          QJsonObject{{QStringLiteral("sessions"), t->value(QStringLiteral("sessions"))},
                                      {QStringLiteral("visits"), t->value(QStringLiteral("visits"))},
                                      {QStringLiteral("persons"), t->value(QStringLiteral("persons"))},
                                      {QStringLiteral("cases"), t->value(QStringLiteral("cases"))}});
        }
        leaders.insert(QLatin1String(role), byKind);
    }
    out.insert(QStringLiteral("receivedByLeaders"), leaders);
    // Head and deputies together, and each deputy's receptions of every
    // kind together: a case seen by both counts once.
    for (const auto &[key, clause] : {std::pair{"leadersAll", "AND receiver_role IN ('head', 'deputy')"},
                                      std::pair{"deputyAll", "AND receiver_role = 'deputy'"}}) {
        auto t = totals(QLatin1String(clause), {});
        if (!t)
            return t.error();
        out.insert(QLatin1String(key), QJsonObject{{QStringLiteral("sessions"), t->value(QStringLiteral("sessions"))},
                                                   {QStringLiteral("visits"), t->value(QStringLiteral("visits"))},
                                                   {QStringLiteral("persons"), t->value(QStringLiteral("persons"))},
                                                   {QStringLiteral("cases"), t->value(QStringLiteral("cases"))}});
    }
    // Cases by kind: a visit that mixes kinds counts under each of its kinds.
    QJsonObject byKind;
    for (const char *k : {"complaint", "denunciation", "petition", "feedback"}) {
        auto t = totals(QStringLiteral("AND ") + kindClause(), {QStringLiteral("%,%1,%").arg(QLatin1String(k))});
        if (!t)
            return t.error();
        byKind.insert(QLatin1String(k), t->value(QStringLiteral("cases")));
    }
    out.insert(QStringLiteral("casesByKind"), byKind);
    auto grouped = [&](const char *column) -> Result<QJsonObject> {
        auto q = exec(QStringLiteral("SELECT %1, COUNT(*) FROM record_latest WHERE %2 GROUP BY %1 ORDER BY %1")
                          .arg(QLatin1String(column), w.sql()),
                      w.binds);
        if (!q)
            return q.error();
        QJsonObject o;
        while (q->next())
            o.insert(q->value(0).toString(), q->value(1).toLongLong());
        return o;
    };
    for (const auto &[column, key] :
         {std::pair{"direction", "visitsByDirection"}, std::pair{"receiver_role", "visitsByReceiver"},
          std::pair{"reception_kind", "visitsByReceptionKind"}}) {
        auto g = grouped(column);
        if (!g)
            return g.error();
        out.insert(QLatin1String(key), *g);
    }
    return out;
}

Result<QStringList> ServerStore::offices()
{
    auto q = exec(QStringLiteral("SELECT DISTINCT office FROM record_latest ORDER BY office"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace tiepdan
