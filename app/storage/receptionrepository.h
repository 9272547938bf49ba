// The reception log book: recording visits, listing and searching them,
// and opening sealed identities.
//
// Confidentiality contract: when a record is confidential its Identity is
// sealed (seal.h, associated data = the record id) and the clear columns
// stay NULL; the search index, audit details, outbox payloads and list
// output never contain it. Only unseal() returns it, and unseal() writes an
// audit entry (who, why) in the same transaction before returning.
#pragma once

#include "deadlines.h"
#include "reception.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tiepdan {

class Database;
class OfficeStore;
class Session;

struct RecordFilter {
    QDate from{}, to{}; // inclusive; invalid = open
    QString text{};     // words, with or without diacritics (see ftsQuery)
    std::optional<MatterKind> kind{};
    std::optional<HandlingDirection> direction{};
    std::optional<ReceiverRole> receiverRole{};
    QString receiverName{};           // who received, exact (NFC)
    std::optional<bool> group{};      // group delegation or not
    std::optional<bool> firstVisit{}; // first or repeat visit
    qint64 beforeKey = 0;             // > 0: only rows whose searchKey is below it (keyset paging)
    int limit = 100;
    int offset = 0;
};

struct StoredRecord {
    ReceptionRecord record; // identity is empty when confidential (sealed)
    bool sealed = false;
    qint64 searchKey = 0;      // the list's order (searchKey()); continue a list below it
    QList<Deadline> deadlines; // for accepted matters, from the rule set in force
};

// Receptions by the head or a deputy (domain.md, statistics): sessions
// (distinct reception sessions, or days when no session is recorded),
// visits, persons and cases.
struct LeaderFigures {
    int sessions = 0, visits = 0, persons = 0, cases = 0;
    QJsonObject toJson() const;
};

// The queue over a period (tickets of its days): waiting = issue to first
// call, service = start to finish, averaged over the tickets that have them.
struct QueueFigures {
    int tickets = 0, served = 0, noShows = 0;
    int avgWaitSeconds = 0, avgServiceSeconds = 0;
};

struct ReceptionReport {
    QDate from, to;
    int visits = 0, persons = 0, cases = 0;
    int groups = 0, groupPersons = 0, groupCases = 0;
    int firstVisits = 0, repeatVisits = 0, refused = 0;
    QMap<QString, int> byKind;      // matters by kind, counted once per case
    QMap<QString, int> byDirection; // visits by handling direction
    QMap<QString, int> byReceiver;  // visits by receiver role
    QMap<QString, int> byReceptionKind;
    // "all" (head and deputies), "head-periodic", "head-adhoc",
    // "head-regular", "deputy".
    QMap<QString, LeaderFigures> leaders;
    // Matters the department reported resolved (a matter result "resolved"
    // dated in the period), by the matter's kind: beside byKind, what was
    // received and what was resolved.
    QMap<QString, int> resolvedByKind;
    QueueFigures queue;
    QJsonObject toJson() const;
};

// One deadline of an open matter, for the deadline watch (leaders' start
// screen, `receptionctl deadlines`). Carries no identity.
struct WatchedDeadline {
    QString office; // filled by the department server's view; empty locally
    QString matterId;
    QString recordId; // the visit that opened the matter
    int bookYear = 0, bookNo = 0;
    QString kind;      // deadline family: complaint, complaint_enforcement, denunciation
    Deadline deadline; // rule, labels, legal basis, event date, due date
    int daysLeft = 0;  // today.daysTo(due): negative = overdue
    QString ruleSetId; // the rule set in force on the day received
    QJsonObject toJson() const;
};

// What the desk shows when an officer types an ID number (repeat-visit
// lookup). Only clear (non-confidential) records give an identity or count:
// a denunciation by this person is never revealed this way.
struct PreviousVisits {
    Identity identity; // from the newest clear record with this ID number; empty if none
    int visits = 0;    // clear records with this ID number
    QDate lastVisit;
    bool openMatter = false; // an open matter of the kind asked: the visit will be a repeat
};

class ReceptionRepository {
public:
    explicit ReceptionRepository(OfficeStore &store) : m_store(store) {}

    // Validates, seals when needed, links to a matter (explicit matterId, or
    // an open matter of the same kind for the same ID number = repeat visit),
    // numbers it in the year's book, indexes it, audits it and queues it for
    // sync, in one transaction.
    Result<StoredRecord> add(ReceptionRecord record, const QString &actor);

    Result<StoredRecord> get(const QString &id);
    // The repeat-visit lookup for a typed ID number (normalised and checked:
    // ErrorCode::InvalidInput with field "idNumber" when it is not one).
    Result<PreviousVisits> previousVisits(const QString &idNumber, MatterKind kind);
    // The newest record made for ticket `label` on `date` (NotFound if none).
    Result<StoredRecord> findByTicket(const QString &label, const QDate &date);
    Result<QList<StoredRecord>> list(const RecordFilter &filter);
    Result<ReceptionReport> report(const QDate &from, const QDate &to);

    // The deadline watch: for each open matter received in the last
    // kWatchLookbackDays, the deadline it is waiting for, from the rule set
    // in force on the day it was received: acceptance (rules counted from
    // receipt) while the handling direction is pending, resolution (rules
    // counted from acceptance) once accepted. Where a family has variants
    // (complex case, remote area) the earliest due date is watched. Matters
    // returned or transferred at reception, closed, or with a final result
    // from the department server (resolved, withdrawn, returned,
    // transferred) are not watched. Items due on or before today +
    // withinDays, overdue included, soonest first.
    static constexpr int kWatchLookbackDays = 400;
    Result<QList<WatchedDeadline>> deadlineWatch(const QDate &today, int withinDays);
    // The one deadline the watch shows for a matter (see deadlineWatch), or
    // nullopt when its kind has none. `acceptedOn` invalid = not accepted.
    // Shared with the department server's view (app/leader/remotesource).
    static std::optional<WatchedDeadline> watchedDeadline(const DeadlineCalculator &calc, MatterKind kind,
                                                          bool aboutEnforcement, const QDate &receivedOn,
                                                          const QDate &acceptedOn, const QDate &today);
    // A record's deadlines: from receipt, from acceptance when accepted, and
    // its conclusion notice's follow-up date when it has one.
    static QList<Deadline> deadlinesFor(const ReceptionRecord &r, const DeadlineCalculator &calc);
    // The follow-up deadline a conclusion notice sets (rule "conclusion.followUp").
    static Deadline conclusionDeadline(const ReceptionRecord &r);

    // Opens a sealed identity for a signed-in user whose role may
    // (Permission::OpenSealed: leaders); audited as "identity.unseal" with
    // the reason. Anyone else gets ErrorCode::Denied and nothing is opened.
    Result<Identity> unseal(const QString &recordId, const Session &by, const QString &reason);
    // The reason an opening needs (normalised, at least 5 characters).
    static Result<QString> unsealReason(const QString &reason);

    // The folded text the search index holds for one record.
    static QString searchText(const ReceptionRecord &r);
    // The FTS5 query for what a user typed: folded words, whole words
    // unless the user ends one with '*' or it is a run of 6+ digits (the
    // start of an ID number); every word must match.
    static QString ftsQuery(const QString &text);
    // reception_records.search_key and the record_fts rowid:
    // (Julian day of the received date << 32) | rowid.
    static qint64 searchKey(const QDate &receivedDate, qint64 rowid);
    // Rebuilds record_fts from reception_records (used by migration v3).
    static Status rebuildSearchIndex(Database &db);

private:
    Result<QList<StoredRecord>> select(const QString &where, const QVariantList &binds,
                                       const QString &from = QStringLiteral("reception_records"));
    OfficeStore &m_store;
};

} // namespace tiepdan
