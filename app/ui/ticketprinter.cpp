#include "ticketprinter.h"

#include "qrcode.h"
#include "validation.h"

#include <QFile>
#include <QFont>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTcpSocket>

namespace tiepdan {

namespace {
constexpr double kPaperWidthMm = 80.0;
constexpr double kPaperHeightMm = 140.0;

void drawQr(QPainter &p, const QRectF &box, const QString &payload)
{
    auto qr = encodeQr(payload);
    if (!qr)
        return;
    const int quiet = 4;
    const double module = std::min(box.width(), box.height()) / (qr->size + 2 * quiet);
    const QPointF origin(box.center().x() - module * (qr->size + 2 * quiet) / 2, box.top());
    p.fillRect(QRectF(origin, QSizeF(module * (qr->size + 2 * quiet), module * (qr->size + 2 * quiet))), Qt::white);
    for (int y = 0; y < qr->size; ++y)
        for (int x = 0; x < qr->size; ++x)
            if (qr->dark(x, y))
                p.fillRect(QRectF(origin.x() + (x + quiet) * module, origin.y() + (y + quiet) * module, module, module),
                           Qt::black);
}

class CupsPrinter : public TicketPrinter {
public:
    explicit CupsPrinter(QString name) : m_name(std::move(name)) {}
    Status print(const PrintableTicket &t) override
    {
        const QString name = m_name.isEmpty() ? QPrinterInfo::defaultPrinterName() : m_name;
        if (name.isEmpty())
            return Error::make(ErrorCode::Storage, QStringLiteral("no printer is installed"));
        const QPrinterInfo info = QPrinterInfo::printerInfo(name);
        if (info.isNull())
            return Error::make(ErrorCode::Storage, QStringLiteral("printer '%1' is not installed").arg(name));
        if (info.state() == QPrinter::Error || info.state() == QPrinter::Aborted)
            return Error::make(ErrorCode::Storage, QStringLiteral("printer '%1' reports an error").arg(name));
        QPrinter printer(info, QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QSizeF(kPaperWidthMm, kPaperHeightMm), QPageSize::Millimeter,
                                      QStringLiteral("Receipt 80mm"), QPageSize::ExactMatch));
        printer.setPageMargins(QMarginsF(3, 3, 3, 3), QPageLayout::Millimeter);
        printer.setDocName(QStringLiteral("Ticket %1").arg(t.label));
        QPainter painter;
        if (!painter.begin(&printer))
            return Error::make(ErrorCode::Storage, QStringLiteral("printer '%1' did not accept the job").arg(name));
        paintTicket(painter, QRectF(QPointF(0, 0), printer.pageLayout().paintRectPixels(printer.resolution()).size()),
                    t);
        if (!painter.end())
            return Error::make(ErrorCode::Storage, QStringLiteral("printing to '%1' failed").arg(name));
        if (printer.printerState() == QPrinter::Error || printer.printerState() == QPrinter::Aborted)
            return Error::make(ErrorCode::Storage, QStringLiteral("printer '%1' failed the job").arg(name));
        return {};
    }

private:
    QString m_name;
};

class EscPosPrinter : public TicketPrinter {
public:
    explicit EscPosPrinter(const KioskSettings &s) : m_s(s) {}
    Status print(const PrintableTicket &t) override
    {
        const QByteArray bytes = escPosBytes(t);
        if (m_s.printer == KioskSettings::Printer::EscPosDevice) {
            QFile f(m_s.device);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(bytes) != bytes.size() || !f.flush())
                return Error::make(ErrorCode::Storage,
                                   QStringLiteral("printer %1: %2").arg(m_s.device, f.errorString()));
            return {};
        }
        QTcpSocket socket;
        socket.connectToHost(m_s.host, quint16(m_s.port));
        // Short timeouts: a dead printer must not hold the kiosk.
        if (!socket.waitForConnected(1500))
            return Error::make(ErrorCode::Storage, QStringLiteral("printer %1:%2 does not answer: %3")
                                                       .arg(m_s.host)
                                                       .arg(m_s.port)
                                                       .arg(socket.errorString()));
        socket.write(bytes);
        if (!socket.waitForBytesWritten(2000))
            return Error::make(
                ErrorCode::Storage,
                QStringLiteral("printer %1:%2: %3").arg(m_s.host).arg(m_s.port).arg(socket.errorString()));
        socket.disconnectFromHost();
        return {};
    }

private:
    KioskSettings m_s;
};

QByteArray ascii(const QString &s)
{
    // Keep case, drop diacritics: "Khiếu nại" -> "Khieu nai".
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c == u'đ' ? u'd' : c == u'Đ' ? u'D' : c;
    }
    return out.toLatin1();
}
} // namespace

void paintTicket(QPainter &p, const QRectF &page, const PrintableTicket &t)
{
    p.save();
    p.fillRect(page, Qt::white);
    p.setPen(Qt::black);
    const double w = page.width();
    const double unit = w / 72.0; // ~1 mm at 72 mm printable width
    double y = page.top();
    auto line = [&](const QString &text, double sizeMm, bool bold, double gapMm = 1.0) {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPixelSize(std::max(1, int(sizeMm * unit)));
        f.setBold(bold);
        p.setFont(f);
        const QRectF box(page.left(), y, w, page.height());
        const QRectF used = p.boundingRect(box, Qt::AlignHCenter | Qt::TextWordWrap, text);
        p.drawText(box, Qt::AlignHCenter | Qt::TextWordWrap, text);
        y += used.height() + gapMm * unit;
    };
    line(t.agency.toUpper(), 3.0, true, 0.5);
    line(t.office, 3.0, false, 3);
    line(t.appointment ? QStringLiteral("PHIẾU HẸN TIẾP CÔNG DÂN") : QStringLiteral("SỐ THỨ TỰ"), 3.6, true, 0.5);
    line(t.label, t.appointment ? 9.0 : 16.0, true, 1);
    line(t.serviceVi, 4.2, true, 0.3);
    line(t.serviceEn, 3.0, false, 2);
    line(t.when, 3.4, false, 1);
    if (t.peopleAhead >= 0)
        line(QStringLiteral("Số người chờ trước: %1  ·  Dự kiến: %2 phút").arg(t.peopleAhead).arg(t.waitMinutes), 3.2,
             false, 2);
    const double qrSide = std::min(w * 0.62, page.bottom() - y - 14 * unit);
    drawQr(p, QRectF(page.left() + (w - qrSide) / 2, y, qrSide, qrSide), t.payload);
    y += qrSide + 1.5 * unit;
    line(QStringLiteral("Quét mã tại ki-ốt để tra cứu tình trạng"), 2.8, false, 0.3);
    line(QStringLiteral("Vui lòng chờ gọi số · Please wait for your number"), 2.8, false, 0);
    p.restore();
}

QByteArray escPosBytes(const PrintableTicket &t)
{
    QByteArray b;
    auto text = [&](const QString &s) { b += ascii(s) + '\n'; };
    b += "\x1b@"; // initialise
    b += "\x1b"
         "a\x01"; // centre
    text(t.agency.toUpper());
    text(t.office);
    b += '\n';
    b += "\x1d!\x11"; // double width and height
    text(t.label);
    b += "\x1d!\x00";
    text(t.serviceVi);
    text(t.when);
    if (t.peopleAhead >= 0)
        text(QStringLiteral("Nguoi cho truoc: %1 - Du kien: %2 phut").arg(t.peopleAhead).arg(t.waitMinutes));
    const QByteArray data = t.payload.toLatin1();
    const int len = int(data.size()) + 3;
    b += QByteArray("\x1d(k\x04\x00\x31\x41\x32\x00", 9); // model 2
    b += QByteArray("\x1d(k\x03\x00\x31\x43\x06", 8);     // module size 6
    b += QByteArray("\x1d(k\x03\x00\x31\x45\x31", 8);     // error correction M
    b += "\x1d(k";
    b += char(len & 0xff);
    b += char(len >> 8);
    b += "\x31\x50\x30" + data;                       // store
    b += QByteArray("\x1d(k\x03\x00\x31\x51\x30", 8); // print
    b += "\n";
    text(QStringLiteral("Vui long cho goi so"));
    b += "\n\n\n\x1dV\x41\x03"; // feed and cut
    return b;
}

std::unique_ptr<TicketPrinter> TicketPrinter::create(const KioskSettings &s)
{
    switch (s.printer) {
    case KioskSettings::Printer::None: return nullptr;
    case KioskSettings::Printer::Cups: return std::make_unique<CupsPrinter>(s.printerName);
    case KioskSettings::Printer::EscPosDevice:
    case KioskSettings::Printer::EscPosTcp: return std::make_unique<EscPosPrinter>(s);
    }
    return nullptr;
}

} // namespace tiepdan
