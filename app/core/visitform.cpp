#include "visitform.h"

#include "validation.h"

#include <QJsonArray>

namespace tiepdan {

namespace {

// Every field's JSON key, once.
struct TextField {
    const char *key;
    QString VisitForm::*member;
};
constexpr TextField kTexts[] = {
    {"fullName", &VisitForm::fullName},
    {"address", &VisitForm::address},
    {"idNumber", &VisitForm::idNumber},
    {"phone", &VisitForm::phone},
    {"representatives", &VisitForm::representatives},
    {"content", &VisitForm::content},
    {"previousAgency", &VisitForm::previousAgency},
    {"direction", &VisitForm::direction},
    {"transferAgency", &VisitForm::transferAgency},
    {"followUp", &VisitForm::followUp},
    {"notes", &VisitForm::notes},
    {"receiverRole", &VisitForm::receiverRole},
    {"receiverName", &VisitForm::receiverName},
    {"receptionKind", &VisitForm::receptionKind},
    {"refusal", &VisitForm::refusal},
    {"refusalNote", &VisitForm::refusalNote},
    {"sessionKey", &VisitForm::sessionKey},
    {"conclusion", &VisitForm::conclusion},
    {"conclusionDue", &VisitForm::conclusionDue},
};
struct FlagField {
    const char *key;
    bool VisitForm::*member;
};
constexpr FlagField kFlags[] = {
    {"anonymous", &VisitForm::anonymous},
    {"aboutEnforcement", &VisitForm::aboutEnforcement},
    {"withTicket", &VisitForm::withTicket},
};
constexpr char kKinds[] = "kinds";
constexpr char kPeopleCount[] = "peopleCount";

// A count as sent: a number, or a string of one; 0 when it is neither.
int wholeNumber(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return 1;
    if (v.isDouble())
        return v.toDouble() == double(v.toInt()) ? v.toInt() : 0;
    bool good = false;
    const int n = v.toString().trimmed().toInt(&good);
    return good ? n : 0;
}

// An enum field's code; `def` when the field is empty.
template <typename E> bool code(const QString &value, const char *def, E *out)
{
    const QString v = value.trimmed();
    return fromString(v.isEmpty() ? QString::fromLatin1(def) : v, out);
}
bool code(const QString &value, const char *def, ReceptionKind *out)
{
    const QString v = value.trimmed();
    return receptionKindFromString(v.isEmpty() ? QString::fromLatin1(def) : v, out);
}

} // namespace

bool VisitForm::confidential() const
{
    return anonymous || kinds.contains(QStringLiteral("denunciation"));
}

VisitForm VisitForm::withoutIdentity() const
{
    VisitForm f = *this;
    f.fullName.clear();
    f.address.clear();
    f.idNumber.clear();
    f.phone.clear();
    f.representatives.clear();
    return f;
}

QJsonObject VisitForm::toJson() const
{
    QJsonObject o;
    for (const TextField &f : kTexts)
        o.insert(QLatin1String(f.key), this->*f.member);
    for (const FlagField &f : kFlags)
        o.insert(QLatin1String(f.key), this->*f.member);
    o.insert(QLatin1String(kKinds), QJsonArray::fromStringList(kinds));
    o.insert(QLatin1String(kPeopleCount), peopleCount);
    return o;
}

VisitForm VisitForm::fromJson(const QJsonObject &o)
{
    VisitForm form;
    for (const TextField &f : kTexts)
        form.*f.member = o.value(QLatin1String(f.key)).toString();
    for (const FlagField &f : kFlags)
        form.*f.member = o.value(QLatin1String(f.key)).toBool();
    for (const QJsonValue &k : o.value(QLatin1String(kKinds)).toArray())
        form.kinds << k.toString();
    form.peopleCount = wholeNumber(o.value(QLatin1String(kPeopleCount)));
    return form;
}

Result<ReceptionRecord> VisitForm::toRecord() const
{
    ReceptionRecord r;
    r.identity.fullName = fullName;
    r.identity.address = address;
    r.identity.idNumber = idNumber;
    r.identity.phone = phone;
    for (const QString &line : representatives.split(u'\n'))
        if (!line.trimmed().isEmpty())
            r.identity.representatives << line.trimmed();
    r.anonymous = anonymous;
    r.content = content;
    for (const QString &k : kinds) {
        MatterKind mk;
        if (!fromString(k, &mk))
            return Error::invalid(QStringLiteral("kinds"), QStringLiteral("unknown classification"));
        if (!r.kinds.contains(mk))
            r.kinds << mk;
    }
    r.peopleCount = peopleCount;
    r.previousAgency = previousAgency;
    if (!code(direction, "pending", &r.direction))
        return Error::invalid(QStringLiteral("direction"), QStringLiteral("unknown handling direction"));
    r.transferAgency = transferAgency;
    r.followUp = followUp;
    r.notes = notes;
    if (!code(receiverRole, "officer", &r.receiverRole))
        return Error::invalid(QStringLiteral("receiverRole"), QStringLiteral("unknown receiver"));
    r.receiverName = receiverName;
    if (!code(receptionKind, "regular", &r.receptionKind))
        return Error::invalid(QStringLiteral("receptionKind"), QStringLiteral("unknown kind of reception"));
    if (!code(refusal, "none", &r.refusal))
        return Error::invalid(QStringLiteral("refusal"), QStringLiteral("unknown ground of refusal"));
    r.refusalNote = refusalNote;
    r.aboutEnforcement = aboutEnforcement;
    r.sessionKey = sessionKey.trimmed();
    r.conclusion = conclusion;
    if (const QString due = conclusionDue.trimmed(); !due.isEmpty()) {
        auto d = parseUserDate(QStringLiteral("conclusionDue"), due);
        if (!d)
            return d.error();
        r.conclusionDue = *d;
    }
    return r;
}

} // namespace tiepdan
