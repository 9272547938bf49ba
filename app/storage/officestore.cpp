#include "officestore.h"

#include "appointmentrepository.h"
#include "configloader.h"
#include "keys.h"
#include "matterrepository.h"
#include "receptionrepository.h"
#include "ticketrepository.h"
#include "userrepository.h"
#include "visitorrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>

namespace tiepdan {

OfficeStore::OfficeStore(const OfficeConfig &config)
    : m_config(config), m_fileSchedule(config.schedule), m_calendar(config.schedule)
{
}
OfficeStore::~OfficeStore() = default;

QString OfficeStore::resolveKeyPath(const QString &configured, const QString &dbPath)
{
    if (QDir::isAbsolutePath(configured))
        return configured;
    return QFileInfo(dbPath).absoluteDir().filePath(configured);
}

Result<std::unique_ptr<OfficeStore>> OfficeStore::open(const OfficeConfig &config, const QString &dbPath,
                                                       Database::Options options)
{
    std::unique_ptr<OfficeStore> s(new OfficeStore(config));
    auto db = Database::open(dbPath, options);
    if (!db)
        return db.error();
    s->m_db = std::move(db).value();

    auto audited = s->m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit"));
    if (!audited)
        return audited.error();
    const bool newOffice = audited->toLongLong() == 0 && !options.readOnly;
    const QString officeKeyPath = resolveKeyPath(config.security.officeKeyFile, dbPath);
    const QString sealKeyPath = resolveKeyPath(config.security.sealKeyFile, dbPath);
    if (newOffice) {
        for (const QString &p : {officeKeyPath, sealKeyPath}) {
            if (QFileInfo::exists(p))
                continue;
            const QString folder = QFileInfo(p).absolutePath();
            if (!QFileInfo::exists(folder)) {
                if (!QDir().mkpath(folder))
                    return Error::make(ErrorCode::Crypto, QStringLiteral("cannot create the key folder for %1").arg(p));
                QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            }
            if (auto c = createKeyFile(p); !c)
                return c.error();
        }
    }
    auto officeKey = readKeyFile(officeKeyPath);
    if (!officeKey)
        return officeKey.error();
    auto sealKey = readKeyFile(sealKeyPath);
    if (!sealKey)
        return sealKey.error();

    s->m_audit = std::make_unique<AuditLog>(*s->m_db, *officeKey);
    s->m_outbox = std::make_unique<Outbox>(*s->m_db);
    s->m_signer = std::make_unique<TicketSigner>(*officeKey);
    s->m_sealer = std::make_unique<Sealer>(*sealKey);
    s->m_idHashKey = deriveKey(*officeKey, "tiepdan-id-hash-v1");
    s->m_deadlines = std::make_unique<DeadlineCalculator>(config.deadlineRuleSets, s->m_calendar);
    s->m_tickets = std::make_unique<TicketRepository>(*s);
    s->m_records = std::make_unique<ReceptionRepository>(*s);
    s->m_matters = std::make_unique<MatterRepository>(*s);
    s->m_appointments = std::make_unique<AppointmentRepository>(*s);
    s->m_visitors = std::make_unique<VisitorRepository>(*s);
    s->m_users = std::make_unique<UserRepository>(*s);
    s->m_updates = std::make_unique<ServerUpdates>(*s);
    if (auto r = s->reloadSchedule(); !r)
        return r.error();
    return s;
}

Status OfficeStore::reloadSchedule()
{
    auto changes = m_updates->scheduleChanges();
    if (!changes)
        return changes.error();
    Schedule schedule = m_fileSchedule;
    for (const QJsonObject &change : std::as_const(*changes))
        // Each was checked when it arrived; one that no longer fits the
        // files' schedule (edited since) is passed over, the rest apply.
        if (const auto issues = applyScheduleChange(change, schedule); !issues.isEmpty())
            qWarning("schedule change not applied: %s", qPrintable(issues.first().toString()));
    m_config.schedule = schedule;
    m_calendar = ReceptionCalendar(schedule);
    return {};
}

QByteArray OfficeStore::idHash(const QString &idNumber) const
{
    if (idNumber.isEmpty())
        return {};
    return QMessageAuthenticationCode::hash(idNumber.toUtf8(), m_idHashKey, QCryptographicHash::Sha256);
}

} // namespace tiepdan
