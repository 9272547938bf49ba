#include "leaderexport.h"

#include "officestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace tiepdan {

namespace {
// A remote source's pages for an export.
constexpr int kRemotePage = 500;
// lp returns once CUPS has the job; a scheduler that hangs is a failure.
constexpr int kLpTimeoutMs = 30000;

const char *extension(LeaderExporter::Format f)
{
    switch (f) {
    case LeaderExporter::Format::Pdf: return "pdf";
    case LeaderExporter::Format::Ods: return "ods";
    case LeaderExporter::Format::Csv: return "csv";
    }
    return "pdf";
}

// What lp said, as the Error the screen words (see the header's fields).
Error printError(const QString &said)
{
    const QString s = said.trimmed().left(300);
    if (s.contains(QLatin1String("no default destination"), Qt::CaseInsensitive))
        return Error::invalid(QStringLiteral("noPrinter"), s);
    if (s.contains(QLatin1String("does not exist"), Qt::CaseInsensitive) ||
        s.contains(QLatin1String("Unknown destination"), Qt::CaseInsensitive) ||
        s.contains(QLatin1String("not found"), Qt::CaseInsensitive))
        return Error::invalid(QStringLiteral("printerUnknown"), s);
    if (s.contains(QLatin1String("Scheduler is not running"), Qt::CaseInsensitive) ||
        s.contains(QLatin1String("Unable to connect"), Qt::CaseInsensitive) ||
        s.contains(QLatin1String("Connection refused"), Qt::CaseInsensitive))
        return Error::invalid(QStringLiteral("printService"), s);
    return Error::invalid(QStringLiteral("print"), s.isEmpty() ? QStringLiteral("lp refused the job") : s);
}
} // namespace

QString LeaderExporter::folder() const
{
    return m_folder.isEmpty()
               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/Tiếp Dân")
               : m_folder;
}

QString LeaderExporter::printer() const
{
    return m_printer.isEmpty() ? qEnvironmentVariable("TIEPDAN_REPORT_PRINTER") : m_printer;
}

QString LeaderExporter::fileName(Document what, Format format, const QDate &from, const QDate &to,
                                 const QString &office)
{
    // Only [A-Za-z0-9-] of an office code: a name, never a path.
    QString code = office;
    code.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")));
    return QStringLiteral("%1_%2_%3%4.%5")
        .arg(what == Document::LogBook ? QStringLiteral("so-tiep-cong-dan") : QStringLiteral("bao-cao-thong-ke"),
             from.toString(Qt::ISODate), to.toString(Qt::ISODate),
             code.isEmpty() ? QString() : QStringLiteral("_") + code.left(40), QLatin1String(extension(format)));
}

reports::ExportHeader LeaderExporter::header(const QDate &from, const QDate &to, const QString &office) const
{
    reports::ExportHeader h;
    h.agencyName = m_store.config().office.agencyName;
    // The documents are Vietnamese (Form 03 and the report), whatever the
    // screen's language.
    h.officeName = !m_source.isRemote() ? m_store.config().office.name
                   : office.isEmpty()   ? QStringLiteral("Tất cả các đơn vị")
                                        : QStringLiteral("Đơn vị %1").arg(office);
    h.from = from;
    h.to = to;
    return h;
}

Result<QList<StoredRecord>> LeaderExporter::bookRecords(const QDate &from, const QDate &to, const QString &office)
{
    if (!m_source.isRemote())
        return reports::periodRecords(m_store.records(), from, to);
    LogQuery q;
    q.from = from;
    q.to = to;
    q.office = office;
    QList<StoredRecord> rows;
    QList<QString> offices;
    QString after;
    do {
        auto page = m_source.records(q, after, kRemotePage);
        if (!page)
            return page.error();
        rows += page->rows;
        for (int i = 0; i < page->rows.size(); ++i)
            offices << page->offices.value(i);
        if (rows.size() > kMaxRows)
            return Error::invalid(QStringLiteral("tooMany"),
                                  QStringLiteral("more than %1 records in this period; export a shorter period or "
                                                 "one office")
                                      .arg(kMaxRows));
        after = page->cursor;
    } while (!after.isEmpty());
    // Each office's book in its own order (book numbers are per office).
    QList<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const ReceptionRecord &x = rows[a].record, &y = rows[b].record;
        return std::tie(offices[a], x.bookYear, x.bookNo) < std::tie(offices[b], y.bookYear, y.bookNo);
    });
    QList<StoredRecord> sorted;
    sorted.reserve(rows.size());
    for (int i : order)
        sorted << rows[i];
    return sorted;
}

Result<QByteArray> LeaderExporter::build(Document what, Format format, const QDate &from, const QDate &to,
                                         const QString &office, Written *info)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(QStringLiteral("period"), QStringLiteral("a period is two dates, the first not after "
                                                                       "the second"));
    const reports::ExportHeader h = header(from, to, office);
    if (what == Document::LogBook) {
        auto records = bookRecords(from, to, office);
        if (!records)
            return records.error();
        info->records = int(records->size());
        switch (format) {
        case Format::Csv: return reports::logBookCsv(*records);
        case Format::Ods: return reports::logBookOds(h, *records);
        case Format::Pdf: return reports::logBookPdf(h, *records, &info->pages);
        }
    }
    auto rep = m_source.report(from, to, office);
    if (!rep)
        return rep.error();
    info->records = rep->visits;
    switch (format) {
    case Format::Csv: return reports::reportCsv(*rep);
    case Format::Ods: return reports::reportOds(h, *rep);
    case Format::Pdf: return reports::reportPdf(h, *rep, &info->pages);
    }
    return Error::invalid(QStringLiteral("format"), QStringLiteral("unknown format"));
}

Result<LeaderExporter::Written> LeaderExporter::write(Document what, Format format, const QDate &from, const QDate &to,
                                                      const QString &office)
{
    Written info;
    auto bytes = build(what, format, from, to, office, &info);
    if (!bytes)
        return bytes.error();
    const QString dir = folder();
    if (!QDir(dir).exists()) {
        if (!QDir().mkpath(dir))
            return Error::invalid(QStringLiteral("folder"), QStringLiteral("cannot make the folder %1").arg(dir));
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    info.path = QDir(dir).filePath(fileName(what, format, from, to, office));
    if (auto s = reports::writeExport(info.path, *bytes); !s)
        return Error::invalid(QStringLiteral("folder"), s.error().message);
    return info;
}

Result<QString> LeaderExporter::print(Document what, const QDate &from, const QDate &to, const QString &office)
{
    Written info;
    auto pdf = build(what, Format::Pdf, from, to, office, &info);
    if (!pdf)
        return pdf.error();
    // The PDF goes on lp's standard input: no copy on disk. The title names
    // the job in the queue (and the file a PDF printer writes).
    QStringList args;
    if (const QString queue = printer(); !queue.isEmpty())
        args << QStringLiteral("-d") << queue;
    args << QStringLiteral("-t") << QFileInfo(fileName(what, Format::Pdf, from, to, office)).completeBaseName();
    QProcess lp;
    lp.start(QStringLiteral("lp"), args);
    if (!lp.waitForStarted(5000))
        return Error::invalid(QStringLiteral("printService"),
                              QStringLiteral("cannot run lp (install cups-client): %1").arg(lp.errorString()));
    lp.write(*pdf);
    lp.closeWriteChannel();
    if (!lp.waitForFinished(kLpTimeoutMs)) {
        lp.kill();
        lp.waitForFinished(2000);
        return Error::invalid(QStringLiteral("printService"), QStringLiteral("lp did not answer in 30 s"));
    }
    const QString out = QString::fromLocal8Bit(lp.readAllStandardOutput());
    const QString err = QString::fromLocal8Bit(lp.readAllStandardError());
    if (lp.exitStatus() != QProcess::NormalExit || lp.exitCode() != 0)
        return printError(err.isEmpty() ? out : err);
    // "request id is TiepDanPDF-12 (1 file(s))"
    const auto job = QRegularExpression(QStringLiteral(R"(request id is (\S+))")).match(out);
    if (!job.hasMatch())
        return printError(QStringLiteral("lp gave no job id: %1 %2").arg(out, err));
    return job.captured(1);
}

} // namespace tiepdan
