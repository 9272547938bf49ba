// Shared by the ticket tests (tst_ticketissue, tst_queueactions,
// tst_callnext, tst_ticketpayload): the names of actions and states as the
// database, the audit trail and the outbox carry them, how a fresh ticket
// reaches each state, issuing and acting helpers, and TicketTest, the base of
// the test classes (the shipped configuration, checked once, and a store on
// a clock the test moves). Header-only, storage-local.
#pragma once

#include "storagefixture.h"

#include "officestore.h"
#include "queuepolicy.h"
#include "ticketrepository.h"

#include <QLoggingCategory>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using Actions = QList<tiepdan::QueueAction>;
using Setup = std::function<void(tiepdan::TicketRepository &, storagefixture::FakeClock &)>;

Q_DECLARE_METATYPE(tiepdan::QueueAction)
Q_DECLARE_METATYPE(tiepdan::TicketState)
Q_DECLARE_METATYPE(Actions)
Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(tiepdan::PriorityPolicy::Mode)

namespace ticketfixture {

using namespace tiepdan;
using namespace storagefixture;
using namespace Qt::StringLiterals;

inline const QString kKiosk = u"kiosk-1"_s;
inline const QString kOfficer = u"canbo.thu"_s;

// The names the database, the audit trail and the outbox carry. Written
// out here rather than taken from the code under test.
inline const QMap<QueueAction, QString> kActionName = {
    {QueueAction::Call, u"call"_s},     {QueueAction::Recall, u"recall"_s},     {QueueAction::Start, u"start"_s},
    {QueueAction::Finish, u"finish"_s}, {QueueAction::NoShow, u"no_show"_s},    {QueueAction::Park, u"park"_s},
    {QueueAction::Resume, u"resume"_s}, {QueueAction::Transfer, u"transfer"_s}, {QueueAction::Cancel, u"cancel"_s},
};
inline const QMap<TicketState, QString> kStateName = {
    {TicketState::Waiting, u"waiting"_s},         {TicketState::Called, u"called"_s},
    {TicketState::Serving, u"serving"_s},         {TicketState::Done, u"done"_s},
    {TicketState::NoShow, u"no_show"_s},          {TicketState::Parked, u"parked"_s},
    {TicketState::Transferred, u"transferred"_s}, {TicketState::Cancelled, u"cancelled"_s},
};

// How a fresh waiting ticket gets into each state (noShowAfterRecalls = 2).
inline const QMap<TicketState, Actions> kPath = {
    {TicketState::Waiting, {}},
    {TicketState::Called, {QueueAction::Call}},
    {TicketState::Serving, {QueueAction::Call, QueueAction::Start}},
    {TicketState::Done, {QueueAction::Call, QueueAction::Start, QueueAction::Finish}},
    {TicketState::NoShow, {QueueAction::Call, QueueAction::Recall, QueueAction::Recall, QueueAction::NoShow}},
    {TicketState::Parked, {QueueAction::Call, QueueAction::Park}},
    {TicketState::Transferred, {QueueAction::Transfer}},
    {TicketState::Cancelled, {QueueAction::Cancel}},
};

inline constexpr int kActingCounter = 1;
inline constexpr int kTransferTarget = 3;

inline QString label(const QString &prefix, int n)
{
    return prefix + u"%1"_s.arg(n, 3, 10, QLatin1Char('0'));
}

// Applies `actions` to ticket `lbl` at counter 1 (transfers go to counter 3).
inline bool run(TicketRepository &tickets, const QString &lbl, const Actions &actions, QString *error = nullptr)
{
    for (QueueAction a : actions) {
        auto r = tickets.act(lbl, a, kOfficer, kActingCounter, a == QueueAction::Transfer ? kTransferTarget : 0);
        if (!r) {
            if (error)
                *error = u"%1 %2: %3"_s.arg(kActionName.value(a), lbl, errorText(r.error()));
            return false;
        }
    }
    return true;
}

inline IssueRequest request(const QString &service, const QString &priority = {})
{
    IssueRequest r;
    r.serviceId = service;
    r.priorityCategory = priority;
    return r;
}

inline QString issueLabel(TicketRepository &tickets, const QString &service, const QString &priority = {})
{
    auto r = tickets.issue(request(service, priority), kKiosk);
    return r ? r->ticket.label : u"<%1>"_s.arg(errorText(r.error()));
}

// The base of the ticket test classes.
class TicketTest : public QObject {
protected:
    // The shipped configuration, and what the tests' rows assume of it.
    void loadShippedConfig()
    {
        QLoggingCategory::setFilterRules(u"tiepdan.*.info=false\ntiepdan.storage.warning=false"_s);
        const ConfigLoadResult cfg = shippedConfig();
        QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
        m_config = cfg.config;
        QCOMPARE(m_config.priority.noShowAfterRecalls, 2);
        QVERIFY(m_config.priority.mode == PriorityPolicy::Mode::Interleaved);
        QCOMPARE(m_config.priority.interleaveEvery, 3);
        QCOMPARE(m_config.service(u"complaint"_s)->prefix, u"A"_s);
        QCOMPARE(m_config.service(u"petition"_s)->prefix, u"C"_s);
        QCOMPARE(m_config.counter(1)->serviceIds, (QStringList{u"complaint"_s, u"petition"_s, u"info"_s}));
        QCOMPARE(m_config.counter(2)->serviceIds, (QStringList{u"complaint"_s, u"denunciation"_s, u"petition"_s}));
        QCOMPARE(m_config.counter(3)->serviceIds, (QStringList{u"leader"_s}));
    }
    // A new store in `dir` on a new clock (Monday 2026-11-23 08:00, m_clock).
    std::unique_ptr<OfficeStore> open(const QTemporaryDir &dir, const OfficeConfig *config = nullptr)
    {
        m_clock = std::make_shared<FakeClock>();
        return openStore(config ? *config : m_config, dir, m_clock);
    }

    OfficeConfig m_config;
    std::shared_ptr<FakeClock> m_clock;
};

} // namespace ticketfixture
