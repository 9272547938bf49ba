#include "remotesource.h"

#include "deadlines.h"
#include "recorddeadlines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <map>

namespace tiepdan {

RemoteLeaderSource::RemoteLeaderSource(QString baseUrl, QByteArray token, const DeadlineCalculator &deadlines,
                                       std::unique_ptr<HttpTransport> transport)
    : m_base(std::move(baseUrl)), m_token(std::move(token)), m_deadlines(deadlines), m_transport(std::move(transport))
{
    while (m_base.endsWith(u'/'))
        m_base.chop(1);
}

QString RemoteLeaderSource::label() const
{
    return QUrl(m_base).host();
}

Result<QJsonObject> RemoteLeaderSource::get(const QString &path, const QUrlQuery &query)
{
    QUrl url(m_base + path);
    url.setQuery(query);
    auto r = m_transport->get(url.toString(QUrl::FullyEncoded), m_token);
    if (!r)
        return Error::make(ErrorCode::Storage,
                           QStringLiteral("cannot reach the department server: %1").arg(r.error().message));
    if (r->status == 401 || r->status == 403)
        return Error::make(ErrorCode::Denied,
                           QStringLiteral("the department server refused this leader token (HTTP %1)").arg(r->status));
    if (r->status != 200)
        return Error::make(ErrorCode::Storage, QStringLiteral("the department server answered HTTP %1").arg(r->status));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(r->body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(ErrorCode::Storage,
                           QStringLiteral("the department server's answer to %1 is not JSON").arg(path));
    return doc.object();
}

namespace {
Error garbage(const QString &what)
{
    return Error::make(ErrorCode::Storage, QStringLiteral("the department server's answer has no valid %1").arg(what));
}

template <typename E> void enumFrom(const QJsonObject &o, const char *key, E *out)
{
    fromString(o.value(QLatin1String(key)).toString(), out);
}
} // namespace

Result<QStringList> RemoteLeaderSource::offices()
{
    auto o = get(QStringLiteral("/offices"), {});
    if (!o)
        return o.error();
    if (!o->value(QStringLiteral("offices")).isArray())
        return garbage(QStringLiteral("office list"));
    QStringList out;
    for (const QJsonValue &v : o->value(QStringLiteral("offices")).toArray())
        out << v.toString();
    return out;
}

StoredRecord RemoteLeaderSource::recordFromPayload(const QJsonObject &p, const DeadlineCalculator &deadlines)
{
    StoredRecord s;
    ReceptionRecord &r = s.record;
    r.id = p.value(QStringLiteral("id")).toString();
    r.bookYear = p.value(QStringLiteral("bookYear")).toInt();
    r.bookNo = p.value(QStringLiteral("bookNo")).toInt();
    r.receivedAt = QDateTime::fromString(p.value(QStringLiteral("receivedAt")).toString(), Qt::ISODate).toLocalTime();
    r.confidential = p.value(QStringLiteral("confidential")).toBool();
    r.anonymous = p.value(QStringLiteral("anonymous")).toBool();
    s.sealed = r.confidential;
    // A confidential record's identity is ciphertext ("sealedIdentity"):
    // never read; "identity" is null for it.
    if (!r.confidential && p.value(QStringLiteral("identity")).isObject())
        r.identity = Identity::fromJson(p.value(QStringLiteral("identity")).toObject());
    r.content = p.value(QStringLiteral("content")).toString();
    for (const QString &k : p.value(QStringLiteral("kinds")).toString().split(u',', Qt::SkipEmptyParts)) {
        MatterKind mk;
        if (fromString(k, &mk))
            r.kinds << mk;
    }
    r.peopleCount = p.value(QStringLiteral("peopleCount")).toInt(1);
    r.previousAgency = p.value(QStringLiteral("previousAgency")).toString();
    enumFrom(p, "direction", &r.direction);
    r.transferAgency = p.value(QStringLiteral("transferAgency")).toString();
    r.followUp = p.value(QStringLiteral("followUp")).toString();
    r.notes = p.value(QStringLiteral("notes")).toString();
    enumFrom(p, "receiverRole", &r.receiverRole);
    r.receiverName = p.value(QStringLiteral("receiverName")).toString();
    receptionKindFromString(p.value(QStringLiteral("receptionKind")).toString(), &r.receptionKind);
    r.sessionKey = p.value(QStringLiteral("sessionKey")).toString();
    r.matterId = p.value(QStringLiteral("matterId")).toString();
    r.firstVisit = p.value(QStringLiteral("firstVisit")).toBool(true);
    r.aboutEnforcement = p.value(QStringLiteral("aboutEnforcement")).toBool();
    r.ticketLabel = p.value(QStringLiteral("ticket")).toString();
    enumFrom(p, "refusal", &r.refusal);
    r.refusalNote = p.value(QStringLiteral("refusalNote")).toString();
    r.recordedBy = p.value(QStringLiteral("recordedBy")).toString();
    r.conclusion = p.value(QStringLiteral("conclusion")).toString();
    r.conclusionDue = QDate::fromString(p.value(QStringLiteral("conclusionDue")).toString(), Qt::ISODate);
    s.deadlines = recordDeadlines(r, deadlines);
    return s;
}

Result<LogPage> RemoteLeaderSource::records(const LogQuery &q, const QString &after, int limit)
{
    if (!q.receiverName.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("receiverName"),
                              QStringLiteral("the department server does not filter by the receiver's name"));
    bool ok = true;
    const int page = after.isEmpty() ? 1 : after.toInt(&ok);
    if (!ok || page < 1)
        return Error::invalid(QStringLiteral("after"), QStringLiteral("not a page of this list"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("kind"), q.kind ? toString(*q.kind) : QStringLiteral("record"));
    auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            query.addQueryItem(QLatin1String(key), value);
    };
    add("office", q.office);
    add("from", q.from.isValid() ? q.from.toString(Qt::ISODate) : QString());
    add("to", q.to.isValid() ? q.to.toString(Qt::ISODate) : QString());
    add("q", q.text.trimmed());
    add("direction", q.direction ? toString(*q.direction) : QString());
    add("receiver", q.receiverRole ? toString(*q.receiverRole) : QString());
    add("group", q.group ? (*q.group ? QStringLiteral("yes") : QStringLiteral("no")) : QString());
    add("visit", q.firstVisit ? (*q.firstVisit ? QStringLiteral("first") : QStringLiteral("repeat")) : QString());
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(qBound(1, limit, 500)));
    auto o = get(QStringLiteral("/records"), query);
    if (!o)
        return o.error();
    const QJsonValue records = o->value(QStringLiteral("records"));
    const QJsonValue total = o->value(QStringLiteral("total"));
    if (!records.isArray() || !total.isDouble())
        return garbage(QStringLiteral("record list"));
    LogPage out;
    for (const QJsonValue &v : records.toArray()) {
        const QJsonObject row = v.toObject();
        const QJsonObject payload = row.value(QStringLiteral("payload")).toObject();
        if (payload.value(QStringLiteral("id")).toString().isEmpty())
            return garbage(QStringLiteral("record"));
        out.rows << recordFromPayload(payload, m_deadlines);
        out.offices << row.value(QStringLiteral("office")).toString();
    }
    if (qint64(page) * qBound(1, limit, 500) < total.toInteger())
        out.cursor = QString::number(page + 1);
    return out;
}

Result<ReceptionReport> RemoteLeaderSource::reportFromStats(const QJsonObject &s, const QDate &from, const QDate &to)
{
    if (!s.value(QStringLiteral("visits")).isDouble() || !s.value(QStringLiteral("receivedByLeaders")).isObject())
        return garbage(QStringLiteral("statistics"));
    ReceptionReport r;
    r.from = from;
    r.to = to;
    auto n = [](const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toInt(); };
    r.visits = n(s, "visits");
    r.persons = n(s, "persons");
    r.cases = n(s, "cases");
    r.firstVisits = n(s, "firstVisits");
    r.repeatVisits = n(s, "repeatVisits");
    r.refused = n(s, "refused");
    const QJsonObject g = s.value(QStringLiteral("groups")).toObject();
    r.groups = n(g, "groups");
    r.groupPersons = n(g, "persons");
    r.groupCases = n(g, "cases");
    auto map = [&](const char *key, QMap<QString, int> &into) {
        const QJsonObject o = s.value(QLatin1String(key)).toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.value().toInt() > 0)
                into[it.key()] = it.value().toInt();
    };
    map("casesByKind", r.byKind);
    map("visitsByDirection", r.byDirection);
    map("visitsByReceiver", r.byReceiver);
    map("visitsByReceptionKind", r.byReceptionKind);
    auto figures = [&](const QJsonObject &o) {
        return LeaderFigures{n(o, "sessions"), n(o, "visits"), n(o, "persons"), n(o, "cases")};
    };
    r.leaders.insert(QStringLiteral("all"), figures(s.value(QStringLiteral("leadersAll")).toObject()));
    const QJsonObject head =
        s.value(QStringLiteral("receivedByLeaders")).toObject().value(QStringLiteral("head")).toObject();
    for (const char *kind : {"periodic", "adhoc", "regular"}) {
        const LeaderFigures f = figures(head.value(QLatin1String(kind)).toObject());
        if (f.visits > 0)
            r.leaders.insert(QStringLiteral("head-") + QLatin1String(kind), f);
    }
    const LeaderFigures deputy = figures(s.value(QStringLiteral("deputyAll")).toObject());
    if (deputy.visits > 0)
        r.leaders.insert(QStringLiteral("deputy"), deputy);
    return r;
}

Result<ReceptionReport> RemoteLeaderSource::report(const QDate &from, const QDate &to, const QString &office)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(QStringLiteral("period"),
                              QStringLiteral("a period is two dates, the first not after the second"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    if (!office.isEmpty())
        query.addQueryItem(QStringLiteral("office"), office);
    auto o = get(QStringLiteral("/stats"), query);
    if (!o)
        return o.error();
    return reportFromStats(*o, from, to);
}

Result<QList<WatchedDeadline>> RemoteLeaderSource::deadlines(const QDate &today, int withinDays, const QString &office)
{
    if (auto ok = checkWatchWindow(today, withinDays); !ok)
        return ok.error();
    // Every record of the lookback window, page by page, grouped by matter.
    struct Matter {
        QString office, firstRecord;
        int bookYear = 0, bookNo = 0;
        QDateTime first;
        QList<MatterKind> kinds;
        bool enforcement = false, anonymous = false;
        QDate acceptedOn;
        QDateTime lastDirectionAt;
        HandlingDirection direction = HandlingDirection::Pending;
        QList<StoredRecord> notices; // records with a conclusion notice
    };
    std::map<QString, Matter> matters;
    LogQuery window;
    window.from = today.addDays(-kWatchLookbackDays);
    window.office = office;
    QString after;
    do {
        auto page = records(window, after, 500);
        if (!page)
            return page.error();
        for (int i = 0; i < page->rows.size(); ++i) {
            const ReceptionRecord &r = page->rows[i].record;
            if (r.matterId.isEmpty() || r.kinds.isEmpty())
                continue;
            Matter &m = matters[r.matterId];
            if (m.first.isNull() || r.receivedAt < m.first) {
                m.first = r.receivedAt;
                m.firstRecord = r.id;
                m.bookYear = r.bookYear;
                m.bookNo = r.bookNo;
                m.kinds = r.kinds;
                m.enforcement = r.aboutEnforcement;
                m.anonymous = r.anonymous;
                m.office = page->offices.value(i);
            }
            // As on the kiosk: the newest handling direction given; the first acceptance.
            if (r.direction != HandlingDirection::Pending &&
                (m.lastDirectionAt.isNull() || r.receivedAt > m.lastDirectionAt)) {
                m.lastDirectionAt = r.receivedAt;
                m.direction = r.direction;
            }
            if (r.direction == HandlingDirection::Accept &&
                (!m.acceptedOn.isValid() || r.receivedAt.date() < m.acceptedOn))
                m.acceptedOn = r.receivedAt.date();
            if (r.conclusionDue.isValid())
                m.notices << page->rows[i];
        }
        after = page->cursor;
    } while (!after.isEmpty());
    // The results each office's matters got from the department (newest per matter).
    QSet<QString> offices;
    for (const auto &[id, m] : matters)
        offices.insert(m.office);
    QHash<QString, QString> results;
    for (const QString &o : offices) {
        qint64 cursor = 0;
        for (;;) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("office"), o);
            query.addQueryItem(QStringLiteral("after"), QString::number(cursor));
            auto u = get(QStringLiteral("/updates"), query);
            if (!u)
                return u.error();
            if (!u->value(QStringLiteral("updates")).isArray() || !u->value(QStringLiteral("cursor")).isDouble())
                return garbage(QStringLiteral("update list"));
            const QJsonArray list = u->value(QStringLiteral("updates")).toArray();
            for (const QJsonValue &v : list) {
                const QJsonObject up = v.toObject();
                if (up.value(QStringLiteral("kind")).toString() == QLatin1String("matter_result"))
                    results.insert(up.value(QStringLiteral("matterId")).toString(),
                                   up.value(QStringLiteral("result")).toString());
            }
            const qint64 next = u->value(QStringLiteral("cursor")).toInteger();
            if (list.isEmpty() || next <= cursor)
                break;
            cursor = next;
        }
    }
    static const QSet<QString> kFinal{QStringLiteral("resolved"), QStringLiteral("withdrawn"),
                                      QStringLiteral("returned"), QStringLiteral("transferred")};
    const QDate horizon = today.addDays(withinDays);
    QList<WatchedDeadline> out;
    for (const auto &[id, m] : matters) {
        if (kFinal.contains(results.value(id)))
            continue;
        // As on the kiosk: a conclusion notice is watched while the matter is open.
        for (const StoredRecord &n : m.notices) {
            if (n.record.conclusionDue > horizon)
                continue;
            WatchedDeadline w = conclusionWatch(n.record, today);
            w.office = m.office;
            out << w;
        }
        // The same rules as the office's watch (recorddeadlines.h
        // watchedParts); the server does not serve a matter's steps yet, so
        // its life here is what the desk decided.
        MatterFacts facts;
        facts.id = id;
        facts.parts = m.kinds;
        facts.firstReceipt = m.first.date();
        facts.anonymous = m.anonymous;
        facts.aboutEnforcement = m.enforcement;
        facts.directionAtReception = m.direction;
        facts.acceptedAtReception = m.acceptedOn;
        for (WatchedDeadline w : watchedParts(facts, m_deadlines, today)) {
            if (w.deadline.due > horizon)
                continue;
            w.office = m.office;
            w.recordId = m.firstRecord;
            w.bookYear = m.bookYear;
            w.bookNo = m.bookNo;
            out << w;
        }
    }
    sortWatch(out);
    return out;
}

Result<QList<HistoryEvent>> RemoteLeaderSource::history(const QString &)
{
    return QList<HistoryEvent>{};
}

Result<Identity> RemoteLeaderSource::unseal(const QString &, const Session &, const QString &)
{
    return Error::make(ErrorCode::Denied, QStringLiteral("a sealed identity is opened only at its office: the "
                                                         "department server holds it as ciphertext"));
}

} // namespace tiepdan
