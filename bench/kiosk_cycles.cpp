// Kiosk memory over simulated ticket cycles. Wires the kiosk the way
// app/kiosk/main.cpp does (OfficeStore, KioskController, the "qr" image
// provider, qml/Main.qml in a window rendered by the software scene graph,
// offscreen), waits for the first frame, then runs N visits:
//   welcome -> services -> chooseService("complaint") -> identity (name and a
//   citizen ID, a different one each visit) -> takeTicket() -> ticket -> welcome
// (showScreen("welcome") calls Kiosk.reset()), rendering a frame on each
// screen. --no-screens only calls the controller (chooseService, name,
// idNumber, takeTicket, reset) with the welcome screen left in place.
// Prints VmRSS (with its anon/file/shmem parts) from /proc/self/status at idle
// before the cycles and after 100, 1000 and N cycles (each after a JS garbage
// collection), and the heap SQLite
// holds (sqlite3_memory_used: the QSQLITE driver uses the same libsqlite3), as
//   rss-kb <idle|cycle count> <VmRSS> anon <RssAnon> file <RssFile> shmem <RssShmem> sqlite <kB>
// Always on a scratch database in a temporary folder, never the office's; no
// printer. Not wired: the English translator (its .qm is built into
// reception-kiosk only), the activity filter and the screen tour.
// --every K adds a line every K cycles (to see a trend).
// Usage: bench_kiosk_cycles [--cycles 2000] [--every K] [--config DIR] [--no-screens]
#include "configloader.h"
#include "keyboardcontroller.h"
#include "kioskcontroller.h"
#include "officestore.h"
#include "qmlsingletons.h"
#include "qrimageprovider.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <sqlite3.h>

#include <cstdio>
#include <unistd.h>

using namespace tiepdan;

Q_IMPORT_QML_PLUGIN(TiepDan_BackendPlugin)

namespace {

struct Rss {
    long rss = -1, anon = -1, file = -1, shmem = -1, hwm = -1;
};

Rss readRss()
{
    Rss r;
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return r;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 2)
            continue;
        const long kb = parts[1].toLong();
        if (parts[0] == "VmRSS:")
            r.rss = kb;
        else if (parts[0] == "RssAnon:")
            r.anon = kb;
        else if (parts[0] == "RssFile:")
            r.file = kb;
        else if (parts[0] == "RssShmem:")
            r.shmem = kb;
        else if (parts[0] == "VmHWM:")
            r.hwm = kb;
    }
    return r;
}

void printRss(const char *label)
{
    const Rss r = readRss();
    std::printf("rss-kb %s %ld anon %ld file %ld shmem %ld sqlite %lld\n", label, r.rss, r.anon, r.file, r.shmem,
                static_cast<long long>(sqlite3_memory_used() / 1024));
    std::fflush(stdout);
}

// Asks for a frame and waits until it is on screen (or timeoutMs passed).
bool waitFrame(QQuickWindow *window, int timeoutMs = 5000)
{
    QEventLoop loop;
    bool swapped = false;
    const auto c = QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
        swapped = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    window->update();
    loop.exec();
    QObject::disconnect(c);
    return swapped;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_kiosk_cycles: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    // As reception-kiosk --self-test: offscreen, software, virtual keyboard.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toUtf8() + "/tiepdan-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromUtf8(runtime));
        QFile::setPermissions(QString::fromUtf8(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption cyclesOpt(QStringLiteral("cycles"), QStringLiteral("Ticket cycles (default 2000)."),
                                 QStringLiteral("N"), QStringLiteral("2000"));
    QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("Configuration folder."),
                                 QStringLiteral("DIR"), QStringLiteral(TIEPDAN_CONFIG_DIR));
    QCommandLineOption noScreensOpt(QStringLiteral("no-screens"),
                                    QStringLiteral("Drive the controller only; stay on the welcome screen."));
    QCommandLineOption everyOpt(QStringLiteral("every"), QStringLiteral("Also print RSS every K cycles."),
                                QStringLiteral("K"), QStringLiteral("0"));
    parser.addOptions({cyclesOpt, everyOpt, configOpt, noScreensOpt});
    parser.process(app);
    const int cycles = parser.value(cyclesOpt).toInt();
    const int every = parser.value(everyOpt).toInt();
    const bool screens = !parser.isSet(noScreensOpt);
    if (cycles < 1)
        return fail(QStringLiteral("--cycles must be at least 1"));

    const ConfigLoadResult cfg = loadConfig(parser.value(configOpt));
    if (!cfg.ok())
        return fail(QStringLiteral("the configuration is not valid:\n%1").arg(cfg.errorText()));
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(QStringLiteral("no temporary folder"));
    auto store = OfficeStore::open(cfg.config, scratch.filePath(QStringLiteral("cycles.db")));
    if (!store)
        return fail(store.error().message);
    KioskController controller(**store, nullptr);

    QQmlApplicationEngine engine;
    KioskSingleton::instance = &controller;
    KeyboardController keyboard;
    keyboard.setAutoShow(true);
    KeyboardSingleton::instance = &keyboard;
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    engine.load(QUrl(QStringLiteral("qrc:/qml/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return fail(QStringLiteral("the screens did not load"));
    QObject *root = engine.rootObjects().first();
    auto *window = qobject_cast<QQuickWindow *>(root);
    if (!window || !waitFrame(window))
        return fail(QStringLiteral("no first frame"));
    settle(1500); // the start-up frames and timers are over
    printRss("idle");

    auto go = [&](const char *screen) {
        if (qstrcmp(screen, "welcome") == 0 || qstrcmp(screen, "services") == 0)
            QMetaObject::invokeMethod(root, "showScreen", Q_ARG(QVariant, QString::fromLatin1(screen)));
        else
            root->setProperty("screen", QString::fromLatin1(screen));
        if (!waitFrame(window))
            std::fprintf(stderr, "bench_kiosk_cycles: no frame on %s\n", screen);
    };
    QElapsedTimer clock;
    clock.start();
    for (int i = 1; i <= cycles; ++i) {
        if (screens)
            go("services");
        if (!controller.chooseService(QStringLiteral("complaint")))
            return fail(QStringLiteral("cycle %1: chooseService: %2").arg(i).arg(controller.errorDetail()));
        if (screens)
            go("identity");
        controller.setProperty("name", QStringLiteral("Nguyễn Văn An"));
        // 001 Hà Nội, 0 = male 1900s, 99 = born 1999, then the cycle number.
        controller.setProperty("idNumber", QStringLiteral("001099%1").arg(i % 1000000, 6, 10, QLatin1Char('0')));
        if (!controller.takeTicket())
            return fail(QStringLiteral("cycle %1: takeTicket: %2: %3")
                            .arg(i)
                            .arg(controller.errorField(), controller.errorDetail()));
        const QString label = controller.ticketLabel();
        if (screens) {
            go("ticket");
            go("welcome"); // Kiosk.reset()
        } else {
            controller.reset();
            QCoreApplication::processEvents();
        }
        if (i == 100 || i == 1000 || i == cycles || (every > 0 && i % every == 0)) {
            // Garbage the JS engine would collect on its own schedule is not
            // growth; collecting first makes the readings comparable.
            engine.collectGarbage();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QCoreApplication::processEvents();
            printRss(QByteArray::number(i).constData());
        }
        if (i == cycles)
            std::printf("cycles %d in %.1f s (%.1f ms each, screens %s), last ticket %s\n", cycles,
                        double(clock.elapsed()) / 1000.0, double(clock.elapsed()) / cycles, screens ? "on" : "off",
                        qPrintable(label));
    }
    settle(1500);
    printRss("idle-after");
    std::printf("peak VmHWM %ld kB\n", readRss().hwm);
    return 0;
}
