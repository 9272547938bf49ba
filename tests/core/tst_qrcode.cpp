// QR matrices (qrcode.h) of ticket codes, and their SVG and text forms.
#include "cryptofixture.h"
#include "qrcode.h"
#include "ticketcode.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace tiepdan;
using namespace cryptofixture;

namespace {

// Finder pattern: 7x7, dark ring, light ring, dark 3x3 core.
bool finderAt(const QrMatrix &qr, int x0, int y0)
{
    for (int y = 0; y < 7; ++y)
        for (int x = 0; x < 7; ++x) {
            const int ring = qMax(qAbs(x - 3), qAbs(y - 3));
            const bool expectDark = ring != 2;
            if (qr.dark(x0 + x, y0 + y) != expectDark)
                return false;
        }
    return true;
}

} // namespace

class TestQrCode : public QObject {
    Q_OBJECT

private slots:
    void encodeQr_data();
    void encodeQr();
    void encodeQrTooLong();
    void qrToSvg();
    void qrToText();
};

// --- QR -----------------------------------------------------------------

void TestQrCode::encodeQr_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ticket payload") << validCode();
    QTest::newRow("appointment payload") << TicketSigner(fixedKey(1))
                                                .sign(payload(TicketPayload::Kind::Appointment, "ABCDEFGHIJKLMNO-",
                                                              QDate(2026, 4, 15), "ABCDEFGH12345678"))
                                                .value();
    QTest::newRow("one character") << u8("A");
    QTest::newRow("empty") << QString();
    QTest::newRow("Vietnamese text") << u8("Phòng Thi hành án dân sự khu vực 1 - Bắc Ninh");
    QTest::newRow("1000 digits") << QString(1000, u'7');
}

void TestQrCode::encodeQr()
{
    QFETCH(QString, text);

    const auto r = tiepdan::encodeQr(text);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const QrMatrix &qr = r.value();
    QVERIFY2(qr.size >= 21 && qr.size <= 177, qPrintable(QString::number(qr.size)));
    QCOMPARE((qr.size - 17) % 4, 0); // version v has 17 + 4v modules
    QCOMPARE(qr.modules.size(), qsizetype(qr.size) * qr.size);
    int darkCount = 0;
    for (char m : qr.modules) {
        QVERIFY(m == 0 || m == 1);
        darkCount += m;
    }
    QVERIFY(darkCount > 0 && darkCount < qr.modules.size());

    // Three finder patterns, timing patterns between them.
    QVERIFY(finderAt(qr, 0, 0));
    QVERIFY(finderAt(qr, qr.size - 7, 0));
    QVERIFY(finderAt(qr, 0, qr.size - 7));
    for (int i = 8; i < qr.size - 8; ++i) {
        QCOMPARE(qr.dark(i, 6), i % 2 == 0);
        QCOMPARE(qr.dark(6, i), i % 2 == 0);
    }

    // Deterministic.
    QCOMPARE(tiepdan::encodeQr(text).value().modules, qr.modules);

    // A ticket payload (alphanumeric mode, ~60 characters) stays small
    // enough for an 80 mm thermal print.
    if (text.startsWith(QLatin1String("TD1.")))
        QVERIFY2(qr.size <= 37, qPrintable(QString::number(qr.size)));
}

void TestQrCode::encodeQrTooLong()
{
    for (const QString &text : {QString(5000, u'A'), QString(8000, u'7'), QString(3000, QChar(0x1EC5))}) {
        const auto r = tiepdan::encodeQr(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(r.error().field, u8("qr"));
    }
}

void TestQrCode::qrToSvg()
{
    const QrMatrix qr = tiepdan::encodeQr(validCode()).value();
    int dark = 0;
    for (char m : qr.modules)
        dark += m;

    for (int moduleSize : {1, 4, 10}) {
        const QString svg = tiepdan::qrToSvg(qr, moduleSize);
        QVERIFY(svg.startsWith(QLatin1String("<?xml")));
        QVERIFY(svg.trimmed().endsWith(QLatin1String("</svg>")));
        const int dim = (qr.size + 8) * moduleSize;

        // Well-formed XML with an <svg> root of the right size.
        QXmlStreamReader xml(svg);
        QString rootName, width, height, viewBox, pathData;
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            ++elements;
            if (rootName.isEmpty()) {
                rootName = xml.name().toString();
                QCOMPARE(xml.namespaceUri().toString(), u8("http://www.w3.org/2000/svg"));
                width = xml.attributes().value(QLatin1String("width")).toString();
                height = xml.attributes().value(QLatin1String("height")).toString();
                viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
            }
            if (xml.name() == QLatin1String("path"))
                pathData = xml.attributes().value(QLatin1String("d")).toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(rootName, u8("svg"));
        QCOMPARE(elements, 3); // svg, rect, path
        QCOMPARE(width, QString::number(dim));
        QCOMPARE(height, QString::number(dim));
        QCOMPARE(viewBox, QStringLiteral("0 0 %1 %1").arg(dim));
        // One square per dark module, inside the 4-module quiet zone.
        QCOMPARE(int(pathData.count(u'M')), dark);
        QCOMPARE(int(pathData.count(QStringLiteral("h%1v%1h-%1z").arg(moduleSize))), dark);
        const QString first = QStringLiteral("M%1,%1h").arg(4 * moduleSize);
        QVERIFY2(pathData.startsWith(first), qPrintable(pathData.left(40))); // (0,0) is dark
    }
}

void TestQrCode::qrToText()
{
    for (const QString &text : {validCode(), u8("A"), QString(300, u'9')}) {
        const QrMatrix qr = tiepdan::encodeQr(text).value();
        const QString out = tiepdan::qrToText(qr);
        QVERIFY(out.endsWith(u'\n'));
        const QStringList lines = out.chopped(1).split(u'\n');
        QCOMPARE(lines.size(), (qr.size + 4 + 1) / 2);

        // Decode the half blocks back into modules (light = block drawn).
        const QChar full(0x2588), upper(0x2580), lower(0x2584), blank(u' ');
        for (int row = 0; row < lines.size(); ++row) {
            QCOMPARE(lines[row].size(), qr.size + 4);
            for (int col = 0; col < lines[row].size(); ++col) {
                const QChar c = lines[row][col];
                QVERIFY(c == full || c == upper || c == lower || c == blank);
                const int x = col - 2, y = 2 * row - 2;
                const bool topLight = c == full || c == upper;
                const bool bottomLight = c == full || c == lower;
                auto dark = [&](int xx, int yy) {
                    return xx >= 0 && yy >= 0 && xx < qr.size && yy < qr.size && qr.dark(xx, yy);
                };
                QCOMPARE(!topLight, dark(x, y));
                QCOMPARE(!bottomLight, dark(x, y + 1));
            }
        }
        // The quiet zone on top is all light.
        QCOMPARE(lines.first(), QString(qr.size + 4, full));
    }
}

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
