// A scripted officer for tst_office_lan: the real DeskController over a
// HubOfficeClient (as `reception-kiosk --mode desk --office URL` runs it),
// signing in, then calling, starting and finishing tickets until the stop
// file exists and nobody is waiting. One line per step on stdout:
//   called <label> <ms since the epoch>
//   error <errorKind> <detail>
//   bye <tickets served>
// Exit 0 after "bye"; 2 when it cannot sign in; 3 after too many errors or
// two minutes.
//
// usage: deskbot URL TOKEN_FILE LOGIN PIN COUNTER STOP_FILE
#include "configloader.h"
#include "deskcontroller.h"
#include "officeclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace tiepdan;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() != 7) {
        std::fprintf(stderr, "usage: deskbot URL TOKEN_FILE LOGIN PIN COUNTER STOP_FILE\n");
        return 64;
    }
    auto cfg = loadConfig(QStringLiteral(TIEPDAN_CONFIG_DIR));
    QFile tokenFile(a[2]);
    if (!cfg.ok() || !tokenFile.open(QIODevice::ReadOnly))
        return 64;
    HubOfficeClient link(a[1], tokenFile.readAll().trimmed());
    link.setTimings(5000, 1000);
    DeskController desk(link, cfg.config, a[5].toInt());
    auto say = [](const QString &line) {
        std::printf("%s\n", qPrintable(line));
        std::fflush(stdout);
    };
    int served = 0, errors = 0, idle = 0;
    QTimer step;
    step.setInterval(5);
    QObject::connect(&step, &QTimer::timeout, &app, [&] {
        if (!desk.online())
            return;
        if (!desk.signedIn() && !desk.signIn(a[3], a[4])) {
            say(QStringLiteral("error %1 %2").arg(desk.errorKind(), desk.errorDetail()));
            QCoreApplication::exit(2);
            return;
        }
        if (desk.callNext()) {
            const QString label = desk.currentLabel();
            say(QStringLiteral("called %1 %2").arg(label).arg(QDateTime::currentMSecsSinceEpoch()));
            if (desk.act(label, QStringLiteral("start")) && desk.act(label, QStringLiteral("finish"))) {
                ++served;
                idle = 0;
                return;
            }
        } else if (desk.errorKind() == QLatin1String("notFound")) {
            // Nobody waiting: done once the kiosk has stopped and the queue stayed empty a while.
            if (QFile::exists(a[6]) && ++idle >= 20) {
                say(QStringLiteral("bye %1").arg(served));
                QCoreApplication::exit(0);
            }
            return;
        }
        say(QStringLiteral("error %1 %2").arg(desk.errorKind(), desk.errorDetail()));
        if (++errors > 20)
            QCoreApplication::exit(3);
    });
    step.start();
    QTimer::singleShot(120000, &app, [] { QCoreApplication::exit(3); });
    return app.exec();
}
