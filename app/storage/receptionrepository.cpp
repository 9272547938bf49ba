#include "receptionrepository.h"

#include "database.h"
#include "officestore.h"
#include "recordstats.h"
#include "userrepository.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
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

// A user's query as an FTS5 expression: every folded word must appear, as a
// prefix. Words are quoted, so FTS syntax in the input is just text.
} // namespace

QString ReceptionRepository::ftsQuery(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}*]+"));
    static const QRegularExpression idLike(QStringLiteral("^[0-9][0-9 .-]*[0-9]\\*?$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{6,}$"));
    QString folded = foldForSearch(text);
    // "027 085 001 234" is one ID number as typed on a form, stored as digits.
    if (idLike.match(folded).hasMatch())
        folded.remove(QRegularExpression(QStringLiteral("[ .-]")));
    QStringList terms;
    for (QString w : folded.split(nonWord, Qt::SkipEmptyParts)) {
        // Whole words, except where asked ("binh*") and for long digit runs
        // (the start of an ID number): a prefix merges the lists of every
        // word it begins, which costs a common prefix dearly.
        const bool prefix = w.endsWith(u'*') || digits.match(w).hasMatch();
        w.remove(u'*');
        if (!w.isEmpty())
            terms << (prefix ? QStringLiteral("\"%1\"*") : QStringLiteral("\"%1\"")).arg(w);
    }
    return terms.join(u' ');
}

QString ReceptionRepository::searchText(const ReceptionRecord &r)
{
    QStringList parts{r.content,  r.previousAgency, r.transferAgency, r.notes,
                      r.followUp, r.ticketLabel,    r.receiverName};
    if (!r.confidential)
        parts << r.identity.fullName << r.identity.address << r.identity.idNumber;
    return foldForSearch(parts.join(u' '));
}

Status ReceptionRepository::rebuildSearchIndex(Database &db)
{
    if (auto r = db.exec(QStringLiteral("DELETE FROM record_fts")); !r)
        return r.error();
    auto rows = db.exec(QStringLiteral("SELECT search_key, content, previous_agency, transfer_agency, notes, "
                                       "follow_up, ticket_label, receiver_name, full_name, address, id_number "
                                       "FROM reception_records"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        ReceptionRecord r;
        r.content = rows->value(1).toString();
        r.previousAgency = rows->value(2).toString();
        r.transferAgency = rows->value(3).toString();
        r.notes = rows->value(4).toString();
        r.followUp = rows->value(5).toString();
        r.ticketLabel = rows->value(6).toString();
        r.receiverName = rows->value(7).toString();
        r.identity.fullName = rows->value(8).toString(); // NULL (empty) when sealed
        r.identity.address = rows->value(9).toString();
        r.identity.idNumber = rows->value(10).toString();
        if (auto ins = db.exec(QStringLiteral("INSERT INTO record_fts(rowid, body) VALUES (?, ?)"),
                               {rows->value(0), searchText(r)});
            !ins)
            return ins.error();
    }
    return {};
}

QJsonObject LeaderFigures::toJson() const
{
    return {{QStringLiteral("sessions"), sessions},
            {QStringLiteral("visits"), visits},
            {QStringLiteral("persons"), persons},
            {QStringLiteral("cases"), cases}};
}

QJsonObject ReceptionReport::toJson() const
{
    QJsonObject byLeader;
    for (auto it = leaders.begin(); it != leaders.end(); ++it)
        byLeader.insert(it.key(), it->toJson());
    auto map = [](const QMap<QString, int> &m) {
        QJsonObject o;
        for (auto it = m.begin(); it != m.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("visits"), visits},
            {QStringLiteral("persons"), persons},
            {QStringLiteral("cases"), cases},
            {QStringLiteral("groups"), QJsonObject{{QStringLiteral("groups"), groups},
                                                   {QStringLiteral("persons"), groupPersons},
                                                   {QStringLiteral("cases"), groupCases}}},
            {QStringLiteral("firstVisits"), firstVisits},
            {QStringLiteral("repeatVisits"), repeatVisits},
            {QStringLiteral("refused"), refused},
            {QStringLiteral("casesByKind"), map(byKind)},
            {QStringLiteral("visitsByDirection"), map(byDirection)},
            {QStringLiteral("visitsByReceiver"), map(byReceiver)},
            {QStringLiteral("visitsByReceptionKind"), map(byReceptionKind)},
            {QStringLiteral("receivedByLeaders"), byLeader},
            {QStringLiteral("resolvedByKind"), map(resolvedByKind)},
            {QStringLiteral("queue"), QJsonObject{{QStringLiteral("tickets"), queue.tickets},
                                                  {QStringLiteral("served"), queue.served},
                                                  {QStringLiteral("noShows"), queue.noShows},
                                                  {QStringLiteral("avgWaitSeconds"), queue.avgWaitSeconds},
                                                  {QStringLiteral("avgServiceSeconds"), queue.avgServiceSeconds}}}};
}

Deadline ReceptionRepository::conclusionDeadline(const ReceptionRecord &r)
{
    return Deadline{QStringLiteral("conclusion.followUp"),
                    QStringLiteral("Thực hiện thông báo kết luận tiếp công dân"),
                    QStringLiteral("Carry out the reception's conclusion notice"),
                    QStringLiteral("Thông báo kết luận của %1")
                        .arg(r.receiverName.isEmpty() ? QStringLiteral("lãnh đạo") : r.receiverName),
                    r.receivedAt.date(),
                    r.conclusionDue};
}

QList<Deadline> ReceptionRepository::deadlinesFor(const ReceptionRecord &r, const DeadlineCalculator &calc)
{
    const QDate received = r.receivedAt.date();
    const QString family = r.deadlineKind();
    QList<Deadline> out = calc.computeAll(family, QStringLiteral("receipt"), received, received);
    if (r.direction == HandlingDirection::Accept)
        out += calc.computeAll(family, QStringLiteral("acceptance"), received, received);
    if (r.conclusionDue.isValid())
        out << conclusionDeadline(r);
    return out;
}

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
        s.deadlines = deadlinesFor(r, m_store.deadlines());
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

qint64 ReceptionRepository::searchKey(const QDate &receivedDate, qint64 rowid)
{
    return (receivedDate.toJulianDay() << 32) | rowid;
}

Result<QList<StoredRecord>> ReceptionRepository::list(const RecordFilter &f)
{
    // Newest first: by received date, then order of entry, which is the
    // order of search_key. A text filter drives the query: FTS5 walks its
    // index (keyed by search_key) in descending order and stops at LIMIT,
    // so a common word over a million records costs about what a rare one
    // does. A period is a key range, which FTS5 also applies itself.
    const QString match = ftsQuery(f.text);
    const QString key = match.isEmpty() ? QStringLiteral("r.search_key") : QStringLiteral("f.rowid");
    QStringList where;
    QVariantList binds;
    if (!match.isEmpty()) {
        where << QStringLiteral("record_fts MATCH ?");
        binds << match;
    }
    if (f.from.isValid()) {
        where << QStringLiteral("%1 >= ?").arg(key);
        binds << searchKey(f.from, 0);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("%1 < ?").arg(key);
        binds << searchKey(f.to.addDays(1), 0);
    }
    if (f.kind) {
        where << QStringLiteral("(',' || r.kinds || ',') LIKE ?");
        binds << QStringLiteral("%,%1,%").arg(toString(*f.kind));
    }
    if (f.direction) {
        where << QStringLiteral("r.direction = ?");
        binds << toString(*f.direction);
    }
    if (f.receiverRole) {
        where << QStringLiteral("r.receiver_role = ?");
        binds << toString(*f.receiverRole);
    }
    if (!f.receiverName.trimmed().isEmpty()) {
        where << QStringLiteral("r.receiver_name = ?");
        binds << normalizeText(f.receiverName);
    }
    if (f.group) {
        where << QStringLiteral("r.is_group = ?");
        binds << int(*f.group);
    }
    if (f.firstVisit) {
        where << QStringLiteral("r.first_visit = ?");
        binds << int(*f.firstVisit);
    }
    if (f.beforeKey > 0) {
        where << QStringLiteral("%1 < ?").arg(key);
        binds << f.beforeKey;
    }
    if (where.isEmpty())
        where << QStringLiteral("1");
    binds << qBound(1, f.limit, 10000) << qMax(0, f.offset);
    // CROSS JOIN keeps the index the outer loop (SQLite never reorders it).
    return select(where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY %1 DESC LIMIT ? OFFSET ?").arg(key),
                  binds,
                  match.isEmpty() ? QStringLiteral("reception_records r")
                                  : QStringLiteral("record_fts f CROSS JOIN reception_records r "
                                                   "ON r.search_key = f.rowid"));
}

Result<ReceptionReport> ReceptionRepository::report(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(QStringLiteral("period"),
                              QStringLiteral("give a period with --from and --to, from before to"));
    auto figures = RecordStats::period(m_store.db(), from, to);
    if (!figures)
        return figures.error();
    const auto &sum = figures->sums;
    const auto &distinct = figures->distinct;
    ReceptionReport rep;
    rep.from = from;
    rep.to = to;
    rep.visits = int(sum.value(QStringLiteral("visits")));
    rep.persons = int(sum.value(QStringLiteral("persons")));
    rep.cases = int(distinct.value(QStringLiteral("cases")));
    rep.groups = int(sum.value(QStringLiteral("groups")));
    rep.groupPersons = int(sum.value(QStringLiteral("groupPersons")));
    rep.groupCases = int(distinct.value(QStringLiteral("groupCases")));
    rep.firstVisits = int(sum.value(QStringLiteral("firstVisits")));
    rep.repeatVisits = rep.visits - rep.firstVisits;
    rep.refused = int(sum.value(QStringLiteral("refused")));
    auto prefixed = [](const QMap<QString, qint64> &m, const QString &prefix, QMap<QString, int> &into) {
        for (auto it = m.begin(); it != m.end(); ++it)
            if (it.key().startsWith(prefix) && it.value() > 0)
                into[it.key().mid(prefix.size())] = int(it.value());
    };
    prefixed(distinct, QStringLiteral("kind:"), rep.byKind);
    prefixed(sum, QStringLiteral("dir:"), rep.byDirection);
    prefixed(sum, QStringLiteral("recv:"), rep.byReceiver);
    prefixed(sum, QStringLiteral("rkind:"), rep.byReceptionKind);
    // Received by leaders: all of them (always present), then by who and in
    // which kind of session.
    rep.leaders.insert(QStringLiteral("all"), {});
    for (auto it = sum.begin(); it != sum.end(); ++it) {
        const QStringList parts = it.key().split(u':');
        if (parts.size() == 3 && parts[0] == QLatin1String("lead") && it.value() > 0)
            rep.leaders[parts[1]];
    }
    for (auto it = rep.leaders.begin(); it != rep.leaders.end(); ++it) {
        const QString cat = it.key();
        it->sessions = int(distinct.value(QStringLiteral("sess:") + cat));
        it->visits = int(sum.value(QStringLiteral("lead:%1:visits").arg(cat)));
        it->persons = int(sum.value(QStringLiteral("lead:%1:persons").arg(cat)));
        it->cases = int(distinct.value(QStringLiteral("lead:") + cat));
    }
    // Resolved: the newest result of each matter, when it is "resolved" and
    // dated in the period (its date is UTC; a day's results are few).
    auto resolved = m_store.db().exec(
        QStringLiteral("SELECT m.kind, COUNT(*) FROM matter_results x JOIN matters m ON m.id = x.matter_id "
                       "WHERE x.result = 'resolved' AND date(x.at, 'localtime') BETWEEN ? AND ? GROUP BY m.kind"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!resolved)
        return resolved.error();
    while (resolved->next())
        rep.resolvedByKind[resolved->value(0).toString()] = resolved->value(1).toInt();
    // The queue: tickets of the period, those served, no-shows, and the
    // average wait (issue to first call) and service (start to finish).
    auto queue = m_store.db().exec(
        QStringLiteral(
            "SELECT COUNT(*), COALESCE(SUM(state = 'done'), 0), COALESCE(SUM(state = 'no_show'), 0), "
            "AVG(CASE WHEN called_at IS NOT NULL THEN (julianday(called_at) - julianday(issued_at)) * 86400 END), "
            "AVG(CASE WHEN state = 'done' AND started_at IS NOT NULL AND finished_at IS NOT NULL "
            "THEN (julianday(finished_at) - julianday(started_at)) * 86400 END) "
            "FROM tickets WHERE service_date BETWEEN ? AND ?"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!queue)
        return queue.error();
    if (queue->next()) {
        rep.queue.tickets = queue->value(0).toInt();
        rep.queue.served = queue->value(1).toInt();
        rep.queue.noShows = queue->value(2).toInt();
        rep.queue.avgWaitSeconds = qRound(queue->value(3).toDouble());
        rep.queue.avgServiceSeconds = qRound(queue->value(4).toDouble());
    }
    return rep;
}

QJsonObject WatchedDeadline::toJson() const
{
    QJsonObject o{{QStringLiteral("matterId"), matterId},
                  {QStringLiteral("recordId"), recordId},
                  {QStringLiteral("bookYear"), bookYear},
                  {QStringLiteral("bookNo"), bookNo},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("rule"), deadline.ruleId},
                  {QStringLiteral("labelVi"), deadline.labelVi},
                  {QStringLiteral("labelEn"), deadline.labelEn},
                  {QStringLiteral("legalBasis"), deadline.legalBasis},
                  {QStringLiteral("eventDate"), deadline.eventDate.toString(Qt::ISODate)},
                  {QStringLiteral("due"), deadline.due.toString(Qt::ISODate)},
                  {QStringLiteral("daysLeft"), daysLeft},
                  {QStringLiteral("ruleSet"), ruleSetId}};
    if (!office.isEmpty())
        o.insert(QStringLiteral("office"), office);
    return o;
}

std::optional<WatchedDeadline> ReceptionRepository::watchedDeadline(const DeadlineCalculator &calc, MatterKind kind,
                                                                    bool aboutEnforcement, const QDate &receivedOn,
                                                                    const QDate &acceptedOn, const QDate &today)
{
    ReceptionRecord probe;
    probe.kinds = {kind};
    probe.aboutEnforcement = aboutEnforcement;
    const QString family = probe.deadlineKind();
    const bool accepted = acceptedOn.isValid();
    const QList<Deadline> candidates =
        calc.computeAll(family, accepted ? QStringLiteral("acceptance") : QStringLiteral("receipt"), receivedOn,
                        accepted ? acceptedOn : receivedOn);
    const Deadline *earliest = nullptr;
    for (const Deadline &d : candidates)
        if (d.due.isValid() && (!earliest || d.due < earliest->due))
            earliest = &d;
    if (!earliest)
        return std::nullopt;
    WatchedDeadline w;
    w.kind = family;
    w.deadline = *earliest;
    w.daysLeft = int(today.daysTo(earliest->due));
    if (const DeadlineRuleSet *set = calc.ruleSetFor(receivedOn))
        w.ruleSetId = set->id;
    return w;
}

Result<QList<WatchedDeadline>> ReceptionRepository::deadlineWatch(const QDate &today, int withinDays)
{
    if (!today.isValid() || withinDays < 0)
        return Error::invalid(QStringLiteral("within"),
                              QStringLiteral("give a day and a number of days ahead (0 or more)"));
    auto q = m_store.db().exec(
        QStringLiteral("SELECT m.id, m.kind, m.about_enforcement, m.opened_on, m.accepted_on, m.direction, "
                       "r.id, r.book_year, r.book_no FROM matters m "
                       "JOIN reception_records r ON r.rowid = (SELECT rowid FROM reception_records "
                       "  WHERE matter_id = m.id ORDER BY search_key LIMIT 1) "
                       "WHERE m.status = 'open' AND m.direction IN ('pending', 'accept') AND m.opened_on >= ? "
                       "AND NOT EXISTS (SELECT 1 FROM matter_results x WHERE x.matter_id = m.id "
                       "  AND x.result IN ('resolved', 'withdrawn', 'returned', 'transferred'))"),
        {today.addDays(-kWatchLookbackDays).toString(Qt::ISODate)});
    if (!q)
        return q.error();
    const QDate horizon = today.addDays(withinDays);
    QList<WatchedDeadline> out;
    while (q->next()) {
        MatterKind kind;
        if (!fromString(q->value(1).toString(), &kind))
            continue;
        const bool accepted = q->value(5).toString() == QLatin1String("accept");
        auto w = watchedDeadline(m_store.deadlines(), kind, q->value(2).toBool(),
                                 QDate::fromString(q->value(3).toString(), Qt::ISODate),
                                 accepted ? QDate::fromString(q->value(4).toString(), Qt::ISODate) : QDate(), today);
        if (!w || w->deadline.due > horizon)
            continue;
        w->matterId = q->value(0).toString();
        w->recordId = q->value(6).toString();
        w->bookYear = q->value(7).toInt();
        w->bookNo = q->value(8).toInt();
        out << *w;
    }
    // Conclusion notices of the head's or a deputy's receptions, until the
    // matter is closed or the department reports a final result.
    auto notices = m_store.db().exec(
        QStringLiteral(
            "SELECT r.matter_id, r.id, r.book_year, r.book_no, r.received_at, r.receiver_name, r.conclusion_due "
            "FROM reception_records r JOIN matters m ON m.id = r.matter_id "
            "WHERE r.conclusion_due IS NOT NULL AND r.conclusion_due <= ? AND r.received_date >= ? "
            "AND m.status = 'open' AND NOT EXISTS (SELECT 1 FROM matter_results x WHERE x.matter_id = m.id "
            "  AND x.result IN ('resolved', 'withdrawn', 'returned', 'transferred'))"),
        {horizon.toString(Qt::ISODate), today.addDays(-kWatchLookbackDays).toString(Qt::ISODate)});
    if (!notices)
        return notices.error();
    while (notices->next()) {
        ReceptionRecord r;
        r.receivedAt = QDateTime::fromString(notices->value(4).toString(), Qt::ISODate).toLocalTime();
        r.receiverName = notices->value(5).toString();
        r.conclusionDue = QDate::fromString(notices->value(6).toString(), Qt::ISODate);
        WatchedDeadline w;
        w.matterId = notices->value(0).toString();
        w.recordId = notices->value(1).toString();
        w.bookYear = notices->value(2).toInt();
        w.bookNo = notices->value(3).toInt();
        w.kind = QStringLiteral("conclusion");
        w.deadline = conclusionDeadline(r);
        w.daysLeft = int(today.daysTo(r.conclusionDue));
        out << w;
    }
    std::stable_sort(out.begin(), out.end(), [](const WatchedDeadline &a, const WatchedDeadline &b) {
        return a.deadline.due != b.deadline.due ? a.deadline.due < b.deadline.due
                                                : std::pair(a.bookYear, a.bookNo) < std::pair(b.bookYear, b.bookNo);
    });
    return out;
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
