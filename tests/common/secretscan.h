// Where a secret (a denunciator's name, ID number, address) could leak from
// an office database: every byte form it could take on disk, searched for
// in the database's files (raw bytes, and what `strings` prints) and in
// every value of every table. Used by the storage tests (a sealed identity
// stays sealed) and the CLI tests (the same through receptionctl).
// Header-only; findInTables needs tiepdan_storage.
#pragma once

#include "database.h"
#include "testfiles.h"
#include "validation.h"

#include <QByteArray>
#include <QFileInfo>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

namespace secretscan {

inline QByteArray utf16le(const QString &s)
{
    QByteArray out;
    for (QChar c : s) {
        out.append(char(c.unicode() & 0xff));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

// Every byte form a piece of personal data could take on disk: NFC, NFD,
// folded for search, upper and lower case, each as UTF-8 and UTF-16LE.
inline QList<QByteArray> byteForms(const QString &s)
{
    QList<QByteArray> forms;
    for (const QString &v : {s.normalized(QString::NormalizationForm_C), s.normalized(QString::NormalizationForm_D),
                             tiepdan::foldForSearch(s), s.toUpper(), s.toLower()}) {
        for (const QByteArray &b : {v.toUtf8(), utf16le(v)})
            if (!forms.contains(b))
                forms << b;
    }
    return forms;
}

// The files SQLite keeps for database `db`: the file itself, its WAL,
// shared memory and rollback journal.
inline QStringList dbFileSuffixes()
{
    return {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
}

// Which of the database's files contain which secret, in any byte form.
inline QStringList findInFiles(const QString &db, const QStringList &secrets)
{
    QStringList hits;
    for (const QString &suffix : dbFileSuffixes()) {
        const QByteArray bytes = testfiles::readBytes(db + suffix);
        for (const QString &secret : secrets)
            for (const QByteArray &form : byteForms(secret))
                if (bytes.contains(form))
                    hits << QStringLiteral("%1 contains \"%2\"")
                                .arg(QFileInfo(db + suffix).fileName(), QString::fromUtf8(form));
    }
    return hits;
}

// Runs `strings` (binutils) in 7-bit, 8-bit and UTF-16LE modes on each of
// the database's files; returns what it printed per file.
inline QMap<QString, QString> stringsOf(const QString &stringsProgram, const QString &db)
{
    QMap<QString, QString> out;
    for (const QString &suffix : dbFileSuffixes()) {
        const QString path = db + suffix;
        if (!QFileInfo::exists(path))
            continue;
        QString all;
        for (const QString &enc : {QStringLiteral("s"), QStringLiteral("S"), QStringLiteral("l")}) {
            QProcess p;
            p.start(stringsProgram,
                    {QStringLiteral("-a"), QStringLiteral("-n"), QStringLiteral("4"), QStringLiteral("-e"), enc, path});
            if (!p.waitForFinished(30000) || p.exitCode() != 0)
                return {{path, QStringLiteral("<strings failed>")}};
            all += QString::fromUtf8(p.readAllStandardOutput());
        }
        out.insert(path, all);
    }
    return out;
}

// Reads every value of every table (including the FTS shadow tables) and
// reports which contain a secret in any form.
inline QStringList findInTables(tiepdan::Database &db, const QStringList &secrets)
{
    QStringList hits;
    auto tables = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    if (!tables)
        return {QStringLiteral("cannot list tables: ") + tables.error().message};
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    for (const QString &t : names) {
        auto rows = db.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t));
        if (!rows) {
            hits << QStringLiteral("cannot read %1: %2").arg(t, rows.error().message);
            continue;
        }
        while (rows->next()) {
            const QSqlRecord rec = rows->record();
            for (int c = 0; c < rec.count(); ++c) {
                const QVariant v = rows->value(c);
                const QByteArray bytes = v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
                const QString text = v.toString();
                for (const QString &secret : secrets) {
                    bool found = text.contains(secret, Qt::CaseInsensitive) ||
                                 tiepdan::foldForSearch(text).contains(tiepdan::foldForSearch(secret));
                    for (const QByteArray &form : byteForms(secret))
                        found = found || bytes.contains(form);
                    if (found)
                        hits << QStringLiteral("%1.%2 contains \"%3\"").arg(t, rec.fieldName(c), secret);
                }
            }
        }
    }
    return hits;
}

} // namespace secretscan
