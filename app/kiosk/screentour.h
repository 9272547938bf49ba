// Drives the kiosk through every screen and state, offscreen: --self-test
// counts QML warnings, --screenshot saves a PNG of each screen for both
// languages and the supported window sizes.
#pragma once

#include <QString>
#include <QStringList>

class QQmlApplicationEngine;
class QQuickWindow;

namespace tiepdan {

class KioskController;

class ScreenTour {
public:
    ScreenTour(QQmlApplicationEngine &engine, KioskController &controller);
    ~ScreenTour();
    int selfTest(QQuickWindow *window);
    int screenshots(QQuickWindow *window, const QString &dir);

    // Screen states in tour order: "welcome", "services", "identity", ...
    static QStringList states();

private:
    bool show(QQuickWindow *window, const QString &state);
    QQmlApplicationEngine &m_engine;
    KioskController &m_controller;
};

} // namespace tiepdan
