// A ZIP archive written in memory, entries stored (not compressed), as the
// OpenDocument container needs: its first entry `mimetype` must be stored
// and uncompressed (ODF 1.2, part 3, 3.3). No ZIP64: every entry and the
// whole archive stay under 4 GiB (a log book is megabytes).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tiepdan::reports {

struct ZipEntry {
    QString name; // UTF-8 path inside the archive, '/' separated
    QByteArray data;
};

// CRC-32 (IEEE 802.3, the ZIP one).
quint32 crc32(const QByteArray &data);
// The archive's bytes, entries in the given order.
QByteArray zipStored(const QList<ZipEntry> &entries);

} // namespace tiepdan::reports
