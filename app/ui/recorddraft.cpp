#include "recorddraft.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcDraft, "tiepdan.desk.draft")

namespace tiepdan {

RecordDraft::RecordDraft(QObject *parent)
    : QObject(parent),
      m_folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts"))
{
}

void RecordDraft::setFolder(const QString &folder)
{
    m_folder = folder;
    load();
}

void RecordDraft::setOwner(const QString &owner)
{
    // Only letters, digits, '.', '-', '_' reach a file name (logins are such).
    QString safe;
    for (const QChar c : owner)
        if (c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_')
            safe += c;
    if (safe == m_owner)
        return;
    m_owner = safe;
    load();
}

QString RecordDraft::path() const
{
    return QDir(m_folder).filePath(m_owner + QStringLiteral(".json"));
}

QString RecordDraft::keptAt() const
{
    return m_keptAt.isValid() ? m_keptAt.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QString();
}

VisitForm RecordDraft::forDisk(const VisitForm &form, bool *identityLeftOut)
{
    const bool leaveOut = form.confidential();
    if (identityLeftOut)
        *identityLeftOut = leaveOut;
    return leaveOut ? form.withoutIdentity() : form;
}

void RecordDraft::load()
{
    m_form = {};
    m_exists = false;
    m_keptAt = {};
    m_identityLeftOut = false;
    if (!m_owner.isEmpty()) {
        QFile f(path());
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            m_exists = o.value(QStringLiteral("form")).isObject();
            m_form = VisitForm::fromJson(o.value(QStringLiteral("form")).toObject());
            m_keptAt = QDateTime::fromString(o.value(QStringLiteral("keptAt")).toString(), Qt::ISODate);
            m_identityLeftOut = o.value(QStringLiteral("identityLeftOut")).toBool();
        }
    }
    emit changed();
}

bool RecordDraft::keep(const VisitFormValue &form)
{
    if (m_owner.isEmpty())
        return false;
    bool leftOut = false;
    const VisitForm disk = forDisk(form, &leftOut);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject o{{QStringLiteral("form"), disk.toJson()},
                        {QStringLiteral("keptAt"), now.toString(Qt::ISODate)},
                        {QStringLiteral("identityLeftOut"), leftOut}};
    QDir().mkpath(m_folder);
    QSaveFile f(path());
    // Mode 600 from the first byte: the draft may hold a citizen's name.
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        f.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0 || !f.commit()) {
        qCWarning(lcDraft).noquote() << "draft not kept:" << f.errorString();
        return false;
    }
    m_form = disk;
    m_exists = true;
    m_keptAt = now;
    m_identityLeftOut = leftOut;
    emit changed();
    return true;
}

void RecordDraft::discard()
{
    if (!m_owner.isEmpty())
        QFile::remove(path());
    if (!m_exists)
        return;
    m_form = {};
    m_exists = false;
    m_keptAt = {};
    m_identityLeftOut = false;
    emit changed();
}

} // namespace tiepdan
