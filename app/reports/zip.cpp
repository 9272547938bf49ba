#include "zip.h"

#include <QtEndian>

#include <array>

namespace tiepdan::reports {

namespace {
constexpr std::array<quint32, 256> makeTable()
{
    std::array<quint32, 256> t{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[i] = c;
    }
    return t;
}
constexpr auto kCrcTable = makeTable();

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}
} // namespace

quint32 crc32(const QByteArray &data)
{
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = kCrcTable[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray zipStored(const QList<ZipEntry> &entries)
{
    // DOS date/time of 1980-01-01 00:00: the archive's bytes depend only on
    // its content.
    constexpr quint16 kTime = 0, kDate = (0 << 9) | (1 << 5) | 1;
    constexpr quint16 kUtf8Names = 1 << 11;
    QByteArray out, central;
    for (const ZipEntry &e : entries) {
        const QByteArray name = e.name.toUtf8();
        const quint32 crc = crc32(e.data);
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50); // local file header
        put16(out, 10);         // version needed: 1.0 (stored)
        put16(out, kUtf8Names);
        put16(out, 0); // method: stored
        put16(out, kTime);
        put16(out, kDate);
        put32(out, crc);
        put32(out, quint32(e.data.size()));
        put32(out, quint32(e.data.size()));
        put16(out, quint16(name.size()));
        put16(out, 0); // extra field length
        out += name;
        out += e.data;

        put32(central, 0x02014b50); // central directory header
        put16(central, 0x031E);     // made by: Unix, spec 3.0
        put16(central, 10);
        put16(central, kUtf8Names);
        put16(central, 0);
        put16(central, kTime);
        put16(central, kDate);
        put32(central, crc);
        put32(central, quint32(e.data.size()));
        put32(central, quint32(e.data.size()));
        put16(central, quint16(name.size()));
        put16(central, 0);              // extra
        put16(central, 0);              // comment
        put16(central, 0);              // disk
        put16(central, 0);              // internal attributes
        put32(central, 0100644u << 16); // external: a regular file, rw-r--r--
        put32(central, offset);
        central += name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(out, 0x06054b50); // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0); // comment length
    return out;
}

} // namespace tiepdan::reports
