// The department server's read side (reception-server on loopback): the
// leaders' record list (paging, filters, text), the statistics of domain.md,
// sealed identities returned byte for byte, and publishing updates with the
// kiosks' pull cursor. Backend: see serverfixture.h.
#include "serverfixture.h"

#include <QTest>

using namespace serverfixture;
using namespace Qt::StringLiterals;

class TestReadApi : public ServerTest {
    Q_OBJECT

private slots:
    void initTestCase() { startOrFail(); }
    void cleanupTestCase() { stop(); }
    void readApi();
    void statistics();
    void sealedIdentityByteForByte();
    void updatesPublishAndPull();
};

void TestReadApi::readApi()
{
    // 25 records of BN-KV1 in March 2031 (a period no other test uses),
    // each carrying a unique text marker.
    const QString marker = u"Phường Đông Ngàn %1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QDate base(2031, 3, 1);
    QJsonArray batch;
    for (int i = 0; i < 25; ++i) {
        RecordSpec s;
        s.date = base.addDays(i);
        s.kinds = i % 5 == 0 ? u"denunciation"_s : (i % 2 ? u"complaint"_s : u"petition,feedback"_s);
        s.direction = i % 3 == 0 ? u"transfer"_s : u"accept"_s;
        s.content = u"Nội dung %1 %2"_s.arg(marker).arg(i);
        if (s.kinds == u"denunciation"_s)
            s.sealed = QString::fromLatin1(("TDS1" + QByteArray(40, char(i))).toBase64());
        const QString id = newId();
        batch.append(entry(id, u"record"_s, 1, i + 1, recordPayload(id, s)));
    }
    Reply r = post(kKioskA, batchBody(u"BN-KV1"_s, batch));
    QCOMPARE(r.status, 200);
    for (const QJsonValue &v : r.json[u"results"_s].toArray())
        QCOMPARE(v[u"status"_s].toString(), u"stored"_s);
    const QString period = u"from=2031-03-01&to=2031-03-31"_s;
    // Paging: 25 records, pages of 10, newest first, no overlap.
    QStringList seen;
    for (int page = 1; page <= 3; ++page) {
        r = get(kLeaderA, u"/api/v1/records?%1&pageSize=10&page=%2"_s.arg(period).arg(page));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"total"_s].toInteger(), 25);
        QCOMPARE(r.json[u"page"_s].toInt(), page);
        const QJsonArray recs = r.json[u"records"_s].toArray();
        QCOMPARE(recs.size(), page < 3 ? 10 : 5);
        for (const QJsonValue &v : recs)
            seen << v[u"receivedDate"_s].toString() + v[u"id"_s].toString();
    }
    QStringList sorted = seen;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QCOMPARE(seen, sorted);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 25);
    // Filters.
    auto total = [&](const QString &q) {
        const Reply x = get(kLeaderA, u"/api/v1/records?%1&%2"_s.arg(period, q));
        return x.status == 200 ? x.json[u"total"_s].toInteger() : -x.status;
    };
    QCOMPARE(total(u"kind=denunciation"_s), 5);
    QCOMPARE(total(u"kind=complaint"_s), 10);
    QCOMPARE(total(u"kind=feedback"_s), 10);
    QCOMPARE(total(u"direction=transfer"_s), 9);
    QCOMPARE(total(u"kind=complaint&direction=transfer"_s), 3); // i = 3, 9, 21
    r = get(kLeaderA, u"/api/v1/records?from=2031-03-10&to=2031-03-12"_s);
    QCOMPARE(r.json[u"total"_s].toInteger(), 3);
    // Text: folded like the kiosk's search, with or without diacritics.
    const QString folded = marker.mid(marker.lastIndexOf(u' ') + 1);
    QCOMPARE(total(u"q=phuong%20dong%20ngan%20"_s + folded), 25);
    QCOMPARE(total(u"q=PHƯỜNG%20"_s + folded), 25);
    QCOMPARE(total(u"q=nguyen%20van%20an%20"_s + folded),
             20);                                // identity of the non-sealed ones only
    QCOMPARE(total(u"q=%25%20"_s + folded), 25); // punctuation is no LIKE wildcard
    QCOMPARE(total(u"kind=gossip"_s), -400);
    QCOMPARE(total(u"direction=lost"_s), -400);
    QCOMPARE(total(u"page=0"_s), -400);
    QCOMPARE(total(u"pageSize=501"_s), -400);
    QCOMPARE(get(kLeaderA, u"/api/v1/records?from=2031-02-30"_s).status, 400);
    // The leader of every office sees them only when asking for this office or all.
    r = get(kLeaderAll, u"/api/v1/records?office=BN-KV2&%1"_s.arg(period));
    QCOMPARE(r.json[u"total"_s].toInteger(), 0);
    r = get(kLeaderAll, u"/api/v1/records?%1"_s.arg(period));
    QCOMPARE(r.json[u"total"_s].toInteger(), 25);
}

void TestReadApi::statistics()
{
    // A year of its own (2032) for office BN-KV1.
    QJsonArray batch;
    auto add = [&](RecordSpec s) {
        const QString id = newId();
        batch.append(entry(id, u"record"_s, 1, batch.size() + 1, recordPayload(id, s)));
    };
    RecordSpec a;
    a.date = QDate(2032, 1, 5);
    a.matterId = u"m-1"_s;
    a.people = 1;
    add(a);
    RecordSpec b = a;
    b.firstVisit = false;
    b.people = 2;
    add(b); // repeat on the same matter
    RecordSpec g;
    g.date = QDate(2032, 2, 1);
    g.people = 7;
    g.kinds = u"petition"_s;
    g.matterId = u"m-2"_s;
    g.receiverRole = u"head"_s;
    g.receptionKind = u"periodic"_s;
    g.sessionKey = u"2032-02-01/periodic/head/morning"_s;
    add(g);
    RecordSpec h = g;
    h.people = 1;
    h.matterId = u"m-3"_s;
    h.kinds = u"complaint,denunciation"_s;
    h.sealed = QString::fromLatin1(QByteArray("TDS1xyz").toBase64());
    add(h);
    RecordSpec d;
    d.date = QDate(2032, 3, 1);
    d.receiverRole = u"deputy"_s;
    d.receptionKind = u"adhoc"_s;
    d.sessionKey = u"2032-03-01/adhoc"_s;
    d.matterId = u"m-4"_s;
    d.direction = u"return_guide"_s;
    add(d);
    RecordSpec out;
    out.date = QDate(2033, 1, 1);
    out.matterId = u"m-5"_s;
    add(out); // outside the period
    QCOMPARE(post(kKioskA, batchBody(u"BN-KV1"_s, batch)).status, 200);

    const Reply r = get(kLeaderA, u"/api/v1/stats?from=2032-01-01&to=2032-12-31"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject s = r.json;
    QCOMPARE(s[u"office"_s].toString(), u"BN-KV1"_s);
    QCOMPARE(s[u"visits"_s].toInt(), 5);
    QCOMPARE(s[u"persons"_s].toInt(), 1 + 2 + 7 + 1 + 1);
    QCOMPARE(s[u"cases"_s].toInt(), 4);
    QCOMPARE(s[u"firstVisits"_s].toInt(), 4);
    QCOMPARE(s[u"repeatVisits"_s].toInt(), 1);
    QCOMPARE(s[u"groups"_s][u"groups"_s].toInt(), 1);
    QCOMPARE(s[u"groups"_s][u"persons"_s].toInt(), 7);
    const QJsonObject head = s[u"receivedByLeaders"_s][u"head"_s][u"periodic"_s].toObject();
    QCOMPARE(head[u"sessions"_s].toInt(), 1);
    QCOMPARE(head[u"visits"_s].toInt(), 2);
    QCOMPARE(head[u"persons"_s].toInt(), 8);
    QCOMPARE(head[u"cases"_s].toInt(), 2);
    QCOMPARE(s[u"receivedByLeaders"_s][u"deputy"_s][u"adhoc"_s][u"visits"_s].toInt(), 1);
    QCOMPARE(s[u"casesByKind"_s][u"complaint"_s].toInt(), 3);
    QCOMPARE(s[u"casesByKind"_s][u"denunciation"_s].toInt(), 1);
    QCOMPARE(s[u"casesByKind"_s][u"petition"_s].toInt(), 1);
    QCOMPARE(s[u"visitsByDirection"_s][u"accept"_s].toInt(), 4);
    QCOMPARE(s[u"visitsByDirection"_s][u"return_guide"_s].toInt(), 1);
    QCOMPARE(s[u"visitsByReceiver"_s][u"officer"_s].toInt(), 2);
    QCOMPARE(get(kLeaderA, u"/api/v1/stats?office=BN-KV2"_s).status, 403);
    QCOMPARE(get(kLeaderA, u"/api/v1/stats?from=yesterday"_s).status, 400);
}

void TestReadApi::sealedIdentityByteForByte()
{
    // Ciphertext with every byte value, as the kiosk's outbox carries it.
    QByteArray cipher("TDS1");
    for (int i = 0; i < 256; ++i)
        cipher.append(char(i));
    const QString sealed = QString::fromLatin1(cipher.toBase64());
    RecordSpec s;
    s.kinds = u"denunciation"_s;
    s.sealed = sealed;
    s.date = QDate(2030, 6, 6);
    s.content = u"Tố cáo"_s;
    const QString id = newId();
    const QByteArray body = batchBody(u"BN-KV1"_s, {entry(id, u"record"_s, 1, 1, recordPayload(id, s))});
    QCOMPARE(post(kKioskA, body).json[u"results"_s][0][u"status"_s].toString(), u"stored"_s);
    const Reply r = get(kLeaderA, u"/api/v1/records?from=2030-06-06&to=2030-06-06&kind=denunciation"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray recs = r.json[u"records"_s].toArray();
    QCOMPARE(recs.size(), 1);
    const QJsonObject p = recs[0][u"payload"_s].toObject();
    QCOMPARE(p[u"sealedIdentity"_s].toString(), sealed);
    QCOMPARE(QByteArray::fromBase64(p[u"sealedIdentity"_s].toString().toLatin1()), cipher);
    QVERIFY(p[u"identity"_s].isNull());
    // The whole payload round-trips to the canonical bytes the kiosk sent.
    QCOMPARE(QJsonDocument(p).toJson(QJsonDocument::Compact),
             QJsonDocument(recordPayload(id, s)).toJson(QJsonDocument::Compact));
}

void TestReadApi::updatesPublishAndPull()
{
    auto publish = [&](const QByteArray &token, const QJsonObject &body) {
        return post(token, QJsonDocument(body).toJson(QJsonDocument::Compact), u"/api/v1/updates"_s);
    };
    // The kiosk of BN-KV2 starts where it is now.
    Reply r = get(kKioskB, u"/api/v1/updates?after=0"_s);
    QCOMPARE(r.status, 200);
    const qint64 start = r.json[u"cursor"_s].toInteger();
    const QJsonArray ups{
        QJsonObject{{u"kind"_s, u"matter_result"_s},
                    {u"matterId"_s, u"m-77"_s},
                    {u"result"_s, u"accepted"_s},
                    {u"note"_s, u"Đã thụ lý"_s},
                    {u"at"_s, u"2026-11-23T08:00:00Z"_s}},
        QJsonObject{{u"kind"_s, u"schedule"_s}, {u"change"_s, QJsonObject{{u"adhoc"_s, u"2026-12-01"_s}}}}};
    r = publish(kLeaderAll, {{u"office"_s, u"BN-KV2"_s}, {u"updates"_s, ups}});
    QCOMPARE(r.status, 200);
    const QJsonArray seqs = r.json[u"seqs"_s].toArray();
    QCOMPARE(seqs.size(), 2);
    QVERIFY(seqs[0].toInteger() > start && seqs[1].toInteger() > seqs[0].toInteger());
    QCOMPARE(publish(kLeaderAll, {{u"office"_s, u"BN-KV1"_s}, {u"updates"_s, QJsonArray{ups[0]}}}).status, 200);
    // A leader of BN-KV1 may not publish to BN-KV2; bad updates are 400.
    QCOMPARE(publish(kLeaderA, {{u"office"_s, u"BN-KV2"_s}, {u"updates"_s, ups}}).status, 403);
    QCOMPARE(publish(kLeaderAll,
                     {{u"office"_s, u"BN-KV2"_s}, {u"updates"_s, QJsonArray{QJsonObject{{u"kind"_s, u"rumour"_s}}}}})
                 .status,
             400);
    QCOMPARE(publish(kLeaderAll, {{u"office"_s, u"BN-KV2"_s},
                                  {u"updates"_s, QJsonArray{QJsonObject{{u"kind"_s, u"matter_result"_s}}}}})
                 .status,
             400);
    QCOMPARE(publish(kLeaderAll, {{u"office"_s, u"BN-KV2"_s}, {u"updates"_s, QJsonArray()}}).status, 400);

    r = get(kKioskB, u"/api/v1/updates?after=%1"_s.arg(start));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"ack"_s].toString(), u"tiepdan-sync-v1"_s);
    const QJsonArray got = r.json[u"updates"_s].toArray();
    QCOMPARE(got.size(), 2); // not BN-KV1's
    QCOMPARE(got[0][u"seq"_s].toInteger(), seqs[0].toInteger());
    QCOMPARE(got[0][u"matterId"_s].toString(), u"m-77"_s);
    QCOMPARE(got[0][u"note"_s].toString(), u"Đã thụ lý"_s);
    QCOMPARE(got[1][u"kind"_s].toString(), u"schedule"_s);
    QCOMPARE(r.json[u"cursor"_s].toInteger(), seqs[1].toInteger());
    // Pulling from the cursor: nothing new, cursor unchanged.
    r = get(kKioskB, u"/api/v1/updates?after=%1"_s.arg(seqs[1].toInteger()));
    QCOMPARE(r.json[u"updates"_s].toArray().size(), 0);
    QCOMPARE(r.json[u"cursor"_s].toInteger(), seqs[1].toInteger());
    // From one in between: just the second.
    r = get(kKioskB, u"/api/v1/updates?after=%1"_s.arg(seqs[0].toInteger()));
    QCOMPARE(r.json[u"updates"_s].toArray().size(), 1);
    QCOMPARE(get(kKioskB, u"/api/v1/updates?after=-1"_s).status, 400);
    QCOMPARE(get(kKioskB, u"/api/v1/updates?after=abc"_s).status, 400);
    // A leader pulls any office it covers by naming it.
    QCOMPARE(
        get(kLeaderAll, u"/api/v1/updates?office=BN-KV2&after=%1"_s.arg(start)).json[u"updates"_s].toArray().size(), 2);
    QCOMPARE(get(kLeaderA, u"/api/v1/updates?office=BN-KV2"_s).status, 403);
}

QTEST_GUILESS_MAIN(TestReadApi)
#include "tst_readapi.moc"
