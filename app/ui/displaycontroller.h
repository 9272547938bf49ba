// The waiting-room display (reception-kiosk --mode display): the tickets
// being called and their counters, the next numbers, today's sessions, and
// a spoken call for each new call or recall. Numbers only, never names.
//
// It reads the office database (--db; the LAN hub's push channel comes
// later) whenever another connection commits (PRAGMA data_version, checked
// every 300 ms), and announces every call and recall once, in the order
// they were made, as the audit trail lists them.
#pragma once

#include "announcer.h"
#include "listmodels.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace tiepdan {

class OfficeStore;

class CallListModel : public QAbstractListModel {
    Q_OBJECT
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
    Q_PROPERTY(CallListModel *calls READ calls CONSTANT)
    Q_PROPERTY(QStringList nextLabels READ nextLabels NOTIFY refreshed)
    Q_PROPERTY(SessionListModel *todaySessions READ todaySessions CONSTANT)
    Q_PROPERTY(QString speaking READ speaking NOTIFY speakingChanged)

public:
    // `announcer` may be null (no sound).
    DisplayController(OfficeStore &store, Announcer *announcer, QObject *parent = nullptr);

    QString officeName() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString today() const;
    CallListModel *calls() { return &m_calls; }
    QStringList nextLabels() const { return m_next; }
    SessionListModel *todaySessions() { return &m_sessions; }
    QString speaking() const { return m_speaking; }
    // Every call announced so far, oldest first: "A-015@2" (label@counter).
    QStringList announced() const { return m_announced; }

    Q_INVOKABLE void refresh();

signals:
    void languageChanged();
    void refreshed();
    void speakingChanged();
    void called(const QString &label, int counter);

private:
    OfficeStore &m_store;
    Announcer *m_announcer;
    QString m_language = QStringLiteral("vi");
    CallListModel m_calls;
    SessionListModel m_sessions;
    QStringList m_next, m_announced;
    QString m_speaking;
    qint64 m_lastSeq = 0; // the last audit entry looked at
    bool m_primed = false;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
    QDate m_day;
};

} // namespace tiepdan
