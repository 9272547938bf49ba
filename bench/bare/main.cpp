// bench_bare_window: the baseline of bench/bench_kiosk.sh. A bare Qt Quick
// Controls window (Main.qml beside this file), set up the way reception-kiosk
// sets itself up (software scene graph when QT_QPA_PLATFORM=offscreen). On its
// first QQuickWindow::frameSwapped it prints
//   first-frame-ms <ms since main() began>
// and quits; --stay keeps it running (the script reads its idle RSS).
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    bool stay = false;
    for (int i = 1; i < argc; ++i)
        stay = stay || std::strcmp(argv[i], "--stay") == 0;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/bare/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return 1;
    // Direct: printed at the swap itself, whichever thread renders.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&sinceMain, stay] {
            std::printf("first-frame-ms %lld\n", static_cast<long long>(sinceMain.elapsed()));
            std::fflush(stdout);
            if (!stay)
                QMetaObject::invokeMethod(
                    qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        },
        Qt::ConnectionType(Qt::DirectConnection | Qt::SingleShotConnection));
    return app.exec();
}
