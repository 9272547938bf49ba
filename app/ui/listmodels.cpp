#include "listmodels.h"

#include "appointmentrepository.h"
#include "officestore.h"

#include <algorithm>

namespace tiepdan {

ServiceListModel::ServiceListModel(const QList<Service> &services, QObject *parent)
    : QAbstractListModel(parent), m_services(services)
{
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Service &s = m_services.at(index.row());
    switch (role) {
    case IdRole: return s.id;
    case PrefixRole: return s.prefix;
    case Qt::DisplayRole:
    case NameViRole: return s.nameVi;
    case NameEnRole: return s.nameEn;
    case KindRole: return toString(s.kind);
    case ConfidentialRole: return s.confidential;
    }
    return {};
}

QHash<int, QByteArray> ServiceListModel::roleNames() const
{
    return {{IdRole, "serviceId"},  {PrefixRole, "prefix"}, {NameViRole, "nameVi"},
            {NameEnRole, "nameEn"}, {KindRole, "kind"},     {ConfidentialRole, "confidential"}};
}

QList<SessionListModel::Row> SessionListModel::rowsFor(OfficeStore &store, const QList<ReceptionSession> &sessions)
{
    QList<Row> rows;
    for (const ReceptionSession &s : sessions) {
        auto taken = store.appointments().taken(s.key());
        rows << Row{s, capacityLeft(s, taken ? *taken : 0)};
    }
    return rows;
}

void SessionListModel::setRows(const QList<Row> &rows)
{
    // The same sessions (the usual case: the welcome screen refreshed after
    // every visitor) keep their delegates; only the places left are updated.
    const bool sameSessions =
        rows.size() == m_rows.size() && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                                   [](const Row &a, const Row &b) { return a.session == b.session; });
    if (sameSessions) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows[i].left == m_rows[i].left)
                continue;
            m_rows[i].left = rows[i].left;
            emit dataChanged(index(int(i)), index(int(i)), {LeftRole});
        }
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const ReceptionSession &s = r.session;
    switch (role) {
    case KeyRole: return s.key();
    case DateRole: return s.date;
    case KindRole: return toString(s.kind);
    case Qt::DisplayRole:
    case NameViRole: return s.slot.nameVi;
    case NameEnRole: return s.slot.nameEn;
    case StartRole: return s.slot.start.toString(QStringLiteral("HH:mm"));
    case EndRole: return s.slot.end.toString(QStringLiteral("HH:mm"));
    case ReceiverViRole: return s.receiverVi;
    case ReceiverEnRole: return s.receiverEn;
    case PlaceRole: return s.place;
    case CapacityRole: return s.slot.capacity;
    case LeftRole: return r.left;
    }
    return {};
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    return {{KeyRole, "sessionKey"},
            {DateRole, "date"},
            {KindRole, "kind"},
            {NameViRole, "nameVi"},
            {NameEnRole, "nameEn"},
            {StartRole, "start"},
            {EndRole, "end"},
            {ReceiverViRole, "receiverVi"},
            {ReceiverEnRole, "receiverEn"},
            {PlaceRole, "place"},
            {CapacityRole, "capacity"},
            {LeftRole, "placesLeft"}};
}

} // namespace tiepdan
