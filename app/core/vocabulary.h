// The product's words for the codes of its domain, in one place: kinds of
// matter, handling directions, who received and how, refusal grounds,
// ticket states, priority categories, statistics figures and sections,
// the leaders' reception categories, history actions.
//
// Contract
// - Each table maps a stable code (the name the database, JSON and QML
//   carry: "complaint", "return_guide", "head-periodic", ...) to its
//   Vietnamese source text, marked for translation in the context
//   "Vocabulary" (lupdate reads vocabulary.cpp; English is in i18n/en.tsv).
// - vi() is that source text: the wording of the official documents (the
//   log book of Form 03, Circular 04/2021/TT-TTCP, and the statistics
//   report), used by every export whatever the screen's language.
// - text() is the same word in the application's current language
//   (QCoreApplication::translate with the installed translator), for the
//   screens (app/ui's Words singleton).
// - A code a table does not know (a newer build's) is its own word, so that
//   it shows as itself rather than as nothing.
// - Pure and thread-safe: constant tables, no state.
#pragma once

#include "calendar.h"
#include "queuepolicy.h"
#include "reception.h"

#include <QString>
#include <QStringList>

namespace tiepdan::vocabulary {

enum class Table {
    Kind,           // complaint, denunciation, petition, feedback (MatterKind)
    Direction,      // pending, accept, return_guide, transfer (HandlingDirection)
    Receiver,       // officer, head, deputy (ReceiverRole)
    ReceivedBy,     // officer, head, deputy: "received by ..." in the log book's notes
    ReceptionKind,  // regular, periodic, adhoc (ReceptionKind)
    Refusal,        // none, intoxicated, disorderly, already_settled (RefusalGround)
    TicketState,    // waiting, called, ... (TicketState)
    Priority,       // elderly, disability, pregnancy, merit (office.json's categories)
    Visit,          // first, repeat: a first or a repeat visit on the same matter
    Group,          // yes, no: a group (đoàn đông người) or not
    Figure,         // statistics figures: visits, persons, ..., avgServiceMinutes, leaderSessions, ...
    Section,        // statistics sections: totals, groups, byKind, ..., leaders
    LeaderCategory, // all, head-periodic, head-adhoc, head-regular, deputy
    HistoryAction,  // audit actions in a record's history: record.add, identity.unseal
};

// The name QML uses for a table ("kind", "direction", "receiver",
// "receivedBy", "receptionKind", "refusal", "ticketState", "priority",
// "visit", "group", "figure", "section", "leaderCategory", "historyAction").
QString tableName(Table t);
bool tableFromName(const QString &name, Table *out);

// The table's codes in the order screens and documents list them.
QStringList keys(Table t);
// The Vietnamese source text of `key` (the key itself when unknown).
QString vi(Table t, const QString &key);
// The same in the application's current language.
QString text(Table t, const QString &key);

// Shorthands for the enums the tables mirror.
QString vi(MatterKind k);
QString vi(HandlingDirection d);
QString vi(ReceiverRole r);
QString vi(ReceptionKind k);
QString vi(RefusalGround g);

} // namespace tiepdan::vocabulary
