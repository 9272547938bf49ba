// ESC/POS printing to a real TCP socket on loopback, and what the kiosk
// does when the printer is off: the ticket stays valid and the failure is
// audited for the officers.
#include "configloader.h"
#include "kioskcontroller.h"
#include "officestore.h"
#include "ticketprinter.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace tiepdan;

class TestEscPos : public QObject {
    Q_OBJECT

    static PrintableTicket sample()
    {
        return {QStringLiteral("Thi hành án dân sự tỉnh Bắc Ninh"),
                QStringLiteral("Phòng THADS khu vực 1"),
                QStringLiteral("Khiếu nại"),
                QStringLiteral("Complaint"),
                QStringLiteral("A-015"),
                QStringLiteral("23/11/2026 09:15"),
                3,
                30,
                QStringLiteral("TD1.T.BN-KV1.20261123.A015.ABCDEFGH.XYZ"),
                false};
    }

private slots:
    void bytesCarryLabelAndQrWithoutDiacritics()
    {
        const QByteArray b = escPosBytes(sample());
        QVERIFY(b.startsWith("\x1b@"));
        QVERIFY(b.contains("A-015"));
        QVERIFY(b.contains("Khieu nai")); // folded for the printer's code page
        QVERIFY(b.contains("THI HANH AN DAN SU"));
        // QR store command: GS ( k pL pH 49 80 48 <payload>
        const QByteArray payload = sample().payload.toLatin1();
        const int len = int(payload.size()) + 3;
        QVERIFY(b.contains(QByteArray("\x1d(k") + char(len & 0xff) + char(len >> 8) + "\x31\x50\x30" + payload));
        QVERIFY(b.endsWith("\x1dV\x41\x03")); // cut
    }

    void printsToATcpPrinter()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        KioskSettings s;
        s.printer = KioskSettings::Printer::EscPosTcp;
        s.host = QStringLiteral("127.0.0.1");
        s.port = server.serverPort();
        auto printer = TicketPrinter::create(s);
        QByteArray received;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *sock = server.nextPendingConnection();
            connect(sock, &QTcpSocket::readyRead, this, [&, sock] { received += sock->readAll(); });
        });
        // The printer writes synchronously; the server side needs the event loop.
        const Status st = printer->print(sample());
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        QTRY_COMPARE(received, escPosBytes(sample()));
    }

    void printerOffFailsFastWithAClearMessage()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        KioskSettings s;
        s.printer = KioskSettings::Printer::EscPosTcp;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        QElapsedTimer timer;
        timer.start();
        const Status st = TicketPrinter::create(s)->print(sample());
        QVERIFY(!st.ok());
        QVERIFY(st.error().message.contains(QString::number(port)));
        QVERIFY(timer.elapsed() < 2500);
    }

    void missingDeviceFails()
    {
        KioskSettings s;
        s.printer = KioskSettings::Printer::EscPosDevice;
        s.device = QStringLiteral("/nonexistent/usb/lp0");
        const Status st = TicketPrinter::create(s)->print(sample());
        QVERIFY(!st.ok());
        QVERIFY(st.error().message.contains(QStringLiteral("/nonexistent/usb/lp0")));
    }

    void kioskKeepsTheTicketAndAuditsTheFailure()
    {
        QTemporaryDir dir;
        auto cfg = loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
        QVERIFY(cfg.ok());
        auto store = OfficeStore::open(cfg.config, dir.filePath(QStringLiteral("office.db")));
        QVERIFY(store.ok());
        KioskSettings s;
        s.printer = KioskSettings::Printer::EscPosDevice;
        s.device = dir.filePath(QStringLiteral("no-such-dir/lp0"));
        auto printer = TicketPrinter::create(s);
        KioskController kiosk(**store, printer.get());
        QVERIFY(kiosk.chooseService(QStringLiteral("complaint")));
        QVERIFY(kiosk.takeTicket()); // the citizen still gets a number
        QCOMPARE(kiosk.printStatus(), QStringLiteral("failed"));
        QVERIFY(!kiosk.ticketPayload().isEmpty());
        auto failures =
            (*store)->db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'kiosk.print_failed'"));
        QVERIFY(failures.ok());
        QCOMPARE(failures->toInt(), 1);
        // The device appears (paper loaded): reprint works.
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("no-such-dir"))));
        QVERIFY(kiosk.reprint());
        QCOMPARE(kiosk.printStatus(), QStringLiteral("printed"));
        QFile lp(s.device);
        QVERIFY(lp.open(QIODevice::ReadOnly));
        QVERIFY(lp.readAll().contains(kiosk.ticketLabel().toLatin1()));
    }
};

QTEST_MAIN(TestEscPos)
#include "tst_escpos.moc"
