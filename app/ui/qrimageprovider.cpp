#include "qrimageprovider.h"

#include "qrcode.h"

#include <QPainter>
#include <QUrl>

namespace tiepdan {

QImage QrImageProvider::render(const QString &payload, int side)
{
    auto qr = encodeQr(payload);
    if (!qr)
        return {};
    constexpr int quiet = 4;
    const int modules = qr->size + 2 * quiet;
    const int scale = std::max(1, side / modules);
    QImage img(modules * scale, modules * scale, QImage::Format_Grayscale8);
    img.fill(Qt::white);
    QPainter p(&img);
    for (int y = 0; y < qr->size; ++y)
        for (int x = 0; x < qr->size; ++x)
            if (qr->dark(x, y))
                p.fillRect((x + quiet) * scale, (y + quiet) * scale, scale, scale, Qt::black);
    return img;
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const int side = requestedSize.isValid() ? std::max(requestedSize.width(), requestedSize.height()) : 400;
    QImage img = render(QUrl::fromPercentEncoding(id.toUtf8()), side);
    if (size)
        *size = img.size();
    return img;
}

} // namespace tiepdan
