// A visit recorded in the reception log book (Sổ tiếp công dân, Form 03 of
// Circular 04/2021/TT-TTCP) plus what the statistics need. Column numbers of
// the official book are noted beside the fields that fill them.
#pragma once

#include "calendar.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tiepdan {

enum class MatterKind { Complaint, Denunciation, Petition, Feedback };
enum class HandlingDirection { Pending, Accept, ReturnGuide, Transfer };
enum class ReceiverRole { Officer, Head, Deputy };
enum class RefusalGround { None, Intoxicated, Disorderly, AlreadySettled };

QString toString(MatterKind v);
QString toString(HandlingDirection v);
QString toString(ReceiverRole v);
QString toString(RefusalGround v);
bool fromString(const QString &s, MatterKind *out);
bool fromString(const QString &s, HandlingDirection *out);
bool fromString(const QString &s, ReceiverRole *out);
bool fromString(const QString &s, RefusalGround *out);

// Who the visitor is. For a denunciation this whole struct is sealed
// (seal.h) and none of it is stored, logged or exported in the clear.
struct Identity {
    QString fullName;
    QString address;
    QString idNumber; // normalised (validation.h)
    QString phone;
    QStringList representatives; // of a group delegation (đoàn đông người)

    bool isEmpty() const;
    QJsonObject toJson() const;
    static Identity fromJson(const QJsonObject &o);
};

struct ReceptionRecord {
    QString id; // permanent UUID, created on the kiosk
    int bookYear = 0;
    int bookNo = 0;                                           // (1) STT, per office and year
    QDateTime receivedAt;                                     // (2)
    Identity identity;                                        // (3) (4), sealed when confidential
    bool confidential = false;                                // identity is sealed (any denunciation)
    bool anonymous = false;                                   // a denunciation with no identity at all
    QString content;                                          // (5)
    QList<MatterKind> kinds;                                  // (6) classification; several per visit
    int peopleCount = 1;                                      // (6) number of people
    QString previousAgency;                                   // (7) agency that already handled it
    HandlingDirection direction = HandlingDirection::Pending; // (8)-(10)
    QString transferAgency;                                   // (10) where it was transferred
    QString followUp;                                         // (11)
    QString notes;                                            // (12)

    ReceiverRole receiverRole = ReceiverRole::Officer;
    QString receiverName; // the official who received (not the visitor)
    ReceptionKind receptionKind = ReceptionKind::Regular;
    QString sessionKey;            // ReceptionSession::key() when known
    QString matterId;              // the matter (vụ việc) this visit belongs to
    bool firstVisit = true;        // false: a repeat visit on the same matter
    bool aboutEnforcement = false; // complaint against an enforcement act
    QString ticketLabel;
    RefusalGround refusal = RefusalGround::None;
    QString refusalNote;
    // A reception by the head or a deputy ends with a conclusion notice
    // (thông báo kết luận) and the date by which it is to be carried out.
    QString conclusion;
    QDate conclusionDue;
    QString recordedBy; // user who recorded it

    bool isGroup(const GroupPolicy &policy) const { return peopleCount >= policy.minPeople; }
    // Deadline rule family ("complaint", "complaint_enforcement", "denunciation", ...)
    QString deadlineKind() const;
};

// Checks and normalises a record as entered (names NFC, ID number, lengths,
// group representatives within the configured limits, denunciation =>
// confidential, transfer needs an agency, refusal consistent with
// direction). `today` bounds dates. Returns the record to store.
Result<ReceptionRecord> validateRecord(ReceptionRecord r, const GroupPolicy &groups, const QDate &today);

// Checks and normalises the identity a visitor gives at the kiosk, where
// every field is optional: each one given is checked on its own (a phone
// number without a name is fine). The first bad field is the error's field
// (name, address, idNumber, phone).
Result<Identity> validateVisitorIdentity(Identity id, const QDate &today);

// Maximum representatives a group of `people` may appoint under `policy`
// (0 when it is not a group or no band covers it).
int maxRepresentatives(int people, const GroupPolicy &policy);

} // namespace tiepdan
