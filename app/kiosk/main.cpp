// reception-kiosk: the citizen kiosk. Builds the services once and hands
// them to QML; --self-test and --screenshot drive every screen offscreen.
#include "configloader.h"
#include "kioskcontroller.h"
#include "officestore.h"
#include "qrimageprovider.h"
#include "screentour.h"
#include "ticketprinter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdio>
#include <unistd.h>

using namespace tiepdan;

namespace {

int failStart(const QString &message)
{
    std::fprintf(stderr, "reception-kiosk: %s\n", qPrintable(message));
    return 6;
}

// Any touch, click or key restarts the idle countdown.
class ActivityFilter : public QObject {
public:
    explicit ActivityFilter(KioskController *c) : m_c(c) {}
    bool eventFilter(QObject *o, QEvent *e) override
    {
        switch (e->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::TouchBegin:
        case QEvent::KeyPress:
            m_c->touch();
            break;
        default:
            break;
        }
        return QObject::eventFilter(o, e);
    }

private:
    KioskController *m_c;
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
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    if (headless || qgetenv("QT_QPA_PLATFORM") == "offscreen")
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    // bench/bench_kiosk.sh sets this: stage timings on stderr, first frame on stdout.
    const bool benchStages = qEnvironmentVariableIsSet("TIEPDAN_BENCH_FIRST_FRAME");
    auto stage = [&](const char *name) {
        if (benchStages)
            std::fprintf(stderr, "stage %-12s %lld ms\n", name, static_cast<long long>(sinceMain.elapsed()));
    };
    QGuiApplication app(argc, argv);
    stage("app");
    QGuiApplication::setApplicationName(QStringLiteral("reception-kiosk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tiếp Dân citizen reception kiosk"));
    parser.addHelpOption();
    QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("Configuration folder."), QStringLiteral("DIR"),
                                 qEnvironmentVariable("TIEPDAN_CONFIG", QStringLiteral("kiosk-config")));
    QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Office database file."), QStringLiteral("FILE"));
    QCommandLineOption fullOpt(QStringLiteral("fullscreen"), QStringLiteral("Run fullscreen (kiosk mode)."));
    QCommandLineOption selfTestOpt(QStringLiteral("self-test"),
                                   QStringLiteral("Load every screen offscreen; exit non-zero on any QML warning."));
    QCommandLineOption shotOpt(QStringLiteral("screenshot"), QStringLiteral("Render every screen to PNGs in DIR."),
                               QStringLiteral("DIR"));
    QCommandLineOption modeOpt(QStringLiteral("mode"), QStringLiteral("kiosk (desk and display come later)."),
                               QStringLiteral("MODE"), QStringLiteral("kiosk"));
    parser.addOptions({configOpt, dbOpt, fullOpt, selfTestOpt, shotOpt, modeOpt});
    parser.process(app);
    if (parser.value(modeOpt) != QLatin1String("kiosk"))
        return failStart(QStringLiteral("mode '%1' is not available yet; use --mode kiosk").arg(parser.value(modeOpt)));

    const ConfigLoadResult cfg = loadConfig(parser.value(configOpt));
    if (!cfg.ok())
        return failStart(QStringLiteral("the configuration in %1 is not valid:\n%2").arg(parser.value(configOpt), cfg.errorText()));

    // Self-test and screenshots never touch the office's real database.
    QTemporaryDir scratch;
    QString dbPath = parser.value(dbOpt);
    if (headless)
        dbPath = scratch.filePath(QStringLiteral("kiosk-tour.db"));
    if (dbPath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/tiep-dan");
        QDir().mkpath(dir);
        dbPath = dir + QStringLiteral("/office.db");
    }
    KioskSettings kioskSettings = cfg.config.kiosk;
    if (headless)
        kioskSettings.printer = KioskSettings::Printer::None;
    stage("config");
    auto store = OfficeStore::open(cfg.config, dbPath);
    if (!store)
        return failStart(store.error().message);
    auto printer = TicketPrinter::create(kioskSettings);
    KioskController controller(**store, printer.get());
    stage("store");

    QTranslator english;
    const bool haveEnglish = english.load(QStringLiteral(":/i18n/tiepdan_en.qm"));
    QQmlApplicationEngine engine;
    QObject::connect(&controller, &KioskController::languageChanged, &engine, [&] {
        if (controller.language() == QLatin1String("en") && haveEnglish)
            QCoreApplication::installTranslator(&english);
        else
            QCoreApplication::removeTranslator(&english);
        engine.retranslate();
    });
    qmlRegisterSingletonInstance("TiepDan.Backend", 1, 0, "Kiosk", &controller);
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider);

    ScreenTour tour(engine, controller);
    engine.load(QUrl(QStringLiteral("qrc:/qml/Main.qml")));
    stage("qml");
    if (engine.rootObjects().isEmpty())
        return failStart(QStringLiteral("the screens did not load"));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    ActivityFilter activity(&controller);
    window->installEventFilter(&activity);

    if (parser.isSet(selfTestOpt))
        return tour.selfTest(window);
    if (parser.isSet(shotOpt))
        return tour.screenshots(window, parser.value(shotOpt));
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
                QMetaObject::invokeMethod(qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
            },
            Qt::ConnectionType(Qt::DirectConnection | Qt::SingleShotConnection));
    }
    return app.exec();
}
