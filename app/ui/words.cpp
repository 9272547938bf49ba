#include "words.h"

#include "vocabulary.h"

namespace tiepdan {

QString Words::word(const QString &table, const QString &key) const
{
    vocabulary::Table t;
    return vocabulary::tableFromName(table, &t) ? vocabulary::text(t, key) : key;
}

QString Words::list(const QString &table, const QStringList &keys) const
{
    QStringList out;
    for (const QString &k : keys)
        out << word(table, k);
    return out.join(QStringLiteral(", "));
}

QStringList Words::keys(const QString &table) const
{
    vocabulary::Table t;
    return vocabulary::tableFromName(table, &t) ? vocabulary::keys(t) : QStringList();
}

QString Words::dueText(int daysLeft) const
{
    if (daysLeft < 0)
        return tr("Quá hạn %1 ngày").arg(-daysLeft);
    if (daysLeft == 0)
        return tr("Hết hạn hôm nay");
    return tr("Còn %1 ngày").arg(daysLeft);
}

} // namespace tiepdan
