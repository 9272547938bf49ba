#include "matterrepository.h"

#include "database.h"
#include "officestore.h"
#include "userrepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace tiepdan {

namespace {

// The facts' columns: the matter, its first visit and the department's
// final result. `where` selects the matters; binds follow.
const QString kFactsSql =
    QStringLiteral("SELECT m.id, m.direction, m.about_enforcement, r.received_date, r.kinds, r.anonymous, "
                   "(SELECT MIN(x.at) FROM matter_results x WHERE x.matter_id = m.id "
                   "  AND x.result IN ('resolved', 'withdrawn', 'returned', 'transferred')), "
                   "m.accepted_on, r.id, r.book_year, r.book_no "
                   "FROM matters m JOIN reception_records r ON r.rowid = (SELECT rowid FROM reception_records "
                   "  WHERE matter_id = m.id ORDER BY search_key LIMIT 1) ");

MatterFacts factsFrom(const QSqlQuery &q)
{
    MatterFacts m;
    m.id = q.value(0).toString();
    fromString(q.value(1).toString(), &m.directionAtReception);
    m.aboutEnforcement = q.value(2).toBool();
    m.firstReceipt = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    for (const QString &k : q.value(4).toString().split(u',', Qt::SkipEmptyParts)) {
        MatterKind kind;
        if (fromString(k, &kind))
            m.parts << kind;
    }
    m.anonymous = q.value(5).toBool();
    if (!q.value(6).isNull())
        m.closedByDepartment = QDateTime::fromString(q.value(6).toString(), Qt::ISODate).date();
    m.acceptedAtReception = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    return m;
}

} // namespace

Result<QString> MatterRepository::resolve(const QString &reference)
{
    const QString ref = reference.trimmed().left(64);
    Database &db = m_store.db();
    auto matter = db.scalar(QStringLiteral("SELECT id FROM matters WHERE id = ?"), {ref});
    if (!matter)
        return matter.error();
    if (!matter->isNull())
        return matter->toString();
    static const QRegularExpression bookRe(QStringLiteral("^(\\d{1,7})/(\\d{4})$"));
    const auto book = bookRe.match(ref);
    auto viaRecord = book.hasMatch()
                         ? db.scalar(QStringLiteral("SELECT matter_id FROM reception_records "
                                                    "WHERE book_no = ? AND book_year = ?"),
                                     {book.captured(1).toInt(), book.captured(2).toInt()})
                         : db.scalar(QStringLiteral("SELECT matter_id FROM reception_records WHERE id = ?"), {ref});
    if (!viaRecord)
        return viaRecord.error();
    if (viaRecord->isNull())
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("no matter, record or book number '%1' in this office").arg(ref));
    return viaRecord->toString();
}

Result<QList<MatterStep>> MatterRepository::steps(const QString &matterId)
{
    auto q =
        m_store.db().exec(QStringLiteral("SELECT step FROM matter_steps WHERE matter_id = ? ORDER BY seq"), {matterId});
    if (!q)
        return q.error();
    QList<MatterStep> out;
    while (q->next())
        out << MatterStep::fromJson(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
    return out;
}

Result<MatterFacts> MatterRepository::facts(const QString &matterId)
{
    auto q = m_store.db().exec(kFactsSql + QStringLiteral("WHERE m.id = ?"), {matterId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no matter %1").arg(matterId.left(64)));
    MatterFacts m = factsFrom(*q);
    auto s = steps(matterId);
    if (!s)
        return s.error();
    m.steps = *s;
    return m;
}

Result<QList<OpenMatter>> MatterRepository::openMatters(const QDate &since)
{
    Database &db = m_store.db();
    const QString from = since.toString(Qt::ISODate);
    auto q = db.exec(kFactsSql + QStringLiteral("WHERE m.status = 'open' AND m.opened_on >= ?"), {from});
    if (!q)
        return q.error();
    QList<OpenMatter> out;
    QHash<QString, qsizetype> at;
    while (q->next()) {
        out << OpenMatter{factsFrom(*q), q->value(8).toString(), q->value(9).toInt(), q->value(10).toInt()};
        at.insert(out.last().facts.id, out.size() - 1);
    }
    auto s = db.exec(QStringLiteral("SELECT s.matter_id, s.step FROM matter_steps s JOIN matters m "
                                    "ON m.id = s.matter_id WHERE m.status = 'open' AND m.opened_on >= ? "
                                    "ORDER BY s.matter_id, s.seq"),
                     {from});
    if (!s)
        return s.error();
    while (s->next())
        if (const auto i = at.constFind(s->value(0).toString()); i != at.constEnd())
            out[*i].facts.steps << MatterStep::fromJson(
                QJsonDocument::fromJson(s->value(1).toString().toUtf8()).object());
    return out;
}

Result<QList<MatterDeadline>> MatterRepository::deadlines(const QString &matterId)
{
    auto m = facts(matterId);
    if (!m)
        return m.error();
    return matterDeadlines(*m, m_store.deadlines());
}

Result<MatterStep> MatterRepository::addStep(MatterStep step, const Session &by)
{
    if (auto ok = m_store.users().require(by, Permission::RecordVisit); !ok)
        return ok.error();
    MatterStep stored;
    auto s = m_store.db().transaction([&]() -> Status {
        Database &db = m_store.db();
        // Read inside the transaction: two desks adding a step at once see
        // each other's (BEGIN IMMEDIATE), so numbers and rules hold.
        auto m = facts(step.matterId);
        if (!m)
            return m.error();
        auto valid = validateStep(*m, step, m_store.now().date());
        if (!valid)
            return valid.error();
        stored = std::move(valid).value();
        stored.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        stored.seq = m->steps.isEmpty() ? 1 : m->steps.last().seq + 1;
        stored.recordedBy = by.login();
        stored.recordedAt = m_store.now();
        auto seq =
            m_store.audit().append(by.login(), QStringLiteral("matter.step"), QStringLiteral("matter"), stored.matterId,
                                   {{QStringLiteral("kind"), toString(stored.kind)},
                                    {QStringLiteral("part"), stored.part},
                                    {QStringLiteral("seq"), stored.seq}});
        if (!seq)
            return seq.error();
        const QJsonObject json = stored.toJson();
        if (auto ins = db.exec(QStringLiteral("INSERT INTO matter_steps(id, matter_id, seq, kind, date, step, "
                                              "recorded_by, recorded_at, audit_seq) VALUES (?,?,?,?,?,?,?,?,?)"),
                               {stored.id, stored.matterId, stored.seq, toString(stored.kind),
                                stored.date.toString(Qt::ISODate),
                                QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)),
                                stored.recordedBy, stored.recordedAt.toUTC().toString(Qt::ISODate), *seq});
            !ins)
            return ins.error();
        MatterFacts after = *m;
        after.steps << stored;
        QDate acceptedOn;
        for (const PartStatus &p : partStatuses(after))
            if (p.state == PartState::Accepted && !p.provisional && p.acceptedOn > acceptedOn)
                acceptedOn = p.acceptedOn;
        if (auto up = db.exec(QStringLiteral("UPDATE matters SET status = ?, accepted_on = COALESCE(?, accepted_on) "
                                             "WHERE id = ?"),
                              {isClosed(after) ? QStringLiteral("closed") : QStringLiteral("open"),
                               acceptedOn.isValid() ? QVariant(acceptedOn.toString(Qt::ISODate)) : QVariant(),
                               stored.matterId});
            !up)
            return up.error();
        return m_store.outbox().enqueue(stored.id, QStringLiteral("matter_step"), 1, json);
    });
    if (!s)
        return s.error();
    return stored;
}

} // namespace tiepdan
