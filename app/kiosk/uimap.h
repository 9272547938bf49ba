// The on-screen map of named controls, for tests that drive the real
// program with real input events (tests/gui: Xvfb + xdotool) and for
// support: when TIEPDAN_UI_MAP names a file, the program writes there, a
// moment after each frame that changed something, every visible item that
// has an objectName, with its rectangle in screen coordinates.
//
// Contract: one JSON object per write, replaced atomically:
//   {"seq": N, "window": {"x","y","width","height"},
//    "items": [{"name", "x", "y", "width", "height", "enabled", "text"?}]}
// Rectangles are the visible part of the item inside the window. "text" is
// given for labels and buttons only, never for input fields (what a visitor
// typed is not written to disk). Nothing is written without the variable.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QQuickWindow;

namespace tiepdan {

class UiMap : public QObject {
    Q_OBJECT
public:
    // Starts writing `path` for `window`'s items.
    UiMap(QQuickWindow *window, const QString &path);

private:
    void write();
    QQuickWindow *m_window;
    QString m_path;
    QTimer m_delay;
    qint64 m_seq = 0;
};

} // namespace tiepdan
