// A real ticket through the production printing code: Qt print support to a
// CUPS queue on the cups-pdf backend (scripts/cups-test-printer.sh sets it
// up; root only), then the QR is read back from the printed PDF with
// zbarimg and its signature checked. Also the same painting on an image (no
// CUPS), the printed text, and a printer that does not exist.
//
// Needs: cups, cups-pdf, poppler-utils (pdftoppm, pdftotext, pdfinfo) and
// zbar-tools (zbarimg); scripts/setup.sh installs them. A missing piece is a
// failure with the reason, never a skip.
#include "keys.h"
#include "ticketcode.h"
#include "ticketprinter.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace tiepdan;

namespace {

const QString kQueue = QStringLiteral("TiepDanPDF");
// Never given to the printer: it must not appear anywhere on paper.
const QString kCitizenName = QStringLiteral("Nguyễn Văn Bình");

struct Run {
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
    QString describe(const QString &what) const
    {
        return QStringLiteral("%1: %2 (exit %3)\nstdout:\n%4\nstderr:\n%5")
            .arg(what, finished ? QStringLiteral("finished") : QStringLiteral("did not finish"))
            .arg(exitCode)
            .arg(out, err);
    }
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(program, args);
    Run r;
    r.finished = p.waitForStarted(5000) && p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit;
    if (!r.finished && p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(2000);
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    if (p.error() != QProcess::UnknownError) // failed to start, crashed, timed out
        r.err += QStringLiteral("\n%1: %2").arg(program, p.errorString());
    return r;
}

// PDFs in the output directory, with their modification times.
QHash<QString, QDateTime> pdfsIn(const QString &dir)
{
    QHash<QString, QDateTime> files;
    const QFileInfoList list = QDir(dir).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files);
    for (const QFileInfo &fi : list)
        files.insert(fi.absoluteFilePath(), fi.lastModified());
    return files;
}

// Job ids on the test queue: `which` is "all", "completed" or "not-completed".
QList<int> jobsOf(const QString &which)
{
    const Run r = run(QStringLiteral("lpstat"), {QStringLiteral("-W"), which, QStringLiteral("-o"), kQueue});
    QList<int> ids;
    const QRegularExpression re(QStringLiteral("^%1-(\\d+)\\s").arg(kQueue), QRegularExpression::MultilineOption);
    for (auto it = re.globalMatch(r.out); it.hasNext();)
        ids.append(it.next().captured(1).toInt());
    return ids;
}

int highestJobId(const QList<int> &ids)
{
    int top = 0;
    for (const int id : ids)
        top = std::max(top, id);
    return top;
}

} // namespace

class TestTicketPrint : public QObject {
    Q_OBJECT

    QString m_outDir;    // where cups-pdf puts this user's jobs
    QTemporaryDir m_tmp; // PNGs and rendered images
    QByteArray m_key;
    QString m_payload;
    QString m_printedPdf; // removed at the end unless a test failed
    bool m_keep = false;

    PrintableTicket ticket() const
    {
        PrintableTicket t;
        t.agency = QStringLiteral("Thi hành án dân sự tỉnh Bắc Ninh");
        t.office = QStringLiteral("Phòng Thi hành án dân sự khu vực 1");
        t.serviceVi = QStringLiteral("Khiếu nại");
        t.serviceEn = QStringLiteral("Complaint");
        t.label = QStringLiteral("A-015");
        t.when = QStringLiteral("23/11/2026 09:15");
        t.peopleAhead = 3;
        t.waitMinutes = 30;
        t.payload = m_payload;
        return t;
    }

    // zbarimg on one PNG: the decoded text, exactly one symbol.
    QString decodeQr(const QString &png)
    {
        const Run z = run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
        if (!z.finished || z.exitCode != 0) {
            qWarning().noquote() << z.describe(QStringLiteral("zbarimg ") + png);
            return {};
        }
        QString text = z.out;
        if (text.endsWith(u'\n'))
            text.chop(1); // zbarimg ends each symbol with a newline
        return text;
    }

    void checkSignature(const QString &decoded)
    {
        const TicketSigner signer(m_key);
        const auto ok = signer.verify(decoded);
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
        QCOMPARE(ok->label, QStringLiteral("A015"));
        QCOMPARE(ok->officeCode, QStringLiteral("BN-KV1"));
        QCOMPARE(ok->date, QDate(2026, 11, 23));
        QCOMPARE(ok->kind, TicketPayload::Kind::Ticket);

        // Someone edits the label to jump the queue: the signature no longer matches.
        QString tampered = decoded;
        tampered.replace(QStringLiteral(".A015."), QStringLiteral(".A016."));
        QVERIFY(tampered != decoded);
        const auto bad = signer.verify(tampered);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::Forged);

        // Another office's key does not verify it either.
        const auto other = TicketSigner(randomBytes(KeySize)).verify(decoded);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, ErrorCode::Forged);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        for (const char *tool : {"bash", "pdftoppm", "pdftotext", "pdfinfo", "zbarimg", "lpstat"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is not installed; run scripts/setup.sh (poppler-utils, "
                                               "zbar-tools, cups-client)")
                                    .arg(QString::fromLatin1(tool))));

        const QString script = QStringLiteral(TIEPDAN_SOURCE_DIR "/scripts/cups-test-printer.sh");
        const Run setup = run(QStringLiteral("bash"), {script}, 60000);
        QVERIFY2(setup.finished && setup.exitCode == 0,
                 qPrintable(setup.describe(QStringLiteral("could not set up the CUPS PDF printer ") + kQueue)));
        const QStringList lines = setup.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty(), qPrintable(setup.describe(QStringLiteral("no output directory"))));
        m_outDir = lines.last().trimmed();
        QVERIFY2(QFileInfo(m_outDir).isDir(),
                 qPrintable(QStringLiteral("cups-pdf output directory '%1' does not exist").arg(m_outDir)));

        m_key = randomBytes(KeySize);
        QCOMPARE(m_key.size(), KeySize);
        TicketPayload p;
        p.kind = TicketPayload::Kind::Ticket;
        p.officeCode = QStringLiteral("BN-KV1");
        p.date = QDate(2026, 11, 23);
        p.label = QStringLiteral("A015");
        const auto signedText = TicketSigner(m_key).sign(p);
        QVERIFY2(signedText.ok(), signedText.ok() ? "" : qPrintable(signedText.error().message));
        m_payload = *signedText;
        qInfo().noquote() << "payload:" << m_payload << "| output directory:" << m_outDir;
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            m_keep = true;
    }

    void cleanupTestCase()
    {
        if (m_printedPdf.isEmpty())
            return;
        if (m_keep)
            qInfo().noquote() << "kept the printed ticket for inspection:" << m_printedPdf;
        else
            QFile::remove(m_printedPdf);
    }

    // Fast path, no CUPS: the same painting on an 80 mm receipt at 203 dpi.
    void paintedTicketQrDecodes()
    {
        const int dpi = 203;
        const auto px = [dpi](double mm) { return qRound(mm / 25.4 * dpi); };
        QImage image(px(80), px(140), QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paintTicket(painter, QRectF(image.rect()), ticket());
        }
        const QString png = m_tmp.filePath(QStringLiteral("painted.png"));
        QVERIFY(image.save(png));
        const QString decoded = decodeQr(png);
        QCOMPARE(decoded, m_payload);
        checkSignature(decoded);
    }

    void printsToCupsAndTheQrReadsBack()
    {
        const int lastJob = highestJobId(jobsOf(QStringLiteral("all")));
        const QHash<QString, QDateTime> before = pdfsIn(m_outDir);
        KioskSettings s;
        s.printer = KioskSettings::Printer::Cups;
        s.printerName = kQueue;
        const auto printer = TicketPrinter::create(s);
        QVERIFY(printer);

        QElapsedTimer timer;
        timer.start();
        const Status st = printer->print(ticket());
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));

        // Our job: the first one on the queue after the jobs that were there.
        int job = 0;
        for (const int id : jobsOf(QStringLiteral("all")))
            if (id > lastJob && (job == 0 || id < job))
                job = id;
        QVERIFY2(job > 0, qPrintable(QStringLiteral("print() succeeded but no new job is on %1").arg(kQueue)));
        // Done when CUPS lists it as completed (the backend has exited, so
        // cups-pdf has finished writing the file).
        while (timer.elapsed() < 30000 && !jobsOf(QStringLiteral("completed")).contains(job))
            QTest::qWait(100);
        if (!jobsOf(QStringLiteral("completed")).contains(job)) {
            const Run q = run(QStringLiteral("lpstat"),
                              {QStringLiteral("-l"), QStringLiteral("-p"), kQueue, QStringLiteral("-o"), kQueue});
            run(QStringLiteral("cancel"), {QStringLiteral("%1-%2").arg(kQueue).arg(job)}); // do not leave it queued
            QFAIL(qPrintable(QStringLiteral("job %1-%2 did not complete in 30 s; see /var/log/cups/error_log and "
                                            "/var/log/cups/cups-pdf-%1_log\n%3")
                                 .arg(kQueue)
                                 .arg(job)
                                 .arg(q.describe(QStringLiteral("lpstat")))));
        }
        QString pdf;
        const QHash<QString, QDateTime> after = pdfsIn(m_outDir);
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (before.contains(it.key()) && before.value(it.key()) == it.value())
                continue;
            // cups-pdf names the file after the title and, here, the job id.
            if (pdf.isEmpty() || it.key().endsWith(QStringLiteral("job_%1.pdf").arg(job)))
                pdf = it.key();
        }
        QVERIFY2(!pdf.isEmpty(), qPrintable(QStringLiteral("job %1-%2 completed but no new PDF is in %3; see "
                                                           "/var/log/cups/cups-pdf-%1_log")
                                                .arg(kQueue)
                                                .arg(job)
                                                .arg(m_outDir)));
        m_printedPdf = pdf;
        qInfo().noquote() << "job" << job << "printed to" << pdf << "in" << timer.elapsed() << "ms";

        // One page of receipt paper, 80 x 140 mm (226.8 x 396.9 pt): the
        // custom size survives the CUPS chain.
        const Run info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.finished && info.exitCode == 0, qPrintable(info.describe(QStringLiteral("pdfinfo"))));
        QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("\\nPages: +1\\n"))), qPrintable(info.out));
        const QRegularExpressionMatch size =
            QRegularExpression(QStringLiteral("\\nPage size: +([0-9.]+) x ([0-9.]+) pts")).match(info.out);
        QVERIFY2(size.hasMatch(), qPrintable(info.out));
        QVERIFY2(std::abs(size.captured(1).toDouble() - 80 / 25.4 * 72) < 1.5, qPrintable(info.out));
        QVERIFY2(std::abs(size.captured(2).toDouble() - 140 / 25.4 * 72) < 1.5, qPrintable(info.out));

        // Rasterise like a scanner would see it, and read the QR back.
        const QString prefix = m_tmp.filePath(QStringLiteral("printed"));
        const Run ppm =
            run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"),
                                             QStringLiteral("-singlefile"), pdf, prefix});
        QVERIFY2(ppm.finished && ppm.exitCode == 0, qPrintable(ppm.describe(QStringLiteral("pdftoppm"))));
        const QString png = prefix + QStringLiteral(".png");
        QVERIFY2(QFileInfo::exists(png), qPrintable(png));
        const QString decoded = decodeQr(png);
        qInfo().noquote() << "decoded from the printed PDF:" << decoded;
        QCOMPARE(decoded, m_payload);
        checkSignature(decoded);

        // The text on paper: the number and the service, never a name. Read
        // from the job's print data as CUPS received it from Qt (the spool
        // file d<job>-001): cups-pdf's output went PDF -> PostScript ->
        // Ghostscript and has no usable text layer (pdftotext gives glyph
        // garbage), so it cannot be searched.
        const QString spool = QStringLiteral("/var/spool/cups/d%1-001").arg(job, 5, 10, QChar(u'0'));
        QVERIFY2(QFileInfo::exists(spool),
                 qPrintable(QStringLiteral("the job's print data %1 is gone; is PreserveJobFiles off in "
                                           "/etc/cups/cupsd.conf?")
                                .arg(spool)));
        for (const QString &file : {spool, pdf}) {
            const Run text = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
            QVERIFY2(text.finished && text.exitCode == 0,
                     qPrintable(text.describe(QStringLiteral("pdftotext ") + file)));
            QVERIFY2(!text.out.contains(kCitizenName, Qt::CaseInsensitive), qPrintable(text.out));
            QVERIFY2(!text.out.contains(QStringLiteral("Bình"), Qt::CaseInsensitive), qPrintable(text.out));
            if (file == spool) {
                QVERIFY2(text.out.contains(QStringLiteral("A-015")), qPrintable(text.out));
                QVERIFY2(text.out.contains(QStringLiteral("Khiếu nại")), qPrintable(text.out));
                QVERIFY2(text.out.contains(QStringLiteral("SỐ THỨ TỰ")), qPrintable(text.out));
            }
        }
        const Run meta = run(QStringLiteral("pdfinfo"), {spool});
        QVERIFY2(meta.out.contains(QStringLiteral("Ticket A-015")), qPrintable(meta.out)); // job title: the number only
        QVERIFY2(!meta.out.contains(QStringLiteral("Bình")) && !info.out.contains(QStringLiteral("Bình")),
                 qPrintable(meta.out));
    }

    void missingPrinterIsAnErrorNotACrash()
    {
        KioskSettings s;
        s.printer = KioskSettings::Printer::Cups;
        s.printerName = QStringLiteral("NoSuchPrinter");
        const auto printer = TicketPrinter::create(s);
        QVERIFY(printer);
        const Status st = printer->print(ticket());
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::Storage);
        QVERIFY2(st.error().message.contains(QStringLiteral("'NoSuchPrinter'")), qPrintable(st.error().message));
        QVERIFY2(st.error().message.contains(QStringLiteral("not installed")), qPrintable(st.error().message));
    }
};

QTEST_MAIN(TestTicketPrint)
#include "tst_ticketprint.moc"
