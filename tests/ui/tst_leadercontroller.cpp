// LeaderController over a real office database (LocalLeaderSource): role
// enforcement, the lazily fetched log list and its filters (dates as typed),
// a record with its history and an audited unsealing (its reason shown),
// statistics beside the same period a year earlier (a refused period shows
// none), the deadline watch, idle sign-out; the exports read back (PDF with
// pdftotext, ODS, CSV, file modes) and printing to the CUPS PDF queue
// TiepDanPDF (scripts/cups-test-printer.sh; needs root, like
// tst_ticketprint). A remote source (a stand-in LeaderSource) exports what
// it returns and opens a deadline row's record.
#include "configloader.h"
#include "leadercontroller.h"
#include "localsource.h"
#include "officestore.h"
#include "receptionrepository.h"
#include "userrepository.h"
#include "validation.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QMetaProperty>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

#include <algorithm>
#include <cmath>

using namespace tiepdan;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int code = -1;
    QString out, err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (p.waitForStarted(5000) && p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit)
        r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError()) + p.errorString();
    return r;
}

QString pdfText(const QString &pdf)
{
    const Run r = run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    return r.code == 0 ? r.out : u"pdftotext failed: "_s + r.err;
}

// Every paragraph of an .ods workbook's cells, one a line.
QString odsText(const QString &ods)
{
    const Run r = run(u"python3"_s, {u"-c"_s,
                                     u"import sys,zipfile,xml.etree.ElementTree as E\n"
                                     u"z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None\n"
                                     u"t='{urn:oasis:names:tc:opendocument:xmlns:text:1.0}p'\n"
                                     u"print('\\n'.join(''.join(p.itertext()) for p in "
                                     u"E.fromstring(z.read('content.xml')).iter(t)))"_s,
                                     ods});
    return r.code == 0 ? r.out : u"python3 failed: "_s + r.err;
}

// Page 1 of a PDF as a small landscape gray image of its ink: rendered at
// 60 dpi, turned to landscape, cropped to what is drawn and scaled down, so
// that the margins and small shifts of a printer's rendering do not count.
QImage inkOf(const QString &pdf, const QString &prefix)
{
    if (run(u"pdftoppm"_s,
            {u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, u"-gray"_s, u"-png"_s, pdf, prefix})
            .code != 0)
        return {};
    QImage page = QImage(prefix + u".png"_s).convertToFormat(QImage::Format_Grayscale8);
    if (page.height() > page.width())
        page = page.transformed(QTransform().rotate(90));
    QRect ink;
    for (int y = 0; y < page.height(); ++y) {
        const uchar *line = page.constScanLine(y);
        for (int x = 0; x < page.width(); ++x)
            if (line[x] < 200)
                ink |= QRect(x, y, 1, 1);
    }
    return ink.isEmpty() ? QImage() : page.copy(ink).scaled(150, 100, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

// Root mean square of the gray level difference, 0 (same) to 1.
double difference(const QImage &a, const QImage &b)
{
    double sum = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const double d = (a.constScanLine(y)[x] - b.constScanLine(y)[x]) / 255.0;
            sum += d * d;
        }
    return std::sqrt(sum / (a.width() * a.height()));
}

QString readText(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
}

// The department server's view, as a LeaderSource answering from memory:
// two offices, a sealed denunciation among the rows (no identity, as the
// server keeps it), one page of `limit` rows at a time.
class StandInRemote : public LeaderSource {
public:
    QList<StoredRecord> rows;
    QList<QString> officeOf;
    ReceptionReport figures;
    QList<WatchedDeadline> watch;
    QString label() const override { return u"https://thads.test/api/v1"_s; }
    bool isRemote() const override { return true; }
    Result<QStringList> offices() override { return QStringList{u"BN-KV1"_s, u"BN-KV2"_s}; }
    Result<LogPage> records(const LogQuery &q, const QString &after, int limit) override
    {
        LogPage page;
        const int start = after.toInt();
        int i = start;
        for (; i < rows.size() && page.rows.size() < limit; ++i) {
            const QDate day = rows[i].record.receivedAt.date();
            if ((q.from.isValid() && day < q.from) || (q.to.isValid() && day > q.to) ||
                (!q.office.isEmpty() && officeOf[i] != q.office))
                continue;
            page.rows << rows[i];
            page.offices << officeOf[i];
        }
        if (i < rows.size())
            page.cursor = QString::number(i);
        return page;
    }
    Result<ReceptionReport> report(const QDate &from, const QDate &to, const QString &) override
    {
        ReceptionReport r = figures;
        r.from = from;
        r.to = to;
        return r;
    }
    Result<QList<WatchedDeadline>> deadlines(const QDate &, int, const QString &) override { return watch; }
    Result<QList<HistoryEvent>> history(const QString &) override { return QList<HistoryEvent>{}; }
    Result<Identity> unseal(const QString &, const Session &, const QString &) override
    {
        return Error::make(ErrorCode::Denied, u"not on the server"_s);
    }
};

// The filter the screen builds, from its fields' names (a name LogFilter
// does not have fails the test).
LogFilter filterOf(const QVariantMap &fields)
{
    LogFilter f;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const int i = LogFilter::staticMetaObject.indexOfProperty(it.key().toLatin1().constData());
        if (i < 0 || !LogFilter::staticMetaObject.property(i).writeOnGadget(&f, it.value()))
            qFatal("no filter field %s", qPrintable(it.key()));
    }
    return f;
}

QString fieldOf(const LogFilter &f, const QString &name)
{
    const int i = LogFilter::staticMetaObject.indexOfProperty(name.toLatin1().constData());
    return i < 0 ? u"?"_s : LogFilter::staticMetaObject.property(i).readOnGadget(&f).toString();
}

} // namespace

class TestLeaderController : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<OfficeStore> m_store;
    std::unique_ptr<LocalLeaderSource> m_source;
    std::unique_ptr<LeaderController> m_leader;
    QDateTime m_now;
    int m_serial = 0;

    // One visit; `sealedName` makes it a denunciation by that person.
    QString add(const QDate &day, ReceiverRole role = ReceiverRole::Officer, int people = 1,
                const QString &sealedName = {}, const QString &idNumber = {})
    {
        static const QStringList given{u"An"_s, u"Bình"_s, u"Cường"_s, u"Dũng"_s, u"Hà"_s, u"Lan"_s};
        ReceptionRecord r;
        r.receivedAt = QDateTime(day, QTime(9, 0).addSecs(60 * (m_serial % 400)));
        r.kinds = {sealedName.isEmpty() ? MatterKind::Complaint : MatterKind::Denunciation};
        r.identity.fullName = sealedName.isEmpty() ? u"Phạm Văn "_s + given[m_serial % given.size()] : sealedName;
        r.identity.idNumber = idNumber.isEmpty() ? u"0270850%1"_s.arg(m_serial, 5, 10, QChar(u'0')) : idNumber;
        r.content = u"Khiếu nại việc kê biên tài sản số %1"_s.arg(m_serial);
        r.peopleCount = people;
        if (people >= 5)
            r.identity.representatives = {u"Trần Văn Đại"_s};
        r.receiverRole = role;
        r.receiverName = role == ReceiverRole::Officer ? u"Nguyễn Văn An"_s : u"Lê Lãnh Đạo"_s;
        r.receptionKind = role == ReceiverRole::Officer ? ReceptionKind::Regular : ReceptionKind::Periodic;
        ++m_serial;
        auto added = m_store->records().add(r, u"canbo.an"_s);
        if (!added)
            qWarning("add: %s", qPrintable(added.error().message));
        return added ? added->record.id : QString();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto cfg = loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
        QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
        m_leader.reset();
        m_source.reset();
        m_store.reset();
        QFile::remove(m_dir.filePath(u"office.db"_s));
        auto store = OfficeStore::open(cfg.config, m_dir.filePath(u"office.db"_s));
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_store = std::move(store).value();
        m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0));
        m_store->setClock([this] { return m_now; });
        auto admin = m_store->users().createFirstAdmin(u"quantri"_s, u"Quản Trị"_s, u"quantri-2468"_s);
        QVERIFY(admin);
        QVERIFY(m_store->users().add(*admin, u"canbo.an"_s, u"Nguyễn Văn An"_s, Role::Officer, u"an-pin-2468"_s));
        QVERIFY(m_store->users().add(*admin, u"lanhdao"_s, u"Lê Lãnh Đạo"_s, Role::Leader, u"ld-pin-2468"_s));
        m_source = std::make_unique<LocalLeaderSource>(*m_store);
        m_leader = std::make_unique<LeaderController>(*m_store, *m_source);
        m_leader->setExportFolder(m_dir.filePath(u"exports"_s)); // never the user's Documents
        m_serial = 0;
    }

    void signedOutSeesNothing()
    {
        add(QDate(2026, 11, 2));
        QAbstractItemModelTester tester(m_leader->log());
        QVERIFY(!m_leader->applyFilter({}));
        QCOMPARE(m_leader->errorKind(), u"denied"_s);
        QCOMPARE(m_leader->log()->rowCount(), 0);
        QVERIFY(!m_leader->showPeriod(u"year"_s, 2026, 0));
        QVERIFY(!m_leader->refreshDeadlines());
        QVERIFY(!m_leader->openRecord(add(QDate(2026, 11, 3))));
        QVERIFY(m_leader->statistics().isEmpty());
        QVERIFY(!m_leader->signIn(u"lanhdao"_s, u"wrong-pin"_s));
        QVERIFY(!m_leader->signedIn());
    }

    // An officer reads the book (identities of denunciators masked) but
    // neither statistics nor sealed identities.
    void officerReadsMaskedLogOnly()
    {
        const QString sealedId = add(QDate(2026, 11, 10), ReceiverRole::Officer, 1, u"Võ Thị Tố"_s);
        add(QDate(2026, 11, 11));
        QVERIFY(m_leader->signIn(u"canbo.an"_s, u"an-pin-2468"_s));
        QCOMPARE(m_leader->log()->rowCount(), 2);
        const int row = m_leader->log()->rowOf(sealedId);
        QVERIFY(row >= 0);
        const QModelIndex ix = m_leader->log()->index(row);
        QVERIFY(m_leader->log()->data(ix, LogListModel::SealedRole).toBool());
        QVERIFY(m_leader->log()->data(ix, LogListModel::NameRole).toString().isEmpty());
        QVERIFY(m_leader->log()->data(ix, LogListModel::IdNumberRole).toString().isEmpty());
        QVERIFY(!m_leader->showPeriod(u"year"_s, 2026, 0));
        QCOMPARE(m_leader->errorKind(), u"denied"_s);
        QVERIFY(m_leader->signedIn()); // a permission it lacks does not sign it out
        QVERIFY(m_leader->openRecord(sealedId));
        QVERIFY(m_leader->record().name.isEmpty());
        QVERIFY(!m_leader->mayOpenSealed());
        QVERIFY(!m_leader->unseal(u"Tò mò muốn xem"_s));
        QCOMPARE(m_leader->errorKind(), u"denied"_s);
        QCOMPARE(m_store->db().scalar(u"SELECT COUNT(*) FROM audit WHERE action = 'identity.unseal'"_s)->toInt(), 0);
    }

    // 120 records: the list holds one page, then grows page by page as the
    // view asks, newest first, no row twice, until complete.
    void listFetchesLazily()
    {
        const QDate first(2026, 6, 1);
        for (int i = 0; i < 120; ++i)
            QVERIFY(!add(first.addDays(i % 100)).isEmpty());
        QVERIFY(m_leader->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        LogListModel *log = m_leader->log();
        QCOMPARE(log->rowCount(), LogListModel::kPageSize);
        QVERIFY(log->canFetchMore({}));
        log->fetchMore({});
        QCOMPARE(log->rowCount(), 2 * LogListModel::kPageSize);
        log->fetchMore({});
        QCOMPARE(log->rowCount(), 120);
        QVERIFY(!log->canFetchMore({}) || (log->fetchMore({}), log->rowCount() == 120));
        QVERIFY(log->complete());
        QSet<QString> ids;
        QString previous = u"9999"_s;
        for (int i = 0; i < log->rowCount(); ++i) {
            const QModelIndex ix = log->index(i);
            ids.insert(log->data(ix, LogListModel::RecordIdRole).toString());
            const QString when =
                QDateTime::fromString(log->data(ix, LogListModel::DateRole).toString(), u"dd/MM/yyyy HH:mm"_s)
                    .toString(Qt::ISODate);
            QVERIFY2(when <= previous, qPrintable(when + u" after "_s + previous));
            previous = when;
        }
        QCOMPARE(ids.size(), 120);
        // A new filter starts again from one page; the model keeps Qt's
        // rules through its fetches (the tester fetches to the end itself).
        QVERIFY(m_leader->applyFilter(filterOf({{u"from"_s, u"2026-07-01"_s}})));
        QCOMPARE(log->rowCount(), LogListModel::kPageSize);
        QAbstractItemModelTester tester(log);
        QCOMPARE(log->rowCount(), 70); // 1 Jul .. 8 Sep
    }

    void filters_data()
    {
        QTest::addColumn<QVariantMap>("filter");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("errorField");
        // Dataset (filters()): 3 officer visits (one a repeat by the same
        // ID number), 2 by the head, 1 group of 6 received by a deputy.
        QTest::newRow("none") << QVariantMap{} << 6 << QString();
        QTest::newRow("received by the head") << QVariantMap{{u"receiverRole"_s, u"head"_s}} << 2 << QString();
        QTest::newRow("receiver by name") << QVariantMap{{u"receiverName"_s, u"Lê Lãnh Đạo"_s}} << 3 << QString();
        QTest::newRow("groups") << QVariantMap{{u"group"_s, u"yes"_s}} << 1 << QString();
        QTest::newRow("not groups") << QVariantMap{{u"group"_s, u"no"_s}} << 5 << QString();
        QTest::newRow("repeat visits") << QVariantMap{{u"visit"_s, u"repeat"_s}} << 1 << QString();
        QTest::newRow("first visits") << QVariantMap{{u"visit"_s, u"first"_s}} << 5 << QString();
        QTest::newRow("period") << QVariantMap{{u"from"_s, u"2026-11-03"_s}, {u"to"_s, u"2026-11-04"_s}} << 2
                                << QString();
        QTest::newRow("text without diacritics") << QVariantMap{{u"text"_s, u"ke bien"_s}} << 6 << QString();
        QTest::newRow("head and period") << QVariantMap{{u"receiverRole"_s, u"head"_s}, {u"from"_s, u"2026-11-05"_s}}
                                         << 1 << QString();
        QTest::newRow("reversed period") << QVariantMap{{u"from"_s, u"2026-11-05"_s}, {u"to"_s, u"2026-11-01"_s}} << -1
                                         << u"period"_s;
        QTest::newRow("dates as typed") << QVariantMap{{u"from"_s, u"3/11/2026"_s}, {u"to"_s, u"04.11.2026"_s}} << 2
                                        << QString();
        QTest::newRow("impossible date") << QVariantMap{{u"from"_s, u"31/02/2026"_s}} << -1 << u"from"_s;
        QTest::newRow("not a date") << QVariantMap{{u"to"_s, u"2026/11/04"_s}} << -1 << u"to"_s;
        QTest::newRow("unknown kind") << QVariantMap{{u"kind"_s, u"'; DROP TABLE audit; --"_s}} << -1 << u"kind"_s;
        QTest::newRow("unknown group value") << QVariantMap{{u"group"_s, u"maybe"_s}} << -1 << u"group"_s;
    }

    void filters()
    {
        QFETCH(QVariantMap, filter);
        QFETCH(int, expected);
        QFETCH(QString, errorField);
        add(QDate(2026, 11, 2), ReceiverRole::Officer, 1, {}, u"027085011111"_s);
        add(QDate(2026, 11, 3), ReceiverRole::Officer, 1, {}, u"027085011111"_s); // repeat visit
        add(QDate(2026, 11, 4), ReceiverRole::Head);
        add(QDate(2026, 11, 5), ReceiverRole::Head);
        add(QDate(2026, 11, 6), ReceiverRole::Deputy, 6);
        add(QDate(2026, 11, 9));
        QVERIFY(m_leader->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        QCOMPARE(m_leader->log()->rowCount(), 6);
        const bool ok = m_leader->applyFilter(filterOf(filter));
        if (expected < 0) {
            QVERIFY(!ok);
            QCOMPARE(m_leader->errorField(), errorField);
            QCOMPARE(m_leader->filterError(), errorField);
            // No rows of the previous filter stay beside a refused one.
            QCOMPARE(m_leader->log()->rowCount(), 0);
            QVERIFY(m_leader->logPeriod().isEmpty());
            QVERIFY(!m_leader->exportLog(u"csv"_s));
            QVERIFY(m_leader->applyFilter({}));
            QVERIFY(m_leader->filterError().isEmpty());
            QCOMPARE(m_leader->log()->rowCount(), 6);
            return;
        }
        QVERIFY2(ok, qPrintable(m_leader->errorDetail()));
        QVERIFY(m_leader->filterError().isEmpty());
        QCOMPARE(m_leader->log()->rowCount(), expected);
        // The filter in force holds its dates as yyyy-MM-dd (the date fields show them).
        for (const QString &key : {u"from"_s, u"to"_s})
            if (filter.contains(key))
                QCOMPARE(fieldOf(m_leader->filter(), key),
                         parseUserDate(key, filter.value(key).toString())->toString(Qt::ISODate));
    }

    void recordHistoryAndUnsealing()
    {
        const QString id = add(QDate(2026, 11, 16), ReceiverRole::Officer, 1, u"Võ Thị Tố"_s);
        QVERIFY(m_leader->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        QVERIFY(m_leader->openRecord(id));
        LogRecord r = m_leader->record();
        QVERIFY(r.sealed);
        QVERIFY(r.name.isEmpty());
        QCOMPARE(r.history.size(), 1);
        QCOMPARE(r.history.first().action, u"record.add"_s);
        // Denunciation acceptance: 7 working days from Monday 16 Nov (Art. 24).
        const QList<RecordDeadline> deadlines = r.deadlines;
        QVERIFY(!deadlines.isEmpty());
        QCOMPARE(deadlines.first().due, u"25/11/2026"_s);
        QVERIFY(!m_leader->unseal(u"xem"_s)); // a reason is required
        QCOMPARE(m_leader->errorField(), u"reason"_s);
        QVERIFY(m_leader->unseal(u"Thanh tra tỉnh yêu cầu xác minh"_s));
        r = m_leader->record();
        QCOMPARE(r.name, u"Võ Thị Tố"_s);
        QVERIFY(r.unsealed);
        QCOMPARE(r.history.size(), 2);
        const HistoryEntry opened = r.history.last();
        QCOMPARE(opened.actor, u"lanhdao"_s);
        QCOMPARE(opened.action, u"identity.unseal"_s);
        // The reason given is in the history the screen shows.
        QCOMPARE(opened.reason, u"Thanh tra tỉnh yêu cầu xác minh"_s);
        QVERIFY(r.history.first().reason.isEmpty());
        // Closing and reopening shows it masked again, the opening still in its history.
        m_leader->closeRecord();
        QVERIFY(m_leader->openRecord(id));
        QVERIFY(m_leader->record().name.isEmpty());
        QCOMPARE(m_leader->record().history.last().reason, u"Thanh tra tỉnh yêu cầu xác minh"_s);
    }

    void statisticsBesideAYearEarlier()
    {
        for (int i = 0; i < 3; ++i)
            add(QDate(2025, 8, 4 + i));
        add(QDate(2025, 8, 7), ReceiverRole::Head, 6);
        for (int i = 0; i < 5; ++i)
            add(QDate(2026, 8, 3 + i));
        add(QDate(2026, 9, 1), ReceiverRole::Deputy);
        QVERIFY(m_leader->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        QVERIFY(m_leader->showPeriod(u"quarter"_s, 2026, 3));
        const PeriodStatistics s = m_leader->statistics();
        QCOMPARE(s.from, u"01/07/2026"_s);
        QCOMPARE(s.previousTo, u"30/09/2025"_s);
        auto figureOf = [](const QList<StatFigure> &list, const QString &key) {
            for (const StatFigure &f : list)
                if (f.key == key)
                    return std::pair(f.current, f.previous);
            return std::pair(-1, -1);
        };
        QCOMPARE(figureOf(s.section(u"totals"_s), u"visits"_s), std::pair(6, 4));
        QCOMPARE(figureOf(s.section(u"totals"_s), u"persons"_s), std::pair(6, 9));
        QCOMPARE(figureOf(s.section(u"groups"_s), u"groupPersons"_s), std::pair(0, 6));
        QCOMPARE(figureOf(s.section(u"byKind"_s), u"complaint"_s), std::pair(6, 4));
        const QList<LeaderFiguresValue> leaders = s.leaders;
        QCOMPARE(leaders.first().key, u"all"_s);
        QCOMPARE(leaders.first().visits, 1);
        QCOMPARE(leaders.first().previousVisits, 1);
        QVERIFY(m_leader->showRange(u"2026-08-03"_s, u"2026-08-04"_s));
        QCOMPARE(figureOf(m_leader->statistics().section(u"totals"_s), u"visits"_s),
                 std::pair(2, 1)); // 4 Aug 2025 is in the year-earlier range
        // As the screens write dates, too.
        QVERIFY(m_leader->showRange(u"03/08/2026"_s, u"4/8/2026"_s));
        QCOMPARE(m_leader->statistics().toIso, u"2026-08-04"_s);
        QCOMPARE(figureOf(m_leader->statistics().section(u"totals"_s), u"visits"_s), std::pair(2, 1));
        // The queue's average times are minutes, on a scale of their own.
        const QList<StatFigure> queue = m_leader->statistics().section(u"queue"_s);
        QVERIFY(!queue.isEmpty());
        for (const StatFigure &f : queue)
            QCOMPARE(f.unit, f.key.endsWith(u"Minutes"_s) ? u"minutes"_s : u"count"_s);
    }

    void periods_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("February (not leap)") << u"month"_s << 2 << QDate(2026, 2, 1) << QDate(2026, 2, 28);
        QTest::newRow("December") << u"month"_s << 12 << QDate(2026, 12, 1) << QDate(2026, 12, 31);
        QTest::newRow("quarter 3") << u"quarter"_s << 3 << QDate(2026, 7, 1) << QDate(2026, 9, 30);
        QTest::newRow("6 months") << u"half"_s << 0 << QDate(2026, 1, 1) << QDate(2026, 6, 30);
        QTest::newRow("9 months") << u"nine"_s << 0 << QDate(2026, 1, 1) << QDate(2026, 9, 30);
        QTest::newRow("year") << u"year"_s << 0 << QDate(2026, 1, 1) << QDate(2026, 12, 31);
        QTest::newRow("month 13") << u"month"_s << 13 << QDate() << QDate();
        QTest::newRow("quarter 0") << u"quarter"_s << 0 << QDate() << QDate();
        QTest::newRow("unknown") << u"week"_s << 1 << QDate() << QDate();
    }

    void periods()
    {
        QFETCH(QString, kind);
        QFETCH(int, n);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const auto [f, t] = LeaderController::periodOf(kind, 2026, n);
        QCOMPARE(f, from);
        QCOMPARE(t, to);
    }

    // A refused period leaves no figures of the previous one on screen and
    // names the field at fault.
    void refusedPeriodShowsNoFigures_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("field");
        QTest::newRow("end before start") << u"30/09/2026"_s << u"01/07/2026"_s << u"period"_s;
        QTest::newRow("31 February") << u"31/02/2026"_s << u"30/09/2026"_s << u"from"_s;
        QTest::newRow("end not a date") << u"01/07/2026"_s << u"30-9"_s << u"to"_s;
        QTest::newRow("empty start") << QString() << u"30/09/2026"_s << u"from"_s;
        QTest::newRow("eleven years") << u"01/01/2015"_s << u"31/12/2025"_s << u"period"_s;
    }

    void refusedPeriodShowsNoFigures()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, field);
        add(QDate(2026, 8, 3));
        QVERIFY(m_leader->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        QVERIFY(m_leader->showPeriod(u"quarter"_s, 2026, 3));
        QVERIFY(m_leader->exportReport(u"csv"_s)); // a report shown may be exported...
        QVERIFY(!m_leader->exportStatus().isEmpty());
        QVERIFY(!m_leader->showRange(from, to));
        QVERIFY(m_leader->statistics().isEmpty());
        QCOMPARE(m_leader->periodError(), field);
        QCOMPARE(m_leader->errorKind(), u"invalid"_s);
        QVERIFY(m_leader->exportStatus().isEmpty()); // ...not beside a refused period
        QVERIFY(!m_leader->exportReport(u"pdf"_s));
        QCOMPARE(m_leader->exportStatus().error, u"period"_s);
        QVERIFY(m_leader->signedIn());
        // The next period asked for shows its figures and no error.
        QVERIFY(m_leader->showPeriod(u"month"_s, 2026, 8));
        QVERIFY(m_leader->periodError().isEmpty());
        QCOMPARE(m_leader->statistics().from, u"01/08/2026"_s);
    }

    // The log book and the report written to the export folder: every
    // format read back, the sealed identity masked, files mode 600.
    void exportsReadBack()
    {
        add(QDate(2026, 11, 2), ReceiverRole::Officer, 1, {}, u"027085011111"_s);
        add(QDate(2026, 11, 3), ReceiverRole::Head, 6);
        add(QDate(2026, 11, 4), ReceiverRole::Officer, 1, u"Võ Thị Tố"_s);
        add(QDate(2026, 10, 30)); // before the period
        QVERIFY(m_leader->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        const QString folder = m_dir.filePath(u"Tiếp Dân"_s);
        QDir(folder).removeRecursively();
        m_leader->setExportFolder(folder);
        QCOMPARE(m_leader->exportFolder(), folder);
        QVERIFY(m_leader->applyFilter(filterOf({{u"from"_s, u"01/11/2026"_s}, {u"to"_s, u"30/11/2026"_s}})));
        QCOMPARE(m_leader->logPeriod().from, u"01/11/2026"_s);

        QVERIFY2(m_leader->exportLog(u"pdf"_s), qPrintable(m_leader->exportStatus().detail));
        ExportStatus st = m_leader->exportStatus();
        QCOMPARE(st.what, u"log"_s);
        QVERIFY(st.ok);
        QCOMPARE(st.records, 3);
        const QString pdf = st.path;
        QCOMPARE(pdf, folder + u"/so-tiep-cong-dan_2026-11-01_2026-11-30.pdf"_s);
        QCOMPARE(QFileInfo(folder).permissions() & 0x7777, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                               QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                                               QFileDevice::WriteUser | QFileDevice::ExeUser);
        QCOMPARE(QFileInfo(pdf).permissions() & 0x7777, ownerOnly());
        QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"SỔ TIẾP CÔNG DÂN"_s), qPrintable(text.left(500)));
        QVERIFY(text.contains(u"Phạm Văn An"_s));
        QVERIFY(text.contains(u"(bảo mật)"_s));
        QVERIFY(!text.contains(u"Võ Thị Tố"_s));
        QVERIFY(!text.contains(u"30/10/2026"_s));

        QVERIFY(m_leader->exportLog(u"ods"_s));
        const QString ods = m_leader->exportStatus().path;
        QVERIFY(ods.endsWith(u"_2026-11-30.ods"_s));
        QCOMPARE(QFileInfo(ods).permissions() & 0x7777, ownerOnly());
        text = odsText(ods);
        QVERIFY2(text.contains(u"Khiếu nại việc kê biên tài sản số 0"_s), qPrintable(text.left(500)));
        QVERIFY(text.contains(u"(bảo mật)"_s) && !text.contains(u"Võ Thị Tố"_s));

        // A file readable by others is replaced by one that is not.
        const QString csvPath = folder + u"/so-tiep-cong-dan_2026-11-01_2026-11-30.csv"_s;
        QFile old(csvPath);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        QVERIFY(QFile::setPermissions(csvPath, ownerOnly() | QFileDevice::ReadOther | QFileDevice::ReadGroup));
        QVERIFY(m_leader->exportLog(u"csv"_s));
        QCOMPARE(m_leader->exportStatus().path, csvPath);
        QCOMPARE(QFileInfo(csvPath).permissions() & 0x7777, ownerOnly());
        text = readText(csvPath);
        QFile raw(csvPath);
        QVERIFY(raw.open(QIODevice::ReadOnly) && raw.read(3) == "\xEF\xBB\xBF"); // the BOM
        QCOMPARE(text.count(u"\r\n"_s), 4);                                      // header + 3 records
        QVERIFY(text.contains(u"Phạm Văn Bình"_s) && !text.contains(u"Võ Thị Tố"_s));

        // The report of the period shown.
        QVERIFY(m_leader->showPeriod(u"month"_s, 2026, 11));
        QVERIFY(m_leader->exportReport(u"pdf"_s));
        st = m_leader->exportStatus();
        QCOMPARE(st.what, u"report"_s);
        QCOMPARE(st.path, folder + u"/bao-cao-thong-ke_2026-11-01_2026-11-30.pdf"_s);
        QCOMPARE(QFileInfo(st.path).permissions() & 0x7777, ownerOnly());
        text = pdfText(st.path);
        QVERIFY2(text.contains(u"BÁO CÁO THỐNG KÊ TIẾP CÔNG DÂN"_s), qPrintable(text.left(500)));
        QVERIFY(!text.contains(u"Võ Thị Tố"_s));
        QVERIFY(m_leader->exportReport(u"ods"_s));
        QVERIFY(m_leader->exportReport(u"csv"_s));
        text = readText(m_leader->exportStatus().path);
        QVERIFY2(text.contains(u"3"_s) && !text.contains(u"Võ Thị Tố"_s), qPrintable(text));
        // Without dates in the filter, the log book is the statistics period's.
        QVERIFY(m_leader->applyFilter({}));
        QVERIFY(m_leader->exportStatus().what == u"report"_s);
        QCOMPARE(m_leader->logPeriod().toIso, u"2026-11-30"_s);
        QVERIFY(!m_leader->exportLog(u"docx"_s));
    }

    // A folder that cannot be made: said, nothing half written.
    void exportToAFolderThatCannotBeMade()
    {
        QVERIFY(m_leader->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        const QString file = m_dir.filePath(u"a-file"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        m_leader->setExportFolder(file + u"/inside"_s);
        QVERIFY(!m_leader->exportLog(u"csv"_s));
        QCOMPARE(m_leader->exportStatus().error, u"folder"_s);
        QVERIFY(m_leader->exportStatus().path.isEmpty());
    }

    // The log book printed to the CUPS PDF queue: the job id, then the
    // printed PDF read back. A queue that does not exist is said in words.
    void printsToCups()
    {
        for (const char *tool : {"bash", "lp", "lpstat", "pdftotext", "pdftoppm", "pdfinfo"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(u"%1 is not installed (cups-client, poppler-utils)"_s.arg(QLatin1String(tool))));
        const Run setup = run(u"bash"_s, {QStringLiteral(TIEPDAN_SOURCE_DIR "/scripts/cups-test-printer.sh")});
        QVERIFY2(setup.code == 0, qPrintable(u"could not set up TiepDanPDF:\n"_s + setup.out + setup.err));
        const QString outDir = setup.out.split(u'\n', Qt::SkipEmptyParts).last().trimmed();
        QVERIFY2(QFileInfo(outDir).isDir(), qPrintable(outDir));

        add(QDate(2026, 11, 2));
        add(QDate(2026, 11, 4), ReceiverRole::Officer, 1, u"Võ Thị Tố"_s);
        QVERIFY(m_leader->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        QVERIFY(m_leader->applyFilter(filterOf({{u"from"_s, u"01/11/2026"_s}, {u"to"_s, u"30/11/2026"_s}})));
        // The queue named by the environment (no queue set on the controller).
        qputenv("TIEPDAN_REPORT_PRINTER", "TiepDanPDF");
        const auto unset = qScopeGuard([] { qunsetenv("TIEPDAN_REPORT_PRINTER"); });
        QVERIFY2(m_leader->exportLog(u"print"_s), qPrintable(m_leader->exportStatus().detail));
        const QString job = m_leader->exportStatus().job;
        const auto id = QRegularExpression(u"^TiepDanPDF-(\\d+)$"_s).match(job);
        QVERIFY2(id.hasMatch(), qPrintable(job));
        // cups-pdf names the file after the title and the job id.
        QString printed;
        QElapsedTimer timer;
        timer.start();
        while (printed.isEmpty() && timer.elapsed() < 30000) {
            const QStringList files = QDir(outDir).entryList({u"*job_%1.pdf"_s.arg(id.captured(1))}, QDir::Files);
            if (!files.isEmpty() &&
                run(u"lpstat"_s, {u"-W"_s, u"completed"_s, u"-o"_s, u"TiepDanPDF"_s})
                    .out.contains(QRegularExpression(u"^%1\\s"_s.arg(job), QRegularExpression::MultilineOption)))
                printed = QDir(outDir).filePath(files.first());
            else
                QTest::qWait(100);
        }
        QVERIFY2(!printed.isEmpty(), qPrintable(u"job %1 printed no PDF in %2 within 30 s"_s.arg(job, outDir)));
        // What CUPS printed is the log book the screen exports: its pages,
        // and page 1 looks like ours (the PDF printer re-renders the text
        // as drawings, so it is compared as an image, not read as text).
        QVERIFY(m_leader->exportLog(u"pdf"_s));
        const QString ours = m_leader->exportStatus().path;
        const auto pagesOf = [](const QString &pdf) {
            return QRegularExpression(u"\\nPages: +(\\d+)"_s).match(run(u"pdfinfo"_s, {pdf}).out).captured(1);
        };
        QCOMPARE(pagesOf(printed), pagesOf(ours));
        const QImage mine = inkOf(ours, m_dir.filePath(u"ours"_s));
        const QImage paper = inkOf(printed, m_dir.filePath(u"printed"_s));
        QVERIFY(!mine.isNull() && !paper.isNull());
        QImage blank(mine.size(), QImage::Format_Grayscale8);
        blank.fill(Qt::white);
        const double printedDiff =
            std::min(difference(mine, paper), difference(mine, paper.transformed(QTransform().rotate(180))));
        QVERIFY2(printedDiff < 0.5 * difference(mine, blank),
                 qPrintable(u"printed page differs from the export by %1 (a blank page: %2)"_s.arg(printedDiff)
                                .arg(difference(mine, blank))));
        qInfo().noquote() << "job" << job << "printed to" << printed << "; page 1 differs from the export by"
                          << printedDiff << "(a blank page:" << difference(mine, blank) << ")";
        QFile::remove(printed);

        m_leader->setReportPrinter(u"KhongCoMayInNay"_s); // before the environment's
        QVERIFY(!m_leader->exportLog(u"print"_s));
        QCOMPARE(m_leader->exportStatus().error, u"printerUnknown"_s);
        QVERIFY(m_leader->exportStatus().job.isEmpty());
        QVERIFY(m_leader->signedIn());
    }

    // Province-wide (the department server): the exports hold what the
    // source returns, each office's book in its order, sealed rows masked;
    // a deadline row's record opens though it is not in the list.
    void remoteSourceExportsWhatItReturns()
    {
        StandInRemote remote;
        for (int i = 0; i < 5; ++i) {
            StoredRecord s;
            ReceptionRecord &r = s.record;
            r.id = u"rec-%1"_s.arg(i);
            r.bookYear = 2026;
            r.bookNo = 10 - i;
            r.receivedAt = QDateTime(QDate(2026, 11, 20 - i), QTime(9, 0));
            r.kinds = {i == 2 ? MatterKind::Denunciation : MatterKind::Complaint};
            r.content = u"Nội dung từ máy chủ %1"_s.arg(i);
            r.confidential = i == 2;
            s.sealed = i == 2;
            if (i != 2)
                r.identity.fullName = u"Công Dân Số %1"_s.arg(i);
            remote.rows << s;
            remote.officeOf << (i % 2 ? u"BN-KV2"_s : u"BN-KV1"_s);
        }
        remote.figures.visits = 5;
        WatchedDeadline w;
        w.office = u"BN-KV1"_s;
        w.recordId = u"rec-4"_s;
        w.bookYear = 2026;
        w.bookNo = 6;
        w.deadline.eventDate = QDate(2026, 11, 16);
        w.deadline.due = QDate(2026, 11, 26);
        w.daysLeft = 3;
        remote.watch << w;
        LeaderController leader(*m_store, remote);
        QVERIFY(leader.signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        leader.setExportFolder(m_dir.filePath(u"remote"_s));
        QCOMPARE(leader.deadlines()->rowCount(), 1);
        // Not in a list filtered to another day: found through the watch.
        QVERIFY(leader.applyFilter(filterOf({{u"from"_s, u"20/11/2026"_s}, {u"to"_s, u"20/11/2026"_s}})));
        QCOMPARE(leader.log()->rowCount(), 1);
        QVERIFY2(leader.openRecord(u"rec-4"_s), qPrintable(leader.errorDetail()));
        QCOMPARE(leader.record().office, u"BN-KV1"_s);
        QCOMPARE(leader.record().name, u"Công Dân Số 4"_s);

        QVERIFY(leader.applyFilter(filterOf({{u"from"_s, u"01/11/2026"_s}, {u"to"_s, u"30/11/2026"_s}})));
        QVERIFY2(leader.exportLog(u"csv"_s), qPrintable(leader.exportStatus().detail));
        QCOMPARE(leader.exportStatus().records, 5);
        const QString csv = readText(leader.exportStatus().path);
        QVERIFY(csv.contains(u"(bảo mật)"_s));
        // BN-KV1's book (rec-4, rec-2, rec-0 by number), then BN-KV2's.
        const QList<qsizetype> at{csv.indexOf(u"máy chủ 4"_s), csv.indexOf(u"máy chủ 2"_s), csv.indexOf(u"máy chủ 0"_s),
                                  csv.indexOf(u"máy chủ 3"_s), csv.indexOf(u"máy chủ 1"_s)};
        QVERIFY2(std::is_sorted(at.begin(), at.end()) && at.first() > 0, qPrintable(csv));
        QVERIFY(leader.exportLog(u"pdf"_s));
        const QString text = pdfText(leader.exportStatus().path);
        QVERIFY2(text.contains(u"TẤT CẢ CÁC ĐƠN VỊ"_s), qPrintable(text.left(600)));
        QVERIFY(text.contains(u"Công Dân Số 3"_s));
        // One office: its rows only, its code in the file name.
        QVERIFY(leader.applyFilter(
            filterOf({{u"from"_s, u"01/11/2026"_s}, {u"to"_s, u"30/11/2026"_s}, {u"office"_s, u"BN-KV2"_s}})));
        QVERIFY(leader.exportLog(u"ods"_s));
        QCOMPARE(leader.exportStatus().records, 2);
        QVERIFY(leader.exportStatus().path.endsWith(u"_2026-11-30_BN-KV2.ods"_s));
        QVERIFY(leader.showPeriod(u"month"_s, 2026, 11));
        QVERIFY(leader.exportReport(u"csv"_s));
        QVERIFY(leader.exportStatus().ok);
    }

    void deadlineWatchOnSignIn()
    {
        add(QDate(2026, 11, 16), ReceiverRole::Officer, 1, u"Võ Thị Tố"_s); // due 25/11, today is 23/11
        ReceptionRecord pending;
        QVERIFY(m_leader->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        const DeadlineWatchModel *items = m_leader->deadlines();
        QAbstractItemModelTester tester(m_leader->deadlines());
        QCOMPARE(items->rowCount(), 1);
        QCOMPARE(items->data(items->index(0), DeadlineWatchModel::DaysLeftRole).toInt(), 2);
        QCOMPARE(m_leader->overdueCount(), 0);
        // No identity in any role of the watch.
        for (int role : items->roleNames().keys())
            QVERIFY(!items->data(items->index(0), role).toString().contains(u"Võ"_s));
        m_now = m_now.addDays(3).addSecs(-3600 * 8); // Thursday 26/11 morning, same session kept alive: overdue
        m_leader->touch();
        QVERIFY(m_leader->refreshDeadlines());
        QCOMPARE(m_leader->overdueCount(), 1);
    }

    void idleSignOutClearsTheView()
    {
        add(QDate(2026, 11, 2));
        QVERIFY(m_leader->signIn(u"lanhdao"_s, u"ld-pin-2468"_s));
        QCOMPARE(m_leader->log()->rowCount(), 1);
        m_now = m_now.addSecs(16 * 60);
        m_leader->checkIdle();
        QVERIFY(!m_leader->signedIn());
        QCOMPARE(m_leader->signOutReason(), u"idle"_s);
        QCOMPARE(m_leader->log()->rowCount(), 0);
        QVERIFY(m_leader->statistics().isEmpty());
        QCOMPARE(m_leader->deadlines()->rowCount(), 0);
    }
};

// The PDF exports need a QGuiApplication (fonts).
QTEST_MAIN(TestLeaderController)
#include "tst_leadercontroller.moc"
