// deadlines: the deadline watch (ReceptionRepository::deadlineWatch).
#include "cli.h"

#include "receptionrepository.h"

#include <QJsonArray>

namespace tiepdan::cli {

int cmdDeadlines(Context &c)
{
    if (!c.accept({}, {"within", "today"}, 0))
        return ExitUsage;
    const auto within = c.intOption(QStringLiteral("within"), 7, 0, 3650);
    if (!within)
        return ExitUsage;
    auto storeResult = c.store();
    if (!storeResult)
        return c.fail(storeResult.error());
    OfficeStore *store = *storeResult;
    const auto today = c.dateOption(QStringLiteral("today"), store->now().date());
    if (!today)
        return int(ErrorCode::InvalidInput);
    auto items = store->records().deadlineWatch(*today, *within);
    if (!items)
        return c.fail(items.error());
    QJsonArray list;
    QString text = QStringLiteral("Deadlines due by %1 (today %2): %3\n")
                       .arg(today->addDays(*within).toString(Qt::ISODate), today->toString(Qt::ISODate))
                       .arg(items->size());
    int overdue = 0;
    for (const WatchedDeadline &w : *items) {
        list.append(w.toJson());
        overdue += w.daysLeft < 0;
        const QString when = w.daysLeft < 0    ? QStringLiteral("OVERDUE %1 d").arg(-w.daysLeft)
                             : w.daysLeft == 0 ? QStringLiteral("due today")
                                               : QStringLiteral("in %1 d").arg(w.daysLeft);
        text += QStringLiteral("%1  %2  %3/%4  %5 (%6, rule set %7)\n")
                    .arg(w.deadline.due.toString(Qt::ISODate), when.leftJustified(14))
                    .arg(w.bookYear)
                    .arg(w.bookNo)
                    .arg(w.deadline.labelEn, w.deadline.legalBasis, w.ruleSetId);
    }
    if (items->isEmpty())
        text += QStringLiteral("nothing due\n");
    return c.print({{QStringLiteral("today"), today->toString(Qt::ISODate)},
                    {QStringLiteral("within"), *within},
                    {QStringLiteral("overdue"), overdue},
                    {QStringLiteral("deadlines"), list}},
                   text);
}

} // namespace tiepdan::cli
