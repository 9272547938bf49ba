// Exports of the reception log book (Sổ tiếp công dân, Form 03 of Circular
// 04/2021/TT-TTCP) and of the statistics report, as CSV and PDF.
//
// Confidentiality: a sealed (denunciation) identity never reaches an
// export. The cells of columns (3) and (4) show kMasked instead, or
// kAnonymous for a denunciation with no identity; the functions here never
// unseal anything.
//
// CSV: UTF-8 with a BOM (spreadsheets then read the diacritics right),
// RFC 4180 quoting, CRLF line ends, and a cell that starts with = + - @ (or
// a tab or CR) gets a leading apostrophe so a spreadsheet does not run it
// as a formula.
//
// PDF: landscape A4 in Noto Sans; needs a QGuiApplication.
//
// ODS (OpenDocument spreadsheet): one sheet with the header rows, then the
// same cells as the CSV (numbers as number cells, the rest as text cells,
// so nothing is ever run as a formula; line breaks kept as paragraphs;
// characters XML cannot carry dropped).
#pragma once

#include "receptionrepository.h"
#include "result.h"
#include "vocabulary.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tiepdan::reports {

inline const QString kMasked = QStringLiteral("(bảo mật)");
inline const QString kAnonymous = QStringLiteral("(ẩn danh)");

// What heads every export: the office section of office.json and the period.
struct ExportHeader {
    QString agencyName;
    QString officeName;
    QDate from, to;
};

// ---- CSV building blocks
// One cell as written: neutralised (leading apostrophe) then quoted when it
// holds a comma, quote, CR or LF.
QString csvCell(const QString &text);
// BOM + rows joined with CRLF (every row ends with CRLF).
QByteArray csvDocument(const QList<QStringList> &rows);

// ---- Log book
// The Form 03 column headers, in order (12 columns).
QStringList logBookColumns();
// One record as the 12 cells of its row, text in NFC, sealed identity masked.
QStringList logBookRow(const StoredRecord &s);
// Every record received in [from, to], in book order (oldest first).
Result<QList<StoredRecord>> periodRecords(ReceptionRepository &repo, const QDate &from, const QDate &to);
QByteArray logBookCsv(const QList<StoredRecord> &records);
// The PDF as bytes; the page count is stored in *pages when given.
QByteArray logBookOds(const ExportHeader &header, const QList<StoredRecord> &records);
Result<QByteArray> logBookPdf(const ExportHeader &header, const QList<StoredRecord> &records, int *pages = nullptr);

// ---- Statistics report
// The report's figures by section, as codes: the section's in the
// vocabulary's Section table, each figure's in the section's `words` table
// (vocabulary.h). The one list of what the report holds and in which
// order, for the documents here and the leader's screen.
struct ReportFigure {
    QString key;
    qint64 value = 0;
    bool minutes = false; // an average time in minutes, not a count
};
struct ReportSection {
    QString key;
    vocabulary::Table words;
    QList<ReportFigure> figures;
};
QList<ReportSection> reportSections(const ReceptionReport &rep);
// The leaders' receptions by category (the LeaderCategory table's codes
// first, in order, then any the repository adds later).
QList<std::pair<QString, LeaderFigures>> reportLeaders(const ReceptionReport &rep);
// (section, indicator, value) rows in display order, Vietnamese labels
// (the vocabulary's source text).
struct ReportLine {
    QString section, indicator;
    int value = 0;
};
QList<ReportLine> reportLines(const ReceptionReport &rep);
QByteArray reportCsv(const ReceptionReport &rep);
QByteArray reportOds(const ExportHeader &header, const ReceptionReport &rep);
Result<QByteArray> reportPdf(const ExportHeader &header, const ReceptionReport &rep, int *pages = nullptr);

// ---- Conclusion notice (thông báo kết luận) of a reception by the head or
// a deputy: portrait A4 with the official heading, who received and when,
// the visitor (masked when sealed), what was presented, the conclusion, the
// date to carry it out by and the matter's legal deadlines, the book
// number, and the signature block. InvalidInput ("conclusion") for a
// record without one (an officer's reception, or no conclusion written).
Result<QByteArray> conclusionNoticePdf(const ExportHeader &header, const StoredRecord &record, int *pages = nullptr);

// Writes `bytes` to `path` atomically (QSaveFile), readable and writable by
// its owner only (mode 600: exports hold citizens' names); ErrorCode::Storage
// with the reason when it cannot.
Status writeExport(const QString &path, const QByteArray &bytes);

} // namespace tiepdan::reports
