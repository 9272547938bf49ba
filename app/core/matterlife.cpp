#include "matterlife.h"

#include "enumnames.h"
#include "validation.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

namespace tiepdan {

namespace {

// Names in enum order (enumnames.h): what the database, JSON and the CLI carry.
constexpr std::array kStepKinds{"accepted",  "not_accepted", "transferred",     "extended",
                                "withdrawn", "resolved",     "second_instance", "correction"};
constexpr std::array kOutcomes{"none", "upheld", "partly_upheld", "rejected"};
constexpr std::array kMeasures{"none", "before_measures", "account_freeze", "security", "coercion", "other"};

// The part's name in column 11 (the book is written in Vietnamese).
QString partVi(MatterKind k)
{
    switch (k) {
    case MatterKind::Complaint: return QStringLiteral("khiếu nại");
    case MatterKind::Denunciation: return QStringLiteral("tố cáo");
    case MatterKind::Petition: return QStringLiteral("kiến nghị");
    case MatterKind::Feedback: return QStringLiteral("phản ánh");
    }
    return {};
}

QString dateText(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

bool closes(StepKind k)
{
    return k == StepKind::NotAccepted || k == StepKind::Transferred || k == StepKind::Withdrawn ||
           k == StepKind::Resolved;
}

// The part a step concerns applies to `part` (an empty part: every part).
bool concerns(const MatterStep &s, MatterKind part)
{
    return s.part.isEmpty() || s.part == toString(part);
}

// The rules' family of a part: the matterKind of deadlines.json.
QString familyOf(MatterKind part, bool aboutEnforcement)
{
    if (part == MatterKind::Complaint && aboutEnforcement)
        return QStringLiteral("complaint_enforcement");
    return toString(part);
}

Error invalid(const char *field, const QString &message)
{
    return Error::invalid(QLatin1String(field), message);
}

} // namespace

QString toString(StepKind v)
{
    return enumName(kStepKinds, v);
}
QString toString(StepOutcome v)
{
    return enumName(kOutcomes, v);
}
QString toString(EnforcementMeasure v)
{
    return enumName(kMeasures, v);
}
bool fromString(const QString &s, StepKind *out)
{
    return enumFromName(kStepKinds, s, out);
}
bool fromString(const QString &s, StepOutcome *out)
{
    return enumFromName(kOutcomes, s, out);
}
bool fromString(const QString &s, EnforcementMeasure *out)
{
    return enumFromName(kMeasures, s, out);
}

QJsonObject MatterStep::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("matterId"), matterId},
                  {QStringLiteral("seq"), seq},
                  {QStringLiteral("kind"), toString(kind)},
                  {QStringLiteral("part"), part},
                  {QStringLiteral("date"), date.toString(Qt::ISODate)},
                  {QStringLiteral("number"), number},
                  {QStringLiteral("agency"), agency},
                  {QStringLiteral("dueDate"), dueDate.toString(Qt::ISODate)},
                  {QStringLiteral("legalGround"), legalGround},
                  {QStringLiteral("outcome"), toString(outcome)},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("text"), text},
                  {QStringLiteral("corrects"), corrects},
                  {QStringLiteral("annuls"), annuls},
                  {QStringLiteral("recordedBy"), recordedBy},
                  {QStringLiteral("recordedAt"), recordedAt.toString(Qt::ISODateWithMs)}};
    return o;
}

MatterStep MatterStep::fromJson(const QJsonObject &o)
{
    MatterStep s;
    s.id = o.value(QStringLiteral("id")).toString();
    s.matterId = o.value(QStringLiteral("matterId")).toString();
    s.seq = o.value(QStringLiteral("seq")).toInt();
    fromString(o.value(QStringLiteral("kind")).toString(), &s.kind);
    s.part = o.value(QStringLiteral("part")).toString();
    s.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    s.number = o.value(QStringLiteral("number")).toString();
    s.agency = o.value(QStringLiteral("agency")).toString();
    s.dueDate = QDate::fromString(o.value(QStringLiteral("dueDate")).toString(), Qt::ISODate);
    s.legalGround = o.value(QStringLiteral("legalGround")).toString();
    fromString(o.value(QStringLiteral("outcome")).toString(), &s.outcome);
    s.reason = o.value(QStringLiteral("reason")).toString();
    s.text = o.value(QStringLiteral("text")).toString();
    s.corrects = o.value(QStringLiteral("corrects")).toInt();
    s.annuls = o.value(QStringLiteral("annuls")).toBool();
    s.recordedBy = o.value(QStringLiteral("recordedBy")).toString();
    s.recordedAt = QDateTime::fromString(o.value(QStringLiteral("recordedAt")).toString(), Qt::ISODateWithMs);
    return s;
}

QList<MatterStep> effectiveSteps(const QList<MatterStep> &steps)
{
    QList<MatterStep> out;
    for (const MatterStep &s : steps) {
        if (s.kind != StepKind::Correction) {
            out << s;
            continue;
        }
        auto it = std::find_if(out.begin(), out.end(), [&](const MatterStep &o) { return o.seq == s.corrects; });
        if (it == out.end())
            continue; // names no standing step: nothing to apply
        if (s.annuls) {
            out.erase(it);
            continue;
        }
        if (!s.part.isEmpty())
            it->part = s.part;
        if (s.date.isValid())
            it->date = s.date;
        if (!s.number.isEmpty())
            it->number = s.number;
        if (!s.agency.isEmpty())
            it->agency = s.agency;
        if (s.dueDate.isValid())
            it->dueDate = s.dueDate;
        if (!s.legalGround.isEmpty())
            it->legalGround = s.legalGround;
        if (s.outcome != StepOutcome::None)
            it->outcome = s.outcome;
        if (!s.text.isEmpty())
            it->text = s.text;
    }
    std::stable_sort(out.begin(), out.end(), [](const MatterStep &a, const MatterStep &b) { return a.seq < b.seq; });
    return out;
}

QList<PartStatus> partStatuses(const MatterFacts &m)
{
    const QList<MatterStep> steps = effectiveSteps(m.steps);
    QList<PartStatus> out;
    for (MatterKind part : m.parts) {
        PartStatus p;
        p.part = part;
        if (m.directionAtReception == HandlingDirection::Accept) {
            p.state = PartState::Accepted;
            p.acceptedOn = m.acceptedAtReception.isValid() ? m.acceptedAtReception : m.firstReceipt;
            p.provisional = true;
        } else if (m.directionAtReception == HandlingDirection::ReturnGuide ||
                   m.directionAtReception == HandlingDirection::Transfer) {
            p.state = PartState::Closed;
            p.closedAtReception = true;
        }
        for (const MatterStep &s : steps) {
            if (!concerns(s, part))
                continue;
            switch (s.kind) {
            case StepKind::Accepted:
                p.state = PartState::Accepted;
                p.acceptedOn = s.date;
                p.provisional = false;
                break;
            case StepKind::Extended: p.extendedTo = s.dueDate; break;
            case StepKind::SecondInstance:
                p.state = PartState::Accepted;
                p.acceptedOn = s.date;
                p.extendedTo = {};
                p.secondInstance = true;
                p.closedBy.reset();
                break;
            case StepKind::Correction: break;
            default:
                if (closes(s.kind)) {
                    p.state = PartState::Closed;
                    p.closedBy = s;
                }
            }
        }
        if (p.state != PartState::Closed && m.closedByDepartment.isValid())
            p.state = PartState::Closed;
        if (p.state != PartState::Closed && m.anonymous)
            p.state = PartState::NotUnderLaw;
        out << p;
    }
    return out;
}

bool isClosed(const MatterFacts &m)
{
    const QList<PartStatus> parts = partStatuses(m);
    return !parts.isEmpty() &&
           std::all_of(parts.begin(), parts.end(), [](const PartStatus &p) { return p.state == PartState::Closed; });
}

namespace {

// A correction names a standing step and changes something of it.
Result<MatterStep> validateCorrection(const MatterFacts &m, MatterStep step, const QDate &today)
{
    const auto target =
        std::find_if(m.steps.begin(), m.steps.end(), [&](const MatterStep &s) { return s.seq == step.corrects; });
    if (step.corrects <= 0 || target == m.steps.end() || target->kind == StepKind::Correction)
        return invalid("corrects", QStringLiteral("a correction names the number of the step it corrects"));
    const QList<MatterStep> standing = effectiveSteps(m.steps);
    if (std::none_of(standing.begin(), standing.end(), [&](const MatterStep &s) { return s.seq == step.corrects; }))
        return invalid("corrects", QStringLiteral("step %1 was annulled").arg(step.corrects));
    if (step.date.isValid() && m.firstReceipt.isValid() && step.date < m.firstReceipt)
        return invalid(
            "date",
            QStringLiteral("the corrected date is before the matter was received (%1)").arg(dateText(m.firstReceipt)));
    if (step.date.isValid() && today.isValid() && step.date > today)
        return invalid("date", QStringLiteral("the corrected date is in the future"));
    const bool changes = step.annuls || step.date.isValid() || !step.number.isEmpty() || !step.agency.isEmpty() ||
                         step.dueDate.isValid() || !step.legalGround.isEmpty() || step.outcome != StepOutcome::None ||
                         !step.text.isEmpty() || !step.part.isEmpty();
    if (!changes)
        return invalid("corrects", QStringLiteral("a correction changes at least one field, or annuls the step"));
    return step;
}

} // namespace

Result<MatterStep> validateStep(const MatterFacts &m, MatterStep step, const QDate &today)
{
    // Texts as stored: NFC, trimmed, within the log book's limits.
    for (auto [field, value, max, required] :
         {std::tuple{"number", &step.number, limits::ShortTextMax, false},
          std::tuple{"agency", &step.agency, limits::ShortTextMax, step.kind == StepKind::Transferred},
          std::tuple{"legalGround", &step.legalGround, limits::ShortTextMax, step.kind == StepKind::Extended},
          std::tuple{"reason", &step.reason, limits::ShortTextMax,
                     step.kind == StepKind::NotAccepted || step.kind == StepKind::Correction},
          std::tuple{"text", &step.text, limits::ContentMax, false}}) {
        auto v = validateText(QLatin1String(field), *value, max, required);
        if (!v)
            return v.error();
        *value = *v;
    }
    const bool numbered =
        step.kind == StepKind::Accepted || step.kind == StepKind::Transferred || step.kind == StepKind::Resolved;
    if (numbered && step.number.isEmpty())
        return invalid("number", QStringLiteral("give the number of the decision or dispatch"));

    if (step.kind == StepKind::Correction)
        return validateCorrection(m, step, today);

    if (!step.date.isValid())
        return invalid("date", QStringLiteral("give the date of the step"));
    if (m.firstReceipt.isValid() && step.date < m.firstReceipt)
        return invalid("date", QStringLiteral("the step is dated %1, before the matter was received (%2)")
                                   .arg(dateText(step.date), dateText(m.firstReceipt)));
    if (today.isValid() && step.date > today)
        return invalid("date", QStringLiteral("the step is dated %1, in the future").arg(dateText(step.date)));
    if (!step.part.isEmpty()) {
        MatterKind k;
        if (!fromString(step.part, &k) || !m.parts.contains(k))
            return invalid("part", QStringLiteral("the matter has no part '%1'").arg(step.part.left(40)));
    }
    if (step.kind == StepKind::Resolved && step.outcome == StepOutcome::None)
        return invalid("outcome", QStringLiteral("give the outcome: upheld, partly_upheld or rejected"));
    if (step.kind != StepKind::Resolved && step.kind != StepKind::Correction)
        step.outcome = StepOutcome::None;
    if (step.kind == StepKind::Extended && !step.dueDate.isValid())
        return invalid("dueDate", QStringLiteral("give the new due date of the extension"));

    // The life's order, part by part.
    const QList<PartStatus> parts = partStatuses(m);
    int concerned = 0;
    for (const PartStatus &p : parts) {
        if (!step.part.isEmpty() && step.part != toString(p.part))
            continue;
        const bool wasResolved = p.closedBy && p.closedBy->kind == StepKind::Resolved;
        if (step.kind == StepKind::SecondInstance) {
            if (p.part != MatterKind::Complaint || !wasResolved)
                continue; // only a resolved complaint goes to the second instance
            if (step.date < p.closedBy->date)
                return invalid("date", QStringLiteral("a second instance cannot come before the resolution (%1)")
                                           .arg(dateText(p.closedBy->date)));
            ++concerned;
            continue;
        }
        if (p.state == PartState::Closed) {
            if (!step.part.isEmpty())
                return invalid("part", QStringLiteral("this part of the matter is closed (%1)")
                                           .arg(p.closedBy            ? toString(p.closedBy->kind)
                                                : p.closedAtReception ? QStringLiteral("at reception")
                                                                      : QStringLiteral("by the department")));
            continue; // a step for every part leaves the closed ones alone
        }
        ++concerned;
        switch (step.kind) {
        case StepKind::Accepted:
            if (p.state == PartState::Accepted && !p.provisional)
                return invalid("kind", QStringLiteral("the %1 is already accepted").arg(toString(p.part)));
            break;
        case StepKind::Resolved:
        case StepKind::Extended:
            if (p.state != PartState::Accepted)
                return invalid("kind", QStringLiteral("a %1 needs the %2 to be accepted first")
                                           .arg(step.kind == StepKind::Resolved ? QStringLiteral("resolution")
                                                                                : QStringLiteral("extension"),
                                                toString(p.part)));
            if (step.date < p.acceptedOn)
                return invalid(
                    "date", QStringLiteral("the step is dated before the acceptance (%1)").arg(dateText(p.acceptedOn)));
            if (step.kind == StepKind::Extended && step.dueDate <= (p.extendedTo.isValid() ? p.extendedTo : step.date))
                return invalid("dueDate", QStringLiteral("the new due date must be later than the current one"));
            break;
        default: break;
        }
    }
    if (concerned == 0)
        return invalid("kind", step.kind == StepKind::SecondInstance
                                   ? QStringLiteral("only a resolved complaint goes to a second instance")
                                   : QStringLiteral("every part of the matter is closed"));
    return step;
}

QList<MatterDeadline> matterDeadlines(const MatterFacts &m, const DeadlineCalculator &calc)
{
    QList<MatterDeadline> out;
    if (!m.firstReceipt.isValid())
        return out;
    for (const PartStatus &p : partStatuses(m)) {
        if (p.state == PartState::Closed || p.state == PartState::NotUnderLaw)
            continue;
        const QString family = familyOf(p.part, m.aboutEnforcement);
        if (p.state == PartState::Accepted && p.extendedTo.isValid()) {
            const auto ext = std::find_if(m.steps.rbegin(), m.steps.rend(), [&](const MatterStep &s) {
                return s.kind == StepKind::Extended && concerns(s, p.part);
            });
            MatterDeadline d{
                p.part, family,
                Deadline{family + QStringLiteral(".resolve.extended"), QStringLiteral("Giải quyết (đã gia hạn)"),
                         QStringLiteral("Resolution (extended)"), ext != m.steps.rend() ? ext->legalGround : QString(),
                         ext != m.steps.rend() ? ext->date : p.acceptedOn, p.extendedTo, QString()},
                true, false};
            out << d;
            continue;
        }
        const bool accepted = p.state == PartState::Accepted;
        const QDate from = accepted ? p.acceptedOn : m.firstReceipt;
        for (const Deadline &d : calc.computeAll(
                 family, accepted ? QStringLiteral("acceptance") : QStringLiteral("receipt"), m.firstReceipt, from)) {
            const bool second = d.ruleId.contains(QLatin1String(".second"));
            if (accepted && second != p.secondInstance)
                continue;
            if (!d.measure.isEmpty() && d.measure != toString(m.measure))
                continue;
            out << MatterDeadline{p.part, family, d, false, d.ruleId.endsWith(QLatin1String(".notify"))};
        }
    }
    return out;
}

QString followUpText(const QList<MatterStep> &steps)
{
    QStringList parts;
    for (const MatterStep &s : effectiveSteps(steps)) {
        const QString number = s.number.isEmpty() ? QString() : QStringLiteral(", số %1").arg(s.number);
        QString t;
        switch (s.kind) {
        case StepKind::Accepted: t = QStringLiteral("Thụ lý ngày %1%2").arg(dateText(s.date), number); break;
        case StepKind::NotAccepted:
            t = QStringLiteral("Không thụ lý ngày %1 (%2)").arg(dateText(s.date), s.reason);
            break;
        case StepKind::Transferred:
            t = QStringLiteral("Chuyển đơn đến %1 ngày %2%3").arg(s.agency, dateText(s.date), number);
            break;
        case StepKind::Extended: t = QStringLiteral("Gia hạn giải quyết đến %1").arg(dateText(s.dueDate)); break;
        case StepKind::Withdrawn: t = QStringLiteral("Rút đơn ngày %1").arg(dateText(s.date)); break;
        case StepKind::Resolved: {
            const QString outcome = s.outcome == StepOutcome::Upheld         ? QStringLiteral("chấp nhận")
                                    : s.outcome == StepOutcome::PartlyUpheld ? QStringLiteral("chấp nhận một phần")
                                                                             : QStringLiteral("không chấp nhận");
            t = QStringLiteral("Đã giải quyết ngày %1%2 (%3)").arg(dateText(s.date), number, outcome);
            break;
        }
        case StepKind::SecondInstance: t = QStringLiteral("Khiếu nại lần hai ngày %1").arg(dateText(s.date)); break;
        case StepKind::Correction: continue;
        }
        MatterKind part;
        if (!s.part.isEmpty() && fromString(s.part, &part))
            t += QStringLiteral(" [%1]").arg(partVi(part));
        parts << t;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace tiepdan
