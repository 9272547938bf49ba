#include "receptionrepository.h"

#include "database.h"
#include "matterrepository.h"
#include "officestore.h"
#include "recorddeadlines.h"

#include <QSqlQuery>

namespace tiepdan {

Result<QList<WatchedDeadline>> ReceptionRepository::deadlineWatch(const QDate &today, int withinDays)
{
    if (auto ok = checkWatchWindow(today, withinDays); !ok)
        return ok.error();
    // Every open part of every open matter: its earliest running period
    // (matterlife.h: from the first receipt, the acceptance step, an
    // extension; none once closed or for an anonymous denunciation).
    auto matters = m_store.matters().openMatters(today.addDays(-kWatchLookbackDays));
    if (!matters)
        return matters.error();
    const QDate horizon = today.addDays(withinDays);
    QList<WatchedDeadline> out;
    for (const OpenMatter &m : std::as_const(*matters)) {
        for (const WatchedDeadline &part : watchedParts(m.facts, m_store.deadlines(), today)) {
            if (part.deadline.due > horizon)
                continue;
            WatchedDeadline w = part;
            w.recordId = m.firstRecordId;
            w.bookYear = m.bookYear;
            w.bookNo = m.bookNo;
            out << w;
        }
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
