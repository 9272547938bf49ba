#include "receptionrepository.h"

#include "database.h"
#include "officestore.h"
#include "recordstats.h"
#include "userrepository.h"
#include "validation.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace tiepdan {

namespace {
const QString kColumns = QStringLiteral(
    "id, book_year, book_no, received_at, full_name, address, id_number, phone, representatives, "
    "sealed_identity IS NOT NULL, confidential, anonymous, content, kinds, people_count, previous_agency, "
    "direction, transfer_agency, follow_up, notes, receiver_role, receiver_name, reception_kind, "
    "session_key, matter_id, first_visit, about_enforcement, ticket_label, refusal, refusal_note, recorded_by, "
    "search_key, conclusion, conclusion_due");

QString kindsText(const QList<MatterKind> &kinds)
{
    QStringList s;
    for (MatterKind k : kinds)
        s << toString(k);
    return s.join(u',');
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

Result<StoredRecord> ReceptionRepository::add(ReceptionRecord input, const QString &actor)
{
    auto valid = validateRecord(std::move(input), m_store.config().groups, m_store.now().date());
    if (!valid)
        return valid.error();
    ReceptionRecord r = std::move(valid).value();
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.recordedBy = actor;
    r.bookYear = r.receivedAt.date().year();
    const QByteArray idHash = m_store.idHash(r.identity.idNumber);
    const QString primaryKind = toString(r.kinds.first());

    QByteArray sealed;
    if (r.confidential && !r.anonymous)
        sealed =
            m_store.sealer().seal(QJsonDocument(r.identity.toJson()).toJson(QJsonDocument::Compact), r.id.toUtf8());
    auto s = m_store.db().transaction([&]() -> Status {
        Database &db = m_store.db();
        // The matter: explicit, or the open one of this person and kind (repeat visit).
        if (!r.matterId.isEmpty()) {
            auto exists = db.scalar(QStringLiteral("SELECT COUNT(*) FROM matters WHERE id = ?"), {r.matterId});
            if (!exists)
                return exists.error();
            if (exists->toInt() == 0)
                return Error::make(ErrorCode::NotFound, QStringLiteral("no matter %1").arg(r.matterId.left(40)));
            r.firstVisit = false;
        } else if (!idHash.isEmpty()) {
            auto open = db.scalar(QStringLiteral("SELECT id FROM matters WHERE id_hash = ? AND kind = ? "
                                                 "AND status = 'open' ORDER BY opened_on LIMIT 1"),
                                  {idHash, primaryKind});
            if (!open)
                return open.error();
            r.matterId = open->toString();
            r.firstVisit = r.matterId.isEmpty();
        }
        if (r.matterId.isEmpty()) {
            r.matterId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.firstVisit = true;
            auto m =
                db.exec(QStringLiteral("INSERT INTO matters(id, kind, about_enforcement, id_hash, opened_on) "
                                       "VALUES (?,?,?,?,?)"),
                        {r.matterId, primaryKind, r.aboutEnforcement, idHash.isEmpty() ? QVariant() : QVariant(idHash),
                         r.receivedAt.date().toString(Qt::ISODate)});
            if (!m)
                return m.error();
        }
        if (r.direction != HandlingDirection::Pending) {
            auto m = db.exec(
                QStringLiteral("UPDATE matters SET direction = ?, accepted_on = CASE WHEN ? = 'accept' "
                               "THEN COALESCE(accepted_on, ?) ELSE accepted_on END WHERE id = ?"),
                {toString(r.direction), toString(r.direction), r.receivedAt.date().toString(Qt::ISODate), r.matterId});
            if (!m)
                return m.error();
        }
        auto no = db.scalar(QStringLiteral("SELECT COALESCE(MAX(book_no), 0) + 1 FROM reception_records "
                                           "WHERE book_year = ?"),
                            {r.bookYear});
        if (!no)
            return no.error();
        r.bookNo = no->toInt();
        auto seq = m_store.audit().append(actor, QStringLiteral("record.add"), QStringLiteral("record"), r.id,
                                          {{QStringLiteral("bookNo"), r.bookNo},
                                           {QStringLiteral("kinds"), kindsText(r.kinds)},
                                           {QStringLiteral("direction"), toString(r.direction)},
                                           {QStringLiteral("confidential"), r.confidential}});
        if (!seq)
            return seq.error();
        const bool clear = !r.confidential;
        const Identity &id = r.identity;
        auto ins = db.exec(
            QStringLiteral("INSERT INTO reception_records(id, book_year, book_no, received_at, received_date, "
                           "full_name, address, id_number, phone, representatives, sealed_identity, confidential, "
                           "anonymous, id_hash, content, kinds, people_count, is_group, previous_agency, direction, "
                           "transfer_agency, follow_up, notes, receiver_role, receiver_name, reception_kind, "
                           "session_key, matter_id, first_visit, about_enforcement, ticket_label, refusal, "
                           "refusal_note, recorded_by, audit_seq, conclusion, conclusion_due) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            {r.id,
             r.bookYear,
             r.bookNo,
             r.receivedAt.toUTC().toString(Qt::ISODate),
             r.receivedAt.date().toString(Qt::ISODate),
             clear ? textOrNull(id.fullName) : QVariant(),
             clear ? textOrNull(id.address) : QVariant(),
             clear ? textOrNull(id.idNumber) : QVariant(),
             clear ? textOrNull(id.phone) : QVariant(),
             clear && !id.representatives.isEmpty() ? QVariant(id.representatives.join(u'\n')) : QVariant(),
             sealed.isEmpty() ? QVariant() : QVariant(sealed),
             r.confidential,
             r.anonymous,
             idHash.isEmpty() ? QVariant() : QVariant(idHash),
             r.content,
             kindsText(r.kinds),
             r.peopleCount,
             r.isGroup(m_store.config().groups),
             textOrNull(r.previousAgency),
             toString(r.direction),
             textOrNull(r.transferAgency),
             textOrNull(r.followUp),
             textOrNull(r.notes),
             toString(r.receiverRole),
             textOrNull(r.receiverName),
             toString(r.receptionKind),
             textOrNull(r.sessionKey),
             r.matterId,
             r.firstVisit,
             r.aboutEnforcement,
             textOrNull(r.ticketLabel),
             toString(r.refusal),
             textOrNull(r.refusalNote),
             actor,
             *seq,
             textOrNull(r.conclusion),
             r.conclusionDue.isValid() ? QVariant(r.conclusionDue.toString(Qt::ISODate)) : QVariant()});
        if (!ins)
            return ins.error();
        const qint64 rowid = ins->lastInsertId().toLongLong();
        const qint64 key = searchKey(r.receivedAt.date(), rowid);
        if (auto k =
                db.exec(QStringLiteral("UPDATE reception_records SET search_key = ? WHERE rowid = ?"), {key, rowid});
            !k)
            return k.error();
        if (auto f = db.exec(QStringLiteral("INSERT INTO record_fts(rowid, body) VALUES (?, ?)"), {key, searchText(r)});
            !f)
            return f.error();
        if (auto st = RecordStats::addRecord(db, rowid); !st)
            return st;
        auto stored = select(QStringLiteral("rowid = ?"), {rowid});
        if (!stored)
            return stored.error();
        const ReceptionRecord &sr = stored->first().record;
        const QJsonObject payload{
            {QStringLiteral("id"), sr.id},
            {QStringLiteral("bookYear"), sr.bookYear},
            {QStringLiteral("bookNo"), sr.bookNo},
            {QStringLiteral("receivedAt"), sr.receivedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("identity"), sr.confidential ? QJsonValue() : QJsonValue(sr.identity.toJson())},
            {QStringLiteral("sealedIdentity"),
             sealed.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(sealed.toBase64()))},
            {QStringLiteral("confidential"), sr.confidential},
            {QStringLiteral("anonymous"), sr.anonymous},
            {QStringLiteral("content"), sr.content},
            {QStringLiteral("kinds"), kindsText(sr.kinds)},
            {QStringLiteral("peopleCount"), sr.peopleCount},
            {QStringLiteral("previousAgency"), sr.previousAgency},
            {QStringLiteral("direction"), toString(sr.direction)},
            {QStringLiteral("transferAgency"), sr.transferAgency},
            {QStringLiteral("followUp"), sr.followUp},
            {QStringLiteral("notes"), sr.notes},
            {QStringLiteral("receiverRole"), toString(sr.receiverRole)},
            {QStringLiteral("receiverName"), sr.receiverName},
            {QStringLiteral("receptionKind"), toString(sr.receptionKind)},
            {QStringLiteral("sessionKey"), sr.sessionKey},
            {QStringLiteral("matterId"), sr.matterId},
            {QStringLiteral("firstVisit"), sr.firstVisit},
            {QStringLiteral("aboutEnforcement"), sr.aboutEnforcement},
            {QStringLiteral("ticket"), sr.ticketLabel},
            {QStringLiteral("refusal"), toString(sr.refusal)},
            {QStringLiteral("refusalNote"), sr.refusalNote},
            {QStringLiteral("conclusion"), sr.conclusion},
            {QStringLiteral("conclusionDue"),
             sr.conclusionDue.isValid() ? QJsonValue(sr.conclusionDue.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("recordedBy"), sr.recordedBy}};
        return m_store.outbox().enqueue(r.id, QStringLiteral("record"), 1, payload);
    });
    if (!s)
        return s.error();
    return get(r.id);
}

Result<QList<StoredRecord>> ReceptionRepository::select(const QString &where, const QVariantList &binds,
                                                        const QString &from)
{
    auto q = m_store.db().exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(kColumns, from, where), binds);
    if (!q)
        return q.error();
    QList<StoredRecord> out;
    while (q->next()) {
        StoredRecord s;
        ReceptionRecord &r = s.record;
        int c = 0;
        r.id = q->value(c++).toString();
        r.bookYear = q->value(c++).toInt();
        r.bookNo = q->value(c++).toInt();
        r.receivedAt = QDateTime::fromString(q->value(c++).toString(), Qt::ISODate).toLocalTime();
        r.identity.fullName = q->value(c++).toString();
        r.identity.address = q->value(c++).toString();
        r.identity.idNumber = q->value(c++).toString();
        r.identity.phone = q->value(c++).toString();
        const QString reps = q->value(c++).toString();
        if (!reps.isEmpty())
            r.identity.representatives = reps.split(u'\n');
        s.sealed = q->value(c++).toBool();
        r.confidential = q->value(c++).toBool();
        r.anonymous = q->value(c++).toBool();
        r.content = q->value(c++).toString();
        for (const QString &k : q->value(c++).toString().split(u',', Qt::SkipEmptyParts)) {
            MatterKind mk;
            if (fromString(k, &mk))
                r.kinds << mk;
        }
        r.peopleCount = q->value(c++).toInt();
        r.previousAgency = q->value(c++).toString();
        fromString(q->value(c++).toString(), &r.direction);
        r.transferAgency = q->value(c++).toString();
        r.followUp = q->value(c++).toString();
        r.notes = q->value(c++).toString();
        fromString(q->value(c++).toString(), &r.receiverRole);
        r.receiverName = q->value(c++).toString();
        receptionKindFromString(q->value(c++).toString(), &r.receptionKind);
        r.sessionKey = q->value(c++).toString();
        r.matterId = q->value(c++).toString();
        r.firstVisit = q->value(c++).toBool();
        r.aboutEnforcement = q->value(c++).toBool();
        r.ticketLabel = q->value(c++).toString();
        fromString(q->value(c++).toString(), &r.refusal);
        r.refusalNote = q->value(c++).toString();
        r.recordedBy = q->value(c++).toString();
        s.searchKey = q->value(c++).toLongLong();
        r.conclusion = q->value(c++).toString();
        r.conclusionDue = QDate::fromString(q->value(c++).toString(), Qt::ISODate);
        s.deadlines = recordDeadlines(r, m_store.deadlines());
        out << s;
    }
    return out;
}

Result<StoredRecord> ReceptionRepository::get(const QString &id)
{
    auto rows = select(QStringLiteral("id = ?"), {id.trimmed()});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no reception record %1").arg(id.left(40)));
    return rows->first();
}

Result<PreviousVisits> ReceptionRepository::previousVisits(const QString &idNumber, MatterKind kind)
{
    auto id = validateIdNumber(idNumber, m_store.now().date());
    if (!id)
        return id.error();
    const QByteArray hash = m_store.idHash(id->value);
    PreviousVisits out;
    auto last =
        m_store.db().exec(QStringLiteral("SELECT full_name, address, phone, received_date FROM reception_records "
                                         "WHERE id_hash = ? AND confidential = 0 ORDER BY search_key DESC LIMIT 1"),
                          {hash});
    if (!last)
        return last.error();
    if (last->next()) {
        out.identity.fullName = last->value(0).toString();
        out.identity.address = last->value(1).toString();
        out.identity.phone = last->value(2).toString();
        out.identity.idNumber = id->value;
        out.lastVisit = QDate::fromString(last->value(3).toString(), Qt::ISODate);
    }
    auto count = m_store.db().scalar(
        QStringLiteral("SELECT COUNT(*) FROM reception_records WHERE id_hash = ? AND confidential = 0"), {hash});
    if (!count)
        return count.error();
    out.visits = count->toInt();
    auto open = m_store.db().scalar(
        QStringLiteral("SELECT COUNT(*) FROM matters WHERE id_hash = ? AND kind = ? AND status = 'open'"),
        {hash, toString(kind)});
    if (!open)
        return open.error();
    out.openMatter = open->toInt() > 0;
    return out;
}

Result<StoredRecord> ReceptionRepository::findByTicket(const QString &label, const QDate &date)
{
    auto rows = select(QStringLiteral("ticket_label = ? AND received_date = ? ORDER BY rowid DESC LIMIT 1"),
                       {label, date.toString(Qt::ISODate)});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no record for ticket %1").arg(label));
    return rows->first();
}

Result<QString> ReceptionRepository::unsealReason(const QString &reason)
{
    const QString why = normalizeText(reason);
    if (why.size() < 5)
        return Error::invalid(QStringLiteral("reason"),
                              QStringLiteral("say why the identity is opened (at least 5 characters)"));
    return why;
}

Result<Identity> ReceptionRepository::unseal(const QString &recordId, const Session &by, const QString &reason)
{
    auto reasonOk = unsealReason(reason);
    if (!reasonOk)
        return reasonOk.error();
    const QString why = *reasonOk;
    if (auto ok = m_store.users().require(by, Permission::OpenSealed); !ok)
        return ok.error();
    const QString actor = by.login();
    Identity identity;
    auto s = m_store.db().transaction([&]() -> Status {
        auto q =
            m_store.db().exec(QStringLiteral("SELECT sealed_identity, anonymous FROM reception_records WHERE id = ?"),
                              {recordId.trimmed()});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::make(ErrorCode::NotFound, QStringLiteral("no reception record %1").arg(recordId.left(40)));
        if (q->value(1).toBool())
            return Error::make(ErrorCode::NotFound,
                               QStringLiteral("this denunciation is anonymous: there is no identity"));
        if (q->value(0).isNull())
            return Error::make(ErrorCode::NotFound, QStringLiteral("this record's identity is not sealed"));
        auto plain = m_store.sealer().open(q->value(0).toByteArray(), recordId.trimmed().toUtf8());
        if (!plain)
            return plain.error();
        identity = Identity::fromJson(QJsonDocument::fromJson(*plain).object());
        auto seq = m_store.audit().append(actor, QStringLiteral("identity.unseal"), QStringLiteral("record"),
                                          recordId.trimmed(), {{QStringLiteral("reason"), why.left(500)}});
        if (!seq)
            return seq.error();
        auto up = m_store.db().exec(QStringLiteral("UPDATE reception_records SET audit_seq = ? WHERE id = ?"),
                                    {*seq, recordId.trimmed()});
        if (!up)
            return up.error();
        return {};
    });
    if (!s)
        return s.error();
    return identity;
}

} // namespace tiepdan
