#include "qrcode.h"

#include <qrcodegen/qrcodegen.hpp>

#include <stdexcept>

namespace tiepdan {

Result<QrMatrix> encodeQr(const QString &text)
{
    try {
        const auto qr = qrcodegen::QrCode::encodeText(text.toUtf8().constData(), qrcodegen::QrCode::Ecc::MEDIUM);
        QrMatrix m;
        m.size = qr.getSize();
        m.modules.resize(m.size * m.size);
        for (int y = 0; y < m.size; ++y)
            for (int x = 0; x < m.size; ++x)
                m.modules[y * m.size + x] = qr.getModule(x, y) ? 1 : 0;
        return m;
    } catch (const qrcodegen::data_too_long &) {
        return Error::invalid(QStringLiteral("qr"), QStringLiteral("text too long for a QR code"));
    }
}

QString qrToSvg(const QrMatrix &qr, int moduleSize)
{
    constexpr int border = 4;
    const int dim = (qr.size + 2 * border) * moduleSize;
    QString path;
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size; ++x)
            if (qr.dark(x, y))
                path += QStringLiteral("M%1,%2h%3v%3h-%3z")
                            .arg((x + border) * moduleSize)
                            .arg((y + border) * moduleSize)
                            .arg(moduleSize);
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%1\" "
                          "viewBox=\"0 0 %1 %1\" shape-rendering=\"crispEdges\">"
                          "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                          "<path d=\"%2\" fill=\"#000\"/></svg>\n")
        .arg(dim)
        .arg(path);
}

QString qrToText(const QrMatrix &qr)
{
    constexpr int border = 2;
    auto dark = [&](int x, int y) { return x >= 0 && y >= 0 && x < qr.size && y < qr.size && qr.dark(x, y); };
    QString out;
    // Light-on-dark terminals: draw light modules as blocks.
    for (int y = -border; y < qr.size + border; y += 2) {
        for (int x = -border; x < qr.size + border; ++x) {
            const bool top = !dark(x, y), bottom = !dark(x, y + 1);
            out += top && bottom ? QChar(0x2588) : top ? QChar(0x2580) : bottom ? QChar(0x2584) : u' ';
        }
        out += u'\n';
    }
    return out;
}

} // namespace tiepdan
