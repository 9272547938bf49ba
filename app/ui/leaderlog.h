// The leader view's log book list (LeaderController::log): reception
// records as the screen lists them, fetched page by page from a
// LeaderSource. Sealed identities are never in a row (the source never
// gives them).
#pragma once

#include "leadersource.h"
#include "officeconfig.h"
#include "result.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace tiepdan {

// The log book list: newest first, pages of kPageSize fetched as the view
// scrolls (canFetchMore / fetchMore), keyset-paged by the source's cursor.
class LogListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the leader controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool complete READ complete NOTIFY countChanged)
public:
    static constexpr int kPageSize = 50;
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        BookRole,
        DateRole,
        NameRole,
        IdNumberRole,
        AddressRole,
        ContentRole,
        KindsRole,
        PeopleRole,
        GroupRole,
        RepeatRole,
        DirectionRole,
        TransferAgencyRole,
        ReceiverRole,
        ReceiverNameRole,
        ReceptionKindRole,
        SealedRole,
        AnonymousRole,
        OfficeRole,
        RefusedRole
    };
    // `fetch` returns a page for (cursor, limit); `allowed` is checked first.
    using Fetch = std::function<Result<LogPage>(const QString &after, int limit)>;
    explicit LogListModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}
    // Replaces the list and loads its first page.
    void reset(Fetch fetch, std::function<bool()> allowed);
    void clear();
    void setGroupPolicy(const GroupPolicy &p) { m_groups = p; }
    int count() const { return int(m_rows.size()); }
    int rowOf(const QString &recordId) const; // -1: not listed
    StoredRecord recordAt(int row) const { return m_rows.value(row); }
    QString officeAt(int row) const { return m_offices.value(row); }
    bool complete() const { return !m_more; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void countChanged();
    void failed(const tiepdan::Error &error);

private:
    bool load(QList<StoredRecord> *rows, QList<QString> *offices);
    Fetch m_fetch;
    std::function<bool()> m_allowed;
    QList<StoredRecord> m_rows;
    QList<QString> m_offices;
    QString m_cursor;
    bool m_more = false;
    GroupPolicy m_groups;
};

} // namespace tiepdan
