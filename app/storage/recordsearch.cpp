#include "receptionrepository.h"

#include "database.h"
#include "validation.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace tiepdan {

// A user's query as an FTS5 expression: every folded word must appear
// (whole, or as a prefix where ftsQuery's contract says so). Words are
// quoted, so FTS syntax in the input is just text.
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

} // namespace tiepdan
