// The reception log book: recording visits, listing and searching them,
// the period report, the deadline watch, and opening sealed identities.
//
// Confidentiality contract: when a record is confidential its Identity is
// sealed (seal.h, associated data = the record id) and the clear columns
// stay NULL; the search index, audit details, outbox payloads and list
// output never contain it. Only unseal() returns it, and unseal() writes an
// audit entry (who, why) in the same transaction before returning.
//
// One class, so that its callers (OfficeStore::records()) stay one handle,
// with its member functions defined along the seams of the book:
//   receptionrepository.cpp  adding and reading records, unsealing
//   recordsearch.cpp         the log list: full-text search, filters, keyset paging
//   receptionreport.cpp      the period report from the kept statistics (recordstats.h)
//   deadlinewatch.cpp        the deadline watch's query over open matters
// The deadline rules themselves (which deadlines a record or a matter has)
// are domain logic in app/core/recorddeadlines.h.
#pragma once

#include "deadlines.h"
#include "reception.h"
#include "receptionreport.h"
#include "recorddeadlines.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

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
    // The log list, newest first (received date, then order of entry).
    Result<QList<StoredRecord>> list(const RecordFilter &filter);
    // The leaders' report for from..to (inclusive); ErrorCode::InvalidInput
    // (field "period") unless both dates are valid and from <= to.
    Result<ReceptionReport> report(const QDate &from, const QDate &to);

    // The deadline watch: for each open part of each open matter received
    // in the last kWatchLookbackDays, the earliest period it is waiting for
    // (watchedParts() in recorddeadlines.h over the matter's facts and
    // steps, MatterRepository: acceptance from the first receipt until
    // accepted, resolution from the acceptance or an extension's due date),
    // and the follow-up date of each conclusion notice. Closed parts
    // (a closing step, returned or transferred at reception, a final result
    // from the department server) and anonymous denunciations are not
    // watched. Items due on or before today + withinDays, overdue
    // included, soonest first (sortWatch()).
    Result<QList<WatchedDeadline>> deadlineWatch(const QDate &today, int withinDays);

    // Kept for app/ui/leadercontroller.cpp and tests/ui/tst_deskcontroller.cpp
    // (owned by the UI work): the rules live in recorddeadlines.h.
    static constexpr int kWatchLookbackDays = tiepdan::kWatchLookbackDays;
    static QList<Deadline> deadlinesFor(const ReceptionRecord &r, const DeadlineCalculator &calc)
    {
        return recordDeadlines(r, calc);
    }

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
