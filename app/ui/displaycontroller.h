// The waiting-room display (reception-kiosk --mode display): the tickets
// being called and their counters, the next numbers, today's sessions, and
// a spoken call for each new call or recall. Numbers only, never names.
//
// It works through an OfficeClient: in process on the office database
// (--db) or over the LAN through the kiosk PC's hub (--office URL). Every
// call and recall is an event of the office's feed (the audit trail, in
// order, none skipped across a reconnect): each is announced once, in the
// order they were made, and the board is reloaded. While the hub does not
// answer, `online` is false and the screen says so.
#pragma once

#include "announcer.h"
#include "listmodels.h"
#include "officeconfig.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace tiepdan {

class OfficeStore;
class OfficeService;
class OfficeClient;

class CallListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the display controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { LabelRole = Qt::UserRole + 1, CounterRole, StateRole };
    struct Row {
        QString label;
        int counter = 0;
        QString state;
    };
    explicit CallListModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}
    void setRows(const QList<Row> &rows);
    int count() const { return int(m_rows.size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<Row> m_rows;
};

class DisplayController : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString officeName READ officeName CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString today READ today NOTIFY refreshed)
    Q_PROPERTY(tiepdan::CallListModel *calls READ calls CONSTANT)
    Q_PROPERTY(QStringList nextLabels READ nextLabels NOTIFY refreshed)
    Q_PROPERTY(tiepdan::SessionListModel *todaySessions READ todaySessions CONSTANT)
    Q_PROPERTY(QString speaking READ speaking NOTIFY speakingChanged)
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)

public:
    // `announcer` may be null (no sound). `client` must outlive the display.
    DisplayController(OfficeClient &client, const OfficeConfig &config, Announcer *announcer,
                      QObject *parent = nullptr);
    // On `store` directly: an in-process client.
    DisplayController(OfficeStore &store, Announcer *announcer, QObject *parent = nullptr);
    ~DisplayController() override;

    QString officeName() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString today() const;
    CallListModel *calls() { return &m_calls; }
    QStringList nextLabels() const { return m_next; }
    SessionListModel *todaySessions() { return &m_sessions; }
    QString speaking() const { return m_speaking; }
    bool online() const;
    // Every call announced so far, oldest first: "A-015@2" (label@counter).
    QStringList announced() const { return m_announced; }

    Q_INVOKABLE void refresh();

signals:
    void languageChanged();
    void refreshed();
    void speakingChanged();
    void called(const QString &label, int counter);
    void onlineChanged();

private:
    void init();
    void onEvents(const QJsonArray &events);

    std::unique_ptr<OfficeService> m_ownService;
    std::unique_ptr<OfficeClient> m_ownClient;
    OfficeClient *m_client;
    QString m_officeName;
    Announcer *m_announcer;
    QString m_language = QStringLiteral("vi");
    CallListModel m_calls;
    SessionListModel m_sessions;
    QStringList m_next, m_announced;
    QString m_speaking;
    QTimer m_tick;
    QString m_day;
};

} // namespace tiepdan
