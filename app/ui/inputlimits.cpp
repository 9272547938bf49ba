#include "inputlimits.h"

#include <QLocale>
#include <QQmlEngine>

namespace tiepdan {

QString InputLimits::number(int n) const
{
    const QQmlEngine *engine = qmlEngine(this);
    const QString language = engine ? engine->uiLanguage() : QString();
    return QLocale(language.isEmpty() ? QStringLiteral("vi") : language).toString(n);
}

} // namespace tiepdan
