// The leader view's tour (ScreenTour::leader): a scratch office with a
// leader, a year of reception records (a sealed denunciation, a group, a
// repeat visit, matters with deadlines due and overdue) and a morning's
// tickets, then each screen of the view.
#include "screentour.h"

#include "leadercontroller.h"
#include "officestore.h"
#include "receptionrepository.h"
#include "ticketrepository.h"
#include "userrepository.h"

#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>

namespace tiepdan {

namespace {

// The demo book: one visit per `step` days over the last year, varied.
void fillBook(OfficeStore &store)
{
    static const QStringList family{QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),
                                    QStringLiteral("Phạm"),   QStringLiteral("Hoàng"), QStringLiteral("Đỗ")};
    static const QStringList given{QStringLiteral("An"),   QStringLiteral("Bình"), QStringLiteral("Cường"),
                                   QStringLiteral("Dũng"), QStringLiteral("Hà"),   QStringLiteral("Lan"),
                                   QStringLiteral("Yến")};
    static const QStringList contents{
        QStringLiteral("Khiếu nại quyết định cưỡng chế kê biên quyền sử dụng đất"),
        QStringLiteral("Đề nghị hoãn thi hành án vì hoàn cảnh khó khăn"),
        QStringLiteral("Khiếu nại việc định giá tài sản thấp hơn giá thị trường"),
        QStringLiteral("Phản ánh chậm trả tiền thi hành án"),
        QStringLiteral("Tố cáo chấp hành viên nhận tiền của đương sự"),
    };
    const QDate today = store.now().date();
    int serial = 0;
    for (int back = 360; back >= 0; back -= 3) {
        const QDate day = today.addDays(-back);
        if (day.dayOfWeek() > 5)
            continue;
        ReceptionRecord r;
        r.receivedAt = QDateTime(day, QTime(8 + serial % 8, 10 * (serial % 6)));
        const int k = serial % 5;
        r.kinds = {k == 4   ? MatterKind::Denunciation
                   : k == 1 ? MatterKind::Petition
                   : k == 3 ? MatterKind::Feedback
                            : MatterKind::Complaint};
        r.identity.fullName = family[serial % family.size()] + QStringLiteral(" Văn ") + given[serial % given.size()];
        r.identity.address = QStringLiteral("Phường Kinh Bắc, tỉnh Bắc Ninh");
        r.identity.idNumber = QStringLiteral("0270850%1").arg(serial % 40, 5, 10, QChar(u'0'));
        r.content = contents[k];
        r.peopleCount = serial % 17 == 0 ? 7 : 1;
        if (r.peopleCount >= 5)
            r.identity.representatives = {QStringLiteral("Trần Văn Đại"), QStringLiteral("Lê Thị Diện")};
        r.direction = serial % 7 == 0   ? HandlingDirection::Pending
                      : serial % 3 == 0 ? HandlingDirection::ReturnGuide
                      : serial % 5 == 0 ? HandlingDirection::Transfer
                                        : HandlingDirection::Accept;
        if (r.direction == HandlingDirection::Transfer)
            r.transferAgency = QStringLiteral("Tòa án nhân dân tỉnh Bắc Ninh");
        r.receiverRole = serial % 4 == 0   ? ReceiverRole::Head
                         : serial % 9 == 0 ? ReceiverRole::Deputy
                                           : ReceiverRole::Officer;
        r.receiverName =
            r.receiverRole == ReceiverRole::Officer ? QStringLiteral("Nguyễn Văn An") : QStringLiteral("Lê Lãnh Đạo");
        r.receptionKind = r.receiverRole == ReceiverRole::Officer ? ReceptionKind::Regular : ReceptionKind::Periodic;
        if (r.receptionKind == ReceptionKind::Periodic)
            r.sessionKey = day.toString(Qt::ISODate) + QStringLiteral("/periodic/leader/morning");
        r.previousAgency = serial % 2 ? QStringLiteral("Chi cục THADS huyện Tiên Du") : QString();
        r.followUp = r.direction == HandlingDirection::Accept ? QStringLiteral("Đã ra thông báo thụ lý") : QString();
        if (auto added = store.records().add(r, QStringLiteral("canbo.an")); !added)
            std::fprintf(stderr, "leader tour: no demo record: %s\n", qPrintable(added.error().message));
        ++serial;
    }
    for (int i = 0; i < 5; ++i) {
        IssueRequest req;
        req.serviceId = i % 2 ? QStringLiteral("petition") : QStringLiteral("complaint");
        if (auto t = store.tickets().issue(req, QStringLiteral("kiosk")); !t)
            std::fprintf(stderr, "leader tour: no demo ticket: %s\n", qPrintable(t.error().message));
    }
}

// Types a range into the statistics' period picker and asks for it, as a
// leader does; what the controller answered.
bool pickRange(QQuickWindow *window, const QDate &from, const QDate &to)
{
    QQuickItem *picker = ScreenTour::findItem(window, "periodPicker");
    QQuickItem *fromField = ScreenTour::findItem(window, "rangeFrom");
    QQuickItem *toField = ScreenTour::findItem(window, "rangeTo");
    if (!picker || !fromField || !toField)
        return false;
    picker->setProperty("preset", QStringLiteral("range"));
    QMetaObject::invokeMethod(fromField, "setIso", Q_ARG(QVariant, from.toString(Qt::ISODate)));
    QMetaObject::invokeMethod(toField, "setIso", Q_ARG(QVariant, to.toString(Qt::ISODate)));
    QMetaObject::invokeMethod(picker, "emitPreset");
    return picker->property("error").toString().isEmpty();
}
} // namespace

ScreenTour::Script ScreenTour::leader(LeaderController &leader, OfficeStore &store)
{
    Script s;
    s.prefix = QStringLiteral("leader-");
    s.setLanguage = [&leader](const QString &l) { leader.setLanguage(l); };
    s.testSizes = {QSize(1920, 1080), QSize(1366, 768), QSize(1280, 800), QSize(1024, 768)};
    s.shotSizes = {QSize(1920, 1080), QSize(1366, 768), QSize(1280, 800)};
    auto admin = store.users().createFirstAdmin(QStringLiteral("quantri"), QStringLiteral("Quản Trị Viên"),
                                                QStringLiteral("quantri-2468"));
    auto chief = admin ? store.users().add(*admin, QStringLiteral("lanhdao"), QStringLiteral("Lê Lãnh Đạo"),
                                           Role::Leader, QStringLiteral("lanhdao-2468"))
                       : Result<User>(admin.error());
    if (!chief)
        std::fprintf(stderr, "leader tour: no demo leader: %s\n", qPrintable(chief.error().message));
    fillBook(store);
    s.states = {QStringLiteral("sign-in"),
                QStringLiteral("overview"),
                QStringLiteral("log"),
                QStringLiteral("log-filtered"),
                QStringLiteral("log-exported"),
                QStringLiteral("record"),
                QStringLiteral("record-sealed"),
                QStringLiteral("record-unsealed"),
                QStringLiteral("statistics"),
                QStringLiteral("statistics-quarter"),
                QStringLiteral("statistics-range"),
                QStringLiteral("statistics-refused"),
                QStringLiteral("statistics-print-error")};
    // Exports of the tour go to a scratch folder; printing to a queue that
    // does not exist (the refusal in words).
    leader.setExportFolder(QDir::temp().filePath(QStringLiteral("tiepdan-tour-exports")));
    leader.setReportPrinter(QStringLiteral("TiepDanTourNoSuchPrinter"));
    if (leader.remote()) { // the department server's data: nothing to unseal, no demo book
        s.prefix = QStringLiteral("leader-province-");
        s.states.removeAll(QStringLiteral("record-unsealed"));
    }
    s.show = [&leader](QQuickWindow *window, const QString &state) {
        leader.clearError();
        leader.closeRecord();
        if (state == QLatin1String("sign-in")) {
            leader.signOut();
            ScreenTour::settle(100);
            return !leader.signedIn();
        }
        if (!leader.signedIn() && !leader.signIn(QStringLiteral("lanhdao"), QStringLiteral("lanhdao-2468")))
            return false;
        auto *tabs = ScreenTour::findItem(window, "leaderTabs");
        if (!tabs)
            return false;
        const int tab = state.startsWith(QLatin1String("log")) || state.startsWith(QLatin1String("record")) ? 1
                        : state.startsWith(QLatin1String("statistics"))                                     ? 2
                                                                                                            : 0;
        tabs->setProperty("currentIndex", tab);
        bool ok = true;
        if (state == QLatin1String("log") || state.startsWith(QLatin1String("record")))
            ok = leader.applyFilter({});
        if (state == QLatin1String("log-filtered")) {
            LogFilter f;
            f.text = QStringLiteral("dinh gia");
            f.direction = QStringLiteral("accept");
            ok = leader.applyFilter(f);
        }
        if (state == QLatin1String("record") || state.startsWith(QLatin1String("record-sealed")) ||
            state == QLatin1String("record-unsealed")) {
            const bool wantSealed = state != QLatin1String("record");
            QString id;
            for (int i = 0; i < leader.log()->rowCount() && id.isEmpty(); ++i) {
                const QModelIndex ix = leader.log()->index(i);
                if (leader.log()->data(ix, LogListModel::SealedRole).toBool() == wantSealed &&
                    (wantSealed ||
                     leader.log()->data(ix, LogListModel::DirectionRole).toString() == QLatin1String("accept")))
                    id = leader.log()->data(ix, LogListModel::RecordIdRole).toString();
            }
            ok = !id.isEmpty() && leader.openRecord(id);
            if (ok && state == QLatin1String("record-unsealed"))
                ok = leader.unseal(QStringLiteral("Thanh tra tỉnh yêu cầu xác minh (công văn 12/TTr)"));
        }
        if (state == QLatin1String("log-exported")) {
            const QDate today = QDate::currentDate();
            LogFilter f;
            f.from = QDate(today.year(), today.month(), 1).toString(QStringLiteral("dd/MM/yyyy"));
            f.to = today.toString(QStringLiteral("dd/MM/yyyy"));
            ok = leader.applyFilter(f) && leader.exportLog(QStringLiteral("pdf"));
        }
        if (state == QLatin1String("statistics"))
            ok = leader.showPeriod(QStringLiteral("year"), QDate::currentDate().year(), 0);
        if (state == QLatin1String("statistics-quarter"))
            ok = leader.showPeriod(QStringLiteral("quarter"), QDate::currentDate().year(), 3);
        // As typed in the period picker: a range, then one ending before it starts.
        if (state == QLatin1String("statistics-range") || state == QLatin1String("statistics-refused")) {
            const QDate today = QDate::currentDate();
            const QDate first(today.year(), today.month(), 1);
            const bool refused = state == QLatin1String("statistics-refused");
            ok = pickRange(window, refused ? today : first.addMonths(-2), refused ? first : today) != refused;
        }
        if (state == QLatin1String("statistics-print-error"))
            ok =
                leader.showPeriod(QStringLiteral("month"), QDate::currentDate().year(), QDate::currentDate().month()) &&
                !leader.exportReport(QStringLiteral("print"));
        ScreenTour::settle(150);
        return ok;
    };
    return s;
}

} // namespace tiepdan
