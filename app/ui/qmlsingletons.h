// The controllers QML sees as singletons of the TiepDan.Backend module.
//
// A controller is built once, with its services, by the program
// (app/kiosk/main.cpp) or a test, which sets the instance below before the
// QML engine loads; the engine then hands that object to QML (create()) and
// never owns it. Declared as foreign types so that the controllers stay
// plain classes and the module's type information (qmltypes) lets qmllint
// and qmlcachegen follow QML into C++.
#pragma once

#include "deskcontroller.h"
#include "displaycontroller.h"
#include "keyboardcontroller.h"
#include "kioskcontroller.h"
#include "leadercontroller.h"

#include <QQmlEngine>

namespace tiepdan {

// One foreign singleton: the object set in `instance` (a null one is an
// error of the program: the screen that imports it was loaded too early).
template <typename T> T *qmlSingleton(T *instance, QJSEngine *)
{
    Q_ASSERT_X(instance, "qmlSingleton", "the controller was not set before the QML engine loaded");
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

struct KioskSingleton {
    Q_GADGET
    QML_FOREIGN(tiepdan::KioskController)
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
public:
    static KioskController *create(QQmlEngine *, QJSEngine *js) { return qmlSingleton(instance, js); }
    static inline KioskController *instance = nullptr;
};

struct DeskSingleton {
    Q_GADGET
    QML_FOREIGN(tiepdan::DeskController)
    QML_NAMED_ELEMENT(Desk)
    QML_SINGLETON
public:
    static DeskController *create(QQmlEngine *, QJSEngine *js) { return qmlSingleton(instance, js); }
    static inline DeskController *instance = nullptr;
};

struct DisplaySingleton {
    Q_GADGET
    QML_FOREIGN(tiepdan::DisplayController)
    QML_NAMED_ELEMENT(Display)
    QML_SINGLETON
public:
    static DisplayController *create(QQmlEngine *, QJSEngine *js) { return qmlSingleton(instance, js); }
    static inline DisplayController *instance = nullptr;
};

struct LeaderSingleton {
    Q_GADGET
    QML_FOREIGN(tiepdan::LeaderController)
    QML_NAMED_ELEMENT(Leader)
    QML_SINGLETON
public:
    static LeaderController *create(QQmlEngine *, QJSEngine *js) { return qmlSingleton(instance, js); }
    static inline LeaderController *instance = nullptr;
};

struct KeyboardSingleton {
    Q_GADGET
    QML_FOREIGN(tiepdan::KeyboardController)
    QML_NAMED_ELEMENT(Keyboard)
    QML_SINGLETON
public:
    static KeyboardController *create(QQmlEngine *, QJSEngine *js) { return qmlSingleton(instance, js); }
    static inline KeyboardController *instance = nullptr;
};

} // namespace tiepdan
