#include "ticketcode.h"

#include "keys.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace tiepdan {

namespace {
constexpr int kSigBytes = 16;
constexpr int kRandomBytes = 5;
constexpr qsizetype kMaxPayload = 128;

// \A and \z, not ^ and $: PCRE's $ also matches before a final newline.
const QRegularExpression &officeRe()
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Z0-9][A-Z0-9-]{1,15}\\z"));
    return re;
}
const QRegularExpression &labelRe()
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Z0-9]{2,16}\\z"));
    return re;
}
Error malformed(const QString &why)
{
    return Error::invalid(QStringLiteral("payload"), QStringLiteral("not a Tiếp Dân ticket code: %1").arg(why));
}
} // namespace

TicketSigner::TicketSigner(const QByteArray &officeKey) : m_key(deriveKey(officeKey, "tiepdan-ticket-v1")) {}

QByteArray TicketSigner::mac(const QByteArray &body) const
{
    return QMessageAuthenticationCode::hash(body, m_key, QCryptographicHash::Sha256).left(kSigBytes);
}

Result<QString> TicketSigner::sign(TicketPayload p) const
{
    if (!officeRe().match(p.officeCode).hasMatch())
        return Error::invalid(QStringLiteral("office"), QStringLiteral("office code '%1' must be 2-16 capital letters, "
                                                                       "digits or '-'")
                                                            .arg(p.officeCode));
    if (!labelRe().match(p.label).hasMatch())
        return Error::invalid(QStringLiteral("label"), QStringLiteral("ticket label '%1' must be 2-16 capital letters "
                                                                      "or digits")
                                                           .arg(p.label));
    if (!p.date.isValid())
        return Error::invalid(QStringLiteral("date"), QStringLiteral("the date is not valid"));
    if (p.date.year() < 1000 || p.date.year() > 9999)
        return Error::invalid(QStringLiteral("date"), QStringLiteral("the year must have 4 digits"));
    if (p.randomId.isEmpty()) {
        p.randomId = base32Encode(randomBytes(kRandomBytes));
    } else {
        bool ok = false;
        if (base32Decode(p.randomId, &ok).size() != kRandomBytes || !ok)
            return Error::invalid(QStringLiteral("randomId"),
                                  QStringLiteral("the random id must be %1 bytes in base32").arg(kRandomBytes));
    }
    const QString body = QStringLiteral("TD1.%1.%2.%3.%4.%5")
                             .arg(QChar(p.kind == TicketPayload::Kind::Ticket ? u'T' : u'A'))
                             .arg(p.officeCode, p.date.toString(QStringLiteral("yyyyMMdd")), p.label, p.randomId);
    return body + u'.' + base32Encode(mac(body.toLatin1()));
}

Result<TicketPayload> TicketSigner::verify(const QString &input) const
{
    // Barcode scanners that type like a keyboard may add a newline or spaces.
    const QString text = input.trimmed();
    if (text.size() > kMaxPayload)
        return malformed(QStringLiteral("too long"));
    const QStringList parts = text.split(u'.');
    if (parts.size() != 7 || parts[0] != QLatin1String("TD1"))
        return malformed(QStringLiteral("wrong format or version"));
    TicketPayload p;
    if (parts[1] == QLatin1String("T"))
        p.kind = TicketPayload::Kind::Ticket;
    else if (parts[1] == QLatin1String("A"))
        p.kind = TicketPayload::Kind::Appointment;
    else
        return malformed(QStringLiteral("unknown kind '%1'").arg(parts[1]));
    p.officeCode = parts[2];
    p.date = QDate::fromString(parts[3], QStringLiteral("yyyyMMdd"));
    p.label = parts[4];
    p.randomId = parts[5];
    bool ok = false;
    const QByteArray rid = base32Decode(p.randomId, &ok);
    if (!officeRe().match(p.officeCode).hasMatch() || !p.date.isValid() || !labelRe().match(p.label).hasMatch() ||
        !ok || rid.size() != kRandomBytes)
        return malformed(QStringLiteral("a field is malformed"));
    const QByteArray sig = base32Decode(parts[6], &ok);
    if (!ok || sig.size() != kSigBytes)
        return malformed(QStringLiteral("the signature is malformed"));
    const QByteArray body = text.left(text.lastIndexOf(u'.')).toLatin1();
    if (!equalConstantTime(sig, mac(body)))
        return Error::make(ErrorCode::Forged, QStringLiteral("the ticket code's signature does not match: it was "
                                                             "altered or not issued by this office"));
    return p;
}

} // namespace tiepdan
