// RemoteLeaderSource against the real department server: two offices'
// records delivered by the real sync client; the province-wide list,
// statistics and deadline watch must say what each office's own database
// says. Also: a token refused, no server, and answers that are not what
// the read API promises.
#include "configloader.h"
#include "httptransport.h"
#include "localsource.h"
#include "officestore.h"
#include "receptionrepository.h"
#include "remotesource.h"
#include "serverfixture.h"
#include "syncclient.h"
#include "userrepository.h"

using namespace tiepdan;
using namespace serverfixture;

namespace {
// A transport that answers what a test says (no network).
class CannedTransport : public HttpTransport {
public:
    explicit CannedTransport(Result<HttpResponse> answer) : m_answer(std::move(answer)) {}
    Result<HttpResponse> post(const QString &, const QByteArray &, const QByteArray &) override { return m_answer; }
    Result<HttpResponse> get(const QString &, const QByteArray &) override { return m_answer; }

private:
    Result<HttpResponse> m_answer;
};
} // namespace

class TestRemoteSource : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    ServerProcess m_server;
    OfficeConfig m_configA, m_configB;
    std::unique_ptr<OfficeStore> m_a, m_b;
    const QDateTime m_now{QDate(2026, 11, 23), QTime(9, 0)};
    int m_serial = 0;

    QString base() const { return u"http://127.0.0.1:%1/api/v1"_s.arg(m_server.port()); }
    std::unique_ptr<RemoteLeaderSource> remote(const QByteArray &token = kLeaderAll)
    {
        return std::make_unique<RemoteLeaderSource>(base(), token, m_a->deadlines(), std::make_unique<CurlTransport>());
    }
    QString add(OfficeStore &store, const QDate &day, MatterKind kind, HandlingDirection direction,
                ReceiverRole role = ReceiverRole::Officer, int people = 1, const QString &idNumber = {})
    {
        static const QStringList given{u"An"_s, u"Bình"_s, u"Cường"_s, u"Dũng"_s, u"Hà"_s, u"Lan"_s, u"Sơn"_s};
        ReceptionRecord r;
        r.receivedAt = QDateTime(day, QTime(8, 0).addSecs(60 * m_serial));
        r.kinds = {kind};
        r.identity.fullName = u"Đỗ Văn "_s + given[m_serial % given.size()];
        r.identity.idNumber = idNumber.isEmpty() ? u"0270850%1"_s.arg(m_serial, 5, 10, QChar(u'0')) : idNumber;
        r.content = u"Nội dung số %1 về cưỡng chế"_s.arg(m_serial);
        r.direction = direction;
        if (direction == HandlingDirection::Transfer)
            r.transferAgency = u"Tòa án nhân dân tỉnh"_s;
        r.receiverRole = role;
        r.receiverName = role == ReceiverRole::Officer ? u"Nguyễn Văn An"_s : u"Lê Lãnh Đạo"_s;
        r.receptionKind = role == ReceiverRole::Officer ? ReceptionKind::Regular : ReceptionKind::Periodic;
        if (role != ReceiverRole::Officer)
            r.sessionKey = day.toString(Qt::ISODate) + u"/periodic/leader/morning"_s;
        r.peopleCount = people;
        if (people >= 5)
            r.identity.representatives = {u"Trần Văn Đại"_s};
        ++m_serial;
        auto added = store.records().add(r, u"canbo.an"_s);
        if (!added)
            qWarning("add: %s", qPrintable(added.error().message));
        return added ? added->record.id : QString();
    }
    void deliver(OfficeStore &store, const QByteArray &token)
    {
        CurlTransport curl;
        SyncClient client(store, curl, base(), token);
        auto rep = client.runOnce();
        QVERIFY2(rep, rep ? "" : qPrintable(rep.error().message));
        QCOMPARE(rep->rejected, 0);
        auto status = store.outbox().status();
        QVERIFY(status);
        QCOMPARE(status->pending, 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile tokens(m_dir.filePath(u"tokens.txt"_s));
        QVERIFY(tokens.open(QIODevice::WriteOnly));
        tokens.write(kTokenFile);
        tokens.close();
        const QString why =
            m_server.start({u"--tokens"_s, tokens.fileName(), u"--db"_s, m_dir.filePath(u"server.db"_s)});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        auto cfg = loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
        QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
        m_configA = cfg.config;
        m_configB = cfg.config;
        m_configB.office.code = u"BN-KV2"_s;
        for (auto [config, name] : {std::pair{&m_configA, u"a.db"_s}, std::pair{&m_configB, u"b.db"_s}}) {
            QDir().mkpath(m_dir.filePath(name + u"-dir"_s));
            auto s = OfficeStore::open(*config, m_dir.filePath(name + u"-dir/"_s + name));
            QVERIFY2(s, s ? "" : qPrintable(s.error().message));
            (name == u"a.db"_s ? m_a : m_b) = std::move(s).value();
        }
        m_a->setClock([this] { return m_now; });
        m_b->setClock([this] { return m_now; });
        using K = MatterKind;
        using D = HandlingDirection;
        using R = ReceiverRole;
        // Office A: every kind of figure.
        add(*m_a, QDate(2026, 10, 5), K::Complaint, D::Accept);
        add(*m_a, QDate(2026, 10, 6), K::Complaint, D::Pending, R::Officer, 1, u"027085099999"_s);
        add(*m_a, QDate(2026, 10, 20), K::Complaint, D::Accept, R::Head, 1, u"027085099999"_s); // repeat, accepted
        add(*m_a, QDate(2026, 11, 16), K::Denunciation, D::Pending);                            // sealed; due 23/11
        add(*m_a, QDate(2026, 11, 17), K::Petition, D::ReturnGuide, R::Officer, 7);             // a group
        add(*m_a, QDate(2026, 11, 18), K::Complaint, D::Transfer, R::Deputy);
        add(*m_a, QDate(2026, 11, 19), K::Feedback, D::Pending, R::Head, 6);
        add(*m_a, QDate(2026, 11, 20), K::Complaint, D::Pending); // due 30/11
        add(*m_a, QDate(2025, 11, 20), K::Complaint, D::Accept);  // a year earlier
        {
            // The head on an ad-hoc day with no session recorded: the day is the session.
            ReceptionRecord r;
            r.receivedAt = QDateTime(QDate(2026, 11, 11), QTime(15, 0));
            r.kinds = {K::Petition};
            r.identity.fullName = u"Vũ Thị Hạnh"_s;
            r.content = u"Kiến nghị về việc trả tiền"_s;
            r.direction = D::ReturnGuide;
            r.receiverRole = R::Head;
            r.receptionKind = ReceptionKind::AdHoc;
            QVERIFY(m_a->records().add(r, u"canbo.an"_s));
            // The head's periodic reception with a conclusion notice due 27/11.
            ReceptionRecord c;
            c.receivedAt = QDateTime(QDate(2026, 11, 18), QTime(9, 30));
            c.kinds = {K::Complaint};
            c.identity.fullName = u"Hoàng Văn Kết"_s;
            c.content = u"Đề nghị xem xét lại việc định giá tài sản"_s;
            c.receiverRole = R::Head;
            c.receiverName = u"Lê Lãnh Đạo"_s;
            c.receptionKind = ReceptionKind::Periodic;
            c.conclusion = u"Giao Chấp hành viên kiểm tra, trả lời bằng văn bản"_s;
            c.conclusionDue = QDate(2026, 11, 27);
            QVERIFY(m_a->records().add(c, u"canbo.an"_s));
        }
        // Office B: a few.
        add(*m_b, QDate(2026, 11, 2), K::Complaint, D::Pending);
        add(*m_b, QDate(2026, 11, 3), K::Petition, D::Accept, R::Head);
        deliver(*m_a, kKioskA);
        deliver(*m_b, kKioskB);
    }

    void officesAndPaging()
    {
        auto src = remote();
        auto offices = src->offices();
        QVERIFY2(offices, offices ? "" : qPrintable(offices.error().message));
        QCOMPARE(*offices, (QStringList{u"BN-KV1"_s, u"BN-KV2"_s}));
        QVERIFY(src->isRemote());
        QCOMPARE(src->label(), u"127.0.0.1"_s);
        // Pages of 4 across both offices, newest first, each row once.
        QSet<QString> ids;
        QString after;
        int pages = 0;
        do {
            auto page = src->records({}, after, 4);
            QVERIFY2(page, page ? "" : qPrintable(page.error().message));
            QCOMPARE(page->offices.size(), page->rows.size());
            for (const StoredRecord &r : page->rows)
                ids.insert(r.record.id);
            after = page->cursor;
            ++pages;
        } while (!after.isEmpty() && pages < 10);
        QCOMPARE(ids.size(), 13);
        QCOMPARE(pages, 4); // 13 rows, pages of 4
        // One office only: a leader token of that office cannot read the other.
        LogQuery onlyB;
        onlyB.office = u"BN-KV2"_s;
        auto b = src->records(onlyB, {}, 50);
        QVERIFY(b);
        QCOMPARE(b->rows.size(), 2);
        QCOMPARE(b->offices, (QList<QString>{u"BN-KV2"_s, u"BN-KV2"_s}));
        auto denied = remote(kLeaderA)->records(onlyB, {}, 50);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::Denied);
    }

    // Every row as the office itself lists it; a sealed identity stays out.
    void rowsMatchTheOffice()
    {
        LogQuery q;
        q.office = u"BN-KV1"_s;
        auto page = remote()->records(q, {}, 50);
        QVERIFY(page);
        RecordFilter f;
        auto local = m_a->records().list(f);
        QVERIFY(local);
        QCOMPARE(page->rows.size(), local->size());
        QHash<QString, StoredRecord> byId;
        for (const StoredRecord &s : *local)
            byId.insert(s.record.id, s);
        for (const StoredRecord &s : page->rows) {
            QVERIFY(byId.contains(s.record.id));
            const StoredRecord &l = byId.value(s.record.id);
            QCOMPARE(s.record.bookNo, l.record.bookNo);
            QCOMPARE(s.record.receivedAt, l.record.receivedAt);
            QCOMPARE(s.record.identity.fullName, l.record.identity.fullName); // empty for the sealed one
            QCOMPARE(s.record.identity.idNumber, l.record.identity.idNumber);
            QCOMPARE(s.record.content, l.record.content);
            QVERIFY(s.record.kinds == l.record.kinds);
            QCOMPARE(int(s.record.direction), int(l.record.direction));
            QCOMPARE(int(s.record.receiverRole), int(l.record.receiverRole));
            QCOMPARE(s.record.firstVisit, l.record.firstVisit);
            QCOMPARE(s.record.matterId, l.record.matterId);
            QCOMPARE(s.sealed, l.sealed || l.record.confidential);
            QCOMPARE(s.deadlines.size(), l.deadlines.size());
            if (s.sealed)
                QVERIFY(s.record.identity.isEmpty());
        }
    }

    void filters_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expected"); // office A's rows
        QTest::newRow("received by the head") << u"receiver"_s << u"head"_s << 4;
        QTest::newRow("groups") << u"group"_s << u"yes"_s << 2;
        QTest::newRow("repeat visits") << u"visit"_s << u"repeat"_s << 1;
        QTest::newRow("text without diacritics") << u"text"_s << u"cuong che"_s << 9;
        QTest::newRow("accepted") << u"direction"_s << u"accept"_s << 3;
        QTest::newRow("petitions") << u"kind"_s << u"petition"_s << 2;
    }

    void filters()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(int, expected);
        LogQuery q;
        q.office = u"BN-KV1"_s;
        if (key == u"receiver"_s)
            q.receiverRole = ReceiverRole::Head;
        if (key == u"group"_s)
            q.group = true;
        if (key == u"visit"_s)
            q.firstVisit = false;
        if (key == u"text"_s)
            q.text = value;
        if (key == u"direction"_s)
            q.direction = HandlingDirection::Accept;
        if (key == u"kind"_s)
            q.kind = MatterKind::Petition;
        auto page = remote()->records(q, {}, 50);
        QVERIFY2(page, page ? "" : qPrintable(page.error().message));
        QCOMPARE(page->rows.size(), expected);
        // The office's own list agrees (its group rule is the same 5 people).
        RecordFilter f;
        f.receiverRole = q.receiverRole;
        f.group = q.group;
        f.firstVisit = q.firstVisit;
        f.text = q.text;
        f.direction = q.direction;
        f.kind = q.kind;
        auto local = m_a->records().list(f);
        QVERIFY(local);
        QCOMPARE(int(local->size()), expected);
    }

    void receiverNameIsRefused()
    {
        LogQuery q;
        q.receiverName = u"Lê Lãnh Đạo"_s;
        auto page = remote()->records(q, {}, 50);
        QVERIFY(!page);
        QCOMPARE(page.error().field, u"receiverName"_s);
    }

    // The province's statistics for one office equal the office's own.
    void statisticsMatchTheOffice()
    {
        const QDate from(2026, 1, 1), to(2026, 12, 31);
        auto theirs = remote()->report(from, to, u"BN-KV1"_s);
        QVERIFY2(theirs, theirs ? "" : qPrintable(theirs.error().message));
        auto ours = m_a->records().report(from, to);
        QVERIFY(ours);
        QJsonObject a = theirs->toJson(), b = ours->toJson();
        a.remove(u"queue"_s); // not collected by the server
        b.remove(u"queue"_s);
        QCOMPARE(QJsonDocument(a).toJson(QJsonDocument::Compact), QJsonDocument(b).toJson(QJsonDocument::Compact));
        QCOMPARE(theirs->visits, 10);
        QCOMPARE(theirs->leaders.value(u"all"_s).visits, 5); // head 20/10, 11/11, 18/11 and 19/11, deputy 18/11
        QCOMPARE(theirs->leaders.value(u"head-adhoc"_s).sessions, 1);
        // Every office: the two offices' visits together.
        auto all = remote()->report(from, to, {});
        QVERIFY(all);
        QCOMPARE(all->visits, 10 + 2);
        QVERIFY(!remote()->report(to, from, {}));
    }

    // The province's deadline watch for one office equals the office's own,
    // until the department publishes a result for a matter.
    void deadlineWatchMatchesTheOffice()
    {
        const QDate today = m_now.date();
        auto theirs = remote()->deadlines(today, 10, u"BN-KV1"_s);
        QVERIFY2(theirs, theirs ? "" : qPrintable(theirs.error().message));
        auto ours = m_a->records().deadlineWatch(today, 10);
        QVERIFY(ours);
        auto line = [](const WatchedDeadline &w) {
            return u"%1|%2|%3|%4|%5"_s.arg(w.recordId, w.deadline.ruleId, w.deadline.due.toString(Qt::ISODate))
                .arg(w.daysLeft)
                .arg(w.ruleSetId);
        };
        QStringList a, b;
        for (const WatchedDeadline &w : *theirs) {
            a << line(w);
            QCOMPARE(w.office, u"BN-KV1"_s);
        }
        for (const WatchedDeadline &w : *ours)
            b << line(w);
        QCOMPARE(a, b);
        QVERIFY(a.size() >= 4);
        QVERIFY(a.join(u' ').contains(u"conclusion.followUp|2026-11-27|4"_s));
        // The department resolves the first one: it leaves the watch.
        QNetworkAccessManager nam;
        const QJsonObject body{{u"office"_s, u"BN-KV1"_s},
                               {u"updates"_s, QJsonArray{QJsonObject{{u"kind"_s, u"matter_result"_s},
                                                                     {u"matterId"_s, theirs->first().matterId},
                                                                     {u"result"_s, u"resolved"_s},
                                                                     {u"at"_s, u"2026-11-22T08:00:00Z"_s}}}}};
        const Reply r = http(nam, "POST", QUrl(base() + u"/updates"_s), kLeaderAll, QJsonDocument(body).toJson());
        QVERIFY2(r.status == 200, r.body.constData());
        auto after = remote()->deadlines(today, 10, u"BN-KV1"_s);
        QVERIFY(after);
        QCOMPARE(after->size(), theirs->size() - 1);
        QVERIFY(!remote()->deadlines(today, -1, {}));
    }

    void historyAndUnsealing()
    {
        auto src = remote();
        auto h = src->history(u"any"_s);
        QVERIFY(h);
        QVERIFY(h->isEmpty());
        UserRepository &users = m_a->users();
        auto admin = users.createFirstAdmin(u"quantri"_s, u"Quản Trị"_s, u"quantri-2468"_s);
        QVERIFY(admin);
        QVERIFY(users.add(*admin, u"lanhdao"_s, u"Lê Lãnh Đạo"_s, Role::Leader, u"ld-pin-2468"_s));
        auto leader = users.signIn(u"lanhdao"_s, u"ld-pin-2468"_s);
        QVERIFY(leader);
        auto opened = src->unseal(u"any"_s, *leader, u"Thanh tra yêu cầu"_s);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Denied);
    }

    void failuresAreErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("noAnswer");
        QTest::addColumn<int>("code");
        QTest::newRow("no answer") << 0 << QByteArray() << true << int(ErrorCode::Storage);
        QTest::newRow("token refused") << 401 << QByteArray(R"({"error":"unknown token"})") << false
                                       << int(ErrorCode::Denied);
        QTest::newRow("server error") << 503 << QByteArray(R"({"error":"database unavailable"})") << false
                                      << int(ErrorCode::Storage);
        QTest::newRow("a portal's HTML page")
            << 200 << QByteArray("<html><body>Đăng nhập Wi-Fi</body></html>") << false << int(ErrorCode::Storage);
        QTest::newRow("JSON of another shape")
            << 200 << QByteArray(R"({"records":"many","total":"x"})") << false << int(ErrorCode::Storage);
        QTest::newRow("a JSON array") << 200 << QByteArray("[1,2,3]") << false << int(ErrorCode::Storage);
        QTest::newRow("truncated JSON") << 200 << QByteArray(R"({"records":[{"id":)") << false
                                        << int(ErrorCode::Storage);
    }

    void failuresAreErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, noAnswer);
        QFETCH(int, code);
        const Result<HttpResponse> answer =
            noAnswer ? Result<HttpResponse>(Error::make(ErrorCode::Storage, u"connection refused"_s))
                     : Result<HttpResponse>(HttpResponse{status, body, -1});
        RemoteLeaderSource src(u"http://127.0.0.1:9/api/v1"_s, kLeaderAll, m_a->deadlines(),
                               std::make_unique<CannedTransport>(answer));
        auto records = src.records({}, {}, 50);
        QVERIFY(!records);
        QCOMPARE(int(records.error().code), code);
        auto report = src.report(QDate(2026, 1, 1), QDate(2026, 12, 31), {});
        QVERIFY(!report);
        QCOMPARE(int(report.error().code), code);
        QVERIFY(!src.deadlines(QDate(2026, 11, 23), 7, {}));
        QVERIFY(!src.offices());
    }

    // No server listening at all (the real transport).
    void serverDown()
    {
        RemoteLeaderSource src(u"http://127.0.0.1:9/api/v1"_s, kLeaderAll, m_a->deadlines(),
                               std::make_unique<CurlTransport>(QString(), 5));
        auto r = src.records({}, {}, 10);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Storage);
        QVERIFY(r.error().message.contains(u"cannot reach"_s));
    }
};

QTEST_GUILESS_MAIN(TestRemoteSource)
#include "tst_remotesource.moc"
