#include "deskvalues.h"

namespace tiepdan {

QVariantList RecordDeadlineValue::list(const QList<RecordDeadline> &deadlines)
{
    QVariantList out;
    for (const RecordDeadline &d : deadlines)
        out << QVariant::fromValue(RecordDeadlineValue(d));
    return out;
}

} // namespace tiepdan
