// ServerStore's write side: storing a batch idempotently and publishing
// updates (contracts in serverstore.h).
#include "serverstore.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>
#include <numeric>

namespace tiepdan {

namespace {
// Any fixed number: serialises publishers on PostgreSQL (seq = commit order).
constexpr qint64 kPublishLock = 0x5444414f;

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

QString toString(EntryStatus s)
{
    switch (s) {
    case EntryStatus::Stored: return QStringLiteral("stored");
    case EntryStatus::Duplicate: return QStringLiteral("duplicate");
    case EntryStatus::Conflict: return QStringLiteral("conflict");
    case EntryStatus::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

Result<EntryResult> ServerStore::storeOne(const QString &office, const BatchEntry &e)
{
    EntryResult r{e.id, e.version, EntryStatus::Stored, {}};
    auto owner = run(QStringLiteral("SELECT office, kind FROM record_latest WHERE record_id = ?"), {e.id});
    if (!owner)
        return owner.error();
    QSqlQuery &o = **owner;
    const bool otherOwner = o.next() && (o.value(0).toString() != office || o.value(1).toString() != e.kind);
    o.finish();
    if (otherOwner) {
        r.status = EntryStatus::Conflict;
        r.reason = QStringLiteral("record %1 is already stored for another office or kind").arg(e.id);
        return r;
    }
    const QString content = QString::fromUtf8(e.canonical);
    auto ins = run(QStringLiteral("INSERT INTO records (record_id, version, office, kind, seq, content, stored_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (record_id, version) DO NOTHING"),
                   {e.id, e.version, office, e.kind, e.seq, content, nowIso()});
    if (!ins)
        return ins.error();
    if ((*ins)->numRowsAffected() == 0) {
        auto found =
            run(QStringLiteral("SELECT office, kind, content FROM records WHERE record_id = ? AND version = ?"),
                {e.id, e.version});
        if (!found)
            return found.error();
        QSqlQuery &q = **found;
        if (!q.next())
            return Error::make(ErrorCode::Storage,
                               QStringLiteral("record %1 v%2 neither inserted nor found").arg(e.id).arg(e.version));
        const bool same = q.value(0).toString() == office && q.value(1).toString() == e.kind &&
                          q.value(2).toString().toUtf8() == e.canonical;
        q.finish();
        r.status = same ? EntryStatus::Duplicate : EntryStatus::Conflict;
        if (!same)
            r.reason = QStringLiteral("version %1 of record %2 is already stored with different content")
                           .arg(e.version)
                           .arg(e.id);
        return r;
    }
    const RecordFacts &f = e.facts;
    auto textOrNull = [](const QString &s) {
        return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
    };
    auto up = run(QStringLiteral("INSERT INTO record_latest (record_id, version, office, kind, received_date, "
                                 "direction, kinds, matter_id, "
                                 "receiver_role, reception_kind, session_key, people_count, first_visit, refused, "
                                 "search_text, content) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (record_id) "
                                 "DO UPDATE SET "
                                 "version = excluded.version, received_date = excluded.received_date, direction = "
                                 "excluded.direction, "
                                 "kinds = excluded.kinds, matter_id = excluded.matter_id, receiver_role = "
                                 "excluded.receiver_role, "
                                 "reception_kind = excluded.reception_kind, session_key = excluded.session_key, "
                                 "people_count = excluded.people_count, first_visit = excluded.first_visit, refused "
                                 "= excluded.refused, "
                                 "search_text = excluded.search_text, content = excluded.content "
                                 "WHERE excluded.version > record_latest.version AND excluded.office = "
                                 "record_latest.office"),
                  {e.id, e.version, office, e.kind,
                   f.receivedDate.isValid() ? QVariant(f.receivedDate.toString(Qt::ISODate))
                                            : QVariant(QMetaType::fromType<QString>()),
                   textOrNull(f.direction), textOrNull(f.kinds), textOrNull(f.matterId), textOrNull(f.receiverRole),
                   textOrNull(f.receptionKind), textOrNull(f.sessionKey), f.peopleCount, int(f.firstVisit),
                   int(f.refused), f.searchText, content});
    if (!up)
        return up.error();
    return r;
}

Result<QList<EntryResult>> ServerStore::store(const Batch &batch)
{
    QList<EntryResult> results(batch.entries.size());
    // (id, version) order: every transaction takes its row locks in the same order.
    QList<int> order(batch.entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const BatchEntry &x = batch.entries[a], &y = batch.entries[b];
        return x.id != y.id ? x.id < y.id : x.version < y.version;
    });
    Status s = transaction([&]() -> Status {
        for (int i : order) {
            const BatchEntry &e = batch.entries[i];
            if (!e.rejectReason.isEmpty()) {
                results[i] = {e.id, e.version, EntryStatus::Rejected, e.rejectReason};
                continue;
            }
            auto r = storeOne(batch.office, e);
            if (!r)
                return r.error();
            results[i] = *r;
        }
        return {};
    });
    finishCached();
    if (!s)
        return s.error();
    return results;
}

Result<QList<qint64>> ServerStore::publish(const QString &office, const QList<QJsonObject> &updates)
{
    QList<qint64> seqs;
    Status s = transaction([&]() -> Status {
        seqs.clear();
        if (m_pg)
            if (auto l = exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kPublishLock}); !l)
                return l.error();
        for (const QJsonObject &u : updates) {
            auto seq = scalar(QStringLiteral("INSERT INTO updates (office, body, published_at) VALUES (?, "
                                             "?, ?) RETURNING seq"),
                              {office, QString::fromUtf8(QJsonDocument(u).toJson(QJsonDocument::Compact)), nowIso()});
            if (!seq)
                return seq.error();
            seqs << seq->toLongLong();
        }
        return {};
    });
    if (!s)
        return s.error();
    return seqs;
}

Result<QJsonArray> ServerStore::updates(const QString &office, qint64 after, int limit)
{
    auto q = exec(QStringLiteral("SELECT seq, body FROM updates WHERE office = ? AND seq > ? ORDER BY seq LIMIT ?"),
                  {office, after, limit});
    if (!q)
        return q.error();
    QJsonArray out;
    while (q->next()) {
        QJsonObject u = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
        u.insert(QStringLiteral("seq"), q->value(0).toLongLong());
        out.append(u);
    }
    return out;
}

} // namespace tiepdan
