// What the leader view (reception-kiosk --mode leader) reads, from one of
// two places behind one interface:
//  - LocalLeaderSource: this office's database (OfficeStore);
//  - RemoteLeaderSource: the department server's read API, for every
//    office or one (province-wide view, issue 6).
//
// Contract: every call is a read, except unseal() (local only; audited by
// ReceptionRepository). Rows come newest first. Identities of confidential
// records are never in a row (StoredRecord::sealed with an empty identity);
// only unseal() returns one. Errors are Result errors with an English
// message for logs; the screen words them by ErrorCode.
#pragma once

#include "receptionrepository.h"
#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tiepdan {

class Session;

// One query of the log list. Everything optional; unset = no restriction.
struct LogQuery {
    QDate from{}, to{}; // inclusive, on the received date
    QString office{};   // remote only; empty = every office
    QString text{};     // words, with or without diacritics
    std::optional<MatterKind> kind{};
    std::optional<HandlingDirection> direction{};
    std::optional<ReceiverRole> receiverRole{}; // officer / head / deputy
    QString receiverName{};                     // who received (exact, NFC)
    std::optional<bool> group{};                // group delegation (đoàn đông người)
    std::optional<bool> firstVisit{};           // first (true) or repeat (false) visit
};

// A page of rows. `after` continues a list: pass the last row's `cursor`
// to fetch the rows after it (keyset paging; stable while records arrive).
struct LogPage {
    QList<StoredRecord> rows;
    QList<QString> offices; // office code of each row (remote; empty locally)
    QString cursor;         // give to the next call to continue; empty = no more
};

// WatchedDeadline (one deadline of an open matter) is in recorddeadlines.h (app/core).

// One audit event of a record's history (no personal data by contract).
struct HistoryEvent {
    qint64 seq = 0;
    QString at, actor, action;
    QJsonObject detail;
};

class LeaderSource {
public:
    virtual ~LeaderSource() = default;
    // "BN-KV1" or the server's address; for the screen's title bar.
    virtual QString label() const = 0;
    virtual bool isRemote() const = 0;
    // Office codes the source can show (local: its own one).
    virtual Result<QStringList> offices() = 0;
    virtual Result<LogPage> records(const LogQuery &query, const QString &after, int limit) = 0;
    virtual Result<ReceptionReport> report(const QDate &from, const QDate &to, const QString &office) = 0;
    // Open matters' deadlines due on or before today + withinDays (overdue
    // ones included), soonest first.
    virtual Result<QList<WatchedDeadline>> deadlines(const QDate &today, int withinDays, const QString &office) = 0;
    virtual Result<QList<HistoryEvent>> history(const QString &recordId) = 0;
    // Local only (remote answers ErrorCode::Denied: a server holds sealed
    // identities as ciphertext it cannot open).
    virtual Result<Identity> unseal(const QString &recordId, const Session &by, const QString &reason) = 0;
};

} // namespace tiepdan
