#include "leadercontroller.h"

#include "leadermaps.h"
#include "officestore.h"
#include "validation.h"

namespace tiepdan {

LeaderController::LeaderController(OfficeStore &store, LeaderSource &source, QObject *parent)
    : ErrorReporter(parent), m_store(store), m_source(source), m_exporter(store, source)
{
    m_log.setGroupPolicy(store.config().groups);
    connect(&m_log, &LogListModel::failed, this, [this](const Error &e) { fail(e); });
    // The log book's export period follows the filter and the statistics.
    for (auto changed : {&LeaderController::filterChanged, &LeaderController::filterErrorChanged,
                         &LeaderController::statisticsChanged})
        connect(this, changed, this, &LeaderController::logPeriodChanged);
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
        showPeriod(QStringLiteral("year"), m_store.now().date().year(), 0);
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
    m_record = {};
    m_statistics = {};
    m_periodError.clear();
    m_deadlines.setRows({});
    m_export = {};
    m_overdue = 0;
    emit recordChanged();
    emit statisticsChanged();
    emit deadlinesChanged();
    emit exportChanged();
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
template <typename E> bool optionalEnum(const QString &value, std::optional<E> *out)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return true;
    E e;
    if (!fromString(v, &e))
        return false;
    *out = e;
    return true;
}

// An optional date of a filter, as typed; *error is set when it is not one.
QDate optionalDate(const QString &value, const char *key, std::optional<Error> *error)
{
    const QString v = value.trimmed();
    if (v.isEmpty() || *error)
        return {};
    auto d = parseUserDate(QLatin1String(key), v);
    if (!d)
        *error = d.error();
    return d ? *d : QDate();
}

const Error kReversed =
    Error::invalid(QStringLiteral("period"), QStringLiteral("a period is two dates, the first not after the second"));
} // namespace

bool LeaderController::refuseFilter(const Error &e)
{
    m_filterError = e.field;
    m_log.clear();
    emit filterErrorChanged();
    return fail(e);
}

bool LeaderController::applyFilter(const LogFilter &f)
{
    LogQuery q;
    std::optional<Error> dateError;
    q.from = optionalDate(f.from, "from", &dateError);
    q.to = optionalDate(f.to, "to", &dateError);
    if (dateError)
        return refuseFilter(*dateError);
    if (q.from.isValid() && q.to.isValid() && q.to < q.from)
        return refuseFilter(kReversed);
    q.text = f.text.left(200);
    q.receiverName = f.receiverName.trimmed().left(limits::NameMax);
    q.office = f.office.trimmed();
    if (!optionalEnum(f.kind, &q.kind))
        return refuseFilter(Error::invalid(QStringLiteral("kind"), QStringLiteral("unknown matter kind")));
    if (!optionalEnum(f.direction, &q.direction))
        return refuseFilter(Error::invalid(QStringLiteral("direction"), QStringLiteral("unknown handling direction")));
    if (!optionalEnum(f.receiverRole, &q.receiverRole))
        return refuseFilter(Error::invalid(QStringLiteral("receiverRole"), QStringLiteral("unknown receiver")));
    const QString group = f.group;
    if (group == QLatin1String("yes") || group == QLatin1String("no"))
        q.group = group == QLatin1String("yes");
    else if (!group.isEmpty())
        return refuseFilter(Error::invalid(QStringLiteral("group"), QStringLiteral("group is yes, no or empty")));
    const QString visit = f.visit;
    if (visit == QLatin1String("first") || visit == QLatin1String("repeat"))
        q.firstVisit = visit == QLatin1String("first");
    else if (!visit.isEmpty())
        return refuseFilter(Error::invalid(QStringLiteral("visit"), QStringLiteral("visit is first, repeat or empty")));
    m_filter = f;
    m_filter.from = q.from.isValid() ? q.from.toString(Qt::ISODate) : QString();
    m_filter.to = q.to.isValid() ? q.to.toString(Qt::ISODate) : QString();
    m_query = q;
    m_filterError.clear();
    forgetExport(QStringLiteral("log"));
    emit filterErrorChanged();
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

Result<StoredRecord> LeaderController::remoteRecord(const QString &recordId, QString *office)
{
    // Not listed: a deadline watch row's record. The watch names its office
    // and the day its period runs from, on or after the day it was received.
    for (const WatchedDeadline &w : m_deadlines.rows()) {
        if (w.recordId != recordId)
            continue;
        LogQuery q;
        q.office = w.office;
        q.to = w.deadline.eventDate;
        q.from = q.to.addDays(-ReceptionRepository::kWatchLookbackDays);
        QString after;
        do {
            auto page = m_source.records(q, after, 500);
            if (!page)
                return page.error();
            for (int i = 0; i < page->rows.size(); ++i)
                if (page->rows[i].record.id == recordId) {
                    *office = page->offices.value(i);
                    return page->rows[i];
                }
            after = page->cursor;
        } while (!after.isEmpty());
    }
    return Error::make(ErrorCode::NotFound, QStringLiteral("no such record in the list or the deadline watch"));
}

bool LeaderController::openRecord(const QString &recordId)
{
    if (!allowed(Permission::ReadLog))
        return false;
    // The row as listed (its office; the whole record for a remote source),
    // or, locally, the record as stored now.
    const int row = m_log.rowOf(recordId);
    QString office = row >= 0 ? m_log.officeAt(row) : QString();
    Result<StoredRecord> s = !m_source.isRemote() ? m_store.records().get(recordId)
                             : row >= 0           ? Result<StoredRecord>(m_log.recordAt(row))
                                                  : remoteRecord(recordId, &office);
    if (!s)
        return fail(s.error());
    auto h = m_source.history(recordId);
    if (!h)
        return fail(h.error());
    m_record = leadermaps::record(*s, office, m_store.now().date(), *h);
    clearError();
    emit recordChanged();
    return true;
}

void LeaderController::closeRecord()
{
    m_record = {};
    emit recordChanged();
}

bool LeaderController::unseal(const QString &reason)
{
    const QString id = m_record.id;
    if (id.isEmpty())
        return fail(Error::make(ErrorCode::NotFound, QStringLiteral("open a record first")));
    if (!allowed(Permission::OpenSealed))
        return false;
    auto identity = m_source.unseal(id, *m_session, reason);
    if (!identity)
        return fail(identity.error());
    m_record.unsealed = true;
    m_record.name = identity->fullName;
    m_record.address = identity->address;
    m_record.idNumber = identity->idNumber;
    m_record.phone = identity->phone;
    m_record.representatives = identity->representatives.join(QStringLiteral(", "));
    // The opening, with its reason, is now in the record's history.
    if (auto h = m_source.history(id))
        m_record.history = leadermaps::history(*h);
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

bool LeaderController::refusePeriod(const Error &e)
{
    // No figures of another period stay on screen.
    m_statistics = {};
    m_periodError = e.code == ErrorCode::InvalidInput ? e.field : QString();
    forgetExport(QStringLiteral("report"));
    emit statisticsChanged();
    return fail(e);
}

bool LeaderController::showPeriod(const QString &kind, int year, int n)
{
    const auto [from, to] = periodOf(kind, year, n);
    if (!from.isValid())
        return refusePeriod(Error::invalid(QStringLiteral("period"), QStringLiteral("unknown period")));
    return computeStatistics(from, to, kind, year, n);
}

bool LeaderController::showRange(const QString &fromText, const QString &toText)
{
    auto from = parseUserDate(QStringLiteral("from"), fromText);
    if (!from)
        return refusePeriod(from.error());
    auto to = parseUserDate(QStringLiteral("to"), toText);
    if (!to)
        return refusePeriod(to.error());
    if (*to < *from)
        return refusePeriod(kReversed);
    if (from->daysTo(*to) > 3660)
        return refusePeriod(Error::invalid(QStringLiteral("period"), QStringLiteral("a period is at most 10 years")));
    return computeStatistics(*from, *to, QStringLiteral("range"));
}

bool LeaderController::computeStatistics(const QDate &from, const QDate &to, const QString &kind, int year, int n)
{
    if (!allowed(Permission::ReadStatistics))
        return refusePeriod(Error::make(ErrorCode::Denied, errorDetail()));
    const QString office = m_filter.office;
    auto now = m_source.report(from, to, office);
    if (!now)
        return refusePeriod(now.error());
    auto before = m_source.report(from.addYears(-1), to.addYears(-1), office);
    if (!before)
        return refusePeriod(before.error());
    m_statistics = leadermaps::statistics(*now, *before, from, to, kind);
    if (year > 0) { // a preset: which one, for the picker to show
        m_statistics.year = year;
        m_statistics.n = n;
    }
    m_periodError.clear();
    forgetExport(QStringLiteral("report"));
    clearError();
    emit statisticsChanged();
    return true;
}

bool LeaderController::refreshDeadlines()
{
    if (!allowed(Permission::ReadStatistics))
        return false;
    const QDate today = m_store.now().date();
    auto items = m_source.deadlines(today, m_withinDays, m_filter.office);
    if (!items)
        return fail(items.error());
    m_overdue =
        int(std::count_if(items->begin(), items->end(), [](const WatchedDeadline &w) { return w.daysLeft < 0; }));
    m_deadlines.setRows(*items);
    emit deadlinesChanged();
    return true;
}

// --- exports ----------------------------------------------------------------

LogPeriod LeaderController::logPeriod() const
{
    if (!m_filterError.isEmpty() || !m_session)
        return {};
    const QDate today = m_store.now().date();
    QDate from = m_query.from, to = m_query.to;
    if (!from.isValid() && !to.isValid()) {
        from = QDate::fromString(m_statistics.fromIso, Qt::ISODate);
        to = QDate::fromString(m_statistics.toIso, Qt::ISODate);
        if (!from.isValid() || !to.isValid()) {
            from = QDate(today.year(), today.month(), 1);
            to = from.addMonths(1).addDays(-1);
        }
    } else if (!from.isValid()) {
        from = QDate(to.year(), 1, 1);
    } else if (!to.isValid()) {
        to = std::max(from, today);
    }
    return {from.toString(QStringLiteral("dd/MM/yyyy")), to.toString(QStringLiteral("dd/MM/yyyy")),
            from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
}

void LeaderController::setExportFolder(const QString &folder)
{
    m_exporter.setFolder(folder);
    emit exportChanged();
}

void LeaderController::forgetExport(const QString &what)
{
    if (m_export.what != what)
        return;
    m_export = {};
    emit exportChanged();
}

bool LeaderController::exportLog(const QString &format)
{
    if (!allowed(Permission::ReadLog))
        return false;
    const LogPeriod p = logPeriod();
    return runExport(LeaderExporter::Document::LogBook, format, QDate::fromString(p.fromIso, Qt::ISODate),
                     QDate::fromString(p.toIso, Qt::ISODate));
}

bool LeaderController::exportReport(const QString &format)
{
    if (!allowed(Permission::ReadStatistics))
        return false;
    return runExport(LeaderExporter::Document::Report, format, QDate::fromString(m_statistics.fromIso, Qt::ISODate),
                     QDate::fromString(m_statistics.toIso, Qt::ISODate));
}

bool LeaderController::runExport(LeaderExporter::Document what, const QString &format, const QDate &from,
                                 const QDate &to)
{
    static const QHash<QString, LeaderExporter::Format> formats{{QStringLiteral("pdf"), LeaderExporter::Format::Pdf},
                                                                {QStringLiteral("ods"), LeaderExporter::Format::Ods},
                                                                {QStringLiteral("csv"), LeaderExporter::Format::Csv}};
    const bool print = format == QLatin1String("print");
    if (!print && !formats.contains(format))
        return fail(Error::invalid(QStringLiteral("format"), QStringLiteral("pdf, ods, csv or print")));
    clearError();
    m_export = {};
    m_export.what = what == LeaderExporter::Document::LogBook ? QStringLiteral("log") : QStringLiteral("report");
    m_export.format = format;
    m_export.from = from.toString(QStringLiteral("dd/MM/yyyy"));
    m_export.to = to.toString(QStringLiteral("dd/MM/yyyy"));
    std::optional<Error> error;
    if (print) {
        if (auto job = m_exporter.print(what, from, to, m_filter.office))
            m_export.job = *job;
        else
            error = job.error();
    } else if (auto w = m_exporter.write(what, formats.value(format), from, to, m_filter.office)) {
        m_export.path = w->path;
        m_export.records = w->records;
        m_export.pages = w->pages;
    } else {
        error = w.error();
    }
    m_export.ok = !error;
    if (error) {
        // Said beside the buttons (exportStatus), not as the view's error.
        m_export.error = error->field.isEmpty() ? errorKindName(error->code) : error->field;
        m_export.detail = error->message;
    }
    emit exportChanged();
    return !error;
}

} // namespace tiepdan
