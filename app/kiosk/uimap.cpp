#include "uimap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSaveFile>

namespace tiepdan {

namespace {

// Labels and buttons carry their text; input fields never do.
QString shownText(const QQuickItem *item)
{
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
        return {};
    const QVariant text = item->property("text");
    return text.typeId() == QMetaType::QString ? text.toString() : QString();
}

// Depth first; an invisible or transparent item hides its children too.
void collect(QQuickItem *item, const QRectF &clip, QJsonArray *out)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    QRectF childClip = clip;
    if (item->clip())
        childClip = clip.intersected(scene);
    // A Popup (dialog) is drawn by its popup item; the name is the Popup's.
    QString name = item->objectName();
    if (name.isEmpty() && item->inherits("QQuickPopupItem") && item->parent())
        name = item->parent()->objectName();
    if (!name.isEmpty()) {
        const QRectF shown = scene.intersected(clip);
        if (shown.width() >= 1 && shown.height() >= 1) {
            const QPointF global = item->window()->mapToGlobal(shown.topLeft().toPoint());
            QJsonObject o{{QStringLiteral("name"), name},
                          {QStringLiteral("x"), qRound(global.x())},
                          {QStringLiteral("y"), qRound(global.y())},
                          {QStringLiteral("width"), qRound(shown.width())},
                          {QStringLiteral("height"), qRound(shown.height())},
                          {QStringLiteral("enabled"), item->isEnabled()}};
            if (const QString text = shownText(item); !text.isNull())
                o.insert(QStringLiteral("text"), text);
            out->append(o);
        }
    }
    for (QQuickItem *child : item->childItems())
        collect(child, childClip, out);
}

} // namespace

UiMap::UiMap(QQuickWindow *window, const QString &path) : QObject(window), m_window(window), m_path(path)
{
    // Written shortly after the last frame of a burst (animations settle).
    m_delay.setSingleShot(true);
    m_delay.setInterval(80);
    connect(&m_delay, &QTimer::timeout, this, &UiMap::write);
    connect(window, &QQuickWindow::frameSwapped, &m_delay, qOverload<>(&QTimer::start));
    m_delay.start();
}

void UiMap::write()
{
    QJsonArray items;
    const QRectF all(0, 0, m_window->width(), m_window->height());
    collect(m_window->contentItem(), all, &items);
    const QPoint origin = m_window->mapToGlobal(QPoint(0, 0));
    const QJsonObject map{{QStringLiteral("seq"), ++m_seq},
                          {QStringLiteral("window"), QJsonObject{{QStringLiteral("x"), origin.x()},
                                                                 {QStringLiteral("y"), origin.y()},
                                                                 {QStringLiteral("width"), m_window->width()},
                                                                 {QStringLiteral("height"), m_window->height()}}},
                          {QStringLiteral("items"), items}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(map).toJson(QJsonDocument::Compact));
    file.commit();
}

} // namespace tiepdan
