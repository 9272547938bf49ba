// Drives a mode's screens through every state, offscreen: --self-test
// counts QML warnings, --screenshot saves a PNG of each state for both
// languages and the supported window sizes. A Script says, per mode, which
// states exist and how to reach each one.
#pragma once

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QQmlApplicationEngine;
class QQuickItem;
class QQuickWindow;

namespace tiepdan {

class KioskController;
class DeskController;
class LocalOfficeClient;
class DisplayController;
class LeaderController;
class OfficeStore;

class ScreenTour {
public:
    struct Script {
        QString prefix;     // PNG names: <prefix><state>-<lang>-<w>x<h>.png
        QStringList states; // in tour order
        std::function<void(const QString &language)> setLanguage;
        // Brings the window to `state`; false if it cannot be reached.
        std::function<bool(QQuickWindow *, const QString &state)> show;
        QList<QSize> testSizes, shotSizes;
    };
    // Counts warnings from construction on: make it before loading QML.
    ScreenTour();
    ~ScreenTour();
    int selfTest(QQuickWindow *window, const Script &script);
    int screenshots(QQuickWindow *window, const Script &script, const QString &dir);

    // The citizen kiosk: welcome, services, identity, ... (see states()).
    static Script kiosk(QQmlApplicationEngine &engine, KioskController &controller, OfficeStore &store);
    // The officer desk, on a scratch office it fills with demo users and
    // tickets; `newOffice`: an office without users (the first-admin form).
    // `office` is the desk's client: unreachable for the "offline" state.
    static Script desk(QQmlApplicationEngine &engine, DeskController &controller, OfficeStore &store,
                       LocalOfficeClient &office, bool newOffice = false);
    // The waiting-room display, on a scratch office with calls it makes itself.
    static Script display(DisplayController &display, OfficeStore &store, LocalOfficeClient &office);
    // The leader view, on a scratch office it fills with a leader and a
    // year of records (app/kiosk/leadertour.cpp).
    static Script leader(LeaderController &leader, OfficeStore &store);
    static QStringList kioskStates();

    // For the scripts: lets queued events and bindings run for `ms`, and
    // finds an item by objectName anywhere in a window's visual tree.
    static void settle(int ms);
    static QQuickItem *findItem(QQuickItem *item, const QString &name);
    static QQuickItem *findItem(QQuickWindow *w, const char *name);
};

} // namespace tiepdan
