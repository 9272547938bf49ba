// Tests of app/storage/audit: the HMAC-chained audit trail.
//
// An intact trail verifies with the right count. Then, each case on a fresh
// database, someone with the database file but not the office key tampers
// with it through a second, plain SQLite connection (as with the sqlite3
// shell): edits, deletions in the middle, at the start and at the end,
// renumbering, forged entries hashed with plain SHA-256 or a guessed key.
// verify() must name exactly what is wrong. A control row re-signs an edit
// with the real key: it passes, which shows the forgeries fail for want of
// the key and not because the test hashes differently.
#include "storagefixture.h"

#include "audit.h"
#include "keys.h"
#include "officestore.h"
#include "receptionrepository.h"
#include "ticketrepository.h"
#include "visitorrepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace tiepdan;
using namespace storagefixture;
using namespace Qt::StringLiterals;

namespace {

const QString kKiosk = u"kiosk-1"_s;
const QString kOfficer = u"canbo.thu"_s;

IssueRequest request(const QString &service)
{
    IssueRequest r;
    r.serviceId = service;
    return r;
}

// What a tamperer works with.
struct Ctx {
    RawConnection &raw;          // a second, plain connection to the file
    OfficeStore &store;          // the program's own (for the row that uses it)
    QMap<QString, QString> uuid; // ticket label -> uuid
    QByteArray officeKey;        // only the control row may use it
    QString error;               // the first failed statement
    bool sql(const QString &s, const QVariantList &binds = {})
    {
        if (raw.exec(s, binds))
            return true;
        if (error.isEmpty())
            error = s + u": "_s + raw.lastError();
        return false;
    }
};
using Tamper = std::function<void(Ctx &)>;

struct Entry {
    qint64 seq = 0;
    QString at, actor, action, entity, entityId, detail;
    QByteArray prev, hash;
};

Entry readEntry(Ctx &c, qint64 seq)
{
    Entry e;
    QSqlQuery q(c.raw.db());
    q.prepare(u"SELECT seq, at, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit WHERE seq = ?"_s);
    q.addBindValue(seq);
    if (q.exec() && q.next())
        e = {q.value(0).toLongLong(), q.value(1).toString(),    q.value(2).toString(),
             q.value(3).toString(),   q.value(4).toString(),    q.value(5).toString(),
             q.value(6).toString(),   q.value(7).toByteArray(), q.value(8).toByteArray()};
    else if (c.error.isEmpty())
        c.error = u"no audit entry %1"_s.arg(seq);
    return e;
}

// The documented framing: prev | len:seq | len:at | len:actor | ...
QByteArray framed(const Entry &e)
{
    QByteArray out = e.prev;
    for (const QString &f : {QString::number(e.seq), e.at, e.actor, e.action, e.entity, e.entityId, e.detail}) {
        const QByteArray u = f.toUtf8();
        out += QByteArray::number(u.size()) + ':' + u;
    }
    return out;
}
QByteArray plainSha256(const Entry &e)
{
    return QCryptographicHash::hash(framed(e), QCryptographicHash::Sha256);
}
QByteArray hmacWith(const QByteArray &auditKey, const Entry &e)
{
    return QMessageAuthenticationCode::hash(framed(e), auditKey, QCryptographicHash::Sha256);
}

bool writeEntry(Ctx &c, const Entry &e)
{
    return c.sql(u"INSERT OR REPLACE INTO audit(seq, at, actor, action, entity, entity_id, detail, prev_hash, hash) "
                 "VALUES (?,?,?,?,?,?,?,?,?)"_s,
                 {e.seq, e.at, e.actor, e.action, e.entity, e.entityId, e.detail, e.prev, e.hash});
}

qint64 maxSeq(Ctx &c)
{
    return c.raw.scalar(u"SELECT MAX(seq) FROM audit"_s).value_or(0).toLongLong();
}

// Appends an entry that looks like the program's, hashed with `hash`.
void appendForged(Ctx &c, const QString &action, const QString &label,
                  const std::function<QByteArray(const Entry &)> &hash)
{
    const Entry last = readEntry(c, maxSeq(c));
    Entry e;
    e.seq = last.seq + 1;
    e.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.actor = kOfficer;
    e.action = action;
    e.entity = u"ticket"_s;
    e.entityId = c.uuid.value(label);
    e.detail = u"{\"from\":\"waiting\",\"label\":\"%1\",\"to\":\"cancelled\"}"_s.arg(label);
    e.prev = last.hash;
    e.hash = hash(e);
    writeEntry(c, e);
}

// The day every tamper case starts from (one fresh database each):
//   1 issue A001   2 issue A002   3 issue C001
//   4 call A001    5 start A001   6 finish A001
//   7 call C001    8 cancel A002
// Tickets' audit_seq: A001 -> 6, C001 -> 7, A002 -> 8.
constexpr int kDayEntries = 8;
bool standardDay(OfficeStore &store, QMap<QString, QString> *uuids, QString *error)
{
    TicketRepository &t = store.tickets();
    for (const QString &s : {u"complaint"_s, u"complaint"_s, u"petition"_s}) {
        auto r = t.issue(request(s), kKiosk);
        if (!r) {
            *error = errorText(r.error());
            return false;
        }
        uuids->insert(r->ticket.label, r->ticket.uuid);
    }
    const QList<std::pair<QString, QueueAction>> steps = {{u"A001"_s, QueueAction::Call},
                                                          {u"A001"_s, QueueAction::Start},
                                                          {u"A001"_s, QueueAction::Finish},
                                                          {u"C001"_s, QueueAction::Call},
                                                          {u"A002"_s, QueueAction::Cancel}};
    for (const auto &[label, action] : steps) {
        auto r = t.act(label, action, kOfficer, 1);
        if (!r) {
            *error = errorText(r.error());
            return false;
        }
    }
    return true;
}

ReceptionRecord denunciation()
{
    ReceptionRecord r;
    r.receivedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30));
    r.identity.fullName = u"Trần Văn Bình"_s;
    r.identity.idNumber = u"001099012345"_s;
    r.kinds = {MatterKind::Denunciation};
    r.content = u"Tố cáo cán bộ nhận tiền"_s;
    return r;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

using Build = std::function<bool(OfficeStore &, QString *)>;
Q_DECLARE_METATYPE(Tamper)
Q_DECLARE_METATYPE(Build)

class TestAudit : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void intact_data();
    void intact();
    void tamper_data();
    void tamper();

private:
    OfficeConfig m_config;
};

void TestAudit::initTestCase()
{
    QLoggingCategory::setFilterRules(u"tiepdan.*.info=false\ntiepdan.storage.warning=false"_s);
    const ConfigLoadResult cfg = shippedConfig();
    QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
    m_config = cfg.config;
}

// ---------------------------------------------------------------------------
// An untouched trail

void TestAudit::intact_data()
{
    QTest::addColumn<Build>("build");
    QTest::addColumn<int>("entries");

    QTest::newRow("empty database") << Build([](OfficeStore &, QString *) { return true; }) << 0;
    QTest::newRow("one ticket") << Build([](OfficeStore &s, QString *) {
        return s.tickets().issue(request(u"complaint"_s), kKiosk).ok();
    }) << 1;
    QTest::newRow("the standard day") << Build([](OfficeStore &s, QString *e) {
        QMap<QString, QString> u;
        return standardDay(s, &u, e);
    }) << kDayEntries;
    QTest::newRow("standard day and a print failure") << Build([](OfficeStore &s, QString *e) {
        QMap<QString, QString> u;
        return standardDay(s, &u, e) && s.tickets().recordPrintFailure(u"A003"_s, u"hết giấy"_s, kKiosk).ok();
    }) << kDayEntries + 1;
    QTest::newRow("a sealed denunciation, opened once") << Build([](OfficeStore &s, QString *e) {
        auto r = s.records().add(denunciation(), kOfficer);
        if (!r) {
            *e = errorText(r.error());
            return false;
        }
        const auto leader = signedIn(s, Role::Leader, u"lanhdao"_s);
        if (!leader) {
            *e = u"sign-in failed"_s;
            return false;
        }
        auto id = s.records().unseal(r->record.id, *leader, u"Thanh tra yêu cầu xác minh"_s);
        if (!id)
            *e = errorText(id.error());
        return id.ok();
    }) << 6; // record.add; user.add, user.sign_in (first admin); user.add, user.sign_in (leader); identity.unseal
    QTest::newRow("a visitor registered") << Build([](OfficeStore &s, QString *e) {
        Identity id;
        id.fullName = u"Lê Thị Hoa"_s;
        id.idNumber = u"027185001234"_s;
        auto r = s.visitors().registerVisitor(id, false, kKiosk);
        if (!r)
            *e = errorText(r.error());
        return r.ok();
    }) << 1;
    QTest::newRow("150 tickets through a whole day") << Build([](OfficeStore &s, QString *e) {
        for (int i = 0; i < 50; ++i)
            if (!s.tickets().issue(request(i % 2 ? u"petition"_s : u"complaint"_s), kKiosk)) {
                *e = u"issue failed"_s;
                return false;
            }
        for (int i = 0; i < 50; ++i) {
            auto c = s.tickets().callNext(1, kOfficer);
            if (!c || !s.tickets().act(c->label, QueueAction::Cancel, kOfficer, 1)) {
                *e = u"call or cancel failed"_s;
                return false;
            }
        }
        return true;
    }) << 150;
}

void TestAudit::intact()
{
    QFETCH(Build, build);
    QFETCH(int, entries);
    QTemporaryDir dir;
    auto store = openStore(m_config, dir, std::make_shared<FakeClock>());
    QVERIFY(store);
    QString error;
    QVERIFY2(build(*store, &error), qPrintable(error));

    auto rep = store->audit().verify();
    QVERIFY2(rep, rep ? "" : qPrintable(errorText(rep.error())));
    QVERIFY2(rep->problems.isEmpty(), qPrintable(rep->problems.join(u"\n"_s)));
    QCOMPARE(rep->entries, entries);
    QCOMPARE(rowCount(store->db(), u"audit"_s), entries);
    if (entries > 0)
        QCOMPARE(store->db().scalar(u"SELECT MAX(seq) FROM audit"_s)->toInt(), entries);

    // The same from a new process: the chain does not depend on this connection.
    store.reset();
    auto again = openStore(m_config, dir);
    QVERIFY(again);
    auto rep2 = again->audit().verify();
    QVERIFY(rep2);
    QVERIFY(rep2->problems.isEmpty());
    QCOMPARE(rep2->entries, entries);
}

// ---------------------------------------------------------------------------
// Tampering, each case on a fresh database

void TestAudit::tamper_data()
{
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<qint64>("entries");       // what verify() counts afterwards
    QTest::addColumn<QStringList>("problems"); // exactly; {A001} etc. stand for uuids; "*" = any problem
    QTest::addColumn<QString>("bug");          // non-empty: known production bug (QEXPECT_FAIL)

    const QString follow = u"audit entry %1 does not follow the entry before it"_s;
    const QString altered = u"audit entry %1 was altered"_s;
    const QString missing = u"audit entries %1 to %2 are missing"_s;
    const QString ticketMissing = u"the audit entry of ticket {%1} is missing"_s;
    const QString headMissing = u"the newest audit entries %1 to %2 are missing"_s;
    const QString headAltered = u"the audit head was altered"_s;

    QTest::newRow("detail of entry 3 edited")
        << Tamper([](Ctx &c) { c.sql(u"UPDATE audit SET detail = replace(detail, 'C001', 'C009') WHERE seq = 3"_s); })
        << qint64(8) << QStringList{altered.arg(3)} << QString();
    QTest::newRow("detail edited through the program's own connection") << Tamper([](Ctx &c) {
        if (!c.store.db().exec(u"UPDATE audit SET detail = '{}' WHERE seq = 6"_s))
            c.error = u"update failed"_s;
    }) << qint64(8) << QStringList{altered.arg(6)} << QString();
    QTest::newRow("actor of entry 5 edited")
        << Tamper([](Ctx &c) { c.sql(u"UPDATE audit SET actor = 'someone.else' WHERE seq = 5"_s); }) << qint64(8)
        << QStringList{altered.arg(5)} << QString();
    QTest::newRow("action of entry 6 edited (finish -> cancel)")
        << Tamper([](Ctx &c) { c.sql(u"UPDATE audit SET action = 'ticket.cancel' WHERE seq = 6"_s); }) << qint64(8)
        << QStringList{altered.arg(6)} << QString();
    QTest::newRow("time of entry 2 edited")
        << Tamper([](Ctx &c) { c.sql(u"UPDATE audit SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 2"_s); })
        << qint64(8) << QStringList{altered.arg(2)} << QString();
    QTest::newRow("entity id of entry 7 edited")
        << Tamper([](Ctx &c) { c.sql(u"UPDATE audit SET entity_id = ? WHERE seq = 7"_s, {c.uuid.value(u"A002"_s)}); })
        << qint64(8) << QStringList{altered.arg(7), ticketMissing.arg(u"C001"_s)} << QString();
    QTest::newRow("hash of entry 4 replaced")
        << Tamper([](Ctx &c) { c.sql(u"UPDATE audit SET hash = ? WHERE seq = 4"_s, {randomBytes(32)}); }) << qint64(8)
        << QStringList{altered.arg(4), follow.arg(5)} << QString();

    QTest::newRow("middle entry 4 deleted")
        << Tamper([](Ctx &c) { c.sql(u"DELETE FROM audit WHERE seq = 4"_s); }) << qint64(7)
        << QStringList{missing.arg(4).arg(4), follow.arg(5)} << QString();
    QTest::newRow("entries 2 to 4 deleted")
        << Tamper([](Ctx &c) { c.sql(u"DELETE FROM audit WHERE seq BETWEEN 2 AND 4"_s); }) << qint64(5)
        << QStringList{missing.arg(2).arg(4), follow.arg(5)} << QString();
    QTest::newRow("first entry deleted") << Tamper([](Ctx &c) { c.sql(u"DELETE FROM audit WHERE seq = 1"_s); })
                                         << qint64(7) << QStringList{missing.arg(1).arg(1), follow.arg(2)} << QString();
    QTest::newRow("middle entry deleted, the rest renumbered") << Tamper([](Ctx &c) {
        c.sql(u"DELETE FROM audit WHERE seq = 4"_s);
        for (int s = 5; s <= 8; ++s) {
            c.sql(u"UPDATE audit SET seq = ? WHERE seq = ?"_s, {s - 1, s});
            c.sql(u"UPDATE tickets SET audit_seq = ? WHERE audit_seq = ?"_s, {s - 1, s});
        }
    }) << qint64(7) << QStringList{follow.arg(4),  altered.arg(4), altered.arg(5),
                                   altered.arg(6), altered.arg(7), headMissing.arg(8).arg(8)}
                                                               << QString();

    QTest::newRow("newest entry deleted")
        << Tamper([](Ctx &c) { c.sql(u"DELETE FROM audit WHERE seq = 8"_s); }) << qint64(7)
        << QStringList{ticketMissing.arg(u"A002"_s), headMissing.arg(8).arg(8)} << QString();
    QTest::newRow("newest three entries deleted")
        << Tamper([](Ctx &c) { c.sql(u"DELETE FROM audit WHERE seq >= 6"_s); }) << qint64(5)
        << QStringList{ticketMissing.arg(u"A001"_s), ticketMissing.arg(u"C001"_s), ticketMissing.arg(u"A002"_s),
                       headMissing.arg(6).arg(8)}
        << QString();
    QTest::newRow("every entry deleted") << Tamper([](Ctx &c) { c.sql(u"DELETE FROM audit"_s); }) << qint64(0)
                                         << QStringList{ticketMissing.arg(u"A001"_s), ticketMissing.arg(u"C001"_s),
                                                        ticketMissing.arg(u"A002"_s), headMissing.arg(1).arg(8)}
                                         << QString();
    QTest::newRow("ticket pointed at another ticket's entry")
        << Tamper([](Ctx &c) { c.sql(u"UPDATE tickets SET audit_seq = 7 WHERE label = 'A001'"_s); }) << qint64(8)
        << QStringList{ticketMissing.arg(u"A001"_s)} << QString();

    QTest::newRow("forged entry appended, plain SHA-256")
        << Tamper([](Ctx &c) { appendForged(c, u"ticket.cancel"_s, u"C001"_s, plainSha256); }) << qint64(9)
        << QStringList{altered.arg(9), headAltered} << QString();
    QTest::newRow("forged cancel appended and the ticket pointed at it") << Tamper([](Ctx &c) {
        appendForged(c, u"ticket.cancel"_s, u"C001"_s, plainSha256);
        c.sql(u"UPDATE tickets SET state = 'cancelled', version = version + 1, audit_seq = 9 WHERE label = 'C001'"_s);
    }) << qint64(9) << QStringList{altered.arg(9), headAltered} << QString();
    QTest::newRow("entry 5 replaced by a forgery, plain SHA-256") << Tamper([](Ctx &c) {
        Entry e = readEntry(c, 5);
        e.actor = u"lanhdao"_s;
        e.hash = plainSha256(e);
        writeEntry(c, e);
    }) << qint64(8) << QStringList{altered.arg(5), follow.arg(6)} << QString();
    QTest::newRow("edit of entry 3, whole chain re-hashed with plain SHA-256") << Tamper([](Ctx &c) {
        QByteArray prev = readEntry(c, 2).hash;
        for (int s = 3; s <= 8; ++s) {
            Entry e = readEntry(c, s);
            if (s == 3)
                e.detail = u"{}"_s;
            e.prev = prev;
            e.hash = plainSha256(e);
            prev = e.hash;
            writeEntry(c, e);
        }
    }) << qint64(8) << QStringList{altered.arg(3), altered.arg(4), altered.arg(5), altered.arg(6),
                                   altered.arg(7), altered.arg(8), headAltered} << QString();
    QTest::newRow("forged entry, HMAC under a guessed key") << Tamper([](Ctx &c) {
        const QByteArray guess = deriveKey(QByteArray(32, '\0'), "tiepdan-audit-v1");
        appendForged(c, u"ticket.cancel"_s, u"C001"_s, [guess](const Entry &e) { return hmacWith(guess, e); });
    }) << qint64(9) << QStringList{altered.arg(9), headAltered}
                                                            << QString();
    QTest::newRow("control: whole chain re-signed with the real office key") << Tamper([](Ctx &c) {
        const QByteArray key = deriveKey(c.officeKey, "tiepdan-audit-v1");
        QByteArray prev = readEntry(c, 2).hash;
        for (int s = 3; s <= 8; ++s) {
            Entry e = readEntry(c, s);
            if (s == 3)
                e.detail = u"{}"_s;
            e.prev = prev;
            e.hash = hmacWith(key, e);
            prev = e.hash;
            writeEntry(c, e);
        }
        // The key also signs the head (AuditLog::headMac).
        c.sql(u"UPDATE audit_head SET mac = ? WHERE id = 1"_s,
              {QMessageAuthenticationCode::hash("head:8:" + prev, key, QCryptographicHash::Sha256)});
    }) << qint64(8) << QStringList{} << QString();

    QTest::newRow("newest entry, an identity.unseal, deleted") << Tamper([](Ctx &c) {
        auto r = c.store.records().add(denunciation(), kOfficer);
        const auto leader = signedIn(c.store, Role::Leader, u"lanhdao"_s);
        auto id = r && leader ? c.store.records().unseal(r->record.id, *leader, u"Thanh tra yêu cầu xác minh"_s)
                              : Result<Identity>(Error::make(ErrorCode::Denied, u"setup failed"_s));
        if (!id)
            c.error = errorText(id.error());
        c.sql(u"DELETE FROM audit WHERE action = 'identity.unseal'"_s);
    }) << qint64(13) << QStringList{u"*"_s} << QString(); // 8 + record + 4 sign-in entries
    QTest::newRow("newest entry, a print failure, deleted") << Tamper([](Ctx &c) {
        if (!c.store.tickets().recordPrintFailure(u"A003"_s, u"printer offline"_s, kKiosk))
            c.error = u"recordPrintFailure failed"_s;
        c.sql(u"DELETE FROM audit WHERE action = 'kiosk.print_failed'"_s);
    }) << qint64(8) << QStringList{u"the newest audit entries 9 to 9 are missing"_s}
                                                            << QString();
    QTest::newRow("newest entry, a visitor registration, deleted") << Tamper([](Ctx &c) {
        Identity id;
        id.fullName = u"Lê Thị Hoa"_s;
        id.idNumber = u"027185001234"_s;
        if (!c.store.visitors().registerVisitor(id, false, kKiosk))
            c.error = u"registerVisitor failed"_s;
        c.sql(u"DELETE FROM audit WHERE action = 'visitor.register'"_s);
    }) << qint64(8) << QStringList{u"the newest audit entries 9 to 9 are missing"_s}
                                                                   << QString();
}

void TestAudit::tamper()
{
    QFETCH(Tamper, tamper);
    QFETCH(qint64, entries);
    QFETCH(QStringList, problems);
    QFETCH(QString, bug);
    QTemporaryDir dir;
    auto store = openStore(m_config, dir, std::make_shared<FakeClock>());
    QVERIFY(store);
    QMap<QString, QString> uuids;
    QString error;
    QVERIFY2(standardDay(*store, &uuids, &error), qPrintable(error));
    auto before = store->audit().verify();
    QVERIFY(before);
    QVERIFY2(before->problems.isEmpty(), qPrintable(before->problems.join(u"\n"_s)));
    QCOMPARE(before->entries, kDayEntries);
    auto key = readKeyFile(dir.filePath(u"keys/office.key"_s));
    QVERIFY(key);

    {
        RawConnection raw(store->db().path());
        QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
        Ctx ctx{raw, *store, uuids, *key, {}};
        tamper(ctx);
        QVERIFY2(ctx.error.isEmpty(), qPrintable(ctx.error));
    }

    auto rep = store->audit().verify();
    QVERIFY2(rep, rep ? "" : qPrintable(errorText(rep.error())));
    QCOMPARE(rep->entries, entries);
    if (problems == QStringList{u"*"_s}) {
        const QByteArray bugText = bug.toUtf8();
        if (!bug.isEmpty())
            QEXPECT_FAIL("", bugText.constData(), Continue);
        QVERIFY2(!rep->problems.isEmpty(), "the tampering went unnoticed");
        return;
    }
    QStringList expected;
    for (QString p : problems) {
        for (auto it = uuids.begin(); it != uuids.end(); ++it)
            p.replace(u"{%1}"_s.arg(it.key()), it.value());
        expected << p;
    }
    QCOMPARE(sorted(rep->problems), sorted(expected));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
