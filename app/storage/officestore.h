// Everything one office process needs, built once: the configuration, the
// keys, the database and the repositories over it. Handed to the CLI, the
// kiosk's controllers and tests; no process-wide singletons.
//
// Keys: relative key paths in the configuration resolve against the folder
// of the database file. Missing key files are created only while the
// database holds no audited change yet (a new office); later a missing key
// is an error, never silently replaced.
#pragma once

#include "audit.h"
#include "calendar.h"
#include "database.h"
#include "deadlines.h"
#include "officeconfig.h"
#include "outbox.h"
#include "seal.h"
#include "serverupdates.h"
#include "ticketcode.h"

#include <QDateTime>

#include <functional>
#include <memory>

namespace tiepdan {

class TicketRepository;
class ReceptionRepository;
class AppointmentRepository;
class VisitorRepository;
class UserRepository;
class MatterRepository;

class OfficeStore {
public:
    static Result<std::unique_ptr<OfficeStore>> open(const OfficeConfig &config, const QString &dbPath,
                                                     Database::Options options = {});
    ~OfficeStore();

    const OfficeConfig &config() const { return m_config; }
    Database &db() { return *m_db; }
    AuditLog &audit() { return *m_audit; }
    Outbox &outbox() { return *m_outbox; }
    const TicketSigner &signer() const { return *m_signer; }
    const Sealer &sealer() const { return *m_sealer; }
    // The configuration files' schedule with the department server's
    // schedule changes replayed over it (ServerUpdates).
    const ReceptionCalendar &calendar() const { return m_calendar; }
    ServerUpdates &updates() { return *m_updates; }
    // Rebuilds config().schedule and calendar() from the files' schedule and
    // the stored changes; another process (or the kiosk's sync thread) may
    // have applied some. References to calendar() stay valid.
    Status reloadSchedule();
    const DeadlineCalculator &deadlines() const { return *m_deadlines; }
    TicketRepository &tickets() { return *m_tickets; }
    ReceptionRepository &records() { return *m_records; }
    MatterRepository &matters() { return *m_matters; }
    AppointmentRepository &appointments() { return *m_appointments; }
    VisitorRepository &visitors() { return *m_visitors; }
    UserRepository &users() { return *m_users; }

    // Keyed hash of a normalised ID number: finds repeat visits without
    // keeping a sealed visitor's ID number in the clear.
    QByteArray idHash(const QString &idNumber) const;

    // The clock every repository uses; tests replace it.
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTime(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    static QString resolveKeyPath(const QString &configured, const QString &dbPath);

private:
    explicit OfficeStore(const OfficeConfig &config);
    OfficeConfig m_config;
    Schedule m_fileSchedule; // as loaded from schedule.json and holidays.json
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<TicketSigner> m_signer;
    std::unique_ptr<Sealer> m_sealer;
    ReceptionCalendar m_calendar;
    std::unique_ptr<DeadlineCalculator> m_deadlines;
    std::unique_ptr<TicketRepository> m_tickets;
    std::unique_ptr<ReceptionRepository> m_records;
    std::unique_ptr<MatterRepository> m_matters;
    std::unique_ptr<AppointmentRepository> m_appointments;
    std::unique_ptr<VisitorRepository> m_visitors;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<ServerUpdates> m_updates;
    QByteArray m_idHashKey;
    std::function<QDateTime()> m_clock;
};

} // namespace tiepdan
