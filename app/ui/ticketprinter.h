// Printing a ticket: through Qt print support to a CUPS queue (laid out
// for 80 mm receipt paper), or as raw ESC/POS bytes to a thermal printer's
// device file or TCP port. A failure is returned as a value: the kiosk keeps
// the ticket on screen and records the failure; it never blocks the citizen.
#pragma once

#include "officeconfig.h"
#include "result.h"

#include <QByteArray>
#include <QRectF>
#include <QString>

#include <memory>

class QPainter;

namespace tiepdan {

// What goes on paper. Never a name: tickets are called by number.
struct PrintableTicket {
    QString agency;
    QString office;
    QString serviceVi;
    QString serviceEn;
    QString label;        // "A-015" or an appointment code
    QString when;         // "22/11/2026 09:15" or the booked session
    int peopleAhead = -1; // -1: not shown (appointments)
    int waitMinutes = -1;
    QString payload; // signed QR payload
    bool appointment = false;
};

// Paints the ticket into `page` (any paint device: printer, PDF, image).
void paintTicket(QPainter &p, const QRectF &page, const PrintableTicket &t);

// ESC/POS bytes: text folded to ASCII (receipt printers rarely carry a
// Vietnamese code page), the label double size, and the QR as the printer's
// own QR symbol (GS ( k) so it stays sharp.
QByteArray escPosBytes(const PrintableTicket &t);

class TicketPrinter {
public:
    virtual ~TicketPrinter() = default;
    virtual Status print(const PrintableTicket &t) = 0;
    // The printer named by the settings, or nullptr for kind "none".
    static std::unique_ptr<TicketPrinter> create(const KioskSettings &settings);
};

} // namespace tiepdan
