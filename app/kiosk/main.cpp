// reception-kiosk: the citizen kiosk. Builds the services once and hands
// them to QML; --self-test and --screenshot drive every screen offscreen.
#include "configloader.h"
#include "deskcontroller.h"
#include "displaycontroller.h"
#include "keyboardcontroller.h"
#include "kioskcontroller.h"
#include "leadercontroller.h"
#include "localsource.h"
#include "officeclient.h"
#include "officehub.h"
#include "officeservice.h"
#include "officestore.h"
#include "qmlsingletons.h"
#include "qrimageprovider.h"
#include "remotesource.h"
#include "screentour.h"
#include "syncworker.h"
#include "ticketprinter.h"
#include "uimap.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <thread>
#include <unistd.h>

using namespace tiepdan;

Q_IMPORT_QML_PLUGIN(TiepDan_BackendPlugin)

namespace {

int failStart(const QString &message)
{
    std::fprintf(stderr, "reception-kiosk: %s\n", qPrintable(message));
    return 6;
}

// Any touch, click or key restarts the idle countdown.
class ActivityFilter : public QObject {
public:
    explicit ActivityFilter(std::function<void()> touch) : m_touch(std::move(touch)) {}
    bool eventFilter(QObject *o, QEvent *e) override
    {
        switch (e->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::TouchBegin:
        case QEvent::KeyPress: m_touch(); break;
        default: break;
        }
        return QObject::eventFilter(o, e);
    }

private:
    std::function<void()> m_touch;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // Decide offscreen/software before the application exists.
    bool headless = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        headless = headless || a == "--self-test" || a == "--screenshot";
    }
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (headless && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toUtf8() + "/tiepdan-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromUtf8(runtime));
        QFile::setPermissions(QString::fromUtf8(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    // No input method is forced: the kiosk types through its own on-screen
    // keyboard (KeyboardController), and a desk or leader PC keeps the
    // input method its user set up (a Vietnamese IME, or none).
    if (headless || qgetenv("QT_QPA_PLATFORM") == "offscreen")
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    // bench/bench_kiosk.sh sets this: stage timings on stderr, first frame on stdout.
    const bool benchStages = qEnvironmentVariableIsSet("TIEPDAN_BENCH_FIRST_FRAME");
    auto stage = [&](const char *name) {
        if (benchStages)
            std::fprintf(stderr, "stage %-12s %lld ms\n", name, static_cast<long long>(sinceMain.elapsed()));
    };
    QGuiApplication app(argc, argv);
    // The font database (fontconfig reading ~400 Noto faces) is filled on a
    // worker while the configuration and the database open; the first Text
    // would otherwise do it on the GUI thread (~15 ms of the first frame).
    // QFontDatabase is thread-safe; the worker is joined before QML loads
    // (and on any early return, by std::jthread).
    std::jthread fontWarmer([] { QFontDatabase::families(); });
    stage("app");
    QGuiApplication::setApplicationName(QStringLiteral("reception-kiosk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tiếp Dân citizen reception kiosk"));
    parser.addHelpOption();
    QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("Configuration folder."),
                                 QStringLiteral("DIR"),
                                 qEnvironmentVariable("TIEPDAN_CONFIG", QStringLiteral("kiosk-config")));
    QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Office database file."), QStringLiteral("FILE"));
    QCommandLineOption fullOpt(QStringLiteral("fullscreen"), QStringLiteral("Run fullscreen (kiosk mode)."));
    QCommandLineOption selfTestOpt(QStringLiteral("self-test"),
                                   QStringLiteral("Load every screen offscreen; exit non-zero on any QML warning."));
    QCommandLineOption shotOpt(QStringLiteral("screenshot"), QStringLiteral("Render every screen to PNGs in DIR."),
                               QStringLiteral("DIR"));
    QCommandLineOption modeOpt(QStringLiteral("mode"),
                               QStringLiteral("kiosk (the citizen screen, default), desk (an officer's counter), "
                                              "display (the waiting room's screen and loudspeaker) or leader "
                                              "(reception logs, statistics, deadline watch)."),
                               QStringLiteral("MODE"), QStringLiteral("kiosk"));
    QCommandLineOption counterOpt(QStringLiteral("counter"),
                                  QStringLiteral("Desk mode: the counter number (default: the first in office.json)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    QCommandLineOption serverOpt(
        QStringLiteral("server"),
        QStringLiteral("Leader mode: read every office through the department server's read API "
                       "at URL (e.g. https://thads.example.gov.vn/api/v1)."),
        QStringLiteral("URL"));
    QCommandLineOption tokenOpt(
        QStringLiteral("token-file"),
        QStringLiteral("Leader mode with --server: the file holding a leader token of the server."),
        QStringLiteral("FILE"));
    QCommandLineOption caOpt(QStringLiteral("ca-file"),
                             QStringLiteral("With --server (leader mode) or --office (an HTTPS hub): a CA certificate "
                                            "file for a private CA."),
                             QStringLiteral("FILE"));
    QCommandLineOption hubOpt(
        QStringLiteral("hub"),
        QStringLiteral("Kiosk mode: serve this office's desks and display on the LAN at ADDR:PORT "
                       "(e.g. 0.0.0.0:8600; docs/lan-hub.md)."),
        QStringLiteral("ADDR:PORT"));
    QCommandLineOption hubCertOpt(QStringLiteral("hub-cert"),
                                  QStringLiteral("With --hub: serve HTTPS with this PEM certificate (chain)."),
                                  QStringLiteral("FILE"));
    QCommandLineOption hubKeyOpt(QStringLiteral("hub-key"), QStringLiteral("With --hub-cert: its PEM private key."),
                                 QStringLiteral("FILE"));
    QCommandLineOption officeOpt(QStringLiteral("office"),
                                 QStringLiteral("Desk and display modes: work through the office hub at URL "
                                                "(e.g. http://kiosk-pc:8600) instead of a database file."),
                                 QStringLiteral("URL"));
    QCommandLineOption hubTokenOpt(QStringLiteral("hub-token-file"),
                                   QStringLiteral("With --hub or --office: the office's hub token file (default with "
                                                  "--hub: hub.token beside the database, made on the first start)."),
                                   QStringLiteral("FILE"));
    parser.addOptions({configOpt, dbOpt, fullOpt, selfTestOpt, shotOpt, modeOpt, counterOpt, serverOpt, tokenOpt, caOpt,
                       hubOpt, hubCertOpt, hubKeyOpt, officeOpt, hubTokenOpt});
    parser.process(app);
    const QString mode = parser.value(modeOpt);
    const bool deskMode = mode == QLatin1String("desk");
    const bool displayMode = mode == QLatin1String("display");
    const bool leaderMode = mode == QLatin1String("leader");
    if (mode != QLatin1String("kiosk") && !deskMode && !displayMode && !leaderMode)
        return failStart(
            QStringLiteral("mode '%1' is not available; use --mode kiosk, desk, display or leader").arg(mode));
    // Tours always run on a scratch database, whatever the options.
    const bool throughHub = parser.isSet(officeOpt) && !headless;
    if (parser.isSet(officeOpt) && !deskMode && !displayMode)
        return failStart(QStringLiteral("--office is for --mode desk and --mode display"));
    if (parser.isSet(officeOpt) && parser.isSet(dbOpt))
        return failStart(
            QStringLiteral("use --office URL (through the office hub) or --db FILE (this PC's database), not both"));
    if (parser.isSet(hubOpt) && mode != QLatin1String("kiosk"))
        return failStart(QStringLiteral("--hub is for the kiosk PC (--mode kiosk), which holds the office database"));
    if (const QUrl office(parser.value(officeOpt));
        parser.isSet(officeOpt) &&
        (!office.isValid() || office.host().isEmpty() ||
         (office.scheme() != QLatin1String("http") && office.scheme() != QLatin1String("https"))))
        return failStart(QStringLiteral("--office must be the hub's URL, e.g. http://kiosk-pc:8600"));
    if (throughHub && !parser.isSet(hubTokenOpt))
        return failStart(QStringLiteral("--office needs --hub-token-file FILE: a copy of hub.token from the kiosk PC"));

    const ConfigLoadResult cfg = loadConfig(parser.value(configOpt));
    if (!cfg.ok())
        return failStart(
            QStringLiteral("the configuration in %1 is not valid:\n%2").arg(parser.value(configOpt), cfg.errorText()));

    // Self-test and screenshots never touch the office's real database.
    QTemporaryDir scratch;
    QString dbPath = parser.value(dbOpt);
    if (headless)
        dbPath = scratch.filePath(QStringLiteral("kiosk-tour.db"));
    if (dbPath.isEmpty()) {
        const QString dir =
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/tiep-dan");
        QDir().mkpath(dir);
        dbPath = dir + QStringLiteral("/office.db");
    }
    KioskSettings kioskSettings = cfg.config.kiosk;
    if (headless)
        kioskSettings.printer = KioskSettings::Printer::None;
    stage("config");
    // Through the hub this PC keeps no office database (one writer: the kiosk PC's).
    Result<std::unique_ptr<OfficeStore>> store = std::unique_ptr<OfficeStore>();
    if (!throughHub) {
        store = OfficeStore::open(cfg.config, dbPath);
        if (!store)
            return failStart(store.error().message);
    }
    // Desks and displays see the office through an OfficeClient: the hub
    // over the LAN, or this PC's database in process.
    std::unique_ptr<OfficeService> localService;
    LocalOfficeClient *localClient = nullptr;
    std::unique_ptr<OfficeClient> officeClient;
    if ((deskMode || displayMode) && !throughHub) {
        localService = std::make_unique<OfficeService>(**store);
        auto local = std::make_unique<LocalOfficeClient>(*localService);
        localClient = local.get();
        officeClient = std::move(local);
    } else if (throughHub) {
        auto token = OfficeHub::loadToken(parser.value(hubTokenOpt));
        if (!token)
            return failStart(token.error().message);
        officeClient = std::make_unique<HubOfficeClient>(parser.value(officeOpt), *token, parser.value(caOpt));
    }
    if (deskMode) {
        const int counter = parser.value(counterOpt).toInt();
        bool known = counter == 0;
        for (const Counter &c : cfg.config.counters)
            known = known || c.number == counter;
        if (!known)
            return failStart(QStringLiteral("counter %1 is not in office.json").arg(parser.value(counterOpt)));
    }
    std::unique_ptr<TicketPrinter> printer;
    std::unique_ptr<KioskController> kiosk;
    std::unique_ptr<DeskController> desk;
    std::unique_ptr<Announcer> announcer;
    std::unique_ptr<DisplayController> display;
    std::unique_ptr<LeaderSource> leaderSource;
    std::unique_ptr<LeaderController> leader;
    if (leaderMode && parser.isSet(serverOpt)) {
        QFile tokenFile(parser.value(tokenOpt));
        if (!parser.isSet(tokenOpt) || !tokenFile.open(QIODevice::ReadOnly))
            return failStart(QStringLiteral("--server needs --token-file FILE with a leader token of the server"));
        const QByteArray token = tokenFile.readLine().trimmed();
        if (token.isEmpty())
            return failStart(QStringLiteral("%1 holds no token").arg(tokenFile.fileName()));
        leaderSource = std::make_unique<RemoteLeaderSource>(parser.value(serverOpt), token, (*store)->deadlines(),
                                                            std::make_unique<CurlTransport>(parser.value(caOpt)));
        leader = std::make_unique<LeaderController>(**store, *leaderSource);
    } else if (leaderMode) {
        leaderSource = std::make_unique<LocalLeaderSource>(**store);
        leader = std::make_unique<LeaderController>(**store, *leaderSource);
    } else if (deskMode) {
        desk = std::make_unique<DeskController>(*officeClient, cfg.config, parser.value(counterOpt).toInt());
    } else if (displayMode) {
        // Calls are spoken unless offscreen (tours, tests): WAV files under
        // the cache folder, played with TIEPDAN_PLAYER (default aplay).
        if (!headless)
            announcer = std::make_unique<Announcer>(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                                        QStringLiteral("/calls"),
                                                    qEnvironmentVariable("TIEPDAN_PLAYER", QStringLiteral("aplay")));
        display = std::make_unique<DisplayController>(*officeClient, cfg.config, announcer.get());
    } else {
        printer = TicketPrinter::create(kioskSettings);
        kiosk = std::make_unique<KioskController>(**store, printer.get());
    }
    // Delivery to the department server and its updates, on a sync thread
    // (not in tours: they run on a scratch database).
    std::unique_ptr<SyncWorker> sync;
    if (cfg.config.server.enabled && !headless && !throughHub) {
        const ServerLink &link = cfg.config.server;
        sync = std::make_unique<SyncWorker>(cfg.config, dbPath, OfficeStore::resolveKeyPath(link.tokenFile, dbPath),
                                            link.caFile.isEmpty() ? QString()
                                                                  : OfficeStore::resolveKeyPath(link.caFile, dbPath));
        QObject::connect(sync.get(), &SyncWorker::scheduleChanged, sync.get(), [&store, &kiosk] {
            if (auto r = (*store)->reloadSchedule(); !r)
                qWarning("schedule not reloaded: %s", qPrintable(r.error().message));
            if (kiosk)
                kiosk->refreshSessions();
        });
        sync->start();
    }
    // The office hub: this kiosk PC serves the desks and the display.
    std::unique_ptr<OfficeService> hubService;
    std::unique_ptr<OfficeHub> hub;
    if (parser.isSet(hubOpt) && !headless) {
        HubOptions options;
        if (auto r = OfficeHub::parseListen(parser.value(hubOpt), &options); !r)
            return failStart(r.error().message);
        if (parser.isSet(hubCertOpt)) {
            auto tls = OfficeHub::loadTls(parser.value(hubCertOpt), parser.value(hubKeyOpt));
            if (!tls)
                return failStart(tls.error().message);
            options.tls = *tls;
        }
        const QString tokenPath =
            parser.isSet(hubTokenOpt) ? parser.value(hubTokenOpt) : OfficeHub::tokenPathFor(dbPath);
        auto token = OfficeHub::loadOrCreateToken(tokenPath);
        if (!token)
            return failStart(token.error().message);
        hubService = std::make_unique<OfficeService>(**store);
        hub = std::make_unique<OfficeHub>(*hubService, *token);
        if (auto r = hub->start(options); !r)
            return failStart(r.error().message);
        std::fprintf(stderr, "reception-kiosk: office hub on %s:%u (hub token: %s)\n",
                     qPrintable(options.address.toString()), unsigned(hub->port()), qPrintable(tokenPath));
    }
    QObject *controller = deskMode      ? static_cast<QObject *>(desk.get())
                          : displayMode ? static_cast<QObject *>(display.get())
                          : leaderMode  ? static_cast<QObject *>(leader.get())
                                        : kiosk.get();
    stage("store");

    QTranslator english;
    const bool haveEnglish = english.load(QStringLiteral(":/i18n/tiepdan_en.qm"));
    QQmlApplicationEngine engine;
    // The screen's language: its words (the translator), its numbers
    // (Qt.uiLanguage, Limits.number) and its calendars (the window's locale,
    // which every control inherits).
    auto screenLocale = [&] {
        return controller->property("language").toString() == QLatin1String("en")
                   ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                   : QLocale(QLocale::Vietnamese, QLocale::Vietnam);
    };
    auto applyLanguage = [&] {
        const bool en = controller->property("language").toString() == QLatin1String("en");
        if (en && haveEnglish)
            QCoreApplication::installTranslator(&english);
        else
            QCoreApplication::removeTranslator(&english);
        engine.setUiLanguage(en ? QStringLiteral("en") : QStringLiteral("vi"));
        for (QObject *root : engine.rootObjects())
            root->setProperty("locale", screenLocale());
        engine.retranslate();
    };
    if (leaderMode) {
        QObject::connect(leader.get(), &LeaderController::languageChanged, &engine, applyLanguage);
        LeaderSingleton::instance = leader.get();
    } else if (deskMode) {
        QObject::connect(desk.get(), &DeskController::languageChanged, &engine, applyLanguage);
        DeskSingleton::instance = desk.get();
    } else if (displayMode) {
        QObject::connect(display.get(), &DisplayController::languageChanged, &engine, applyLanguage);
        DisplaySingleton::instance = display.get();
    } else {
        QObject::connect(kiosk.get(), &KioskController::languageChanged, &engine, applyLanguage);
        KioskSingleton::instance = kiosk.get();
    }
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    // The on-screen keyboard: shown by itself on the touch kiosk; on a desk
    // or leader PC only when its user turns it on (a touchscreen desk).
    KeyboardController keyboard;
    keyboard.setAutoShow(!deskMode && !leaderMode && !displayMode);
    keyboard.setToneStyle(cfg.config.kiosk.modernToneStyle ? viet::ToneStyle::Modern : viet::ToneStyle::Traditional);
    KeyboardSingleton::instance = &keyboard;
    engine.setUiLanguage(QStringLiteral("vi"));

    fontWarmer.join();
    ScreenTour tour; // counts warnings from here on
    engine.load(QUrl(deskMode      ? QStringLiteral("qrc:/TiepDan/Screens/DeskMain.qml")
                     : displayMode ? QStringLiteral("qrc:/TiepDan/Screens/DisplayMain.qml")
                     : leaderMode  ? QStringLiteral("qrc:/TiepDan/Screens/LeaderMain.qml")
                                   : QStringLiteral("qrc:/TiepDan/Screens/Main.qml")));
    stage("qml");
    if (engine.rootObjects().isEmpty())
        return failStart(QStringLiteral("the screens did not load"));
    engine.rootObjects().first()->setProperty("locale", screenLocale());
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    ActivityFilter activity([&] {
        if (deskMode)
            desk->touch();
        else if (leaderMode)
            leader->touch();
        else if (kiosk)
            kiosk->touch();
    });
    window->installEventFilter(&activity);
    if (const QString map = qEnvironmentVariable("TIEPDAN_UI_MAP"); !map.isEmpty() && !headless)
        new UiMap(window, map);

    if (headless) {
        const ScreenTour::Script script = deskMode
                                              ? ScreenTour::desk(engine, *desk, **store, *localClient,
                                                                 qEnvironmentVariableIsSet("TIEPDAN_TOUR_NEW_OFFICE"))
                                          : displayMode ? ScreenTour::display(*display, **store, *localClient)
                                          : leaderMode  ? ScreenTour::leader(*leader, **store)
                                                        : ScreenTour::kiosk(engine, *kiosk, **store);
        return parser.isSet(selfTestOpt) ? tour.selfTest(window, script)
                                         : tour.screenshots(window, script, parser.value(shotOpt));
    }
    // The screens are laid out for any size: the window takes the screen it
    // is on (full screen), or at most the screen's free area, never more
    // (a 1920x1080 window on a 1280x800 screen would be cut off).
    if (QScreen *screen = window->screen()) {
        const QRect area = parser.isSet(fullOpt) ? screen->geometry() : screen->availableGeometry();
        if (parser.isSet(fullOpt) || window->width() > area.width() || window->height() > area.height())
            window->setGeometry(area);
    }
    if (parser.isSet(fullOpt))
        window->showFullScreen();
    // bench/bench_kiosk.sh: print the time to the first frame and leave
    // (exit(), not quit(): the window refuses to close without the PIN).
    if (benchStages) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&sinceMain] {
                std::printf("first-frame-ms %lld\n", static_cast<long long>(sinceMain.elapsed()));
                std::fflush(stdout);
                QMetaObject::invokeMethod(
                    qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
            },
            Qt::ConnectionType(Qt::DirectConnection | Qt::SingleShotConnection));
    }
    return app.exec();
}
