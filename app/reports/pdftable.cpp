#include "pdftable.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QTextLayout>

namespace tiepdan::reports::pdf {

namespace {

const QString kFamily = QStringLiteral("Noto Sans");

void ensureNoto()
{
    static bool checked = false;
    if (checked)
        return;
    checked = true;
    if (QFontDatabase::families().contains(kFamily))
        return;
    for (const char *file :
         {"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"})
        QFontDatabase::addApplicationFont(QString::fromLatin1(file));
}

} // namespace

QFont font(double pt, bool bold)
{
    ensureNoto();
    QFont f(kFamily);
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setKerning(true);
    return f;
}

std::unique_ptr<QPdfWriter> writer(QIODevice *out, QPageLayout::Orientation orientation, const QString &title)
{
    auto w = std::make_unique<QPdfWriter>(out);
    w->setResolution(kDpi);
    w->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    w->setTitle(title);
    w->setCreator(QStringLiteral("Tiếp Dân receptionctl"));
    return w;
}

QStringList wrap(const QString &text, const QFont &f, double width, QPaintDevice *device)
{
    QStringList lines;
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    for (const QString &para : normalized.split(u'\n')) {
        if (para.isEmpty()) {
            lines << QString();
            continue;
        }
        QTextLayout layout(para, f, device);
        QTextOption opt;
        opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(opt);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << para.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    if (lines.isEmpty())
        lines << QString();
    return lines;
}

QString periodText(const ExportHeader &h)
{
    return QStringLiteral("Từ ngày %1 đến ngày %2")
        .arg(h.from.toString(QStringLiteral("dd/MM/yyyy")), h.to.toString(QStringLiteral("dd/MM/yyyy")));
}

double drawHeading(QPainter &p, const QRectF &area, const ExportHeader &h, const QString &title,
                   const QString &subtitle)
{
    const double half = area.width() / 2;
    const QFont normal = font(10), bold = font(10, true), titleFont = font(15, true), italic = [] {
        QFont f = font(10);
        f.setItalic(true);
        return f;
    }();
    QRectF left(area.left(), area.top(), half * 0.9, mm(20));
    QRectF right(area.left() + half, area.top(), half, mm(20));
    p.setFont(normal);
    const QRectF agencyBox =
        p.boundingRect(left, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, h.agencyName.toUpper());
    p.drawText(left, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, h.agencyName.toUpper());
    p.setFont(bold);
    QRectF officeRect(left.left(), agencyBox.bottom(), left.width(), mm(14));
    const QRectF officeBox =
        p.boundingRect(officeRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, h.officeName.toUpper());
    p.drawText(officeRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, h.officeName.toUpper());
    p.drawLine(QPointF(officeBox.center().x() - mm(15), officeBox.bottom() + mm(1.5)),
               QPointF(officeBox.center().x() + mm(15), officeBox.bottom() + mm(1.5)));

    const QString motto1 = QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const QString motto2 = QStringLiteral("Độc lập - Tự do - Hạnh phúc");
    const QRectF m1 = p.boundingRect(right, Qt::AlignHCenter | Qt::AlignTop, motto1);
    p.drawText(right, Qt::AlignHCenter | Qt::AlignTop, motto1);
    QRectF r2(right.left(), m1.bottom(), right.width(), mm(8));
    const QRectF m2 = p.boundingRect(r2, Qt::AlignHCenter | Qt::AlignTop, motto2);
    p.drawText(r2, Qt::AlignHCenter | Qt::AlignTop, motto2);
    p.drawLine(QPointF(m2.left(), m2.bottom() + mm(1)), QPointF(m2.right(), m2.bottom() + mm(1)));

    double y = std::max(officeBox.bottom(), m2.bottom()) + mm(7);
    p.setFont(titleFont);
    QRectF t(area.left(), y, area.width(), mm(10));
    const QRectF tb = p.boundingRect(t, Qt::AlignHCenter | Qt::AlignTop, title);
    p.drawText(t, Qt::AlignHCenter | Qt::AlignTop, title);
    y = tb.bottom() + mm(1);
    p.setFont(italic);
    QRectF per(area.left(), y, area.width(), mm(8));
    const QString under = subtitle.isEmpty() ? periodText(h) : subtitle;
    const QRectF pb = p.boundingRect(per, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, under);
    p.drawText(per.adjusted(0, 0, 0, pb.height()), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, under);
    return pb.bottom() + mm(4);
}

void drawFooter(QPainter &p, const QRectF &area, int page, int pages)
{
    p.setFont(font(8));
    const QRectF r(area.left(), area.bottom() + mm(2), area.width(), mm(6));
    p.drawText(r, Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("Trang %1/%2").arg(page).arg(pages));
    p.drawText(r, Qt::AlignRight | Qt::AlignTop,
               QStringLiteral("Xuất ngày %1").arg(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))));
}

} // namespace tiepdan::reports::pdf
