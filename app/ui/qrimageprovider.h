// "image://qr/<payload>": a QR code as an image for QML, crisp at any size
// (each module is a whole number of pixels).
#pragma once

#include <QQuickImageProvider>

namespace tiepdan {

class QrImageProvider : public QQuickImageProvider {
public:
    QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
    static QImage render(const QString &payload, int side);
};

} // namespace tiepdan
