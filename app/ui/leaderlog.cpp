#include "leaderlog.h"

namespace tiepdan {

void LogListModel::reset(Fetch fetch, std::function<bool()> allowed)
{
    beginResetModel();
    m_fetch = std::move(fetch);
    m_allowed = std::move(allowed);
    m_rows.clear();
    m_offices.clear();
    m_cursor.clear();
    m_more = true;
    load(&m_rows, &m_offices);
    endResetModel();
    emit countChanged();
}

void LogListModel::clear()
{
    beginResetModel();
    m_fetch = {};
    m_rows.clear();
    m_offices.clear();
    m_cursor.clear();
    m_more = false;
    endResetModel();
    emit countChanged();
}

bool LogListModel::load(QList<StoredRecord> *rows, QList<QString> *offices)
{
    if (!m_fetch || !m_more || (m_allowed && !m_allowed())) {
        m_more = false;
        return false;
    }
    auto page = m_fetch(m_cursor, kPageSize);
    if (!page) {
        m_more = false;
        emit failed(page.error());
        return false;
    }
    for (int i = 0; i < page->rows.size(); ++i) {
        rows->append(page->rows[i]);
        offices->append(page->offices.value(i));
    }
    m_cursor = page->cursor;
    m_more = !m_cursor.isEmpty();
    return true;
}

int LogListModel::rowOf(const QString &recordId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].record.id == recordId)
            return i;
    return -1;
}

bool LogListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void LogListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    QList<StoredRecord> rows;
    QList<QString> offices;
    if (!load(&rows, &offices) || rows.isEmpty()) {
        emit countChanged();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    m_offices += offices;
    endInsertRows();
    emit countChanged();
}

int LogListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LogListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StoredRecord &s = m_rows[index.row()];
    const ReceptionRecord &r = s.record;
    switch (role) {
    case RecordIdRole: return r.id;
    case BookRole: return QStringLiteral("%1/%2").arg(r.bookNo).arg(r.bookYear);
    case DateRole: return r.receivedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case NameRole: return r.identity.fullName; // empty when sealed
    case IdNumberRole: return r.identity.idNumber;
    case AddressRole: return r.identity.address;
    case ContentRole: return r.content.left(300).replace(u'\n', u' ');
    case KindsRole: {
        QStringList k;
        for (MatterKind m : r.kinds)
            k << toString(m);
        return k;
    }
    case PeopleRole: return r.peopleCount;
    case GroupRole: return r.isGroup(m_groups);
    case RepeatRole: return !r.firstVisit;
    case DirectionRole: return toString(r.direction);
    case TransferAgencyRole: return r.transferAgency;
    case ReceiverRole: return toString(r.receiverRole);
    case ReceiverNameRole: return r.receiverName;
    case ReceptionKindRole: return toString(r.receptionKind);
    case SealedRole: return s.sealed || r.confidential;
    case AnonymousRole: return r.anonymous;
    case OfficeRole: return m_offices.value(index.row());
    case RefusedRole: return r.refusal != RefusalGround::None;
    }
    return {};
}

QHash<int, QByteArray> LogListModel::roleNames() const
{
    return {{RecordIdRole, "recordId"},
            {BookRole, "book"},
            {DateRole, "date"},
            {NameRole, "name"},
            {IdNumberRole, "idNumber"},
            {AddressRole, "address"},
            {ContentRole, "content"},
            {KindsRole, "kinds"},
            {PeopleRole, "people"},
            {GroupRole, "group"},
            {RepeatRole, "repeat"},
            {DirectionRole, "direction"},
            {TransferAgencyRole, "transferAgency"},
            {ReceiverRole, "receiver"},
            {ReceiverNameRole, "receiverName"},
            {ReceptionKindRole, "receptionKind"},
            {SealedRole, "sealed"},
            {AnonymousRole, "anonymous"},
            {OfficeRole, "office"},
            {RefusedRole, "refused"}};
}

} // namespace tiepdan
