// The desk's recording form (a visit for the reception log book) as the
// officer filled it in: every field as typed or chosen, codes as strings.
// It is what the desk sends the office (OfficeService's "record" call, in
// process or over the LAN) and what its draft keeps on the PC, so the JSON
// keys are defined here once (toJson / fromJson) for both ends.
//
// Contract
// - toJson() writes every field under its member's name (fullName,
//   address, idNumber, phone, representatives, anonymous, content, kinds,
//   peopleCount, previousAgency, direction, transferAgency, followUp,
//   notes, receiverRole, receiverName, receptionKind, refusal, refusalNote,
//   aboutEnforcement, withTicket, sessionKey, conclusion, conclusionDue);
//   that is the wire format of docs/lan-hub.md, unchanged from the builds
//   that sent a QML object of the same keys.
// - fromJson() never fails: a missing key is the field's default, and
//   peopleCount may be a number or a string of one (older desks sent a text
//   field's text); one that is not a whole number reads as 0, which
//   validateRecord refuses (field "peopleCount").
// - toRecord() checks the codes (kinds, direction, receiverRole,
//   receptionKind, refusal) and the follow-up date, naming the field at
//   fault; everything else is validateRecord's job (reception.h).
#pragma once

#include "reception.h"
#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tiepdan {

struct VisitForm {
    QString fullName, address, idNumber, phone;
    QString representatives; // one name a line
    bool anonymous = false;
    QString content;
    QStringList kinds; // complaint, denunciation, petition, feedback
    int peopleCount = 1;
    QString previousAgency;
    QString direction; // pending (empty), accept, return_guide, transfer
    QString transferAgency, followUp, notes;
    QString receiverRole;  // officer (empty), head, deputy
    QString receiverName;  // empty: the signed-in officer, for an officer's reception
    QString receptionKind; // regular (empty), periodic, adhoc
    QString refusal;       // none (empty), intoxicated, disorderly, already_settled
    QString refusalNote;
    bool aboutEnforcement = false;
    bool withTicket = false; // the counter's current ticket
    // The head's or a deputy's reception: its session, conclusion notice and
    // the date to carry it out by (yyyy-MM-dd or dd/MM/yyyy).
    QString sessionKey, conclusion, conclusionDue;

    bool operator==(const VisitForm &) const = default;

    // A denunciation or an anonymous one: its identity is sealed.
    bool confidential() const;
    // The same form without the visitor's identity (fullName, address,
    // idNumber, phone, representatives).
    VisitForm withoutIdentity() const;

    QJsonObject toJson() const;
    static VisitForm fromJson(const QJsonObject &o);
    // The record as entered (receivedAt, recordedBy, sessionKey's checks,
    // the ticket and the receiver's default name are the caller's).
    Result<ReceptionRecord> toRecord() const;
};

} // namespace tiepdan
