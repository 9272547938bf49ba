#include "deadlinewatchmodel.h"

namespace tiepdan {

namespace {
QString shortDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}
} // namespace

void DeadlineWatchModel::setRows(const QList<WatchedDeadline> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

int DeadlineWatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DeadlineWatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WatchedDeadline &w = m_rows.at(index.row());
    switch (role) {
    case OfficeRole: return w.office;
    case RecordIdRole: return w.recordId;
    case BookRole: return QStringLiteral("%1/%2").arg(w.bookNo).arg(w.bookYear);
    case KindRole: return w.kind;
    case LabelViRole: return w.deadline.labelVi;
    case LabelEnRole: return w.deadline.labelEn;
    case LegalBasisRole: return w.deadline.legalBasis;
    case ReceivedRole: return shortDate(w.deadline.eventDate);
    case DueRole: return shortDate(w.deadline.due);
    case DaysLeftRole: return w.daysLeft;
    case RuleSetRole: return w.ruleSetId;
    }
    return {};
}

QHash<int, QByteArray> DeadlineWatchModel::roleNames() const
{
    return {{OfficeRole, "office"},
            {RecordIdRole, "recordId"},
            {BookRole, "book"},
            {KindRole, "kind"},
            {LabelViRole, "labelVi"},
            {LabelEnRole, "labelEn"},
            {LegalBasisRole, "legalBasis"},
            {ReceivedRole, "received"},
            {DueRole, "due"},
            {DaysLeftRole, "daysLeft"},
            {RuleSetRole, "ruleSet"}};
}

} // namespace tiepdan
