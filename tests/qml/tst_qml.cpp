// Qt Quick Test runner: the kiosk screens against a real store in a
// temporary directory, with the same singleton and image provider as main.cpp.
#include "configloader.h"
#include "keyboardcontroller.h"
#include "kioskcontroller.h"
#include "officestore.h"
#include "qmlsingletons.h"
#include "qrimageprovider.h"

#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

using namespace tiepdan;

Q_IMPORT_QML_PLUGIN(TiepDan_BackendPlugin)

// Commits text to the focused field the way a PC's input method does (an
// input method commit), so tests can "type" Vietnamese with diacritics.
class Typist : public QObject {
    Q_OBJECT
public:
    Q_INVOKABLE bool commit(const QString &text)
    {
        QObject *target = QGuiApplication::focusObject();
        if (!target)
            return false;
        QInputMethodEvent event;
        event.setCommitString(text);
        QCoreApplication::sendEvent(target, &event);
        return true;
    }
};

class Setup : public QObject {
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        if (!m_store) {
            auto cfg = loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
            if (!cfg.ok())
                qFatal("config: %s", qPrintable(cfg.errorText()));
            cfg.config.kiosk.printer = KioskSettings::Printer::None;
            auto store = OfficeStore::open(cfg.config, m_dir.filePath(QStringLiteral("office.db")));
            if (!store)
                qFatal("store: %s", qPrintable(store.error().message));
            m_store = std::move(store).value();
            // A Monday with regular sessions, whatever day the tests run.
            m_store->setClock([] { return QDateTime(QDate(2026, 11, 23), QTime(9, 30)); });
            m_kiosk = std::make_unique<KioskController>(*m_store, nullptr);
            KioskSingleton::instance = m_kiosk.get();
            qmlRegisterSingletonInstance("TiepDan.Testing", 1, 0, "Typist", &m_typist);
            // Made here: it follows the application's focus, and the
            // application exists only once the engine does.
            m_keyboard = std::make_unique<KeyboardController>();
            m_keyboard->setAutoShow(true);
            KeyboardSingleton::instance = m_keyboard.get();
        }
        engine->addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OfficeStore> m_store;
    std::unique_ptr<KioskController> m_kiosk;
    Typist m_typist;
    std::unique_ptr<KeyboardController> m_keyboard;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk, Setup)
#include "tst_qml.moc"
