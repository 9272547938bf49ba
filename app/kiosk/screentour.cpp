#include "screentour.h"

#include "kioskcontroller.h"

#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QInputMethod>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace tiepdan {

namespace {
int g_warnings = 0;
QtMessageHandler g_previous = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++g_warnings;
    if (g_previous)
        g_previous(type, ctx, msg);
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Walks the visual tree: items made by a Loader are not QObject children
// of the window's content item.
QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

QQuickItem *findItem(QQuickWindow *w, const char *name)
{
    return findItem(w->contentItem(), QLatin1String(name));
}
} // namespace

ScreenTour::ScreenTour(QQmlApplicationEngine &engine, KioskController &controller)
    : m_engine(engine), m_controller(controller)
{
    g_previous = qInstallMessageHandler(countingHandler);
}

ScreenTour::~ScreenTour()
{
    qInstallMessageHandler(g_previous);
}

QStringList ScreenTour::states()
{
    return {QStringLiteral("welcome"),  QStringLiteral("services"),         QStringLiteral("identity"),
            QStringLiteral("identity-keyboard"), QStringLiteral("identity-error"), QStringLiteral("identity-denunciation"),
            QStringLiteral("booking"),  QStringLiteral("ticket"),           QStringLiteral("appointment"),
            QStringLiteral("status"),   QStringLiteral("status-forged"),    QStringLiteral("idle"),
            QStringLiteral("pin"),      QStringLiteral("welcome-contrast"), QStringLiteral("services-large")};
}

bool ScreenTour::show(QQuickWindow *window, const QString &state)
{
    QObject *root = m_engine.rootObjects().first();
    auto go = [&](const QString &screen) {
        QMetaObject::invokeMethod(root, "showScreen", Q_ARG(QVariant, screen));
    };
    go(QStringLiteral("welcome"));
    root->setProperty("pinPadOpen", state == QLatin1String("pin"));
    m_controller.setProperty("highContrast", state.endsWith(QLatin1String("-contrast")));
    m_controller.setProperty("largeText", state.endsWith(QLatin1String("-large")));
    if (state == QLatin1String("services") || state == QLatin1String("services-large")) {
        go(QStringLiteral("services"));
    } else if (state.startsWith(QLatin1String("identity"))) {
        m_controller.chooseService(state == QLatin1String("identity-denunciation") ? QStringLiteral("denunciation")
                                                                                  : QStringLiteral("complaint"));
        go(QStringLiteral("identity"));
        if (state == QLatin1String("identity-error")) {
            m_controller.setProperty("name", QStringLiteral("Nguyễn Văn An"));
            m_controller.setProperty("idNumber", QStringLiteral("12345"));
            m_controller.takeTicket();
        }
        if (state == QLatin1String("identity-keyboard")) {
            settle(50);
            auto *field = findItem(window, "nameField");
            if (field)
                if (auto *input = qobject_cast<QQuickItem *>(field->property("input").value<QObject *>())) {
                    window->requestActivate();
                    input->forceActiveFocus();
                    QGuiApplication::inputMethod()->show();
                }
        }
    } else if (state == QLatin1String("booking")) {
        go(QStringLiteral("booking"));
    } else if (state == QLatin1String("ticket")) {
        m_controller.chooseService(QStringLiteral("complaint"));
        m_controller.setProperty("priorityCategory", QStringLiteral("elderly"));
        m_controller.takeTicket();
        go(QStringLiteral("ticket"));
    } else if (state == QLatin1String("appointment")) {
        m_controller.refreshSessions();
        auto *model = m_controller.leaderSessions();
        if (model->rowCount() == 0 ||
            !m_controller.chooseSession(model->data(model->index(0), SessionListModel::KeyRole).toString()))
            return false;
        m_controller.takeTicket();
        go(QStringLiteral("ticket"));
    } else if (state.startsWith(QLatin1String("status"))) {
        m_controller.chooseService(QStringLiteral("petition"));
        m_controller.takeTicket();
        const QString payload = m_controller.ticketPayload();
        go(QStringLiteral("status"));
        m_controller.scan(state == QLatin1String("status-forged") ? QString(payload).replace(QStringLiteral(".C0"), QStringLiteral(".C9"))
                                                                 : payload);
    } else if (state == QLatin1String("idle")) {
        m_controller.chooseService(QStringLiteral("complaint"));
        go(QStringLiteral("identity"));
        m_controller.touch();
        m_controller.advanceIdle(90 - 15);
    }
    settle(state == QLatin1String("identity-keyboard") ? 500 : 120);
    return true;
}

int ScreenTour::selfTest(QQuickWindow *window)
{
    int failures = 0;
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        m_controller.setLanguage(lang);
        for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920), QSize(1280, 800), QSize(800, 1280)}) {
            window->resize(size);
            for (const QString &state : states()) {
                const int before = g_warnings;
                if (!show(window, state)) {
                    std::fprintf(stderr, "self-test: could not reach state %s\n", qPrintable(state));
                    ++failures;
                }
                if (g_warnings != before)
                    std::fprintf(stderr, "self-test: %d warning(s) on %s (%s, %dx%d)\n", g_warnings - before,
                                 qPrintable(state), qPrintable(lang), size.width(), size.height());
            }
        }
    }
    std::printf("self-test: %d states x 2 languages x 4 sizes, %d warnings, %d failures\n",
                int(states().size()), g_warnings, failures);
    return g_warnings == 0 && failures == 0 ? 0 : 1;
}

int ScreenTour::screenshots(QQuickWindow *window, const QString &dir)
{
    QDir().mkpath(dir);
    int saved = 0;
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        m_controller.setLanguage(lang);
        for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920), QSize(1280, 800)}) {
            window->resize(size);
            for (const QString &state : states()) {
                if (!show(window, state))
                    continue;
                const QImage img = window->grabWindow();
                const QString file = QDir(dir).filePath(
                    QStringLiteral("%1-%2-%3x%4.png").arg(state, lang).arg(size.width()).arg(size.height()));
                if (!img.isNull() && img.save(file))
                    ++saved;
                else
                    std::fprintf(stderr, "screenshot: could not save %s\n", qPrintable(file));
            }
        }
    }
    std::printf("screenshot: %d PNGs in %s, %d warnings\n", saved, qPrintable(dir), g_warnings);
    return saved > 0 && g_warnings == 0 ? 0 : 1;
}

} // namespace tiepdan
