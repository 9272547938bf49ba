// The leader view's files and print jobs: the reception log book (Form 03)
// and the statistics report of a period, as PDF, OpenDocument spreadsheet
// or CSV in a folder, or the PDF sent to a CUPS queue with `lp`. The
// documents are app/reports' (the same as receptionctl log export and
// report), read through the LeaderSource: a province-wide view exports what
// the department server returns.
//
// Contract:
//  - sealed identities stay masked: app/reports never unseals, and no
//    source gives them;
//  - files are written atomically, readable by their owner only (mode 600:
//    they hold citizens' names), into the folder (made mode 700 when it
//    does not exist), named after the document and the period, e.g.
//    so-tiep-cong-dan_2026-12-01_2026-12-31.pdf; writing again the same
//    period replaces the file;
//  - every failure is an Error whose `field` says what failed, for the
//    screen to word: "period", "tooMany" (a remote book too large for one
//    file), "folder", "noPrinter" (no queue given and no system default),
//    "printerUnknown", "printService" (CUPS or lp missing or not running),
//    "print" (any other refusal by lp; the message holds lp's words).
#pragma once

#include "exports.h"
#include "leadersource.h"
#include "result.h"

#include <QDate>
#include <QString>

namespace tiepdan {

class OfficeStore;

class LeaderExporter {
public:
    enum class Document { LogBook, Report };
    enum class Format { Pdf, Ods, Csv };
    struct Written {
        QString path;
        int records = 0; // log book rows, or the report's visits
        int pages = 0;   // PDF only
    };
    // Both outlive the exporter.
    LeaderExporter(OfficeStore &store, LeaderSource &source) : m_store(store), m_source(source) {}

    // Default: "Tiếp Dân" in the user's Documents folder.
    void setFolder(const QString &folder) { m_folder = folder; }
    QString folder() const;
    // The CUPS queue print() uses; empty: TIEPDAN_REPORT_PRINTER when set,
    // else the system's default printer.
    void setPrinter(const QString &queue) { m_printer = queue; }
    QString printer() const;

    // `office`: the office code to export (remote), or empty for every one.
    Result<Written> write(Document what, Format format, const QDate &from, const QDate &to, const QString &office);
    // Prints the document's PDF; returns the CUPS job id ("TiepDanPDF-12").
    Result<QString> print(Document what, const QDate &from, const QDate &to, const QString &office);

    // so-tiep-cong-dan_2026-12-01_2026-12-31.pdf, bao-cao-thong-ke_..._BN-KV1.ods
    static QString fileName(Document what, Format format, const QDate &from, const QDate &to, const QString &office);
    // The rows of the log book of [from, to] in book order (remote: grouped
    // by office); at most kMaxRows from a remote source.
    Result<QList<StoredRecord>> bookRecords(const QDate &from, const QDate &to, const QString &office);
    static constexpr int kMaxRows = 100000;

private:
    Result<QByteArray> build(Document what, Format format, const QDate &from, const QDate &to, const QString &office,
                             Written *info);
    reports::ExportHeader header(const QDate &from, const QDate &to, const QString &office) const;

    OfficeStore &m_store;
    LeaderSource &m_source;
    QString m_folder, m_printer;
};

} // namespace tiepdan
