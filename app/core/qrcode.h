// QR encoding through nayuki's QR-Code-generator, as a plain matrix that the
// UI paints, the printer rasterises and the CLI draws in the terminal.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace tiepdan {

struct QrMatrix {
    int size = 0;       // modules per side
    QByteArray modules; // size*size, row-major; 1 = dark
    bool dark(int x, int y) const { return modules.at(y * size + x) != 0; }
};

// Error correction level M (15 %): survives a smudged thermal print.
// Errors: InvalidInput when the text does not fit in a QR code.
Result<QrMatrix> encodeQr(const QString &text);

// A standalone SVG (with a 4-module quiet zone), for exports and tests.
QString qrToSvg(const QrMatrix &qr, int moduleSize = 4);

// Two text rows per line with Unicode half blocks, for a terminal.
QString qrToText(const QrMatrix &qr);

} // namespace tiepdan
