// The reception log book (Form 03) as CSV and PDF.
#include "exports.h"
#include "pdftable.h"

#include <QBuffer>
#include <QFontMetricsF>

#include <algorithm>

namespace tiepdan::reports {

namespace {

QString nfc(const QString &s)
{
    return s.normalized(QString::NormalizationForm_C);
}

} // namespace

QStringList logBookColumns()
{
    return {QStringLiteral("STT"), QStringLiteral("Ngày tiếp"), QStringLiteral("Họ tên, địa chỉ"),
            QStringLiteral("Số CCCD/Hộ chiếu"), QStringLiteral("Nội dung vụ việc"),
            QStringLiteral("Phân loại, số người"), QStringLiteral("Cơ quan đã giải quyết"),
            // (8)-(10): one column per handling direction.
            vocabulary::vi(HandlingDirection::Accept), vocabulary::vi(HandlingDirection::ReturnGuide),
            vocabulary::vi(HandlingDirection::Transfer), QStringLiteral("Theo dõi kết quả giải quyết"),
            QStringLiteral("Ghi chú")};
}

QStringList logBookRow(const StoredRecord &s)
{
    const ReceptionRecord &r = s.record;
    const bool hidden = r.confidential || s.sealed;
    QString who;
    QString idNumber;
    if (hidden) {
        // Never the sealed identity, whatever the struct holds.
        who = r.anonymous ? kAnonymous : kMasked;
        idNumber = r.anonymous ? QString() : kMasked;
    } else {
        QStringList parts{r.identity.fullName};
        if (!r.identity.address.isEmpty())
            parts << r.identity.address;
        if (!r.identity.representatives.isEmpty())
            parts << QStringLiteral("Người đại diện: ") + r.identity.representatives.join(QStringLiteral(", "));
        who = parts.join(u'\n');
        idNumber = r.identity.idNumber;
    }
    QStringList kinds;
    for (MatterKind k : r.kinds)
        kinds << vocabulary::vi(k);
    QString classification = kinds.join(QStringLiteral(", "));
    if (r.aboutEnforcement)
        classification += QStringLiteral(" (về thi hành án)");
    classification += QStringLiteral("\n%1 người").arg(r.peopleCount);

    const QString mark = QStringLiteral("x");
    QString transferred;
    if (r.direction == HandlingDirection::Transfer)
        transferred = r.transferAgency.isEmpty() ? mark : r.transferAgency;

    QStringList notes;
    if (r.refusal != RefusalGround::None)
        notes << QStringLiteral("Từ chối tiếp: ") + vocabulary::vi(r.refusal) +
                     (r.refusalNote.isEmpty() ? QString() : QStringLiteral(" (") + r.refusalNote + u')');
    if (!r.firstVisit)
        notes << vocabulary::vi(vocabulary::Table::Visit, QStringLiteral("repeat"));
    if (r.receiverRole != ReceiverRole::Officer)
        notes << vocabulary::vi(vocabulary::Table::ReceivedBy, toString(r.receiverRole)) +
                     (r.receiverName.isEmpty() ? QString() : QStringLiteral(": ") + r.receiverName);
    if (!r.notes.isEmpty())
        notes << r.notes;

    QStringList row{QString::number(r.bookNo),
                    r.receivedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                    who,
                    idNumber,
                    r.content,
                    classification,
                    r.previousAgency,
                    r.direction == HandlingDirection::Accept ? mark : QString(),
                    r.direction == HandlingDirection::ReturnGuide ? mark : QString(),
                    transferred,
                    r.followUp,
                    notes.join(u'\n')};
    for (QString &cell : row)
        cell = nfc(cell);
    return row;
}

Result<QList<StoredRecord>> periodRecords(ReceptionRepository &repo, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(QStringLiteral("period"),
                              QStringLiteral("give a period with --from and --to, from before to"));
    QList<StoredRecord> all;
    RecordFilter f;
    f.from = from;
    f.to = to;
    f.limit = 10000;
    for (;;) {
        auto page = repo.list(f);
        if (!page)
            return page.error();
        all += *page;
        if (page->size() < f.limit)
            break;
        f.offset += f.limit;
    }
    // The book's order: its numbers (STT) run in the order of recording,
    // per year; list() gives newest received first.
    std::stable_sort(all.begin(), all.end(), [](const StoredRecord &a, const StoredRecord &b) {
        return std::pair(a.record.bookYear, a.record.bookNo) < std::pair(b.record.bookYear, b.record.bookNo);
    });
    return all;
}

QByteArray logBookCsv(const QList<StoredRecord> &records)
{
    QList<QStringList> rows{logBookColumns()};
    for (const StoredRecord &s : records)
        rows << logBookRow(s);
    return csvDocument(rows);
}

// ---- PDF

namespace {

using pdf::mm;

// Column widths (relative) tuned so every header fits in at most 4 lines
// and the long texts (3, 5) get the room.
const double kWeights[12] = {8, 17, 38, 22, 52, 22, 22, 13, 15, 22, 22, 24};
const int kGroupFirst = 7, kGroupLast = 9; // (8)-(10) under "Hướng xử lý"

struct Slice {
    int row; // -1: the "no records" line
    int firstLine, lastLine;
    double y, height;
};

struct Page {
    QList<Slice> slices;
};

} // namespace

Result<QByteArray> logBookPdf(const ExportHeader &header, const QList<StoredRecord> &records, int *pagesOut)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto w = pdf::writer(&buffer, QPageLayout::Landscape, QStringLiteral("Sổ tiếp công dân"));
    const QRectF paper(0, 0, w->width(), w->height());
    const QRectF area = paper.adjusted(mm(10), mm(10), -mm(10), -mm(12));

    const QFont body = pdf::font(7.5), bold = pdf::font(7.5, true), small = pdf::font(7), smallItalic = [] {
        QFont f = pdf::font(7);
        f.setItalic(true);
        return f;
    }();
    const QFontMetricsF bodyMetrics(body, w.get()), boldMetrics(bold, w.get());
    const double lh = bodyMetrics.lineSpacing();
    const double padX = mm(1.2), padY = mm(1.0);

    // Column geometry.
    double weightSum = 0;
    for (double v : kWeights)
        weightSum += v;
    QList<double> xs, widths;
    double x = area.left();
    for (double v : kWeights) {
        xs << x;
        widths << area.width() * v / weightSum;
        x += widths.back();
    }

    // Header: (1)-(7), (11), (12) span both header rows; "Hướng xử lý"
    // spans (8)-(10) above their own headers; then the column numbers.
    const QStringList columns = logBookColumns();
    QList<QStringList> headerLines;
    int spanLines = 1, subLines = 1;
    for (int i = 0; i < columns.size(); ++i) {
        headerLines << pdf::wrap(columns[i], bold, widths[i] - 2 * padX, w.get());
        const int n = int(headerLines.back().size());
        int &most = i >= kGroupFirst && i <= kGroupLast ? subLines : spanLines;
        most = std::max(most, n);
    }
    const double groupH = boldMetrics.lineSpacing() + 2 * padY;
    const double headH = std::max(spanLines * boldMetrics.lineSpacing() + 2 * padY,
                                  groupH + subLines * boldMetrics.lineSpacing() + 2 * padY);
    const double numberH = QFontMetricsF(smallItalic, w.get()).lineSpacing() + padY;
    const double tableHeadH = headH + numberH;

    // Body rows as wrapped lines.
    QList<QList<QStringList>> cells;
    QList<int> rowLines;
    for (const StoredRecord &s : records) {
        const QStringList row = logBookRow(s);
        QList<QStringList> wrapped;
        int n = 1;
        for (int i = 0; i < row.size(); ++i) {
            wrapped << pdf::wrap(row[i], body, widths[i] - 2 * padX, w.get());
            n = std::max(n, int(wrapped.back().size()));
        }
        cells << wrapped;
        rowLines << n;
    }

    // Pagination: a row moves to the next page when it does not fit; only
    // a row taller than a whole page is split, and then between lines.
    const double firstTop = [&] {
        // The heading's height, measured by drawing it nowhere (the same
        // fonts and metrics as on the page).
        QByteArray scratch;
        QBuffer sb(&scratch);
        sb.open(QIODevice::WriteOnly);
        auto sw = pdf::writer(&sb, QPageLayout::Landscape, QString());
        QPainter sp(sw.get());
        const double y = pdf::drawHeading(sp, area, header, QStringLiteral("SỔ TIẾP CÔNG DÂN"));
        sp.end();
        return y;
    }();
    const double laterTop = area.top() + QFontMetricsF(small, w.get()).lineSpacing() + mm(2);
    QList<Page> pages{Page{}};
    double y = firstTop + tableHeadH;
    auto newPage = [&] {
        pages << Page{};
        y = laterTop + tableHeadH;
    };
    const double fullPage = area.bottom() - (laterTop + tableHeadH);
    if (records.isEmpty())
        pages.back().slices << Slice{-1, 0, 1, y, lh + 2 * padY};
    for (int r = 0; r < records.size(); ++r) {
        const double height = rowLines[r] * lh + 2 * padY;
        if (y + height > area.bottom() && (height <= fullPage || area.bottom() - y < lh + 2 * padY) &&
            !pages.back().slices.isEmpty())
            newPage();
        int line = 0;
        while (line < rowLines[r]) {
            const int fit = std::max(1, int((area.bottom() - y - 2 * padY) / lh));
            const int last = std::min(rowLines[r], line + fit);
            const double h = (last - line) * lh + 2 * padY;
            pages.back().slices << Slice{r, line, last, y, h};
            y += h;
            line = last;
            if (line < rowLines[r])
                newPage();
        }
    }

    // Drawing.
    QPainter p;
    if (!p.begin(w.get()))
        return Error::make(ErrorCode::Storage, QStringLiteral("cannot start the PDF"));
    p.setPen(QPen(Qt::black, mm(0.2)));
    auto drawLines = [&](const QStringList &lines, int first, int last, const QRectF &cell, const QFont &f,
                         bool centre) {
        p.setFont(f);
        const QFontMetricsF fm(f, w.get());
        for (int k = first; k < last && k < lines.size(); ++k) {
            const double lx =
                centre ? cell.left() + (cell.width() - fm.horizontalAdvance(lines[k])) / 2 : cell.left() + padX;
            p.drawText(QPointF(lx, cell.top() + padY + (k - first) * fm.lineSpacing() + fm.ascent()), lines[k]);
        }
    };
    const int pageCount = int(pages.size());
    for (int pi = 0; pi < pageCount; ++pi) {
        if (pi > 0)
            w->newPage();
        double top;
        if (pi == 0) {
            top = pdf::drawHeading(p, area, header, QStringLiteral("SỔ TIẾP CÔNG DÂN"));
        } else {
            p.setFont(small);
            p.drawText(QRectF(area.left(), area.top(), area.width(), laterTop - area.top()),
                       Qt::AlignLeft | Qt::AlignTop,
                       QStringLiteral("Sổ tiếp công dân - %1 - %2").arg(header.officeName, pdf::periodText(header)));
            top = laterTop;
        }
        // Column header.
        for (int i = 0; i < columns.size(); ++i) {
            const bool grouped = i >= kGroupFirst && i <= kGroupLast;
            const QRectF cell(xs[i], grouped ? top + groupH : top, widths[i], grouped ? headH - groupH : headH);
            p.drawRect(cell);
            const double textH = headerLines[i].size() * boldMetrics.lineSpacing();
            drawLines(headerLines[i], 0, int(headerLines[i].size()),
                      QRectF(cell.left(), cell.top() + (cell.height() - textH) / 2 - padY, cell.width(), textH), bold,
                      true);
            const QRectF num(xs[i], top + headH, widths[i], numberH);
            p.drawRect(num);
            p.setFont(smallItalic);
            p.drawText(num, Qt::AlignCenter, QStringLiteral("(%1)").arg(i + 1));
        }
        const QRectF group(xs[kGroupFirst], top, xs[kGroupLast] + widths[kGroupLast] - xs[kGroupFirst], groupH);
        p.drawRect(group);
        p.setFont(bold);
        p.drawText(group, Qt::AlignCenter, QStringLiteral("Hướng xử lý"));

        for (const Slice &s : pages[pi].slices) {
            if (s.row < 0) {
                const QRectF cell(area.left(), s.y, area.width(), s.height);
                p.drawRect(cell);
                p.setFont(body);
                p.drawText(cell, Qt::AlignCenter, QStringLiteral("Không có lượt tiếp công dân nào trong kỳ."));
                continue;
            }
            for (int i = 0; i < columns.size(); ++i) {
                const QRectF cell(xs[i], s.y, widths[i], s.height);
                p.drawRect(cell);
                const bool centre = i == 0 || i == 1 || i == 7 || i == 8;
                if (i == 0 && s.firstLine > 0) {
                    // A row continued from the previous page: say whose.
                    drawLines({cells[s.row][0].value(0), QStringLiteral("(tiếp)")}, 0, 2, cell, smallItalic, true);
                    continue;
                }
                drawLines(cells[s.row][i], s.firstLine, s.lastLine, cell, body, centre);
            }
        }
        pdf::drawFooter(p, area, pi + 1, pageCount);
    }
    if (!p.end())
        return Error::make(ErrorCode::Storage, QStringLiteral("cannot finish the PDF"));
    buffer.close();
    if (pagesOut)
        *pagesOut = pageCount;
    return bytes;
}

} // namespace tiepdan::reports
