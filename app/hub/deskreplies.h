// What the office answers a desk's recording calls (OfficeService's
// "record", "lookup" and "ticketVisitor"), as typed values whose JSON keys
// are defined here once, for the service that writes them and the desk
// that reads them (in process or over the LAN, docs/lan-hub.md).
//
// Contract
// - toJson() / fromJson() are each other's inverse; fromJson() never fails
//   (a missing key is the field's default), so a desk and a hub of builds a
//   key apart still understand each other.
// - SavedRecord never holds a sealed identity: of() leaves the name empty
//   for a sealed or confidential record (the screen shows it masked).
#pragma once

#include "deadlines.h"
#include "receptionrepository.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tiepdan {

// One of a matter's legal deadlines, as the screens show it.
struct RecordDeadline {
    QString labelVi, labelEn, legalBasis;
    QString due;      // dd/MM/yyyy
    int daysLeft = 0; // from the day it was read; negative when past

    static RecordDeadline of(const Deadline &d, const QDate &today);
    QJsonObject toJson() const;
    static RecordDeadline fromJson(const QJsonObject &o);
};

// The visit just recorded: its book number and what the officer checks.
struct SavedRecord {
    QString id;
    QString book; // "12/2026"
    QString date; // dd/MM/yyyy HH:mm
    bool sealed = false, anonymous = false;
    QString name; // empty when sealed
    bool repeat = false;
    QString direction; // HandlingDirection's code
    QString ticket;
    // A head's or deputy's reception with a conclusion notice to print.
    bool hasConclusion = false;
    QList<RecordDeadline> deadlines;

    static SavedRecord of(const StoredRecord &s);
    QJsonObject toJson() const;
    static SavedRecord fromJson(const QJsonObject &o);
};

// A visitor the office knows: the identity the ticket's visitor gave at the
// kiosk (ticketVisitor), or the newest clear record with an ID number and
// the earlier visits (lookup, which never reveals a denunciation).
struct KnownVisitor {
    bool found = false;
    bool sealed = false; // opened for this recording (audited)
    QString fullName, address, idNumber, phone;
    int visits = 0;
    QString lastVisit;   // dd/MM/yyyy
    bool repeat = false; // an open matter of the kind asked: a repeat visit

    QJsonObject toJson() const;
    static KnownVisitor fromJson(const QJsonObject &o);
};

} // namespace tiepdan
