#include "recorddeadlines.h"

#include <algorithm>
#include <tuple>

namespace tiepdan {

QJsonObject WatchedDeadline::toJson() const
{
    QJsonObject o{{QStringLiteral("matterId"), matterId},
                  {QStringLiteral("recordId"), recordId},
                  {QStringLiteral("bookYear"), bookYear},
                  {QStringLiteral("bookNo"), bookNo},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("rule"), deadline.ruleId},
                  {QStringLiteral("labelVi"), deadline.labelVi},
                  {QStringLiteral("labelEn"), deadline.labelEn},
                  {QStringLiteral("legalBasis"), deadline.legalBasis},
                  {QStringLiteral("eventDate"), deadline.eventDate.toString(Qt::ISODate)},
                  {QStringLiteral("due"), deadline.due.toString(Qt::ISODate)},
                  {QStringLiteral("daysLeft"), daysLeft},
                  {QStringLiteral("ruleSet"), ruleSetId}};
    if (!office.isEmpty())
        o.insert(QStringLiteral("office"), office);
    return o;
}

Deadline conclusionDeadline(const ReceptionRecord &r)
{
    return Deadline{QStringLiteral("conclusion.followUp"),
                    QStringLiteral("Thực hiện thông báo kết luận tiếp công dân"),
                    QStringLiteral("Carry out the reception's conclusion notice"),
                    QStringLiteral("Thông báo kết luận của %1")
                        .arg(r.receiverName.isEmpty() ? QStringLiteral("lãnh đạo") : r.receiverName),
                    r.receivedAt.date(),
                    r.conclusionDue,
                    QString()}; // no enforcement measure
}

QList<Deadline> recordDeadlines(const ReceptionRecord &r, const DeadlineCalculator &calc)
{
    const QDate received = r.receivedAt.date();
    const QString family = r.deadlineKind();
    QList<Deadline> out = calc.computeAll(family, QStringLiteral("receipt"), received, received);
    if (r.direction == HandlingDirection::Accept)
        out += calc.computeAll(family, QStringLiteral("acceptance"), received, received);
    if (r.conclusionDue.isValid())
        out << conclusionDeadline(r);
    return out;
}

QList<WatchedDeadline> watchedParts(const MatterFacts &m, const DeadlineCalculator &calc, const QDate &today)
{
    const QList<MatterDeadline> all = matterDeadlines(m, calc);
    const DeadlineRuleSet *set = calc.ruleSetFor(m.firstReceipt);
    QList<WatchedDeadline> out;
    for (MatterKind part : m.parts) {
        const MatterDeadline *earliest = nullptr;
        for (const MatterDeadline &d : all)
            if (d.part == part && !d.informational && d.deadline.due.isValid() &&
                (!earliest || d.deadline.due < earliest->deadline.due))
                earliest = &d;
        if (!earliest)
            continue;
        WatchedDeadline w;
        w.matterId = m.id;
        w.kind = earliest->family;
        w.deadline = earliest->deadline;
        w.daysLeft = int(today.daysTo(earliest->deadline.due));
        if (set)
            w.ruleSetId = set->id;
        out << w;
    }
    return out;
}

WatchedDeadline conclusionWatch(const ReceptionRecord &r, const QDate &today)
{
    WatchedDeadline w;
    w.matterId = r.matterId;
    w.recordId = r.id;
    w.bookYear = r.bookYear;
    w.bookNo = r.bookNo;
    w.kind = QStringLiteral("conclusion");
    w.deadline = conclusionDeadline(r);
    w.daysLeft = int(today.daysTo(r.conclusionDue));
    return w;
}

Status checkWatchWindow(const QDate &today, int withinDays)
{
    if (!today.isValid() || withinDays < 0)
        return Error::invalid(QStringLiteral("within"),
                              QStringLiteral("give a day and a number of days ahead (0 or more)"));
    return {};
}

void sortWatch(QList<WatchedDeadline> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const WatchedDeadline &a, const WatchedDeadline &b) {
        return a.deadline.due != b.deadline.due
                   ? a.deadline.due < b.deadline.due
                   : std::tie(a.office, a.bookYear, a.bookNo) < std::tie(b.office, b.bookYear, b.bookNo);
    });
}

} // namespace tiepdan
