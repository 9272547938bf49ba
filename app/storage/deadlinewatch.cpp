#include "receptionrepository.h"

#include "database.h"
#include "officestore.h"
#include "recorddeadlines.h"

#include <QSqlQuery>

namespace tiepdan {

Result<QList<WatchedDeadline>> ReceptionRepository::deadlineWatch(const QDate &today, int withinDays)
{
    if (auto ok = checkWatchWindow(today, withinDays); !ok)
        return ok.error();
    auto q = m_store.db().exec(
        QStringLiteral("SELECT m.id, m.kind, m.about_enforcement, m.opened_on, m.accepted_on, m.direction, "
                       "r.id, r.book_year, r.book_no FROM matters m "
                       "JOIN reception_records r ON r.rowid = (SELECT rowid FROM reception_records "
                       "  WHERE matter_id = m.id ORDER BY search_key LIMIT 1) "
                       "WHERE m.status = 'open' AND m.direction IN ('pending', 'accept') AND m.opened_on >= ? "
                       "AND NOT EXISTS (SELECT 1 FROM matter_results x WHERE x.matter_id = m.id "
                       "  AND x.result IN ('resolved', 'withdrawn', 'returned', 'transferred'))"),
        {today.addDays(-kWatchLookbackDays).toString(Qt::ISODate)});
    if (!q)
        return q.error();
    const QDate horizon = today.addDays(withinDays);
    QList<WatchedDeadline> out;
    while (q->next()) {
        MatterKind kind;
        if (!fromString(q->value(1).toString(), &kind))
            continue;
        const bool accepted = q->value(5).toString() == QLatin1String("accept");
        auto w = watchedDeadline(m_store.deadlines(), kind, q->value(2).toBool(),
                                 QDate::fromString(q->value(3).toString(), Qt::ISODate),
                                 accepted ? QDate::fromString(q->value(4).toString(), Qt::ISODate) : QDate(), today);
        if (!w || w->deadline.due > horizon)
            continue;
        w->matterId = q->value(0).toString();
        w->recordId = q->value(6).toString();
        w->bookYear = q->value(7).toInt();
        w->bookNo = q->value(8).toInt();
        out << *w;
    }
    // Conclusion notices of the head's or a deputy's receptions, until the
    // matter is closed or the department reports a final result.
    auto notices = m_store.db().exec(
        QStringLiteral(
            "SELECT r.matter_id, r.id, r.book_year, r.book_no, r.received_at, r.receiver_name, r.conclusion_due "
            "FROM reception_records r JOIN matters m ON m.id = r.matter_id "
            "WHERE r.conclusion_due IS NOT NULL AND r.conclusion_due <= ? AND r.received_date >= ? "
            "AND m.status = 'open' AND NOT EXISTS (SELECT 1 FROM matter_results x WHERE x.matter_id = m.id "
            "  AND x.result IN ('resolved', 'withdrawn', 'returned', 'transferred'))"),
        {horizon.toString(Qt::ISODate), today.addDays(-kWatchLookbackDays).toString(Qt::ISODate)});
    if (!notices)
        return notices.error();
    while (notices->next()) {
        ReceptionRecord r;
        r.matterId = notices->value(0).toString();
        r.id = notices->value(1).toString();
        r.bookYear = notices->value(2).toInt();
        r.bookNo = notices->value(3).toInt();
        r.receivedAt = QDateTime::fromString(notices->value(4).toString(), Qt::ISODate).toLocalTime();
        r.receiverName = notices->value(5).toString();
        r.conclusionDue = QDate::fromString(notices->value(6).toString(), Qt::ISODate);
        out << conclusionWatch(r, today);
    }
    sortWatch(out);
    return out;
}

} // namespace tiepdan
