// Appointments (đăng ký trước) for periodic leader reception sessions.
// A booking succeeds only while the session has capacity left; the count
// and the insert run in one IMMEDIATE transaction, so two kiosks cannot
// both take the last place.
#pragma once

#include "calendar.h"
#include "result.h"
#include "ticketrepository.h"

#include <QJsonObject>
#include <QString>

namespace tiepdan {

class OfficeStore;

struct Appointment {
    QString id;
    QString sessionKey;
    QDate sessionDate;
    QString code; // short code shown to the citizen, e.g. "H7K2Q9"
    int groupSize = 1;
    QString state;   // booked, checked_in, cancelled
    QString payload; // signed QR payload (kind A)
    QJsonObject toJson() const;
};

class AppointmentRepository {
public:
    explicit AppointmentRepository(OfficeStore &store) : m_store(store) {}

    // Places taken in a session (booked + checked in).
    Result<int> taken(const QString &sessionKey);
    Result<Appointment> book(const QString &sessionKey, int groupSize, const QString &visitorId, const QString &actor);

    // A scanned appointment code (signed payload, kind A).
    Result<Appointment> findByPayload(const QString &payload);
    // Check-in on the session's day: marks the appointment checked in and
    // issues a ticket of the office's leader-meeting service, in one
    // transaction. Conflict when already used, cancelled or not today.
    Result<IssuedTicket> checkIn(const QString &payload, const QString &actor);

private:
    OfficeStore &m_store;
};

} // namespace tiepdan
