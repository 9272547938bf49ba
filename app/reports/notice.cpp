// The conclusion notice (thông báo kết luận) of a reception by the head or
// a deputy, as a portrait A4 PDF (exports.h).
#include "exports.h"
#include "pdftable.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QSet>

namespace tiepdan::reports {

namespace {

// One laid-out line of the body.
struct Line {
    QString text;
    QFont font;
    double indent = 0;
    Qt::Alignment align = Qt::AlignLeft;
    double spaceBefore = 0;
};

QFont italic(double pt)
{
    QFont f = pdf::font(pt);
    f.setItalic(true);
    return f;
}

} // namespace

Result<QByteArray> conclusionNoticePdf(const ExportHeader &header, const StoredRecord &s, int *pagesOut)
{
    const ReceptionRecord &r = s.record;
    if (r.receiverRole == ReceiverRole::Officer || r.conclusion.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("conclusion"),
                              QStringLiteral("record %1 has no conclusion notice: only a reception by the head or a "
                                             "deputy that recorded a conclusion has one")
                                  .arg(QStringLiteral("%1/%2").arg(r.bookNo).arg(r.bookYear)));
    const auto nfc = [](const QString &t) { return t.normalized(QString::NormalizationForm_C); };
    const QString day = r.receivedAt.date().toString(QStringLiteral("dd/MM/yyyy"));
    const QString role = vocabulary::vi(r.receiverRole);
    const QString leader = r.receiverName.isEmpty() ? role : role + u' ' + nfc(r.receiverName);
    const bool hidden = r.confidential || s.sealed;

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto w = pdf::writer(&buffer, QPageLayout::Portrait, QStringLiteral("Thông báo kết luận tiếp công dân"));
    // Official document margins: wider at the binding edge.
    const QRectF area =
        QRectF(0, 0, w->width(), w->height()).adjusted(pdf::mm(28), pdf::mm(18), -pdf::mm(18), -pdf::mm(20));
    QPainter p(w.get());
    const double y0 = pdf::drawHeading(p, area, header, QStringLiteral("THÔNG BÁO KẾT LUẬN"),
                                       QStringLiteral("Về việc tiếp công dân ngày %1 của %2").arg(day, leader));

    const QFont body = pdf::font(11), bold = pdf::font(11, true);
    QList<Line> lines;
    auto para = [&](const QString &text, const QFont &font, double indent = 0, double before = 0) {
        bool first = true;
        for (const QString &l : pdf::wrap(nfc(text), font, area.width() - indent, w.get())) {
            lines.append({l, font, indent, Qt::AlignLeft, first ? before : 0});
            first = false;
        }
    };
    const double gap = pdf::mm(3);
    lines.append({QStringLiteral("Ngày %1 tháng %2 năm %3")
                      .arg(r.receivedAt.date().day(), 2, 10, QLatin1Char('0'))
                      .arg(r.receivedAt.date().month(), 2, 10, QLatin1Char('0'))
                      .arg(r.receivedAt.date().year()),
                  italic(11), 0, Qt::AlignRight, 0});
    para(QStringLiteral("Ngày %1, %2 đã tiếp công dân. Nội dung và kết luận như sau:").arg(day, leader), body, 0, gap);

    para(QStringLiteral("1. Người đến trình bày"), bold, 0, gap);
    if (hidden) {
        // A denunciator's identity never reaches a document.
        para(QStringLiteral("Họ và tên: %1").arg(r.anonymous ? kAnonymous : kMasked), body, pdf::mm(5));
    } else {
        para(QStringLiteral("Họ và tên: %1").arg(r.identity.fullName), body, pdf::mm(5));
        if (!r.identity.address.isEmpty())
            para(QStringLiteral("Địa chỉ: %1").arg(r.identity.address), body, pdf::mm(5));
        if (!r.identity.idNumber.isEmpty())
            para(QStringLiteral("Số giấy tờ tùy thân: %1").arg(r.identity.idNumber), body, pdf::mm(5));
        if (!r.identity.representatives.isEmpty())
            para(QStringLiteral("Người đại diện: %1").arg(r.identity.representatives.join(QStringLiteral(", "))), body,
                 pdf::mm(5));
    }
    if (r.peopleCount > 1)
        para(QStringLiteral("Số người: %1").arg(r.peopleCount), body, pdf::mm(5));

    QStringList kinds;
    for (MatterKind k : r.kinds)
        kinds << vocabulary::vi(k);
    para(QStringLiteral("2. Nội dung trình bày"), bold, 0, gap);
    para(r.content, body, pdf::mm(5));
    if (!kinds.isEmpty())
        para(QStringLiteral("Phân loại: %1").arg(kinds.join(QStringLiteral(", "))), body, pdf::mm(5));

    para(QStringLiteral("3. Kết luận của %1").arg(leader), bold, 0, gap);
    para(r.conclusion, body, pdf::mm(5));

    para(QStringLiteral("4. Thời hạn thực hiện"), bold, 0, gap);
    if (r.conclusionDue.isValid())
        para(
            QStringLiteral("Thực hiện xong trước ngày %1.").arg(r.conclusionDue.toString(QStringLiteral("dd/MM/yyyy"))),
            body, pdf::mm(5));
    // The matter's legal deadlines as the citizen reads them: the general
    // rule of each (not its variants for complex or remote matters, which
    // the leader's deadline watch keeps), and not the notice's own date again.
    QSet<QString> ids;
    for (const Deadline &d : s.deadlines)
        ids.insert(d.ruleId);
    for (const Deadline &d : s.deadlines) {
        const QString parent = d.ruleId.section(u'.', 0, -2);
        if (d.ruleId == QLatin1String("conclusion.followUp") || (d.ruleId.count(u'.') >= 2 && ids.contains(parent)))
            continue;
        para(QStringLiteral("- %1: %2 (%3)").arg(d.labelVi, d.due.toString(QStringLiteral("dd/MM/yyyy")), d.legalBasis),
             body, pdf::mm(5));
    }
    para(QStringLiteral("Sổ tiếp công dân số %1/%2.").arg(r.bookNo).arg(r.bookYear), italic(10), 0, gap);

    // The signature block stays on one page with the last lines.
    const QFont small = pdf::font(9), smallBold = pdf::font(9, true);
    const double blockH = pdf::mm(48);

    // Pages: break where the next line does not fit.
    QList<int> pageOf;
    int pages = 1;
    double y = y0;
    for (const Line &l : lines) {
        const double h = QFontMetricsF(l.font, w.get()).lineSpacing() + l.spaceBefore;
        if (y + h > area.bottom()) {
            ++pages;
            y = area.top();
        }
        pageOf << pages;
        y += h;
    }
    const bool blockOnNewPage = y + gap + blockH > area.bottom();
    if (blockOnNewPage)
        ++pages;

    int page = 1;
    y = y0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &l = lines[i];
        if (pageOf[i] != page) {
            pdf::drawFooter(p, area, page, pages);
            w->newPage();
            page = pageOf[i];
            y = area.top();
        }
        const double h = QFontMetricsF(l.font, w.get()).lineSpacing();
        y += l.spaceBefore;
        p.setFont(l.font);
        p.drawText(QRectF(area.left() + l.indent, y, area.width() - l.indent, h), l.align | Qt::AlignVCenter, l.text);
        y += h;
    }
    if (blockOnNewPage) {
        pdf::drawFooter(p, area, page, pages);
        w->newPage();
        page = pages;
        y = area.top();
    }
    y += gap * 2;
    const double half = area.width() / 2;
    const QRectF left(area.left(), y, half, blockH), right(area.left() + half, y, half, blockH);
    QFont recipients = smallBold;
    recipients.setItalic(true);
    p.setFont(recipients);
    p.drawText(left, Qt::AlignLeft | Qt::AlignTop, QStringLiteral("Nơi nhận:"));
    p.setFont(small);
    const double ls = QFontMetricsF(small, w.get()).lineSpacing();
    p.drawText(left.adjusted(0, ls, 0, 0), Qt::AlignLeft | Qt::AlignTop,
               QStringLiteral("- Công dân;\n- Lưu: hồ sơ vụ việc, sổ tiếp công dân."));
    p.setFont(pdf::font(11, true));
    const double lsb = QFontMetricsF(pdf::font(11, true), w.get()).lineSpacing();
    p.drawText(right, Qt::AlignHCenter | Qt::AlignTop, role.toUpper());
    p.setFont(italic(10));
    p.drawText(right.adjusted(0, lsb, 0, 0), Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("(Ký, ghi rõ họ tên)"));
    if (!r.receiverName.isEmpty()) {
        p.setFont(pdf::font(11, true));
        p.drawText(right.adjusted(0, blockH - lsb * 1.5, 0, 0), Qt::AlignHCenter | Qt::AlignTop, nfc(r.receiverName));
    }
    pdf::drawFooter(p, area, page, pages);
    if (!p.end())
        return Error::make(ErrorCode::Storage, QStringLiteral("the conclusion notice could not be drawn"));
    if (pagesOut)
        *pagesOut = pages;
    return bytes;
}

} // namespace tiepdan::reports
