// Shared by the crypto unit tests (tst_keys, tst_seal, tst_ticketcode,
// tst_qrcode): fixed keys and byte patterns (the tests must not depend on
// randomness to pass) and signed ticket payloads. Header-only, core-local.
#pragma once

#include "keys.h"
#include "ticketcode.h"

#include <QByteArray>
#include <QDate>
#include <QString>

Q_DECLARE_METATYPE(tiepdan::TicketPayload)

namespace cryptofixture {

using namespace tiepdan;

// Fixed keys: the tests must not depend on randomness to pass.
inline QByteArray fixedKey(char seed)
{
    QByteArray k(KeySize, Qt::Uninitialized);
    for (int i = 0; i < KeySize; ++i)
        k[i] = char(seed * 31 + i * 7);
    return k;
}

// Deterministic bytes covering all values.
inline QByteArray pattern(int n, int salt = 0)
{
    QByteArray b(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        b[i] = char((i * 73 + salt * 151 + 11) & 0xff);
    return b;
}

inline QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

inline TicketPayload payload(TicketPayload::Kind kind, const char *office, QDate date, const char *label,
                             const char *rid = "")
{
    TicketPayload p;
    p.kind = kind;
    p.officeCode = QString::fromLatin1(office);
    p.date = date;
    p.label = QString::fromLatin1(label);
    p.randomId = QString::fromLatin1(rid);
    return p;
}

// A signed ticket for BN-KV1, label A015, on 2026-03-02, random id ABCDEFGH.
inline QString validCode(const QByteArray &key = fixedKey(1))
{
    const auto r =
        TicketSigner(key).sign(payload(TicketPayload::Kind::Ticket, "BN-KV1", QDate(2026, 3, 2), "A015", "ABCDEFGH"));
    Q_ASSERT(r.ok());
    return r.value();
}

} // namespace cryptofixture
