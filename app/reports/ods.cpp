// The log book and the report as OpenDocument spreadsheets (.ods): one
// sheet each, the same cells as the CSV export, written with
// QXmlStreamWriter into a stored ZIP (zip.h).
#include "exports.h"
#include "zip.h"

#include <QXmlStreamWriter>

#include <optional>

namespace tiepdan::reports {

namespace {

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kManifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
const QByteArray kMime = QByteArrayLiteral("application/vnd.oasis.opendocument.spreadsheet");

struct Cell {
    QString text;
    std::optional<double> number{};
    bool bold = false;
    bool wrap = true; // false: a title line that runs over the empty cells beside it
    static Cell of(const QString &t, bool bold = false) { return {t, std::nullopt, bold, true}; }
    static Cell num(double n) { return {QString(), n, false, true}; }
    static Cell title(const QString &t, bool bold = true) { return {t, std::nullopt, bold, false}; }
    QString style() const { return QStringLiteral("%1%2").arg(bold ? u'b' : u'n').arg(wrap ? u'w' : u'l'); }
};
using Row = QList<Cell>;

// What XML 1.0 may carry: tab, line feed (split into paragraphs by the
// caller), and characters from U+0020 on, except U+FFFE/U+FFFF; lone
// surrogates become U+FFFD.
QString xmlSafe(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            out += c;
            out += s[++i];
        } else if (c.isSurrogate()) {
            out += QChar(0xFFFD);
        } else if (c == u'\t' || c == u'\n' || (c.unicode() >= 0x20 && c.unicode() < 0xFFFE)) {
            out += c;
        }
    }
    return out;
}

QByteArray contentXml(const QString &sheet, const QList<double> &widthsCm, const QList<Row> &rows)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(false);
    w.writeStartDocument();
    w.writeNamespace(kOffice, QStringLiteral("office"));
    w.writeNamespace(kStyle, QStringLiteral("style"));
    w.writeNamespace(kText, QStringLiteral("text"));
    w.writeNamespace(kTable, QStringLiteral("table"));
    w.writeNamespace(kFo, QStringLiteral("fo"));
    w.writeStartElement(kOffice, QStringLiteral("document-content"));
    w.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));
    w.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    for (int i = 0; i < widthsCm.size(); ++i) {
        w.writeStartElement(kStyle, QStringLiteral("style"));
        w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("co%1").arg(i + 1));
        w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-column"));
        w.writeEmptyElement(kStyle, QStringLiteral("table-column-properties"));
        w.writeAttribute(kStyle, QStringLiteral("column-width"), QStringLiteral("%1cm").arg(widthsCm[i]));
        w.writeEndElement();
    }
    for (const bool bold : {false, true})
        for (const bool wrap : {false, true}) {
            w.writeStartElement(kStyle, QStringLiteral("style"));
            w.writeAttribute(kStyle, QStringLiteral("name"), Cell{{}, {}, bold, wrap}.style());
            w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-cell"));
            w.writeEmptyElement(kStyle, QStringLiteral("table-cell-properties"));
            w.writeAttribute(kFo, QStringLiteral("wrap-option"),
                             wrap ? QStringLiteral("wrap") : QStringLiteral("no-wrap"));
            w.writeAttribute(kStyle, QStringLiteral("vertical-align"), QStringLiteral("top"));
            if (bold) {
                w.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
                w.writeAttribute(kFo, QStringLiteral("font-weight"), QStringLiteral("bold"));
            }
            w.writeEndElement();
        }
    w.writeEndElement(); // automatic-styles
    w.writeStartElement(kOffice, QStringLiteral("body"));
    w.writeStartElement(kOffice, QStringLiteral("spreadsheet"));
    w.writeStartElement(kTable, QStringLiteral("table"));
    w.writeAttribute(kTable, QStringLiteral("name"), xmlSafe(sheet).left(31));
    for (int i = 0; i < widthsCm.size(); ++i) {
        w.writeEmptyElement(kTable, QStringLiteral("table-column"));
        w.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("co%1").arg(i + 1));
    }
    for (const Row &row : rows) {
        w.writeStartElement(kTable, QStringLiteral("table-row"));
        for (const Cell &c : row) {
            w.writeStartElement(kTable, QStringLiteral("table-cell"));
            w.writeAttribute(kTable, QStringLiteral("style-name"), c.style());
            // Text is always a string cell: nothing in it is ever run as a formula.
            if (c.number) {
                w.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("float"));
                w.writeAttribute(kOffice, QStringLiteral("value"), QString::number(*c.number, 'g', 15));
            } else {
                w.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("string"));
            }
            const QString text = xmlSafe(c.number ? QString::number(*c.number, 'g', 15) : c.text);
            for (const QString &line : text.split(u'\n'))
                w.writeTextElement(kText, QStringLiteral("p"), line);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndDocument();
    return xml;
}

QByteArray manifestXml()
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeNamespace(kManifest, QStringLiteral("manifest"));
    w.writeStartElement(kManifest, QStringLiteral("manifest"));
    w.writeAttribute(kManifest, QStringLiteral("version"), QStringLiteral("1.2"));
    w.writeEmptyElement(kManifest, QStringLiteral("file-entry"));
    w.writeAttribute(kManifest, QStringLiteral("full-path"), QStringLiteral("/"));
    w.writeAttribute(kManifest, QStringLiteral("version"), QStringLiteral("1.2"));
    w.writeAttribute(kManifest, QStringLiteral("media-type"), QString::fromLatin1(kMime));
    w.writeEmptyElement(kManifest, QStringLiteral("file-entry"));
    w.writeAttribute(kManifest, QStringLiteral("full-path"), QStringLiteral("content.xml"));
    w.writeAttribute(kManifest, QStringLiteral("media-type"), QStringLiteral("text/xml"));
    w.writeEndDocument();
    return xml;
}

QByteArray workbook(const QString &sheet, const QList<double> &widthsCm, const QList<Row> &rows)
{
    return zipStored({{QStringLiteral("mimetype"), kMime},
                      {QStringLiteral("META-INF/manifest.xml"), manifestXml()},
                      {QStringLiteral("content.xml"), contentXml(sheet, widthsCm, rows)}});
}

QList<Row> heading(const ExportHeader &h, const QString &title)
{
    return {{Cell::title(h.agencyName.toUpper())},
            {Cell::title(h.officeName)},
            {Cell::title(title)},
            {Cell::title(
                QStringLiteral("Từ ngày %1 đến ngày %2")
                    .arg(h.from.toString(QStringLiteral("dd/MM/yyyy")), h.to.toString(QStringLiteral("dd/MM/yyyy"))),
                false)},
            {}};
}

} // namespace

QByteArray logBookOds(const ExportHeader &header, const QList<StoredRecord> &records)
{
    QList<Row> rows = heading(header, QStringLiteral("SỔ TIẾP CÔNG DÂN"));
    Row columns;
    for (const QString &c : logBookColumns())
        columns.append(Cell::of(c, true));
    rows.append(columns);
    for (const StoredRecord &s : records) {
        const QStringList cells = logBookRow(s);
        Row row;
        for (int i = 0; i < cells.size(); ++i) {
            bool isNumber = false;
            const double n = i == 0 ? cells[i].toDouble(&isNumber) : 0; // (1) STT
            row.append(isNumber ? Cell::num(n) : Cell::of(cells[i]));
        }
        rows.append(row);
    }
    return workbook(QStringLiteral("Sổ tiếp công dân"), {1.2, 2.6, 5.5, 3.2, 8.0, 3.6, 4.0, 2.6, 3.2, 3.6, 4.0, 4.0},
                    rows);
}

QByteArray reportOds(const ExportHeader &header, const ReceptionReport &rep)
{
    QList<Row> rows = heading(header, QStringLiteral("BÁO CÁO KẾT QUẢ TIẾP CÔNG DÂN"));
    rows.append({Cell::of(QStringLiteral("Mục"), true), Cell::of(QStringLiteral("Chỉ tiêu"), true),
                 Cell::of(QStringLiteral("Số liệu"), true)});
    for (const ReportLine &l : reportLines(rep))
        rows.append({Cell::of(l.section), Cell::of(l.indicator), Cell::num(l.value)});
    return workbook(QStringLiteral("Thống kê"), {6.0, 7.0, 2.5}, rows);
}

} // namespace tiepdan::reports
