// Read-only list models the kiosk screens bind to.
#pragma once

#include "calendar.h"
#include "officeconfig.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace tiepdan {

class OfficeStore;

// Services offered at the kiosk, in configuration order.
class ServiceListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the kiosk controller")
public:
    enum Role { IdRole = Qt::UserRole + 1, PrefixRole, NameViRole, NameEnRole, KindRole, ConfidentialRole };
    explicit ServiceListModel(const QList<Service> &services, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Service> m_services;
};

// Reception sessions with the places left in each.
class SessionListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the controllers")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        DateRole,
        KindRole,
        NameViRole,
        NameEnRole,
        StartRole,
        EndRole,
        ReceiverViRole,
        ReceiverEnRole,
        PlaceRole,
        CapacityRole,
        LeftRole
    };
    explicit SessionListModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}
    struct Row {
        ReceptionSession session;
        int left = 0;
    };
    void setRows(const QList<Row> &rows);
    // The sessions with their places left (appointments taken) in `store`.
    static QList<Row> rowsFor(OfficeStore &store, const QList<ReceptionSession> &sessions);
    int count() const { return int(m_rows.size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<Row> m_rows;
};

} // namespace tiepdan
