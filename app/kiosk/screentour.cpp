#include "screentour.h"

#include "officeclient.h"

#include "deskcontroller.h"
#include "displaycontroller.h"
#include "kioskcontroller.h"
#include "officestore.h"
#include "receptionrepository.h"
#include "ticketrepository.h"
#include "userrepository.h"

#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QImage>
#include <QInputMethod>
#include <QJsonArray>
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

} // namespace

void ScreenTour::settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Walks the visual tree: items made by a Loader are not QObject children
// of the window's content item.
QQuickItem *ScreenTour::findItem(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

QQuickItem *ScreenTour::findItem(QQuickWindow *w, const char *name)
{
    return findItem(w->contentItem(), QLatin1String(name));
}

namespace {
void settle(int ms)
{
    ScreenTour::settle(ms);
}
QQuickItem *findItem(QQuickWindow *w, const char *name)
{
    return ScreenTour::findItem(w, name);
}
} // namespace

ScreenTour::ScreenTour()
{
    g_previous = qInstallMessageHandler(countingHandler);
}

ScreenTour::~ScreenTour()
{
    qInstallMessageHandler(g_previous);
}

QStringList ScreenTour::kioskStates()
{
    return {QStringLiteral("welcome"),
            QStringLiteral("services"),
            QStringLiteral("identity"),
            QStringLiteral("identity-keyboard"),
            QStringLiteral("identity-error"),
            QStringLiteral("identity-denunciation"),
            QStringLiteral("booking"),
            QStringLiteral("ticket"),
            QStringLiteral("appointment"),
            QStringLiteral("status"),
            QStringLiteral("status-forged"),
            QStringLiteral("status-result"),
            QStringLiteral("idle"),
            QStringLiteral("pin"),
            QStringLiteral("welcome-contrast"),
            QStringLiteral("services-large")};
}

namespace {
bool showKiosk(QQmlApplicationEngine &engine, KioskController &controller, OfficeStore &store, QQuickWindow *window,
               const QString &state)
{
    QObject *root = engine.rootObjects().first();
    auto go = [&](const QString &screen) { QMetaObject::invokeMethod(root, "showScreen", Q_ARG(QVariant, screen)); };
    go(QStringLiteral("welcome"));
    root->setProperty("pinPadOpen", state == QLatin1String("pin"));
    controller.setProperty("highContrast", state.endsWith(QLatin1String("-contrast")));
    controller.setProperty("largeText", state.endsWith(QLatin1String("-large")));
    if (state == QLatin1String("services") || state == QLatin1String("services-large")) {
        go(QStringLiteral("services"));
    } else if (state.startsWith(QLatin1String("identity"))) {
        controller.chooseService(state == QLatin1String("identity-denunciation") ? QStringLiteral("denunciation")
                                                                                 : QStringLiteral("complaint"));
        go(QStringLiteral("identity"));
        if (state == QLatin1String("identity-error")) {
            controller.setProperty("name", QStringLiteral("Nguyễn Văn An"));
            controller.setProperty("idNumber", QStringLiteral("12345"));
            controller.takeTicket();
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
        controller.chooseService(QStringLiteral("complaint"));
        controller.setProperty("priorityCategory", QStringLiteral("elderly"));
        controller.takeTicket();
        go(QStringLiteral("ticket"));
    } else if (state == QLatin1String("appointment")) {
        controller.refreshSessions();
        auto *model = controller.leaderSessions();
        if (model->rowCount() == 0 ||
            !controller.chooseSession(model->data(model->index(0), SessionListModel::KeyRole).toString()))
            return false;
        controller.takeTicket();
        go(QStringLiteral("ticket"));
    } else if (state.startsWith(QLatin1String("status"))) {
        controller.chooseService(QStringLiteral("petition"));
        controller.takeTicket();
        const QString payload = controller.ticketPayload();
        if (state == QLatin1String("status-result")) {
            // The visit recorded, then the department's result pulled (down-sync).
            ReceptionRecord r;
            r.receivedAt = store.now();
            r.kinds = {MatterKind::Petition};
            r.identity.fullName = QStringLiteral("Nguyễn Thị Bình");
            r.content = QStringLiteral("Kiến nghị về thời hạn thi hành án");
            r.receiverName = QStringLiteral("Cán Bộ Tiếp");
            auto ticket = store.tickets().findByPayload(payload);
            if (!ticket)
                return false;
            r.ticketLabel = ticket->label;
            auto added = store.records().add(r, QStringLiteral("tour"));
            if (!added) {
                std::fprintf(stderr, "tour: visit not recorded: %s\n", qPrintable(added.error().message));
                return false;
            }
            auto cursor = store.updates().cursor();
            const qint64 seq = (cursor ? *cursor : 0) + 1; // the tour passes here many times
            const QJsonArray updates{
                QJsonObject{{QStringLiteral("seq"), seq},
                            {QStringLiteral("kind"), QStringLiteral("matter_result")},
                            {QStringLiteral("matterId"), added->record.matterId},
                            {QStringLiteral("result"), QStringLiteral("resolved")},
                            {QStringLiteral("note"), QStringLiteral("Đã có văn bản trả lời ngày 20/11/2026")},
                            {QStringLiteral("at"), store.now().toString(Qt::ISODate)}}};
            if (!store.updates().apply(updates, seq))
                return false;
        }
        go(QStringLiteral("status"));
        controller.scan(state == QLatin1String("status-forged")
                            ? QString(payload).replace(QStringLiteral(".C0"), QStringLiteral(".C9"))
                            : payload);
    } else if (state == QLatin1String("idle")) {
        controller.chooseService(QStringLiteral("complaint"));
        go(QStringLiteral("identity"));
        controller.touch();
        controller.advanceIdle(90 - 15);
    }
    settle(state == QLatin1String("identity-keyboard") ? 500 : 120);
    return true;
}

// The desk's recording form (qml/RecordForm.qml), shown and filled as an
// officer would: `fields` maps an item's objectName to a property and value.
QQuickItem *openRecordForm(QQuickWindow *w, bool withTicket,
                           const QList<std::tuple<const char *, const char *, QVariant>> &fields)
{
    QQuickItem *form = findItem(w, "recordForm");
    if (!form)
        return nullptr;
    QMetaObject::invokeMethod(form, "clear");
    form->setProperty("withTicket", withTicket);
    form->setProperty("visible", true);
    for (const auto &[name, property, value] : fields) {
        QQuickItem *item = findItem(w, name);
        if (!item || !item->setProperty(property, value))
            return nullptr;
    }
    return form;
}

bool showDesk(QQuickWindow *window, DeskController &desk, OfficeStore &store, LocalOfficeClient &office,
              const QString &state)
{
    office.setReachable(true);
    desk.signOut();
    if (state != QLatin1String("sign-in") && state != QLatin1String("sign-in-error")) {
        if (!desk.signIn(QStringLiteral("canbo.an"), QStringLiteral("an-pin-2468")))
            return false;
    } else if (state == QLatin1String("sign-in-error")) {
        desk.signIn(QStringLiteral("canbo.an"), QStringLiteral("wrong-pin"));
    }
    const bool recording = state.startsWith(QLatin1String("record-"));
    const bool offline = state == QLatin1String("offline");
    if (state == QLatin1String("called") || state == QLatin1String("serving") || recording || offline) {
        // Finish the counter's ticket from the previous visit, then call a
        // fresh one (issued here so that the queue never runs dry).
        if (desk.currentState() == QLatin1String("called"))
            desk.act(desk.currentLabel(), QStringLiteral("start"));
        if (desk.currentState() == QLatin1String("serving"))
            desk.act(desk.currentLabel(), QStringLiteral("finish"));
        IssueRequest req;
        req.serviceId = QStringLiteral("complaint");
        if (!store.tickets().issue(req, QStringLiteral("kiosk")) || !desk.callNext())
            return false;
        if (state != QLatin1String("called") && !offline && !desk.act(desk.currentLabel(), QStringLiteral("start")))
            return false;
    }
    if (offline) {
        // The LAN is gone with a ticket called: the banner, and an action refused.
        desk.refresh();
        office.setReachable(false);
        if (desk.online() || desk.act(desk.currentLabel(), QStringLiteral("start")))
            return false;
        settle(120);
        return desk.errorKind() == QLatin1String("offline");
    }
    if (recording) {
        const bool denunciation = state == QLatin1String("record-saved-denunciation");
        const QList<std::tuple<const char *, const char *, QVariant>> fields{
            {"idField", "text",
             state == QLatin1String("record-form-error") ? QStringLiteral("0270850012")
                                                         : QStringLiteral("027085001234")},
            {"nameField", "text", denunciation ? QStringLiteral("Trần Thị Bí Mật") : QStringLiteral("Nguyễn Văn An")},
            {"contentArea", "text",
             QStringLiteral("Khiếu nại quyết định cưỡng chế kê biên quyền sử dụng đất số "
                            "12/QĐ-CCTHADS ngày 10/01/2026; đề nghị xem xét lại giá trị tài sản.")},
            {denunciation ? "denunciationBox" : "complaintBox", "checked", true},
            {"directionBox", "currentIndex", denunciation ? 0 : 1},
        };
        auto all = fields;
        if (state == QLatin1String("record-saved-head") || state == QLatin1String("record-notice-saved"))
            all +=
                {{"receiverBox", "currentIndex", 1},
                 {"conclusionArea", "text",
                  QStringLiteral("Giao Chấp hành viên kiểm tra lại việc kê biên và trả lời "
                                 "công dân bằng văn bản.")},
                 {"conclusionDueField", "text", store.now().date().addDays(7).toString(QStringLiteral("dd/MM/yyyy"))}};
        QQuickItem *form = state == QLatin1String("record-form") ? openRecordForm(window, true, fields.mid(0, 2))
                                                                 : openRecordForm(window, true, all);
        if (!form)
            return false;
        if (state != QLatin1String("record-form")) {
            QVariant values;
            QMetaObject::invokeMethod(form, "values", Q_RETURN_ARG(QVariant, values));
            const bool ok = values.canConvert<VisitFormValue>() && desk.recordVisit(values.value<VisitFormValue>());
            if (ok == (state == QLatin1String("record-form-error")))
                return false;
        }
        if (state == QLatin1String("record-notice-saved")) {
            desk.setNoticeFolder(QDir::temp().filePath(QStringLiteral("tiepdan-tour-notices")));
            if (!desk.saveConclusionNotice())
                return false;
        }
    }
    desk.refresh();
    settle(120);
    return true;
}
} // namespace

ScreenTour::Script ScreenTour::display(DisplayController &display, OfficeStore &store, LocalOfficeClient &office)
{
    Script s;
    s.prefix = QStringLiteral("display-");
    s.states = {QStringLiteral("empty"), QStringLiteral("calling"), QStringLiteral("offline")};
    s.setLanguage = [&display](const QString &l) { display.setLanguage(l); };
    s.show = [&display, &store, &office](QQuickWindow *, const QString &state) {
        office.setReachable(true);
        // Clear the board: whoever was called has been received.
        auto active = store.tickets().list(store.now().date(), true);
        if (!active)
            return false;
        for (const Ticket &t : *active)
            if (t.state == TicketState::Called &&
                (!store.tickets().act(t.label, QueueAction::Start, QStringLiteral("tour"), t.counter) ||
                 !store.tickets().act(t.label, QueueAction::Finish, QStringLiteral("tour"), t.counter)))
                return false;
        if (state != QLatin1String("empty")) {
            // Eight more tickets; three called at counters 1, 3, 2 (the latest).
            const QStringList services{QStringLiteral("complaint"),    QStringLiteral("petition"),
                                       QStringLiteral("leader"),       QStringLiteral("complaint"),
                                       QStringLiteral("denunciation"), QStringLiteral("petition"),
                                       QStringLiteral("complaint"),    QStringLiteral("petition")};
            for (const QString &service : services) {
                IssueRequest req;
                req.serviceId = service;
                if (!store.tickets().issue(req, QStringLiteral("kiosk")))
                    return false;
            }
            for (const int counter : {1, 3, 2})
                if (!store.tickets().callNext(counter, QStringLiteral("tour")))
                    return false;
        }
        display.refresh();
        // The board stays as it was while the hub is out of reach.
        if (state == QLatin1String("offline"))
            office.setReachable(false);
        settle(120);
        return display.online() == (state != QLatin1String("offline"));
    };
    s.testSizes = {QSize(1920, 1080), QSize(1080, 1920), QSize(1366, 768)};
    s.shotSizes = s.testSizes;
    return s;
}

ScreenTour::Script ScreenTour::kiosk(QQmlApplicationEngine &engine, KioskController &controller, OfficeStore &store)
{
    Script s;
    s.states = kioskStates();
    s.setLanguage = [&controller](const QString &l) { controller.setLanguage(l); };
    s.show = [&engine, &controller, &store](QQuickWindow *w, const QString &state) {
        return showKiosk(engine, controller, store, w, state);
    };
    s.testSizes = {QSize(1920, 1080), QSize(1080, 1920), QSize(1280, 800), QSize(800, 1280)};
    s.shotSizes = {QSize(1920, 1080), QSize(1080, 1920), QSize(1280, 800)};
    return s;
}

ScreenTour::Script ScreenTour::desk(QQmlApplicationEngine &engine, DeskController &desk, OfficeStore &store,
                                    LocalOfficeClient &office, bool newOffice)
{
    Q_UNUSED(engine);
    Script s;
    s.prefix = QStringLiteral("desk-");
    s.setLanguage = [&desk](const QString &l) { desk.setLanguage(l); };
    s.testSizes = {QSize(1920, 1080), QSize(1366, 768)};
    s.shotSizes = {QSize(1920, 1080), QSize(1366, 768)};
    if (newOffice) {
        // A new office: no users yet, the desk asks for the administrator.
        s.states = {QStringLiteral("first-admin"), QStringLiteral("first-admin-error")};
        s.show = [&desk](QQuickWindow *, const QString &state) {
            desk.clearError();
            if (state == QLatin1String("first-admin-error"))
                desk.createFirstAdmin(QStringLiteral("quantri"), QStringLiteral("Quản Trị Viên"),
                                      QStringLiteral("quantri-2468"), QStringLiteral("quantri-2469"));
            settle(120);
            return desk.needsFirstAdmin();
        };
        return s;
    }
    // Demo office: an administrator, one officer, a morning's tickets.
    auto admin = store.users().createFirstAdmin(QStringLiteral("quantri"), QStringLiteral("Quản Trị Viên"),
                                                QStringLiteral("quantri-2468"));
    auto officer = admin ? store.users().add(*admin, QStringLiteral("canbo.an"), QStringLiteral("Nguyễn Văn An"),
                                             Role::Officer, QStringLiteral("an-pin-2468"))
                         : Result<User>(admin.error());
    if (!officer)
        std::fprintf(stderr, "desk tour: no demo officer: %s\n", qPrintable(officer.error().message));
    const QStringList services{QStringLiteral("complaint"),    QStringLiteral("petition"), QStringLiteral("complaint"),
                               QStringLiteral("denunciation"), QStringLiteral("leader"),   QStringLiteral("petition")};
    for (int i = 0; i < services.size(); ++i) {
        IssueRequest req;
        req.serviceId = services[i];
        if (i == 2)
            req.priorityCategory = store.config().priority.categories.value(0);
        if (i == 4)
            req.groupSize = 6;
        if (auto t = store.tickets().issue(req, QStringLiteral("kiosk")); !t)
            std::fprintf(stderr, "desk tour: no demo ticket: %s\n", qPrintable(t.error().message));
    }
    s.states = {QStringLiteral("sign-in"),
                QStringLiteral("sign-in-error"),
                QStringLiteral("queue"),
                QStringLiteral("called"),
                QStringLiteral("serving"),
                QStringLiteral("record-form"),
                QStringLiteral("record-form-error"),
                QStringLiteral("record-saved"),
                QStringLiteral("record-saved-denunciation"),
                QStringLiteral("record-saved-head"),
                QStringLiteral("record-notice-saved"),
                QStringLiteral("offline")};
    s.show = [&desk, &store, &office](QQuickWindow *window, const QString &state) {
        return showDesk(window, desk, store, office, state);
    };
    return s;
}

int ScreenTour::selfTest(QQuickWindow *window, const Script &script)
{
    int failures = 0;
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        script.setLanguage(lang);
        for (const QSize size : script.testSizes) {
            window->resize(size);
            for (const QString &state : script.states) {
                const int before = g_warnings;
                if (!script.show(window, state)) {
                    std::fprintf(stderr, "self-test: could not reach state %s\n", qPrintable(state));
                    ++failures;
                }
                if (g_warnings != before)
                    std::fprintf(stderr, "self-test: %d warning(s) on %s (%s, %dx%d)\n", g_warnings - before,
                                 qPrintable(state), qPrintable(lang), size.width(), size.height());
            }
        }
    }
    std::printf("self-test: %d states x 2 languages x %d sizes, %d warnings, %d failures\n", int(script.states.size()),
                int(script.testSizes.size()), g_warnings, failures);
    return g_warnings == 0 && failures == 0 ? 0 : 1;
}

int ScreenTour::screenshots(QQuickWindow *window, const Script &script, const QString &dir)
{
    QDir().mkpath(dir);
    int saved = 0;
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        script.setLanguage(lang);
        for (const QSize size : script.shotSizes) {
            window->resize(size);
            for (const QString &state : script.states) {
                if (!script.show(window, state))
                    continue;
                const QImage img = window->grabWindow();
                const QString file = QDir(dir).filePath(QStringLiteral("%1%2-%3-%4x%5.png")
                                                            .arg(script.prefix, state, lang)
                                                            .arg(size.width())
                                                            .arg(size.height()));
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
