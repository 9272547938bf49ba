// LeaderSource over this office's database (reception-kiosk --mode leader
// --db FILE). The store is the caller's and outlives the source.
#pragma once

#include "leadersource.h"

namespace tiepdan {

class OfficeStore;

class LocalLeaderSource : public LeaderSource {
public:
    explicit LocalLeaderSource(OfficeStore &store) : m_store(store) {}
    QString label() const override;
    bool isRemote() const override { return false; }
    Result<QStringList> offices() override;
    // `after` is the last row's searchKey (keyset paging).
    Result<LogPage> records(const LogQuery &query, const QString &after, int limit) override;
    Result<ReceptionReport> report(const QDate &from, const QDate &to, const QString &office) override;
    Result<QList<WatchedDeadline>> deadlines(const QDate &today, int withinDays, const QString &office) override;
    // The record's audit entries (record.add, identity.unseal...), oldest first.
    Result<QList<HistoryEvent>> history(const QString &recordId) override;
    Result<Identity> unseal(const QString &recordId, const Session &by, const QString &reason) override;

private:
    OfficeStore &m_store;
};

} // namespace tiepdan
