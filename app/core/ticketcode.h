// The signed payload printed as a QR code on tickets and appointment slips.
//
//   TD1.<kind>.<office>.<yyyymmdd>.<label>.<rid>.<sig>
//
// kind   T = queue ticket, A = appointment for a periodic reception day
// office the office code ([A-Z0-9-]{2,16})
// label  ticket label (prefix + number, "A015") or appointment code
// rid    5 random bytes, base32: makes each payload unique and unguessable
// sig    HMAC-SHA256 over everything before ".<sig>", first 16 bytes, base32
//
// Only upper-case letters, digits, '.' and '-' appear, so the QR uses the
// compact alphanumeric mode. No personal data is ever in the payload.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace tiepdan {

struct TicketPayload {
    enum class Kind { Ticket, Appointment };
    Kind kind = Kind::Ticket;
    QString officeCode;
    QDate date;
    QString label;
    QString randomId; // base32 of 5 bytes; empty: sign() creates one

    bool operator==(const TicketPayload &) const = default;
};

class TicketSigner {
public:
    // officeKey: the office master key (keys.h); a sub-key is derived from it.
    explicit TicketSigner(const QByteArray &officeKey);

    // Errors: InvalidInput when a field cannot be encoded (bad office code,
    // label, or date).
    Result<QString> sign(TicketPayload payload) const;

    // Errors: InvalidInput for anything that is not a well-formed payload,
    // Forged when the signature does not match (edited or made up).
    Result<TicketPayload> verify(const QString &text) const;

private:
    QByteArray mac(const QByteArray &body) const;
    QByteArray m_key;
};

} // namespace tiepdan
