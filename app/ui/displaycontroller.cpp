#include "displaycontroller.h"

#include "officeclient.h"
#include "officeservice.h"
#include "officestore.h"

#include <QJsonObject>

#include <algorithm>

namespace tiepdan {

void CallListModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

int CallListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CallListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case LabelRole: return r.label;
    case CounterRole: return r.counter;
    case StateRole: return r.state;
    }
    return {};
}

QHash<int, QByteArray> CallListModel::roleNames() const
{
    return {{LabelRole, "label"}, {CounterRole, "counter"}, {StateRole, "state"}};
}

DisplayController::DisplayController(OfficeClient &client, const OfficeConfig &config, Announcer *announcer,
                                     QObject *parent)
    : QObject(parent), m_client(&client), m_officeName(config.office.name), m_announcer(announcer)
{
    init();
}

DisplayController::DisplayController(OfficeStore &store, Announcer *announcer, QObject *parent)
    : QObject(parent), m_ownService(std::make_unique<OfficeService>(store)),
      m_ownClient(std::make_unique<LocalOfficeClient>(*m_ownService)), m_client(m_ownClient.get()),
      m_officeName(store.config().office.name), m_announcer(announcer)
{
    init();
}

DisplayController::~DisplayController() = default;

void DisplayController::init()
{
    if (m_announcer) {
        connect(m_announcer, &Announcer::started, this, [this](const QString &text) {
            m_speaking = text;
            emit speakingChanged();
        });
        connect(m_announcer, &Announcer::finished, this, [this] {
            if (!m_announcer->busy()) {
                m_speaking.clear();
                emit speakingChanged();
            }
        });
    }
    connect(m_client, &OfficeClient::events, this, &DisplayController::onEvents);
    connect(m_client, &OfficeClient::resynced, this, &DisplayController::refresh);
    connect(m_client, &OfficeClient::onlineChanged, this, &DisplayController::onlineChanged);
    // The day changes, the sessions' places left change: looked at every 30 s.
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &DisplayController::refresh);
    m_tick.start();
    m_client->start();
    refresh();
}

bool DisplayController::online() const
{
    return m_client->online();
}

QString DisplayController::officeName() const
{
    return m_officeName;
}
QString DisplayController::today() const
{
    return m_day;
}

void DisplayController::setLanguage(const QString &language)
{
    const QString l = language == QLatin1String("en") ? language : QStringLiteral("vi");
    if (l != m_language) {
        m_language = l;
        emit languageChanged();
    }
}

void DisplayController::onEvents(const QJsonArray &events)
{
    // Calls and recalls, in the order they were made, each announced once.
    // Calls made before the display started are on the board but not
    // announced again (the feed starts at the newest event).
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        const QString action = e.value(QStringLiteral("action")).toString();
        if (action != QLatin1String("ticket.call") && action != QLatin1String("ticket.recall"))
            continue;
        const QString label = e.value(QStringLiteral("label")).toString();
        const int counter = e.value(QStringLiteral("counter")).toInt();
        if (label.isEmpty() || counter <= 0)
            continue;
        m_announced << QStringLiteral("%1@%2").arg(label).arg(counter);
        emit called(label, counter);
        if (m_announcer)
            m_announcer->announce(label, counter);
    }
    refresh();
}

void DisplayController::refresh()
{
    const QJsonObject board = m_client->call(QStringLiteral("board"));
    if (!board.value(QStringLiteral("ok")).toBool())
        return; // offline: the board stays as it was, the screen says why
    m_day = board.value(QStringLiteral("day")).toString();
    QList<SessionListModel::Row> sessions;
    for (const QJsonValue &v : board.value(QStringLiteral("sessions")).toArray())
        sessions << SessionListModel::Row{OfficeService::sessionFromJson(v.toObject()),
                                          v.toObject().value(QStringLiteral("left")).toInt()};
    m_sessions.setRows(sessions);
    // Called or being received, the latest call first.
    QList<QJsonObject> onBoard;
    QStringList next;
    for (const QJsonValue &v : board.value(QStringLiteral("tickets")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString state = t.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("called") || state == QLatin1String("serving"))
            onBoard << t;
        else if (state == QLatin1String("waiting") && next.size() < 8)
            next << t.value(QStringLiteral("label")).toString();
    }
    // ISO times in UTC with milliseconds sort as text.
    std::stable_sort(onBoard.begin(), onBoard.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("calledAt")).toString() > b.value(QStringLiteral("calledAt")).toString();
    });
    QList<CallListModel::Row> rows;
    for (const QJsonObject &t : onBoard)
        if (rows.size() < 6)
            rows << CallListModel::Row{t.value(QStringLiteral("label")).toString(),
                                       t.value(QStringLiteral("counter")).toInt(),
                                       t.value(QStringLiteral("state")).toString()};
    m_calls.setRows(rows);
    m_next = next;
    emit refreshed();
}

} // namespace tiepdan
