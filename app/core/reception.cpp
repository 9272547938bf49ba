#include "reception.h"

#include "enumnames.h"
#include "validation.h"

#include <QJsonArray>

#include <array>

namespace tiepdan {

namespace {
constexpr std::array kMatterKinds = {"complaint", "denunciation", "petition", "feedback"};
constexpr std::array kDirections = {"pending", "accept", "return_guide", "transfer"};
constexpr std::array kRoles = {"officer", "head", "deputy"};
constexpr std::array kGrounds = {"none", "intoxicated", "disorderly", "already_settled"};
} // namespace

QString toString(MatterKind v)
{
    return enumName(kMatterKinds, v);
}
QString toString(HandlingDirection v)
{
    return enumName(kDirections, v);
}
QString toString(ReceiverRole v)
{
    return enumName(kRoles, v);
}
QString toString(RefusalGround v)
{
    return enumName(kGrounds, v);
}
bool fromString(const QString &s, MatterKind *out)
{
    return enumFromName(kMatterKinds, s, out);
}
bool fromString(const QString &s, HandlingDirection *out)
{
    return enumFromName(kDirections, s, out);
}
bool fromString(const QString &s, ReceiverRole *out)
{
    return enumFromName(kRoles, s, out);
}
bool fromString(const QString &s, RefusalGround *out)
{
    return enumFromName(kGrounds, s, out);
}

bool Identity::isEmpty() const
{
    return fullName.isEmpty() && address.isEmpty() && idNumber.isEmpty() && phone.isEmpty() &&
           representatives.isEmpty();
}

QJsonObject Identity::toJson() const
{
    return {{QStringLiteral("fullName"), fullName},
            {QStringLiteral("address"), address},
            {QStringLiteral("idNumber"), idNumber},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("representatives"), QJsonArray::fromStringList(representatives)}};
}

Identity Identity::fromJson(const QJsonObject &o)
{
    Identity i;
    i.fullName = o.value(QStringLiteral("fullName")).toString();
    i.address = o.value(QStringLiteral("address")).toString();
    i.idNumber = o.value(QStringLiteral("idNumber")).toString();
    i.phone = o.value(QStringLiteral("phone")).toString();
    for (const auto &v : o.value(QStringLiteral("representatives")).toArray())
        i.representatives << v.toString();
    return i;
}

QString ReceptionRecord::deadlineKind() const
{
    if (kinds.contains(MatterKind::Denunciation))
        return QStringLiteral("denunciation");
    if (kinds.contains(MatterKind::Complaint))
        return aboutEnforcement ? QStringLiteral("complaint_enforcement") : QStringLiteral("complaint");
    return kinds.isEmpty() ? QString() : toString(kinds.first());
}

int maxRepresentatives(int people, const GroupPolicy &policy)
{
    if (people < policy.minPeople)
        return 0;
    for (const auto &b : policy.bands)
        if (people >= b.fromPeople && (b.toPeople == 0 || people <= b.toPeople))
            return b.maxRepresentatives;
    return 0;
}

Result<Identity> validateVisitorIdentity(Identity id, const QDate &today)
{
    if (!normalizeText(id.fullName).isEmpty()) {
        auto name = validatePersonName(id.fullName);
        if (!name)
            return name.error();
        id.fullName = *name;
    } else {
        id.fullName.clear();
    }
    auto address = validateText(QStringLiteral("address"), id.address, limits::AddressMax, false);
    if (!address)
        return address.error();
    id.address = *address;
    if (!normalizeText(id.idNumber).isEmpty()) {
        auto idn = validateIdNumber(id.idNumber, today);
        if (!idn)
            return idn.error();
        id.idNumber = idn->value;
    } else {
        id.idNumber.clear();
    }
    if (!normalizeText(id.phone).isEmpty()) {
        auto phone = validatePhone(id.phone);
        if (!phone)
            return phone.error();
        id.phone = *phone;
    } else {
        id.phone.clear();
    }
    return id;
}

Result<ReceptionRecord> validateRecord(ReceptionRecord r, const GroupPolicy &groups, const QDate &today)
{
    if (!r.receivedAt.isValid())
        return Error::invalid(QStringLiteral("receivedAt"), QStringLiteral("the date of reception is missing"));
    if (r.receivedAt.date() > today)
        return Error::invalid(QStringLiteral("receivedAt"), QStringLiteral("the date of reception is in the future"));
    if (r.kinds.isEmpty())
        return Error::invalid(QStringLiteral("kinds"), QStringLiteral("choose at least one classification: complaint, "
                                                                      "denunciation, petition or feedback"));
    if (r.kinds.contains(MatterKind::Denunciation))
        r.confidential = true; // Luật Tố cáo 2018, Art. 9: always sealed
    if (r.anonymous && !r.kinds.contains(MatterKind::Denunciation))
        return Error::invalid(QStringLiteral("anonymous"),
                              QStringLiteral("only a denunciation may be recorded without identity"));

    Identity &id = r.identity;
    if (r.anonymous) {
        if (!id.isEmpty())
            return Error::invalid(QStringLiteral("anonymous"),
                                  QStringLiteral("an anonymous denunciation cannot carry a name, "
                                                 "address or ID number"));
    } else {
        auto name = validatePersonName(id.fullName);
        if (!name)
            return name.error();
        id.fullName = *name;
        auto address = validateText(QStringLiteral("address"), id.address, limits::AddressMax, false);
        if (!address)
            return address.error();
        id.address = *address;
        if (!id.idNumber.isEmpty()) {
            auto idn = validateIdNumber(id.idNumber, today);
            if (!idn)
                return idn.error();
            id.idNumber = idn->value;
        }
        if (!id.phone.isEmpty()) {
            auto phone = validatePhone(id.phone);
            if (!phone)
                return phone.error();
            id.phone = *phone;
        }
    }

    auto content = validateText(QStringLiteral("content"), r.content, limits::ContentMax, true);
    if (!content)
        return content.error();
    r.content = *content;
    for (auto [field, value, max] :
         {std::tuple{QStringLiteral("previousAgency"), &r.previousAgency, limits::ShortTextMax},
          std::tuple{QStringLiteral("transferAgency"), &r.transferAgency, limits::ShortTextMax},
          std::tuple{QStringLiteral("followUp"), &r.followUp, limits::ShortTextMax},
          std::tuple{QStringLiteral("notes"), &r.notes, limits::NotesMax},
          std::tuple{QStringLiteral("receiverName"), &r.receiverName, limits::NameMax},
          std::tuple{QStringLiteral("refusalNote"), &r.refusalNote, limits::ShortTextMax}}) {
        auto v = validateText(field, *value, max, false);
        if (!v)
            return v.error();
        *value = *v;
    }

    if (r.peopleCount < 1 || r.peopleCount > limits::GroupSizeMax)
        return Error::invalid(QStringLiteral("peopleCount"),
                              QStringLiteral("number of people must be between 1 and %1").arg(limits::GroupSizeMax));
    const int maxReps = maxRepresentatives(r.peopleCount, groups);
    if (id.representatives.size() > maxReps)
        return Error::invalid(QStringLiteral("representatives"),
                              maxReps == 0 ? QStringLiteral("only a group of %1 or more people appoints "
                                                            "representatives")
                                                 .arg(groups.minPeople)
                                           : QStringLiteral("a group of %1 people may appoint at most %2 "
                                                            "representatives")
                                                 .arg(r.peopleCount)
                                                 .arg(maxReps));
    for (QString &rep : id.representatives) {
        auto name = validatePersonName(rep);
        if (!name)
            return Error::invalid(QStringLiteral("representatives"), name.error().message);
        rep = *name;
    }

    if (r.direction == HandlingDirection::Transfer && r.transferAgency.isEmpty())
        return Error::invalid(QStringLiteral("transferAgency"),
                              QStringLiteral("name the agency the matter is transferred to"));
    if (r.direction != HandlingDirection::Transfer && !r.transferAgency.isEmpty())
        return Error::invalid(QStringLiteral("transferAgency"),
                              QStringLiteral("a transfer agency is only recorded for a transfer"));
    if (!r.conclusion.isEmpty() || r.conclusionDue.isValid()) {
        if (r.receiverRole == ReceiverRole::Officer)
            return Error::invalid(QStringLiteral("conclusion"),
                                  QStringLiteral("a conclusion notice ends a reception by the head or a deputy"));
        auto c = validateText(QStringLiteral("conclusion"), r.conclusion, limits::ContentMax, true);
        if (!c)
            return c.error();
        r.conclusion = *c;
        if (r.conclusionDue.isValid() && r.conclusionDue < r.receivedAt.date())
            return Error::invalid(QStringLiteral("conclusionDue"),
                                  QStringLiteral("the follow-up deadline is before the reception"));
    }
    if (r.refusal != RefusalGround::None && r.direction != HandlingDirection::Pending)
        return Error::invalid(QStringLiteral("refusal"),
                              QStringLiteral("a refused reception has no handling direction"));
    if (r.refusal == RefusalGround::AlreadySettled && r.refusalNote.isEmpty())
        return Error::invalid(QStringLiteral("refusalNote"),
                              QStringLiteral("refusing a settled matter needs the number of the "
                                             "head's refusal notice"));
    return r;
}

} // namespace tiepdan
