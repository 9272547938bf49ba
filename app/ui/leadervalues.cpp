#include "leadervalues.h"

namespace tiepdan {

namespace {
template <typename T> QVariantList variants(const QList<T> &items)
{
    QVariantList out;
    for (const T &item : items)
        out << QVariant::fromValue(item);
    return out;
}
} // namespace

QVariantList LogRecord::historyList() const
{
    return variants(history);
}

QVariantList StatSection::figureList() const
{
    return variants(figures);
}

QList<StatFigure> PeriodStatistics::section(const QString &key) const
{
    for (const StatSection &s : sections)
        if (s.key == key)
            return s.figures;
    return {};
}

QVariantList PeriodStatistics::sectionList() const
{
    return variants(sections);
}

QVariantList PeriodStatistics::totalList() const
{
    return variants(section(QStringLiteral("totals")));
}

QVariantList PeriodStatistics::leaderList() const
{
    return variants(leaders);
}

} // namespace tiepdan
