#include "leadercontroller.h"

#include "officestore.h"

#include <QJsonDocument>

namespace tiepdan {

// --- LogListModel -----------------------------------------------------------

void LogListModel::reset(Fetch fetch, std::function<bool()> allowed)
{
    beginResetModel();
    m_fetch = std::move(fetch);
    m_allowed = std::move(allowed);
    m_rows.clear();
    m_offices.clear();
    m_cursor.clear();
    m_more = true;
    load(&m_rows, &m_offices);
    endResetModel();
    emit countChanged();
}

void LogListModel::clear()
{
    beginResetModel();
    m_fetch = {};
    m_rows.clear();
    m_offices.clear();
    m_cursor.clear();
    m_more = false;
    endResetModel();
    emit countChanged();
}

bool LogListModel::load(QList<StoredRecord> *rows, QList<QString> *offices)
{
    if (!m_fetch || !m_more || (m_allowed && !m_allowed())) {
        m_more = false;
        return false;
    }
    auto page = m_fetch(m_cursor, kPageSize);
    if (!page) {
        m_more = false;
        emit failed(page.error());
        return false;
    }
    for (int i = 0; i < page->rows.size(); ++i) {
        rows->append(page->rows[i]);
        offices->append(page->offices.value(i));
    }
    m_cursor = page->cursor;
    m_more = !m_cursor.isEmpty();
    return true;
}

int LogListModel::rowOf(const QString &recordId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].record.id == recordId)
            return i;
    return -1;
}

bool LogListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void LogListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    QList<StoredRecord> rows;
    QList<QString> offices;
    if (!load(&rows, &offices) || rows.isEmpty()) {
        emit countChanged();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    m_offices += offices;
    endInsertRows();
    emit countChanged();
}

int LogListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LogListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StoredRecord &s = m_rows[index.row()];
    const ReceptionRecord &r = s.record;
    switch (role) {
    case RecordIdRole: return r.id;
    case BookRole: return QStringLiteral("%1/%2").arg(r.bookNo).arg(r.bookYear);
    case DateRole: return r.receivedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case NameRole: return r.identity.fullName; // empty when sealed
    case IdNumberRole: return r.identity.idNumber;
    case AddressRole: return r.identity.address;
    case ContentRole: return r.content.left(300).replace(u'\n', u' ');
    case KindsRole: {
        QStringList k;
        for (MatterKind m : r.kinds)
            k << toString(m);
        return k;
    }
    case PeopleRole: return r.peopleCount;
    case GroupRole: return r.isGroup(m_groups);
    case RepeatRole: return !r.firstVisit;
    case DirectionRole: return toString(r.direction);
    case TransferAgencyRole: return r.transferAgency;
    case ReceiverRole: return toString(r.receiverRole);
    case ReceiverNameRole: return r.receiverName;
    case ReceptionKindRole: return toString(r.receptionKind);
    case SealedRole: return s.sealed || r.confidential;
    case AnonymousRole: return r.anonymous;
    case OfficeRole: return m_offices.value(index.row());
    case RefusedRole: return r.refusal != RefusalGround::None;
    }
    return {};
}

QHash<int, QByteArray> LogListModel::roleNames() const
{
    return {{RecordIdRole, "recordId"},
            {BookRole, "book"},
            {DateRole, "date"},
            {NameRole, "name"},
            {IdNumberRole, "idNumber"},
            {AddressRole, "address"},
            {ContentRole, "content"},
            {KindsRole, "kinds"},
            {PeopleRole, "people"},
            {GroupRole, "group"},
            {RepeatRole, "repeat"},
            {DirectionRole, "direction"},
            {TransferAgencyRole, "transferAgency"},
            {ReceiverRole, "receiver"},
            {ReceiverNameRole, "receiverName"},
            {ReceptionKindRole, "receptionKind"},
            {SealedRole, "sealed"},
            {AnonymousRole, "anonymous"},
            {OfficeRole, "office"},
            {RefusedRole, "refused"}};
}

// --- LeaderController -------------------------------------------------------

LeaderController::LeaderController(OfficeStore &store, LeaderSource &source, QObject *parent)
    : ErrorReporter(parent), m_store(store), m_source(source)
{
    m_log.setGroupPolicy(store.config().groups);
    connect(&m_log, &LogListModel::failed, this, [this](const Error &e) { fail(e); });
    m_idleTimer.setInterval(20000);
    connect(&m_idleTimer, &QTimer::timeout, this, &LeaderController::checkIdle);
    m_idleTimer.start();
}

QString LeaderController::officeName() const
{
    return m_store.config().office.name;
}

QString LeaderController::today() const
{
    return m_store.now().date().toString(Qt::ISODate);
}

void LeaderController::setLanguage(const QString &language)
{
    const QString l = language == QLatin1String("en") ? language : QStringLiteral("vi");
    if (l == m_language)
        return;
    m_language = l;
    emit languageChanged();
}

bool LeaderController::signIn(const QString &login, const QString &pin)
{
    auto s = m_store.users().signIn(login, pin);
    if (!s)
        return fail(s.error());
    if (!s->may(Permission::ReadLog) && !s->may(Permission::ReadStatistics)) {
        Session denied = *s;
        m_store.users().signOut(denied);
        return fail(Error::make(ErrorCode::Denied, QStringLiteral("this role does not read the log book")));
    }
    m_session = *s;
    m_signOutReason.clear();
    clearError();
    if (auto o = m_source.offices())
        m_offices = *o;
    emit sessionChanged();
    applyFilter(m_filter);
    if (m_session->may(Permission::ReadStatistics)) {
        refreshDeadlines();
        const QDate today = m_store.now().date();
        showPeriod(QStringLiteral("year"), today.year(), 0);
    }
    return true;
}

void LeaderController::endSession(const QString &reason)
{
    if (!m_session)
        return;
    m_store.users().signOut(*m_session);
    m_session.reset();
    m_signOutReason = reason;
    m_log.clear();
    m_record.clear();
    m_statistics.clear();
    m_deadlines.clear();
    m_overdue = 0;
    emit recordChanged();
    emit statisticsChanged();
    emit deadlinesChanged();
    emit sessionChanged();
}

void LeaderController::signOut()
{
    endSession({});
}

void LeaderController::touch()
{
    if (m_session)
        m_session->touch(m_store.now());
}

void LeaderController::checkIdle()
{
    if (!m_session)
        return;
    auto ok = m_store.users().require(*m_session, m_session->may(Permission::ReadLog) ? Permission::ReadLog
                                                                                      : Permission::ReadStatistics);
    if (!ok && ok.error().code == ErrorCode::Denied)
        endSession(QStringLiteral("idle"));
}

bool LeaderController::allowed(Permission p)
{
    if (!m_session)
        return fail(Error::make(ErrorCode::Denied, QStringLiteral("sign in first")));
    auto ok = m_store.users().require(*m_session, p);
    if (!ok) {
        fail(ok.error());
        // Timed out or disabled since (not merely a permission this role lacks).
        if (!m_store.users().require(*m_session, Permission::ReadStatistics) &&
            !m_store.users().require(*m_session, Permission::ReadLog))
            endSession(QStringLiteral("denied"));
        return false;
    }
    m_session->touch(m_store.now());
    return true;
}

void LeaderController::setWithinDays(int days)
{
    days = qBound(0, days, 365);
    if (days == m_withinDays)
        return;
    m_withinDays = days;
    refreshDeadlines();
}

namespace {
template <typename E> bool optionalEnum(const QVariantMap &f, const char *key, std::optional<E> *out)
{
    const QString v = f.value(QLatin1String(key)).toString().trimmed();
    if (v.isEmpty())
        return true;
    E e;
    if (!fromString(v, &e))
        return false;
    *out = e;
    return true;
}

QVariantList historyList(const QList<HistoryEvent> &events)
{
    QVariantList out;
    for (const HistoryEvent &e : events)
        out << QVariantMap{
            {QStringLiteral("at"),
             QDateTime::fromString(e.at, Qt::ISODate).toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"))},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("detail"), QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact))}};
    return out;
}

QDate dateOf(const QVariantMap &f, const char *key, bool *ok)
{
    const QString v = f.value(QLatin1String(key)).toString().trimmed();
    if (v.isEmpty())
        return {};
    const QDate d = QDate::fromString(v, Qt::ISODate);
    *ok = *ok && d.isValid();
    return d;
}
} // namespace

bool LeaderController::applyFilter(const QVariantMap &f)
{
    LogQuery q;
    bool datesOk = true;
    q.from = dateOf(f, "from", &datesOk);
    q.to = dateOf(f, "to", &datesOk);
    if (!datesOk || (q.from.isValid() && q.to.isValid() && q.to < q.from))
        return fail(Error::invalid(QStringLiteral("period"),
                                   QStringLiteral("a period is two dates, the first not after the second")));
    q.text = f.value(QStringLiteral("text")).toString().left(200);
    q.receiverName = f.value(QStringLiteral("receiverName")).toString().trimmed().left(100);
    q.office = f.value(QStringLiteral("office")).toString().trimmed();
    if (!optionalEnum(f, "kind", &q.kind))
        return fail(Error::invalid(QStringLiteral("kind"), QStringLiteral("unknown matter kind")));
    if (!optionalEnum(f, "direction", &q.direction))
        return fail(Error::invalid(QStringLiteral("direction"), QStringLiteral("unknown handling direction")));
    if (!optionalEnum(f, "receiverRole", &q.receiverRole))
        return fail(Error::invalid(QStringLiteral("receiverRole"), QStringLiteral("unknown receiver")));
    const QString group = f.value(QStringLiteral("group")).toString();
    if (group == QLatin1String("yes") || group == QLatin1String("no"))
        q.group = group == QLatin1String("yes");
    else if (!group.isEmpty())
        return fail(Error::invalid(QStringLiteral("group"), QStringLiteral("group is yes, no or empty")));
    const QString visit = f.value(QStringLiteral("visit")).toString();
    if (visit == QLatin1String("first") || visit == QLatin1String("repeat"))
        q.firstVisit = visit == QLatin1String("first");
    else if (!visit.isEmpty())
        return fail(Error::invalid(QStringLiteral("visit"), QStringLiteral("visit is first, repeat or empty")));
    m_filter = f;
    m_query = q;
    emit filterChanged();
    if (!allowed(Permission::ReadLog)) {
        m_log.clear();
        return false;
    }
    clearError();
    m_log.reset([this, q](const QString &after, int limit) { return m_source.records(q, after, limit); },
                [this] { return m_session && m_session->may(Permission::ReadLog); });
    return errorKind().isEmpty();
}

bool LeaderController::openRecord(const QString &recordId)
{
    if (!allowed(Permission::ReadLog))
        return false;
    // The row as listed (its office; the whole record for a remote source),
    // or, locally, the record as stored now.
    const int row = m_log.rowOf(recordId);
    StoredRecord s;
    if (!m_source.isRemote()) {
        auto got = m_store.records().get(recordId);
        if (!got)
            return fail(got.error());
        s = *got;
    } else if (row >= 0) {
        s = m_log.recordAt(row);
    } else {
        return fail(Error::make(ErrorCode::NotFound, QStringLiteral("no such record in the list")));
    }
    const QString office = row >= 0 ? m_log.officeAt(row) : QString();
    auto h = m_source.history(recordId);
    if (!h)
        return fail(h.error());
    const ReceptionRecord &r = s.record;
    QStringList kinds;
    for (MatterKind k : r.kinds)
        kinds << toString(k);
    QVariantList deadlines;
    for (const Deadline &d : s.deadlines)
        deadlines << QVariantMap{{QStringLiteral("labelVi"), d.labelVi},
                                 {QStringLiteral("labelEn"), d.labelEn},
                                 {QStringLiteral("legalBasis"), d.legalBasis},
                                 {QStringLiteral("due"), d.due.toString(QStringLiteral("dd/MM/yyyy"))},
                                 {QStringLiteral("daysLeft"), int(m_store.now().date().daysTo(d.due))}};
    m_record = QVariantMap{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("office"), office},
        {QStringLiteral("book"), QStringLiteral("%1/%2").arg(r.bookNo).arg(r.bookYear)},
        {QStringLiteral("date"), r.receivedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"))},
        {QStringLiteral("sealed"), s.sealed || r.confidential},
        {QStringLiteral("anonymous"), r.anonymous},
        {QStringLiteral("unsealed"), false},
        {QStringLiteral("name"), r.identity.fullName},
        {QStringLiteral("address"), r.identity.address},
        {QStringLiteral("idNumber"), r.identity.idNumber},
        {QStringLiteral("phone"), r.identity.phone},
        {QStringLiteral("representatives"), r.identity.representatives.join(QStringLiteral(", "))},
        {QStringLiteral("content"), r.content},
        {QStringLiteral("kinds"), kinds},
        {QStringLiteral("people"), r.peopleCount},
        {QStringLiteral("previousAgency"), r.previousAgency},
        {QStringLiteral("direction"), toString(r.direction)},
        {QStringLiteral("transferAgency"), r.transferAgency},
        {QStringLiteral("followUp"), r.followUp},
        {QStringLiteral("notes"), r.notes},
        {QStringLiteral("receiver"), toString(r.receiverRole)},
        {QStringLiteral("receiverName"), r.receiverName},
        {QStringLiteral("receptionKind"), toString(r.receptionKind)},
        {QStringLiteral("repeat"), !r.firstVisit},
        {QStringLiteral("refusal"), toString(r.refusal)},
        {QStringLiteral("refusalNote"), r.refusalNote},
        {QStringLiteral("ticket"), r.ticketLabel},
        {QStringLiteral("conclusion"), r.conclusion},
        {QStringLiteral("conclusionDue"),
         r.conclusionDue.isValid() ? r.conclusionDue.toString(QStringLiteral("dd/MM/yyyy")) : QString()},
        {QStringLiteral("deadlines"), deadlines},
        {QStringLiteral("history"), historyList(*h)},
    };
    clearError();
    emit recordChanged();
    return true;
}

void LeaderController::closeRecord()
{
    m_record.clear();
    emit recordChanged();
}

bool LeaderController::unseal(const QString &reason)
{
    const QString id = m_record.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return fail(Error::make(ErrorCode::NotFound, QStringLiteral("open a record first")));
    if (!allowed(Permission::OpenSealed))
        return false;
    auto identity = m_source.unseal(id, *m_session, reason);
    if (!identity)
        return fail(identity.error());
    m_record.insert(QStringLiteral("unsealed"), true);
    m_record.insert(QStringLiteral("name"), identity->fullName);
    m_record.insert(QStringLiteral("address"), identity->address);
    m_record.insert(QStringLiteral("idNumber"), identity->idNumber);
    m_record.insert(QStringLiteral("phone"), identity->phone);
    m_record.insert(QStringLiteral("representatives"), identity->representatives.join(QStringLiteral(", ")));
    // The opening is now in the record's history.
    if (auto h = m_source.history(id))
        m_record.insert(QStringLiteral("history"), historyList(*h));
    clearError();
    emit recordChanged();
    return true;
}

std::pair<QDate, QDate> LeaderController::periodOf(const QString &kind, int year, int n)
{
    if (year < 2000 || year > 2200)
        return {};
    if (kind == QLatin1String("month") && n >= 1 && n <= 12) {
        const QDate first(year, n, 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    if (kind == QLatin1String("quarter") && n >= 1 && n <= 4) {
        const QDate first(year, (n - 1) * 3 + 1, 1);
        return {first, first.addMonths(3).addDays(-1)};
    }
    if (kind == QLatin1String("half"))
        return {QDate(year, 1, 1), QDate(year, 6, 30)};
    if (kind == QLatin1String("nine"))
        return {QDate(year, 1, 1), QDate(year, 9, 30)};
    if (kind == QLatin1String("year"))
        return {QDate(year, 1, 1), QDate(year, 12, 31)};
    return {};
}

bool LeaderController::showPeriod(const QString &kind, int year, int n)
{
    const auto [from, to] = periodOf(kind, year, n);
    if (!from.isValid())
        return fail(Error::invalid(QStringLiteral("period"), QStringLiteral("unknown period")));
    if (!computeStatistics(from, to, kind))
        return false;
    m_statistics.insert(QStringLiteral("year"), year);
    m_statistics.insert(QStringLiteral("n"), n);
    emit statisticsChanged();
    return true;
}

bool LeaderController::showRange(const QString &fromText, const QString &toText)
{
    const QDate from = QDate::fromString(fromText.trimmed(), Qt::ISODate);
    const QDate to = QDate::fromString(toText.trimmed(), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 3660)
        return fail(Error::invalid(QStringLiteral("period"),
                                   QStringLiteral("a period is two dates, the first not after the second")));
    if (!computeStatistics(from, to, QStringLiteral("range")))
        return false;
    m_statistics.insert(QStringLiteral("fromIso"), from.toString(Qt::ISODate));
    m_statistics.insert(QStringLiteral("toIso"), to.toString(Qt::ISODate));
    emit statisticsChanged();
    return true;
}

namespace {
// One figure now and a year earlier.
QVariantMap figure(const QString &key, qint64 now, qint64 before)
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("current"), now}, {QStringLiteral("previous"), before}};
}

QVariantList mapFigures(const QStringList &keys, const QMap<QString, int> &now, const QMap<QString, int> &before)
{
    QVariantList out;
    for (const QString &k : keys)
        out << figure(k, now.value(k), before.value(k));
    return out;
}
} // namespace

bool LeaderController::computeStatistics(const QDate &from, const QDate &to, const QString &kind)
{
    if (!allowed(Permission::ReadStatistics))
        return false;
    const QString office = m_filter.value(QStringLiteral("office")).toString();
    auto now = m_source.report(from, to, office);
    if (!now)
        return fail(now.error());
    const QDate prevFrom = from.addYears(-1), prevTo = to.addYears(-1);
    auto before = m_source.report(prevFrom, prevTo, office);
    if (!before)
        return fail(before.error());
    const ReceptionReport &a = *now, &b = *before;
    QVariantList leaders;
    for (const QString &cat : {QStringLiteral("all"), QStringLiteral("head-periodic"), QStringLiteral("head-adhoc"),
                               QStringLiteral("head-regular"), QStringLiteral("deputy")}) {
        const LeaderFigures x = a.leaders.value(cat), y = b.leaders.value(cat);
        leaders << QVariantMap{{QStringLiteral("key"), cat},
                               {QStringLiteral("sessions"), x.sessions},
                               {QStringLiteral("visits"), x.visits},
                               {QStringLiteral("persons"), x.persons},
                               {QStringLiteral("cases"), x.cases},
                               {QStringLiteral("previousSessions"), y.sessions},
                               {QStringLiteral("previousVisits"), y.visits},
                               {QStringLiteral("previousPersons"), y.persons},
                               {QStringLiteral("previousCases"), y.cases}};
    }
    const QStringList kinds{QStringLiteral("complaint"), QStringLiteral("denunciation"), QStringLiteral("petition"),
                            QStringLiteral("feedback")};
    const QStringList directions{QStringLiteral("accept"), QStringLiteral("return_guide"), QStringLiteral("transfer"),
                                 QStringLiteral("pending")};
    m_statistics = QVariantMap{
        {QStringLiteral("kind"), kind},
        {QStringLiteral("from"), from.toString(QStringLiteral("dd/MM/yyyy"))},
        {QStringLiteral("to"), to.toString(QStringLiteral("dd/MM/yyyy"))},
        {QStringLiteral("previousFrom"), prevFrom.toString(QStringLiteral("dd/MM/yyyy"))},
        {QStringLiteral("previousTo"), prevTo.toString(QStringLiteral("dd/MM/yyyy"))},
        {QStringLiteral("totals"), QVariantList{figure(QStringLiteral("visits"), a.visits, b.visits),
                                                figure(QStringLiteral("persons"), a.persons, b.persons),
                                                figure(QStringLiteral("cases"), a.cases, b.cases),
                                                figure(QStringLiteral("firstVisits"), a.firstVisits, b.firstVisits),
                                                figure(QStringLiteral("repeatVisits"), a.repeatVisits, b.repeatVisits),
                                                figure(QStringLiteral("refused"), a.refused, b.refused)}},
        {QStringLiteral("groups"), QVariantList{figure(QStringLiteral("groups"), a.groups, b.groups),
                                                figure(QStringLiteral("groupPersons"), a.groupPersons, b.groupPersons),
                                                figure(QStringLiteral("groupCases"), a.groupCases, b.groupCases)}},
        {QStringLiteral("leaders"), leaders},
        {QStringLiteral("byKind"), mapFigures(kinds, a.byKind, b.byKind)},
        {QStringLiteral("byDirection"), mapFigures(directions, a.byDirection, b.byDirection)},
        {QStringLiteral("resolvedByKind"), mapFigures(kinds, a.resolvedByKind, b.resolvedByKind)},
        {QStringLiteral("queue"),
         QVariantList{figure(QStringLiteral("tickets"), a.queue.tickets, b.queue.tickets),
                      figure(QStringLiteral("served"), a.queue.served, b.queue.served),
                      figure(QStringLiteral("noShows"), a.queue.noShows, b.queue.noShows),
                      figure(QStringLiteral("avgWaitMinutes"), qRound(a.queue.avgWaitSeconds / 60.0),
                             qRound(b.queue.avgWaitSeconds / 60.0)),
                      figure(QStringLiteral("avgServiceMinutes"), qRound(a.queue.avgServiceSeconds / 60.0),
                             qRound(b.queue.avgServiceSeconds / 60.0))}},
    };
    clearError();
    emit statisticsChanged();
    return true;
}

bool LeaderController::refreshDeadlines()
{
    if (!allowed(Permission::ReadStatistics))
        return false;
    const QDate today = m_store.now().date();
    auto items = m_source.deadlines(today, m_withinDays, m_filter.value(QStringLiteral("office")).toString());
    if (!items)
        return fail(items.error());
    m_deadlines.clear();
    m_overdue = 0;
    for (const WatchedDeadline &w : *items) {
        m_overdue += w.daysLeft < 0;
        m_deadlines << QVariantMap{
            {QStringLiteral("office"), w.office},
            {QStringLiteral("recordId"), w.recordId},
            {QStringLiteral("book"), QStringLiteral("%1/%2").arg(w.bookNo).arg(w.bookYear)},
            {QStringLiteral("kind"), w.kind},
            {QStringLiteral("labelVi"), w.deadline.labelVi},
            {QStringLiteral("labelEn"), w.deadline.labelEn},
            {QStringLiteral("legalBasis"), w.deadline.legalBasis},
            {QStringLiteral("received"), w.deadline.eventDate.toString(QStringLiteral("dd/MM/yyyy"))},
            {QStringLiteral("due"), w.deadline.due.toString(QStringLiteral("dd/MM/yyyy"))},
            {QStringLiteral("daysLeft"), w.daysLeft},
            {QStringLiteral("ruleSet"), w.ruleSetId}};
    }
    emit deadlinesChanged();
    return true;
}

} // namespace tiepdan
