// CSV writing shared by the log book and the report, and the file writer.
#include "exports.h"

#include <QSaveFile>

namespace tiepdan::reports {

QString csvCell(const QString &text)
{
    QString cell = text;
    // Spreadsheets run a cell starting with one of these as a formula
    // (CSV injection); an apostrophe makes it plain text.
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
        cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        cell = u'"' + cell + u'"';
    }
    return cell;
}

QByteArray csvDocument(const QList<QStringList> &rows)
{
    QByteArray out("\xEF\xBB\xBF");
    for (const QStringList &row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &c : row)
            cells << csvCell(c);
        out += cells.join(u',').toUtf8();
        out += "\r\n";
    }
    return out;
}

Status writeExport(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty())
        return Error::invalid(QStringLiteral("out"), QStringLiteral("no output file given"));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Storage, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    // Owner only, also when replacing a file that was readable by others:
    // exports hold citizens' names. Set on the temporary file, before it
    // takes the final name.
    if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || f.write(bytes) != bytes.size() ||
        !f.commit())
        return Error::make(ErrorCode::Storage, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace tiepdan::reports
