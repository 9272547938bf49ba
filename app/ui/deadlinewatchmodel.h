// The leader's deadline watch (Leader.deadlines): open matters whose
// acceptance or resolution deadline is due within the chosen days or past,
// soonest first as the source gives them. A row holds no identity (the
// watch has none). Roles: office, recordId, book, kind, labelVi, labelEn,
// legalBasis, received (dd/MM/yyyy: the day the period runs from), due
// (dd/MM/yyyy), daysLeft (negative when past), ruleSet.
#pragma once

#include "leadersource.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace tiepdan {

class DeadlineWatchModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the leader controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        OfficeRole = Qt::UserRole + 1,
        RecordIdRole,
        BookRole,
        KindRole,
        LabelViRole,
        LabelEnRole,
        LegalBasisRole,
        ReceivedRole,
        DueRole,
        DaysLeftRole,
        RuleSetRole
    };
    explicit DeadlineWatchModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}
    void setRows(const QList<WatchedDeadline> &rows);
    const QList<WatchedDeadline> &rows() const { return m_rows; }
    int count() const { return int(m_rows.size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<WatchedDeadline> m_rows;
};

} // namespace tiepdan
