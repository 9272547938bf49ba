#include "serverupdates.h"

#include "configloader.h"
#include "officestore.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace tiepdan {

namespace {
const QString kCursorKey = QStringLiteral("updates_cursor");
constexpr qsizetype kMaxNote = 4000;
} // namespace

Result<qint64> ServerUpdates::cursor()
{
    auto v = m_store.db().scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {kCursorKey});
    if (!v)
        return v.error();
    return v->isNull() ? qint64(0) : v->toLongLong();
}

Result<UpdatesApplied> ServerUpdates::apply(const QJsonArray &updates, qint64 newCursor)
{
    UpdatesApplied report;
    const QString actor = QStringLiteral("sync");
    const QString now = m_store.now().toString(Qt::ISODateWithMs);
    const auto done = m_store.db().transaction([&]() -> Status {
        auto stored = cursor();
        if (!stored)
            return stored.error();
        report.cursor = qMax(*stored, newCursor);
        Schedule schedule = m_store.config().schedule; // changes in this answer build on each other
        for (const QJsonValue &v : updates) {
            const QJsonObject u = v.toObject();
            const qint64 seq = u.value(QStringLiteral("seq")).toInteger(-1);
            if (seq <= *stored && seq >= 0)
                continue; // applied by an earlier pull
            QString why;
            const QString kind = u.value(QStringLiteral("kind")).toString();
            if (seq < 1) {
                why = QStringLiteral("seq must be a positive integer");
            } else if (kind == QLatin1String("matter_result")) {
                const QString matterId = u.value(QStringLiteral("matterId")).toString();
                const QString result = u.value(QStringLiteral("result")).toString();
                const QString note = u.value(QStringLiteral("note")).toString(QStringLiteral("")); // never NULL
                const QDateTime at = QDateTime::fromString(u.value(QStringLiteral("at")).toString(), Qt::ISODate);
                if (matterId.isEmpty() || matterId.size() > 64 || result.isEmpty() || result.size() > 64)
                    why = QStringLiteral("matterId and result must be non-empty strings of at most 64 characters");
                else if (!at.isValid())
                    why = QStringLiteral("at must be an ISO 8601 date-time");
                else if (note.size() > kMaxNote)
                    why = QStringLiteral("note is longer than %1 characters").arg(kMaxNote);
                else {
                    auto q = m_store.db().exec(
                        QStringLiteral(
                            "INSERT INTO matter_results (matter_id, result, note, at, seq) VALUES (?, ?, ?, ?, ?) "
                            "ON CONFLICT(matter_id) DO UPDATE SET result = excluded.result, note = excluded.note, "
                            "at = excluded.at, seq = excluded.seq WHERE excluded.seq > matter_results.seq"),
                        {matterId, result, note, at.toString(Qt::ISODate), seq});
                    if (!q)
                        return q.error();
                    ++report.matterResults;
                }
            } else if (kind == QLatin1String("schedule")) {
                const QJsonObject change = u.value(QStringLiteral("change")).toObject();
                const QList<ConfigIssue> issues = applyScheduleChange(change, schedule);
                if (!issues.isEmpty()) {
                    why = issues.first().key + QStringLiteral(": ") + issues.first().message;
                } else {
                    auto q = m_store.db().exec(
                        QStringLiteral(
                            "INSERT OR IGNORE INTO schedule_changes (seq, change, applied_at) VALUES (?, ?, ?)"),
                        {seq, QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)), now});
                    if (!q)
                        return q.error();
                    ++report.scheduleChanges;
                }
            } else {
                why = QStringLiteral("kind must be matter_result or schedule");
            }
            if (!why.isEmpty()) {
                ++report.skipped;
                report.skippedReasons << QStringLiteral("update %1: %2").arg(seq).arg(why);
                auto a = m_store.audit().append(actor, QStringLiteral("sync.update_skipped"), QStringLiteral("update"),
                                                QString::number(seq), {{QStringLiteral("reason"), why}});
                if (!a)
                    return a.error();
            }
        }
        auto c = m_store.db().exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                   {kCursorKey, QString::number(report.cursor)});
        if (!c)
            return c.error();
        if (report.matterResults + report.scheduleChanges > 0) {
            auto a = m_store.audit().append(actor, QStringLiteral("sync.updates_applied"), QStringLiteral("updates"),
                                            QString::number(report.cursor),
                                            {{QStringLiteral("matterResults"), report.matterResults},
                                             {QStringLiteral("scheduleChanges"), report.scheduleChanges}});
            if (!a)
                return a.error();
        }
        return {};
    });
    if (!done)
        return done.error();
    if (report.scheduleChanges > 0)
        if (auto r = m_store.reloadSchedule(); !r)
            return r.error();
    return report;
}

Result<std::optional<MatterResult>> ServerUpdates::matterResult(const QString &matterId)
{
    auto q = m_store.db().exec(QStringLiteral("SELECT result, note, at, seq FROM matter_results WHERE matter_id = ?"),
                               {matterId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<MatterResult>();
    return std::optional<MatterResult>(MatterResult{matterId, q->value(0).toString(), q->value(1).toString(),
                                                    QDateTime::fromString(q->value(2).toString(), Qt::ISODate),
                                                    q->value(3).toLongLong()});
}

Result<QList<QJsonObject>> ServerUpdates::scheduleChanges()
{
    auto q = m_store.db().exec(QStringLiteral("SELECT change FROM schedule_changes ORDER BY seq"));
    if (!q)
        return q.error();
    QList<QJsonObject> out;
    while (q->next())
        out << QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    return out;
}

} // namespace tiepdan
