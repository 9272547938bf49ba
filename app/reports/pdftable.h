// Drawing helpers shared by the PDF exports: the page set-up, Noto Sans,
// word wrapping, the official heading block and the page footer.
#pragma once

#include "exports.h"

#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <memory>

class QIODevice;

namespace tiepdan::reports::pdf {

constexpr int kDpi = 300;
constexpr double mm(double v)
{
    return v * kDpi / 25.4;
}

// Noto Sans at `pt` points (loaded from the Noto files when the font
// database does not list it), so Vietnamese diacritics render.
QFont font(double pt, bool bold = false);

// An A4 writer at kDpi with no printer margins (the exports draw their own).
std::unique_ptr<QPdfWriter> writer(QIODevice *out, QPageLayout::Orientation orientation, const QString &title);

// `text` broken into lines no wider than `width` device units: at word
// boundaries, inside a word only when it is longer than a line; explicit
// line breaks kept. An empty text is one empty line.
QStringList wrap(const QString &text, const QFont &font, double width, QPaintDevice *device);

// The heading of an official document: agency and office at the left, the
// national motto at the right, then `title` and `subtitle` (default: the
// period), centred. Returns the y below it.
double drawHeading(QPainter &p, const QRectF &area, const ExportHeader &h, const QString &title,
                   const QString &subtitle = {});

// "Trang N/M" centred under `area`, plus the export date at the right.
void drawFooter(QPainter &p, const QRectF &area, int page, int pages);

// "Từ ngày dd/MM/yyyy đến ngày dd/MM/yyyy".
QString periodText(const ExportHeader &h);

} // namespace tiepdan::reports::pdf
