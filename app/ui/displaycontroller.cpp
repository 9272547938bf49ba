#include "displaycontroller.h"

#include "officestore.h"
#include "ticketrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

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

DisplayController::DisplayController(OfficeStore &store, Announcer *announcer, QObject *parent)
    : QObject(parent), m_store(store), m_announcer(announcer)
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
    m_poll.setInterval(300);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        auto v = m_store.db().scalar(QStringLiteral("PRAGMA data_version"));
        if ((v && v->toLongLong() != m_dataVersion) || m_store.now().date() != m_day) {
            m_dataVersion = v ? v->toLongLong() : -1;
            refresh();
        }
    });
    m_poll.start();
    refresh();
}

QString DisplayController::officeName() const { return m_store.config().office.name; }
QString DisplayController::today() const { return m_store.now().date().toString(Qt::ISODate); }

void DisplayController::setLanguage(const QString &language)
{
    const QString l = language == QLatin1String("en") ? language : QStringLiteral("vi");
    if (l != m_language) {
        m_language = l;
        emit languageChanged();
    }
}

void DisplayController::refresh()
{
    const QDate day = m_store.now().date();
    if (day != m_day) {
        m_day = day;
        m_sessions.setRows(SessionListModel::rowsFor(m_store, m_store.calendar().sessionsOn(day)));
    }
    auto tickets = m_store.tickets().list(day, false);
    if (!tickets)
        return;
    // Called or being received, the latest call first.
    QList<Ticket> onBoard;
    QStringList next;
    for (const Ticket &t : *tickets) {
        if (t.state == TicketState::Called || t.state == TicketState::Serving)
            onBoard << t;
        else if (t.state == TicketState::Waiting && next.size() < 8)
            next << t.displayLabel();
    }
    std::sort(onBoard.begin(), onBoard.end(), [](const Ticket &a, const Ticket &b) { return a.calledAt > b.calledAt; });
    QList<CallListModel::Row> rows;
    for (const Ticket &t : onBoard)
        if (rows.size() < 6)
            rows << CallListModel::Row{t.displayLabel(), t.counter, toString(t.state)};
    m_calls.setRows(rows);
    m_next = next;

    // New calls and recalls, in the order they were made: read from the
    // audit trail (every call is an entry, with its label and counter), so
    // that each is announced once. Calls made before the display started are
    // on the board but not announced again.
    auto events = m_store.db().exec(QStringLiteral("SELECT seq, detail FROM audit WHERE seq > ? AND action IN "
                                                   "('ticket.call', 'ticket.recall') ORDER BY seq"),
                                    {m_primed ? m_lastSeq : std::numeric_limits<qint64>::max()});
    if (!m_primed) {
        auto last = m_store.db().scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit"));
        m_lastSeq = last ? last->toLongLong() : 0;
    } else if (events) {
        static const QRegularExpression label(QStringLiteral("^([A-Z]+)([0-9]+)$"));
        while (events->next()) {
            m_lastSeq = events->value(0).toLongLong();
            const QJsonObject d = QJsonDocument::fromJson(events->value(1).toString().toUtf8()).object();
            const auto m = label.match(d.value(QStringLiteral("label")).toString());
            const int counter = d.value(QStringLiteral("counter")).toInt();
            if (!m.hasMatch() || counter <= 0)
                continue;
            const QString shown = m.captured(1) + u'-' + m.captured(2);
            m_announced << QStringLiteral("%1@%2").arg(shown).arg(counter);
            emit called(shown, counter);
            if (m_announcer)
                m_announcer->announce(shown, counter);
        }
    }
    m_primed = true;
    emit refreshed();
}

} // namespace tiepdan
