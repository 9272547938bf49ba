// The statistics report (ReceptionRepository::report) as CSV and PDF.
#include "exports.h"
#include "pdftable.h"
#include "vocabulary.h"

#include <QBuffer>
#include <QFontMetricsF>

namespace tiepdan::reports {

namespace {

using pdf::mm;
using vocabulary::Table;

ReportFigure figure(const char *key, qint64 value, bool minutes = false)
{
    return {QString::fromLatin1(key), value, minutes};
}

// The figures of a map: `known` codes first, in their order, then any the
// repository adds later, under their own code.
QList<ReportFigure> mapped(const QMap<QString, int> &m, const QStringList &known)
{
    QList<ReportFigure> out;
    for (const QString &k : known)
        out.append({k, m.value(k), false});
    for (auto it = m.begin(); it != m.end(); ++it)
        if (!known.contains(it.key()))
            out.append({it.key(), it.value(), false});
    return out;
}

QString leadersTitle()
{
    return vocabulary::vi(Table::Section, QStringLiteral("leaders"));
}

} // namespace

QList<ReportSection> reportSections(const ReceptionReport &rep)
{
    const QStringList kinds = vocabulary::keys(Table::Kind);
    // Handling as the log book's columns (8)-(10) run, then what is pending.
    const QStringList directions{QStringLiteral("accept"), QStringLiteral("return_guide"), QStringLiteral("transfer"),
                                 QStringLiteral("pending")};
    return {
        {QStringLiteral("totals"),
         Table::Figure,
         {figure("visits", rep.visits), figure("persons", rep.persons), figure("cases", rep.cases),
          figure("firstVisits", rep.firstVisits), figure("repeatVisits", rep.repeatVisits),
          figure("refused", rep.refused)}},
        {QStringLiteral("groups"),
         Table::Figure,
         {figure("groups", rep.groups), figure("groupPersons", rep.groupPersons),
          figure("groupCases", rep.groupCases)}},
        {QStringLiteral("byKind"), Table::Kind, mapped(rep.byKind, kinds)},
        {QStringLiteral("resolvedByKind"), Table::Kind, mapped(rep.resolvedByKind, kinds)},
        {QStringLiteral("byDirection"), Table::Direction, mapped(rep.byDirection, directions)},
        {QStringLiteral("byReceiver"), Table::Receiver, mapped(rep.byReceiver, vocabulary::keys(Table::Receiver))},
        {QStringLiteral("byReceptionKind"), Table::ReceptionKind,
         mapped(rep.byReceptionKind, vocabulary::keys(Table::ReceptionKind))},
        {QStringLiteral("queue"),
         Table::Figure,
         {figure("tickets", rep.queue.tickets), figure("served", rep.queue.served),
          figure("noShows", rep.queue.noShows), figure("avgWaitMinutes", qRound(rep.queue.avgWaitSeconds / 60.0), true),
          figure("avgServiceMinutes", qRound(rep.queue.avgServiceSeconds / 60.0), true)}},
    };
}

QList<std::pair<QString, LeaderFigures>> reportLeaders(const ReceptionReport &rep)
{
    const QStringList known = vocabulary::keys(Table::LeaderCategory);
    QList<std::pair<QString, LeaderFigures>> out;
    for (const QString &k : known)
        out.append({k, rep.leaders.value(k)});
    for (auto it = rep.leaders.begin(); it != rep.leaders.end(); ++it)
        if (!known.contains(it.key()))
            out.append({it.key(), it.value()});
    return out;
}

namespace {

// Every figure but the leaders' (which the PDF shows as a table).
QList<ReportLine> summaryLines(const ReceptionReport &rep)
{
    QList<ReportLine> lines;
    for (const ReportSection &s : reportSections(rep))
        for (const ReportFigure &f : s.figures)
            lines.append({vocabulary::vi(Table::Section, s.key), vocabulary::vi(s.words, f.key), int(f.value)});
    return lines;
}

// The columns of the leaders' table, after the category's.
const char *const kLeaderColumns[] = {"leaderSessions", "leaderVisits", "leaderPersons", "leaderCases"};

QList<qint64> leaderValues(const LeaderFigures &f)
{
    return {f.sessions, f.visits, f.persons, f.cases};
}

} // namespace

QList<ReportLine> reportLines(const ReceptionReport &rep)
{
    QList<ReportLine> lines = summaryLines(rep);
    for (const auto &[key, f] : reportLeaders(rep)) {
        const QString section = leadersTitle() + QStringLiteral(": ") + vocabulary::vi(Table::LeaderCategory, key);
        const QList<qint64> values = leaderValues(f);
        for (int c = 0; c < values.size(); ++c)
            lines.append(
                {section, vocabulary::vi(Table::Figure, QString::fromLatin1(kLeaderColumns[c])), int(values[c])});
    }
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
    rows.append({Row::Title, {leadersTitle()}, 1});
    QStringList head{vocabulary::vi(Table::Figure, QStringLiteral("leaderCategory"))};
    for (const char *column : kLeaderColumns)
        head << vocabulary::vi(Table::Figure, QString::fromLatin1(column));
    rows.append({Row::Head, head, 1});
    for (const auto &[key, f] : reportLeaders(rep)) {
        QStringList cells{vocabulary::vi(Table::LeaderCategory, key)};
        for (qint64 v : leaderValues(f))
            cells << QString::number(v);
        rows.append({Row::Cells, cells, 1});
    }
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
