#include "visitorrepository.h"

#include "officestore.h"
#include "userrepository.h"
#include "validation.h"

#include <QJsonDocument>
#include <QUuid>

namespace tiepdan {

Result<VisitorRegistration> VisitorRepository::registerVisitor(Identity id, bool confidential, const QString &actor)
{
    auto valid = validateVisitorIdentity(id, m_store.now().date());
    if (!valid)
        return valid.error();
    id = *valid;
    if (id.isEmpty())
        return Error::invalid(QStringLiteral("name"), QStringLiteral("no identity was given"));

    VisitorRegistration reg;
    reg.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    reg.sealed = confidential;
    const QByteArray idHash = m_store.idHash(id.idNumber);
    auto s = m_store.db().transaction([&]() -> Status {
        if (!idHash.isEmpty()) {
            auto before =
                m_store.db().scalar(QStringLiteral("SELECT COUNT(*) FROM visitors WHERE id_hash = ?"), {idHash});
            if (!before)
                return before.error();
            reg.knownBefore = before->toInt() > 0;
        }
        const QByteArray sealed =
            confidential
                ? m_store.sealer().seal(QJsonDocument(id.toJson()).toJson(QJsonDocument::Compact), reg.id.toUtf8())
                : QByteArray();
        auto ins = m_store.db().exec(
            QStringLiteral("INSERT INTO visitors(id, full_name, address, id_number, phone, id_hash, sealed_identity, "
                           "created_at) VALUES (?,?,?,?,?,?,?,?)"),
            {reg.id, confidential ? QVariant() : QVariant(id.fullName),
             confidential || id.address.isEmpty() ? QVariant() : QVariant(id.address),
             confidential || id.idNumber.isEmpty() ? QVariant() : QVariant(id.idNumber),
             confidential || id.phone.isEmpty() ? QVariant() : QVariant(id.phone),
             idHash.isEmpty() ? QVariant() : QVariant(idHash), sealed.isEmpty() ? QVariant() : QVariant(sealed),
             m_store.now().toUTC().toString(Qt::ISODateWithMs)});
        if (!ins)
            return ins.error();
        auto seq = m_store.audit().append(actor, QStringLiteral("visitor.register"), QStringLiteral("visitor"), reg.id,
                                          {{QStringLiteral("sealed"), confidential}});
        if (!seq)
            return seq.error();
        return {};
    });
    if (!s)
        return s.error();
    return reg;
}

Result<Identity> VisitorRepository::identityForRecording(const QString &visitorId, const Session &by, bool *sealedOut)
{
    if (auto ok = m_store.users().require(by, Permission::RecordVisit); !ok)
        return ok.error();
    Identity id;
    bool sealed = false;
    auto s = m_store.db().transaction([&]() -> Status {
        auto q = m_store.db().exec(QStringLiteral("SELECT full_name, address, id_number, phone, sealed_identity "
                                                  "FROM visitors WHERE id = ?"),
                                   {visitorId});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::make(ErrorCode::NotFound, QStringLiteral("no visitor %1").arg(visitorId.left(40)));
        if (q->value(4).isNull()) {
            id.fullName = q->value(0).toString();
            id.address = q->value(1).toString();
            id.idNumber = q->value(2).toString();
            id.phone = q->value(3).toString();
            return {};
        }
        sealed = true;
        auto plain = m_store.sealer().open(q->value(4).toByteArray(), visitorId.toUtf8());
        if (!plain)
            return plain.error();
        id = Identity::fromJson(QJsonDocument::fromJson(*plain).object());
        auto seq =
            m_store.audit().append(by.login(), QStringLiteral("visitor.open"), QStringLiteral("visitor"), visitorId,
                                   {{QStringLiteral("purpose"), QStringLiteral("recording the visit")}});
        if (!seq)
            return seq.error();
        return {};
    });
    if (!s)
        return s.error();
    if (sealedOut)
        *sealedOut = sealed;
    return id;
}

} // namespace tiepdan
