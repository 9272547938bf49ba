// Whole-file reads and writes for tests (any folder; Qt only). Failures are
// values (empty, false) for the caller's QVERIFY: QVERIFY/QCOMPARE only
// work inside test functions.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace testfiles {

// The file's bytes; empty when it cannot be read.
inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Replaces the file's content; false when it cannot.
inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace testfiles
