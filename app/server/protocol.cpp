#include "protocol.h"

#include "calendar.h"
#include "reception.h"
#include "tokens.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace tiepdan {

namespace {
constexpr int kVietnamUtcOffset = 7 * 3600;
constexpr qsizetype kMaxShort = 200;

Error bad(const QString &field, const QString &why)
{
    return Error::invalid(field, QStringLiteral("%1: %2").arg(field, why));
}

// A JSON number that is a whole number in [lo, hi].
bool wholeIn(const QJsonValue &v, double lo, double hi, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < lo || d > hi)
        return false;
    *out = qint64(d);
    return true;
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::invalid(QStringLiteral("body"),
                              QStringLiteral("malformed JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return Error::invalid(QStringLiteral("body"), QStringLiteral("body: must be a JSON object"));
    return doc.object();
}

// Optional string field of at most `max` characters; absent/null is "".
bool optString(const QJsonObject &p, const char *key, qsizetype max, QString *out, QString *why)
{
    const QJsonValue v = p.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString() || v.toString().size() > max) {
        *why = QStringLiteral("payload.%1 must be a string of at most %2 characters").arg(QLatin1String(key)).arg(max);
        return false;
    }
    *out = v.toString();
    return true;
}

// Validates the fields the server reads from a reception record and fills
// its facts. Sealed identities stay opaque: only their shape is checked
// (base64 of the "TDS1" sealed format), never their content.
QString recordFacts(const QJsonObject &p, RecordFacts *f)
{
    QString why;
    const QDateTime at = QDateTime::fromString(p.value(QStringLiteral("receivedAt")).toString(), Qt::ISODate);
    if (!at.isValid())
        return QStringLiteral("payload.receivedAt must be an ISO 8601 date-time");
    f->receivedDate = at.toOffsetFromUtc(kVietnamUtcOffset).date();
    QString content, notes, prev, transfer, follow, ticket, receiver, refusal;
    if (!optString(p, "content", limits::ContentMax, &content, &why) ||
        !optString(p, "notes", limits::NotesMax, &notes, &why) ||
        !optString(p, "previousAgency", limits::ShortTextMax, &prev, &why) ||
        !optString(p, "transferAgency", limits::ShortTextMax, &transfer, &why) ||
        !optString(p, "followUp", limits::ShortTextMax, &follow, &why) || !optString(p, "ticket", 32, &ticket, &why) ||
        !optString(p, "receiverName", limits::NameMax, &receiver, &why) ||
        !optString(p, "matterId", 64, &f->matterId, &why) ||
        !optString(p, "sessionKey", kMaxShort, &f->sessionKey, &why) || !optString(p, "kinds", 100, &f->kinds, &why) ||
        !optString(p, "direction", 32, &f->direction, &why) ||
        !optString(p, "receiverRole", 32, &f->receiverRole, &why) ||
        !optString(p, "receptionKind", 32, &f->receptionKind, &why) || !optString(p, "refusal", 32, &refusal, &why))
        return why;
    bool isDenunciation = false;
    for (const QString &k : f->kinds.split(u',', Qt::SkipEmptyParts)) {
        MatterKind mk;
        if (!fromString(k, &mk))
            return QStringLiteral("payload.kinds: unknown kind '%1'").arg(k);
        isDenunciation = isDenunciation || mk == MatterKind::Denunciation;
    }
    if (f->kinds.isEmpty())
        return QStringLiteral("payload.kinds must list at least one kind");
    HandlingDirection hd;
    ReceiverRole rr;
    ReceptionKind rk;
    RefusalGround rg = RefusalGround::None;
    if (!fromString(f->direction, &hd))
        return QStringLiteral("payload.direction: unknown direction '%1'").arg(f->direction);
    if (!fromString(f->receiverRole, &rr))
        return QStringLiteral("payload.receiverRole: unknown role '%1'").arg(f->receiverRole);
    if (!receptionKindFromString(f->receptionKind, &rk))
        return QStringLiteral("payload.receptionKind: unknown kind '%1'").arg(f->receptionKind);
    if (!refusal.isEmpty() && !fromString(refusal, &rg))
        return QStringLiteral("payload.refusal: unknown ground '%1'").arg(refusal);
    f->refused = rg != RefusalGround::None;
    qint64 people = 0;
    if (!wholeIn(p.value(QStringLiteral("peopleCount")), 1, limits::GroupSizeMax, &people))
        return QStringLiteral("payload.peopleCount must be a whole number from 1 to %1").arg(limits::GroupSizeMax);
    f->peopleCount = int(people);
    const QJsonValue first = p.value(QStringLiteral("firstVisit"));
    const QJsonValue conf = p.value(QStringLiteral("confidential"));
    if (!first.isBool() || !conf.isBool())
        return QStringLiteral("payload.firstVisit and payload.confidential must be true or false");
    f->firstVisit = first.toBool();
    const bool confidential = conf.toBool();
    const QJsonValue identity = p.value(QStringLiteral("identity"));
    const QJsonValue sealed = p.value(QStringLiteral("sealedIdentity"));
    // A denunciator's identity must never reach the server in clear.
    if ((confidential || isDenunciation) && !(identity.isNull() || identity.isUndefined()))
        return QStringLiteral("payload.identity must be null for a confidential record (send sealedIdentity)");
    if (!(identity.isNull() || identity.isUndefined() || identity.isObject()))
        return QStringLiteral("payload.identity must be an object or null");
    if (!(sealed.isNull() || sealed.isUndefined())) {
        const auto decoded =
            QByteArray::fromBase64Encoding(sealed.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!sealed.isString() || !decoded || !decoded.decoded.startsWith("TDS1"))
            return QStringLiteral("payload.sealedIdentity must be base64 of a TDS1 sealed identity");
    }
    QStringList parts{content, prev, transfer, notes, follow, ticket, receiver};
    if (!confidential && identity.isObject()) {
        const QJsonObject id = identity.toObject();
        for (const char *k : {"fullName", "address", "idNumber"})
            parts << id.value(QLatin1String(k)).toString().left(limits::AddressMax);
    }
    f->searchText = foldForSearch(parts.join(u' '));
    return {};
}

void validateEntry(const QJsonValue &v, int index, BatchEntry *e)
{
    const QString at = QStringLiteral("batch[%1]").arg(index);
    if (!v.isObject()) {
        e->rejectReason = at + QStringLiteral(": must be an object");
        return;
    }
    const QJsonObject o = v.toObject();
    auto reject = [&](const QString &why) { e->rejectReason = QStringLiteral("%1.%2").arg(at, why); };
    if (o.value(QStringLiteral("id")).isString())
        e->id = o.value(QStringLiteral("id")).toString().left(64);
    if (!isRecordUuid(e->id))
        return reject(QStringLiteral("id must be a lowercase UUID (8-4-4-4-12 hex digits)"));
    e->kind = o.value(QStringLiteral("kind")).toString();
    if (e->kind != QLatin1String("ticket") && e->kind != QLatin1String("record") &&
        e->kind != QLatin1String("appointment") && e->kind != QLatin1String("matter_step"))
        return reject(QStringLiteral("kind must be 'ticket', 'record', 'appointment' or 'matter_step'"));
    qint64 n = 0;
    if (!wholeIn(o.value(QStringLiteral("version")), 1, 2147483647, &n))
        return reject(QStringLiteral("version must be a whole number >= 1"));
    e->version = int(n);
    if (!wholeIn(o.value(QStringLiteral("seq")), 0, 9007199254740991.0, &e->seq))
        return reject(QStringLiteral("seq must be a whole number >= 0"));
    if (!o.value(QStringLiteral("payload")).isObject())
        return reject(QStringLiteral("payload must be an object"));
    const QJsonObject p = o.value(QStringLiteral("payload")).toObject();
    e->canonical = QJsonDocument(p).toJson(QJsonDocument::Compact);
    if (e->canonical.size() > kMaxPayloadBytes)
        return reject(QStringLiteral("payload is larger than %1 bytes").arg(kMaxPayloadBytes));
    const QJsonValue pid = p.value(QStringLiteral("id"));
    if (!pid.isUndefined() && pid.toString() != e->id)
        return reject(QStringLiteral("payload.id differs from id"));
    if (e->kind == QLatin1String("record")) {
        if (const QString why = recordFacts(p, &e->facts); !why.isEmpty())
            return reject(why);
    } else {
        // Tickets, appointments and a matter's steps (docs/matters.md): only
        // the date is indexed.
        e->facts.receivedDate = QDate::fromString(p.value(QStringLiteral("date")).toString(), Qt::ISODate);
    }
}

Result<QJsonObject> validateUpdate(const QJsonValue &v, int index)
{
    const QString at = QStringLiteral("updates[%1]").arg(index);
    if (!v.isObject())
        return bad(at, QStringLiteral("must be an object"));
    QJsonObject u = v.toObject();
    u.remove(QStringLiteral("seq")); // the server numbers updates
    const QString kind = u.value(QStringLiteral("kind")).toString();
    auto str = [&](const char *key, qsizetype max, bool required) -> QString {
        const QJsonValue f = u.value(QLatin1String(key));
        if ((f.isUndefined() || f.isNull()) && !required)
            return {};
        if (!f.isString() || f.toString().isEmpty() || f.toString().size() > max)
            return QStringLiteral("%1.%2 must be a non-empty string of at most %3 characters")
                .arg(at, QLatin1String(key))
                .arg(max);
        return {};
    };
    if (kind == QLatin1String("matter_result")) {
        for (const QString &why : {str("matterId", 64, true), str("result", 64, true),
                                   str("note", limits::NotesMax, false), str("at", 40, true)})
            if (!why.isEmpty())
                return Error::invalid(at, why);
        if (!QDateTime::fromString(u.value(QStringLiteral("at")).toString(), Qt::ISODate).isValid())
            return bad(at + QStringLiteral(".at"), QStringLiteral("must be an ISO 8601 date-time"));
    } else if (kind == QLatin1String("schedule")) {
        if (!u.value(QStringLiteral("change")).isObject())
            return bad(at + QStringLiteral(".change"), QStringLiteral("must be an object"));
    } else {
        return bad(at + QStringLiteral(".kind"), QStringLiteral("must be 'matter_result' or 'schedule'"));
    }
    if (QJsonDocument(u).toJson(QJsonDocument::Compact).size() > kMaxPayloadBytes)
        return bad(at, QStringLiteral("larger than %1 bytes").arg(kMaxPayloadBytes));
    return u;
}

Result<QString> officeField(const QJsonObject &o)
{
    const QJsonValue v = o.value(QStringLiteral("office"));
    if (!v.isString() || !isOfficeCode(v.toString()))
        return bad(QStringLiteral("office"),
                   QStringLiteral("must be an office code (2-16 capital letters, digits or '-')"));
    return v.toString();
}
} // namespace

bool isRecordUuid(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("\\A[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z"));
    return re.match(s).hasMatch();
}

Result<Batch> parseBatch(const QByteArray &body)
{
    auto obj = parseObject(body);
    if (!obj)
        return obj.error();
    const QJsonObject &o = *obj;
    const QJsonValue proto = o.value(QStringLiteral("protocol"));
    if (!proto.isDouble() || proto.toDouble() != kProtocolVersion)
        return bad(QStringLiteral("protocol"), QStringLiteral("must be %1").arg(kProtocolVersion));
    auto office = officeField(o);
    if (!office)
        return office.error();
    const QJsonValue batch = o.value(QStringLiteral("batch"));
    if (!batch.isArray())
        return bad(QStringLiteral("batch"), QStringLiteral("must be an array"));
    const QJsonArray a = batch.toArray();
    if (a.isEmpty() || a.size() > kMaxBatch)
        return bad(QStringLiteral("batch"), QStringLiteral("must hold 1 to %1 entries").arg(kMaxBatch));
    Batch b;
    b.office = *office;
    b.entries.resize(a.size());
    for (int i = 0; i < a.size(); ++i)
        validateEntry(a.at(i), i, &b.entries[i]);
    return b;
}

Result<Publish> parsePublish(const QByteArray &body)
{
    auto obj = parseObject(body);
    if (!obj)
        return obj.error();
    auto office = officeField(*obj);
    if (!office)
        return office.error();
    const QJsonValue list = obj->value(QStringLiteral("updates"));
    if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > kMaxBatch)
        return bad(QStringLiteral("updates"), QStringLiteral("must be an array of 1 to %1 updates").arg(kMaxBatch));
    Publish p;
    p.office = *office;
    const QJsonArray a = list.toArray();
    for (int i = 0; i < a.size(); ++i) {
        auto u = validateUpdate(a.at(i), i);
        if (!u)
            return u.error();
        p.updates << *u;
    }
    return p;
}

} // namespace tiepdan
