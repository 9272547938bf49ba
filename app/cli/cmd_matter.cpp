// receptionctl matter ... : a matter's life after reception (docs/matters.md).
// Every step is recorded under a signed-in user (--as LOGIN, PIN on stdin),
// as the desk and the leader view record it.
#include "cli.h"

#include "matterrepository.h"
#include "validation.h"

#include <QJsonArray>

namespace tiepdan::cli {

namespace {

// The step kind each sub-command records.
const QMap<QString, StepKind> kSteps{{QStringLiteral("accept"), StepKind::Accepted},
                                     {QStringLiteral("reject"), StepKind::NotAccepted},
                                     {QStringLiteral("transfer"), StepKind::Transferred},
                                     {QStringLiteral("extend"), StepKind::Extended},
                                     {QStringLiteral("withdraw"), StepKind::Withdrawn},
                                     {QStringLiteral("resolve"), StepKind::Resolved},
                                     {QStringLiteral("second-instance"), StepKind::SecondInstance},
                                     {QStringLiteral("correct"), StepKind::Correction}};

QString dateText(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

// A date option in dd/MM/yyyy (or yyyy-MM-dd); an invalid QDate when absent.
Result<QDate> dateArg(Context &c, const char *name)
{
    if (!c.args.has(QLatin1String(name)))
        return QDate();
    return parseUserDate(QLatin1String(name), c.args.value(QLatin1String(name)));
}

QString stepLine(const MatterStep &s)
{
    QString line = QStringLiteral("%1. %2").arg(s.seq).arg(toString(s.kind));
    if (!s.part.isEmpty())
        line += QStringLiteral(" [%1]").arg(s.part);
    if (s.date.isValid())
        line += u' ' + dateText(s.date);
    if (!s.number.isEmpty())
        line += QStringLiteral(" no. %1").arg(s.number);
    if (!s.agency.isEmpty())
        line += QStringLiteral(" to %1").arg(s.agency);
    if (s.dueDate.isValid())
        line += QStringLiteral(" due %1").arg(dateText(s.dueDate));
    if (s.outcome != StepOutcome::None)
        line += QStringLiteral(" (%1)").arg(toString(s.outcome));
    if (s.kind == StepKind::Correction)
        line +=
            QStringLiteral(" of step %1%2").arg(s.corrects).arg(s.annuls ? QStringLiteral(", annulled") : QString());
    if (!s.reason.isEmpty())
        line += QStringLiteral(": %1").arg(s.reason);
    return line + QStringLiteral(" — %1").arg(s.recordedBy);
}

int show(Context &c, MatterRepository &matters, const QString &id)
{
    auto facts = matters.facts(id);
    if (!facts)
        return c.fail(facts.error());
    auto deadlines = matters.deadlines(id);
    if (!deadlines)
        return c.fail(deadlines.error());
    QJsonArray steps, due, parts;
    QString text = QStringLiteral("matter %1, received %2\n").arg(id, dateText(facts->firstReceipt));
    for (const MatterStep &s : facts->steps) {
        steps.append(s.toJson());
        text += stepLine(s) + u'\n';
    }
    for (const PartStatus &p : partStatuses(*facts)) {
        static const char *names[] = {"received", "accepted", "closed", "not_under_law"};
        parts.append(QJsonObject{{QStringLiteral("part"), toString(p.part)},
                                 {QStringLiteral("state"), QLatin1String(names[int(p.state)])}});
        text += QStringLiteral("%1: %2\n").arg(toString(p.part), QLatin1String(names[int(p.state)]));
    }
    for (const MatterDeadline &d : *deadlines) {
        due.append(QJsonObject{{QStringLiteral("part"), toString(d.part)},
                               {QStringLiteral("rule"), d.deadline.ruleId},
                               {QStringLiteral("labelVi"), d.deadline.labelVi},
                               {QStringLiteral("labelEn"), d.deadline.labelEn},
                               {QStringLiteral("legalBasis"), d.deadline.legalBasis},
                               {QStringLiteral("from"), d.deadline.eventDate.toString(Qt::ISODate)},
                               {QStringLiteral("due"), d.deadline.due.toString(Qt::ISODate)},
                               {QStringLiteral("extended"), d.extended},
                               {QStringLiteral("informational"), d.informational}});
        text += QStringLiteral("deadline %1: %2 (%3)\n")
                    .arg(d.deadline.labelVi, dateText(d.deadline.due), d.deadline.legalBasis);
    }
    const QString follow = followUpText(facts->steps);
    if (!follow.isEmpty())
        text += QStringLiteral("(11) %1\n").arg(follow);
    return c.print(QJsonObject{{QStringLiteral("matter"), id},
                               {QStringLiteral("firstReceipt"), facts->firstReceipt.toString(Qt::ISODate)},
                               {QStringLiteral("anonymous"), facts->anonymous},
                               {QStringLiteral("parts"), parts},
                               {QStringLiteral("steps"), steps},
                               {QStringLiteral("deadlines"), due},
                               {QStringLiteral("followUp"), follow}},
                   text.trimmed());
}

} // namespace

int cmdMatter(Context &c, const QString &sub)
{
    if (sub != QLatin1String("show") && !kSteps.contains(sub))
        return c.usage(QStringLiteral("matter takes show, accept, reject, transfer, extend, withdraw, resolve, "
                                      "second-instance or correct"));
    if (!c.accept({"annul"},
                  {"date", "number", "part", "agency", "due", "ground", "outcome", "reason", "text", "step", "as"}, 1))
        return ExitUsage;
    if (c.args.positional.isEmpty())
        return c.usage(
            QStringLiteral("matter %1 needs the matter: its id, a record id or a book number (12/2026)").arg(sub));
    auto storeResult = c.store();
    if (!storeResult)
        return c.fail(storeResult.error());
    MatterRepository &matters = (*storeResult)->matters();
    auto id = matters.resolve(c.args.positional.first());
    if (!id)
        return c.fail(id.error());
    if (sub == QLatin1String("show"))
        return show(c, matters, *id);

    MatterStep step;
    step.matterId = *id;
    step.kind = kSteps.value(sub);
    for (const char *name : {"date", "due"}) {
        auto d = dateArg(c, name);
        if (!d)
            return c.fail(d.error());
        (QLatin1String(name) == QLatin1String("date") ? step.date : step.dueDate) = *d;
    }
    step.number = c.args.value(QStringLiteral("number"));
    step.part = c.args.value(QStringLiteral("part"));
    step.agency = c.args.value(QStringLiteral("agency"));
    step.legalGround = c.args.value(QStringLiteral("ground"));
    step.reason = c.args.value(QStringLiteral("reason"));
    step.text = c.args.value(QStringLiteral("text"));
    step.annuls = c.args.has(QStringLiteral("annul"));
    if (c.args.has(QStringLiteral("outcome")) && !fromString(c.args.value(QStringLiteral("outcome")), &step.outcome))
        return c.fail(Error::invalid(QStringLiteral("outcome"),
                                     QStringLiteral("--outcome must be upheld, partly_upheld or rejected")));
    if (step.kind == StepKind::Correction) {
        const auto n = c.intOption(QStringLiteral("step"), 0, 1, 1000000);
        if (!n)
            return ExitUsage;
        step.corrects = *n;
    }
    if (!c.args.has(QStringLiteral("as")))
        return c.usage(
            QStringLiteral("matter %1 needs --as LOGIN (the PIN on stdin): every step names who recorded it").arg(sub));
    QTextStream in(stdin);
    auto who = signInFromStdin(c, in);
    if (!who)
        return c.fail(who.error());
    auto stored = matters.addStep(step, *who);
    if (!stored)
        return c.fail(stored.error());
    if (c.json)
        return c.print(stored->toJson(), {});
    c.out << stepLine(*stored) << '\n';
    return show(c, matters, *id);
}

} // namespace tiepdan::cli
