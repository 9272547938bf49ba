// Tests of scanned ticket payloads in app/storage/ticketrepository, on a
// real SQLite file: a real ticket's QR payload finds it; edited, forged,
// foreign or malformed ones are refused and change nothing.
#include "keys.h"
#include "ticketcode.h"
#include "ticketfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tiepdan;
using namespace storagefixture;
using namespace ticketfixture;
using namespace Qt::StringLiterals;

using PayloadEdit = std::function<QString(const QString &payload, const QString &other, const QByteArray &officeKey)>;
Q_DECLARE_METATYPE(PayloadEdit)

class TestTicketPayload : public TicketTest {
    Q_OBJECT

private slots:
    void initTestCase();
    void payload_data();
    void payload();
};

void TestTicketPayload::initTestCase()
{
    loadShippedConfig();
}

// ---------------------------------------------------------------------------
// Scanned payloads

void TestTicketPayload::payload_data()
{
    QTest::addColumn<PayloadEdit>("edit");
    QTest::addColumn<int>("code"); // 0: A001 found

    auto field = [](int i, std::function<QString(const QString &)> f) {
        return PayloadEdit([i, f](const QString &p, const QString &, const QByteArray &) {
            QStringList parts = p.split(u'.');
            parts[i] = f(parts[i]);
            return parts.join(u'.');
        });
    };
    auto otherChar = [](const QString &s) {
        QString out = s;
        out[0] = out[0] == u'A' ? u'B' : u'A';
        return out;
    };
    const int forged = int(ErrorCode::Forged);
    const int invalid = int(ErrorCode::InvalidInput);
    const int notFound = int(ErrorCode::NotFound);

    QTest::newRow("as printed") << PayloadEdit([](const QString &p, const QString &, const QByteArray &) { return p; })
                                << 0;
    QTest::newRow("scanner adds a newline")
        << PayloadEdit([](const QString &p, const QString &, const QByteArray &) { return p + u"\r\n"_s; }) << 0;
    QTest::newRow("scanner adds spaces") << PayloadEdit([](const QString &p, const QString &, const QByteArray &) {
        return u"  "_s + p + u" "_s;
    }) << 0;
    QTest::newRow("label edited to another ticket's") << field(4, [](const QString &) { return u"A002"_s; }) << forged;
    QTest::newRow("label edited to a ticket of nobody")
        << field(4, [](const QString &) { return u"A077"_s; }) << forged;
    QTest::newRow("date edited") << field(3, [](const QString &) { return u"20261124"_s; }) << forged;
    QTest::newRow("office edited") << field(2, [](const QString &) { return u"BN-KV2"_s; }) << forged;
    QTest::newRow("kind edited to appointment") << field(1, [](const QString &) { return u"A"_s; }) << forged;
    QTest::newRow("random id edited") << field(5, otherChar) << forged;
    QTest::newRow("signature edited") << field(6, otherChar) << forged;
    QTest::newRow("signature of another ticket")
        << PayloadEdit([](const QString &p, const QString &other, const QByteArray &) {
               QStringList parts = p.split(u'.');
               parts[6] = other.split(u'.').value(6);
               return parts.join(u'.');
           })
        << forged;
    QTest::newRow("signed with another office's key")
        << PayloadEdit([](const QString &p, const QString &, const QByteArray &) {
               const QStringList parts = p.split(u'.');
               TicketSigner stranger(randomBytes(KeySize));
               return stranger
                   .sign({TicketPayload::Kind::Ticket, parts[2], QDate::fromString(parts[3], u"yyyyMMdd"_s), parts[4],
                          parts[5]})
                   .value();
           })
        << forged;
    QTest::newRow("genuine code of a ticket not in this database") << PayloadEdit([](const QString &p, const QString &,
                                                                                     const QByteArray &key) {
        const QStringList parts = p.split(u'.');
        TicketSigner office(key);
        return office
            .sign({TicketPayload::Kind::Ticket, parts[2], QDate::fromString(parts[3], u"yyyyMMdd"_s), u"A077"_s, {}})
            .value();
    }) << notFound;
    QTest::newRow("lower case") << PayloadEdit([](const QString &p, const QString &, const QByteArray &) {
        return p.toLower();
    }) << invalid;
    QTest::newRow("cut short") << PayloadEdit([](const QString &p, const QString &, const QByteArray &) {
        return p.chopped(5);
    }) << invalid;
    QTest::newRow("empty") << PayloadEdit([](const QString &, const QString &, const QByteArray &) {
        return QString();
    }) << invalid;
}

void TestTicketPayload::payload()
{
    QFETCH(PayloadEdit, edit);
    QFETCH(int, code);
    QTemporaryDir dir;
    auto store = open(dir);
    QVERIFY(store);
    auto a1 = store->tickets().issue(request(u"complaint"_s), kKiosk);
    auto a2 = store->tickets().issue(request(u"complaint"_s), kKiosk);
    QVERIFY(a1 && a2);
    auto key = readKeyFile(dir.filePath(u"keys/office.key"_s));
    QVERIFY(key);
    const QString scanned = edit(a1->ticket.payload, a2->ticket.payload, *key);
    if (code != 0 && !scanned.isEmpty())
        QVERIFY(scanned.trimmed() != a1->ticket.payload);
    const TicketCounts counts = TicketCounts::of(store->db());

    auto r = store->tickets().findByPayload(scanned);
    if (code == 0) {
        QVERIFY2(r, r ? "" : qPrintable(errorText(r.error())));
        QCOMPARE(r->uuid, a1->ticket.uuid);
        QCOMPARE(r->label, u"A001"_s);
    } else {
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
    }
    QCOMPARE(TicketCounts::of(store->db()), counts);
}

QTEST_GUILESS_MAIN(TestTicketPayload)
#include "tst_ticketpayload.moc"
