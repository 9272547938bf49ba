// The statistics report (ReceptionRepository::report) as CSV and PDF.
#include "exports.h"
#include "pdftable.h"

#include <QBuffer>
#include <QFontMetricsF>

namespace tiepdan::reports {

namespace {

using pdf::mm;

struct Label {
    const char *key;
    QString vi;
};

// Known keys in display order; keys the repository adds later are shown
// after them under their own name.
QList<std::pair<QString, int>> ordered(const QMap<QString, int> &m, const QList<Label> &labels)
{
    QList<std::pair<QString, int>> out;
    for (const Label &l : labels)
        out.append({l.vi, m.value(QLatin1String(l.key))});
    for (auto it = m.begin(); it != m.end(); ++it) {
        const bool known =
            std::any_of(labels.begin(), labels.end(), [&](const Label &l) { return it.key() == QLatin1String(l.key); });
        if (!known)
            out.append({it.key(), it.value()});
    }
    return out;
}

const QList<Label> &leaderLabels()
{
    static const QList<Label> labels{
        {"all", QStringLiteral("Tổng số (Thủ trưởng và cấp phó)")},
        {"head-periodic", QStringLiteral("Thủ trưởng tiếp định kỳ")},
        {"head-adhoc", QStringLiteral("Thủ trưởng tiếp đột xuất")},
        {"head-regular", QStringLiteral("Thủ trưởng tiếp thường xuyên")},
        {"deputy", QStringLiteral("Cấp phó được ủy quyền tiếp")},
    };
    return labels;
}

QList<std::pair<QString, LeaderFigures>> leaderRows(const ReceptionReport &rep)
{
    QList<std::pair<QString, LeaderFigures>> out;
    for (const Label &l : leaderLabels())
        out.append({l.vi, rep.leaders.value(QLatin1String(l.key))});
    for (auto it = rep.leaders.begin(); it != rep.leaders.end(); ++it) {
        const auto &labels = leaderLabels();
        if (std::none_of(labels.begin(), labels.end(),
                         [&](const Label &l) { return it.key() == QLatin1String(l.key); }))
            out.append({it.key(), it.value()});
    }
    return out;
}

} // namespace

namespace {

// Every figure but the leaders' (which the PDF shows as a table).
QList<ReportLine> summaryLines(const ReceptionReport &rep)
{
    QList<ReportLine> lines;
    auto add = [&](const QString &section, const QList<std::pair<QString, int>> &items) {
        for (const auto &[label, value] : items)
            lines.append({section, label, value});
    };
    add(QStringLiteral("Tổng hợp"), {{QStringLiteral("Số lượt tiếp"), rep.visits},
                                     {QStringLiteral("Số người được tiếp"), rep.persons},
                                     {QStringLiteral("Số vụ việc"), rep.cases},
                                     {QStringLiteral("Tiếp lần đầu (lượt)"), rep.firstVisits},
                                     {QStringLiteral("Tiếp nhiều lần (lượt)"), rep.repeatVisits},
                                     {QStringLiteral("Từ chối tiếp (lượt)"), rep.refused}});
    add(QStringLiteral("Đoàn đông người"), {{QStringLiteral("Số đoàn"), rep.groups},
                                            {QStringLiteral("Số người"), rep.groupPersons},
                                            {QStringLiteral("Số vụ việc"), rep.groupCases}});
    add(QStringLiteral("Phân loại vụ việc (số vụ việc)"),
        ordered(rep.byKind, {{"complaint", QStringLiteral("Khiếu nại")},
                             {"denunciation", QStringLiteral("Tố cáo")},
                             {"petition", QStringLiteral("Kiến nghị")},
                             {"feedback", QStringLiteral("Phản ánh")}}));
    add(QStringLiteral("Đã giải quyết (số vụ việc)"),
        ordered(rep.resolvedByKind, {{"complaint", QStringLiteral("Khiếu nại")},
                                     {"denunciation", QStringLiteral("Tố cáo")},
                                     {"petition", QStringLiteral("Kiến nghị")},
                                     {"feedback", QStringLiteral("Phản ánh")}}));
    add(QStringLiteral("Hướng xử lý (số lượt)"),
        ordered(rep.byDirection, {{"accept", QStringLiteral("Thụ lý để giải quyết")},
                                  {"return_guide", QStringLiteral("Trả lại đơn và hướng dẫn")},
                                  {"transfer", QStringLiteral("Chuyển đơn đến cơ quan có thẩm quyền")},
                                  {"pending", QStringLiteral("Chưa xử lý")}}));
    add(QStringLiteral("Người tiếp (số lượt)"),
        ordered(rep.byReceiver, {{"officer", QStringLiteral("Cán bộ tiếp công dân")},
                                 {"head", QStringLiteral("Thủ trưởng cơ quan")},
                                 {"deputy", QStringLiteral("Cấp phó")}}));
    add(QStringLiteral("Hình thức tiếp (số lượt)"),
        ordered(rep.byReceptionKind, {{"regular", QStringLiteral("Thường xuyên")},
                                      {"periodic", QStringLiteral("Định kỳ")},
                                      {"adhoc", QStringLiteral("Đột xuất")}}));
    add(QStringLiteral("Xếp hàng"),
        {{QStringLiteral("Số phiếu"), rep.queue.tickets},
         {QStringLiteral("Đã tiếp xong"), rep.queue.served},
         {QStringLiteral("Vắng mặt"), rep.queue.noShows},
         {QStringLiteral("Chờ trung bình (phút)"), qRound(rep.queue.avgWaitSeconds / 60.0)},
         {QStringLiteral("Tiếp trung bình (phút)"), qRound(rep.queue.avgServiceSeconds / 60.0)}});
    return lines;
}

} // namespace

QList<ReportLine> reportLines(const ReceptionReport &rep)
{
    QList<ReportLine> lines = summaryLines(rep);
    for (const auto &[label, f] : leaderRows(rep))
        for (const auto &[indicator, value] :
             QList<std::pair<QString, int>>{{QStringLiteral("Số kỳ/ngày tiếp"), f.sessions},
                                            {QStringLiteral("Số lượt"), f.visits},
                                            {QStringLiteral("Số người"), f.persons},
                                            {QStringLiteral("Số vụ việc"), f.cases}})
            lines.append({QStringLiteral("Lãnh đạo tiếp: ") + label, indicator, value});
    return lines;
}

QByteArray reportCsv(const ReceptionReport &rep)
{
    QList<QStringList> rows{{QStringLiteral("Mục"), QStringLiteral("Chỉ tiêu"), QStringLiteral("Số liệu")},
                            {QStringLiteral("Kỳ báo cáo"), QStringLiteral("Từ ngày"), rep.from.toString(Qt::ISODate)},
                            {QStringLiteral("Kỳ báo cáo"), QStringLiteral("Đến ngày"), rep.to.toString(Qt::ISODate)}};
    for (const ReportLine &l : reportLines(rep))
        rows.append({l.section, l.indicator, QString::number(l.value)});
    return csvDocument(rows);
}

Result<QByteArray> reportPdf(const ExportHeader &header, const ReceptionReport &rep, int *pagesOut)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto w = pdf::writer(&buffer, QPageLayout::Portrait, QStringLiteral("Báo cáo thống kê tiếp công dân"));
    const QRectF area = QRectF(0, 0, w->width(), w->height()).adjusted(mm(15), mm(12), -mm(12), -mm(14));
    const QFont body = pdf::font(9), bold = pdf::font(9, true), sectionFont = pdf::font(10, true);
    const double rowH = QFontMetricsF(body, w.get()).lineSpacing() + mm(1.4);
    const double padX = mm(2);

    // Rows: a section title, then cells. Each table's column widths.
    struct Row {
        enum Kind { Title, Head, Cells } kind;
        QStringList cells;
        int table; // 0: indicator/value, 1: leaders
    };
    QList<Row> rows;
    QString section;
    for (const ReportLine &l : summaryLines(rep)) {
        if (l.section != section) {
            section = l.section;
            rows.append({Row::Title, {section}, 0});
        }
        rows.append({Row::Cells, {l.indicator, QString::number(l.value)}, 0});
    }
    rows.append({Row::Title, {QStringLiteral("Lãnh đạo tiếp công dân")}, 1});
    rows.append({Row::Head,
                 {QStringLiteral("Hình thức"), QStringLiteral("Số kỳ/ngày"), QStringLiteral("Số lượt"),
                  QStringLiteral("Số người"), QStringLiteral("Số vụ việc")},
                 1});
    for (const auto &[label, f] : leaderRows(rep))
        rows.append({Row::Cells,
                     {label, QString::number(f.sessions), QString::number(f.visits), QString::number(f.persons),
                      QString::number(f.cases)},
                     1});
    const QList<QList<double>> widths{
        {area.width() * 0.75, area.width() * 0.25},
        {area.width() * 0.44, area.width() * 0.14, area.width() * 0.14, area.width() * 0.14, area.width() * 0.14}};

    // Heading height (measured on a scratch writer), then pagination.
    const double firstTop = [&] {
        QByteArray scratch;
        QBuffer sb(&scratch);
        sb.open(QIODevice::WriteOnly);
        auto sw = pdf::writer(&sb, QPageLayout::Portrait, QString());
        QPainter sp(sw.get());
        return pdf::drawHeading(sp, area, header, QStringLiteral("BÁO CÁO THỐNG KÊ TIẾP CÔNG DÂN"));
    }();
    auto height = [&](const Row &r) { return r.kind == Row::Title ? rowH + mm(1.5) : rowH; };
    QList<QList<std::pair<int, double>>> pages{{}};
    double y = firstTop;
    for (int i = 0; i < rows.size(); ++i) {
        // A title stays with the row after it; the leaders' table (a
        // title, its header and five rows) stays together.
        double need = height(rows[i]);
        if (rows[i].kind == Row::Title)
            for (int j = i + 1; j < rows.size() && rows[j].kind != Row::Title && (rows[i].table == 1 || j == i + 1);
                 ++j)
                need += height(rows[j]);
        if (y + need > area.bottom()) {
            pages.append(QList<std::pair<int, double>>{});
            y = area.top();
        }
        pages.back().append({i, y});
        y += height(rows[i]);
    }

    QPainter p;
    if (!p.begin(w.get()))
        return Error::make(ErrorCode::Storage, QStringLiteral("cannot start the PDF"));
    p.setPen(QPen(Qt::black, mm(0.2)));
    for (int pi = 0; pi < pages.size(); ++pi) {
        if (pi > 0)
            w->newPage();
        else
            pdf::drawHeading(p, area, header, QStringLiteral("BÁO CÁO THỐNG KÊ TIẾP CÔNG DÂN"));
        for (const auto &[index, top] : pages[pi]) {
            const Row &r = rows[index];
            if (r.kind == Row::Title) {
                p.setFont(sectionFont);
                p.drawText(QRectF(area.left(), top + mm(1.5), area.width(), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                           r.cells.first());
                continue;
            }
            double x = area.left();
            const QList<double> &ws = widths[r.table];
            for (int c = 0; c < r.cells.size() && c < ws.size(); ++c) {
                const QRectF cell(x, top, ws[c], rowH);
                if (r.kind == Row::Head)
                    p.fillRect(cell, QColor(235, 235, 235));
                p.drawRect(cell);
                p.setFont(r.kind == Row::Head ? bold : body);
                p.drawText(cell.adjusted(padX, 0, -padX, 0),
                           (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, r.cells[c]);
                x += ws[c];
            }
        }
        pdf::drawFooter(p, area, pi + 1, int(pages.size()));
    }
    if (!p.end())
        return Error::make(ErrorCode::Storage, QStringLiteral("cannot finish the PDF"));
    buffer.close();
    if (pagesOut)
        *pagesOut = int(pages.size());
    return bytes;
}

} // namespace tiepdan::reports
