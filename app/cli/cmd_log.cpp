// log and report commands.
#include "cli.h"
#include "exports.h"
#include "receptionrepository.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>

namespace tiepdan::cli {

namespace {

const QString kSealedMask = QStringLiteral("[bảo mật / sealed]");

QJsonObject recordJson(const StoredRecord &s)
{
    const ReceptionRecord &r = s.record;
    QStringList kinds;
    for (MatterKind k : r.kinds)
        kinds << toString(k);
    QJsonArray deadlines;
    for (const Deadline &d : s.deadlines)
        deadlines.append(QJsonObject{{QStringLiteral("rule"), d.ruleId},
                                     {QStringLiteral("label"), d.labelVi},
                                     {QStringLiteral("due"), d.due.toString(Qt::ISODate)},
                                     {QStringLiteral("legalBasis"), d.legalBasis}});
    // The log book's columns, in order (Form 03), then what statistics use.
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("no"), r.bookNo},
        {QStringLiteral("bookYear"), r.bookYear},
        {QStringLiteral("receivedAt"), r.receivedAt.toString(Qt::ISODate)},
        {QStringLiteral("fullName"), r.confidential ? (r.anonymous ? QString() : kSealedMask) : r.identity.fullName},
        {QStringLiteral("address"), r.confidential ? QString() : r.identity.address},
        {QStringLiteral("idNumber"), r.confidential ? QString() : r.identity.idNumber},
        {QStringLiteral("content"), r.content},
        {QStringLiteral("kinds"), QJsonArray::fromStringList(kinds)},
        {QStringLiteral("peopleCount"), r.peopleCount},
        {QStringLiteral("previousAgency"), r.previousAgency},
        {QStringLiteral("direction"), toString(r.direction)},
        {QStringLiteral("transferAgency"), r.transferAgency},
        {QStringLiteral("followUp"), r.followUp},
        {QStringLiteral("notes"), r.notes},
        {QStringLiteral("confidential"), r.confidential},
        {QStringLiteral("anonymous"), r.anonymous},
        {QStringLiteral("sealed"), s.sealed},
        {QStringLiteral("receiverRole"), toString(r.receiverRole)},
        {QStringLiteral("receiverName"), r.receiverName},
        {QStringLiteral("receptionKind"), toString(r.receptionKind)},
        {QStringLiteral("matterId"), r.matterId},
        {QStringLiteral("firstVisit"), r.firstVisit},
        {QStringLiteral("ticket"), r.ticketLabel},
        {QStringLiteral("refusal"), toString(r.refusal)},
        {QStringLiteral("refusalNote"), r.refusalNote},
        {QStringLiteral("recordedBy"), r.recordedBy},
        {QStringLiteral("deadlines"), deadlines}};
}

QString recordLine(const StoredRecord &s)
{
    const ReceptionRecord &r = s.record;
    QStringList kinds;
    for (MatterKind k : r.kinds)
        kinds << toString(k);
    const QString who =
        r.confidential ? (r.anonymous ? QStringLiteral("[ẩn danh / anonymous]") : kSealedMask) : r.identity.fullName;
    return QStringLiteral("%1/%2  %3  %4  %5  %6  %7  %8")
        .arg(r.bookYear)
        .arg(r.bookNo)
        .arg(r.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), who, kinds.join(u'+'), toString(r.direction),
             r.firstVisit ? QStringLiteral("first") : QStringLiteral("repeat"), r.id);
}

reports::ExportHeader exportHeader(Context &c, const QDate &from, const QDate &to)
{
    reports::ExportHeader h;
    if (auto config = c.config()) {
        h.agencyName = (*config)->office.agencyName;
        h.officeName = (*config)->office.name;
    }
    h.from = from;
    h.to = to;
    return h;
}

// --format, checked against `allowed` (the first is the default).
std::optional<QString> formatOption(Context &c, const QStringList &allowed, int *exitCode)
{
    const QString f = c.args.value(QStringLiteral("format"), allowed.first()).toLower();
    if (allowed.contains(f))
        return f;
    *exitCode =
        c.fail(Error::invalid(QStringLiteral("format"),
                              QStringLiteral("--format must be one of: %1").arg(allowed.join(QStringLiteral(", ")))));
    return std::nullopt;
}

// A PDF needs fonts, hence a QGuiApplication (main.cpp starts one when
// the command line asks for --format pdf, and for log notice).
Status needGui()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::make(ErrorCode::Config,
                           QStringLiteral("PDF export needs the GUI libraries (give --format pdf as two words)"));
    return {};
}

// Writes an export to --out, or to stdout when `out` is empty; reports it.
int deliver(Context &c, const QByteArray &bytes, const QString &out, QJsonObject summary, const QString &text)
{
    if (out.isEmpty()) {
        c.out.flush();
        QFile so;
        if (!so.open(stdout, QIODevice::WriteOnly) || so.write(bytes) != bytes.size())
            return c.fail(Error::make(ErrorCode::Storage, QStringLiteral("cannot write to standard output")));
        return ExitOk;
    }
    if (auto s = reports::writeExport(out, bytes); !s)
        return c.fail(s.error());
    summary.insert(QStringLiteral("out"), out);
    summary.insert(QStringLiteral("bytes"), bytes.size());
    return c.print(summary, text);
}

// log notice ID --out FILE: the record's conclusion notice as a PDF.
int conclusionNotice(Context &c)
{
    if (!c.accept({}, {"out"}, 1))
        return ExitUsage;
    if (c.args.positional.isEmpty())
        return c.usage(QStringLiteral("log notice needs a record id"));
    const QString out = c.args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return c.usage(QStringLiteral("log notice needs --out FILE"));
    if (auto s = needGui(); !s)
        return c.fail(s.error());
    auto storeResult = c.store();
    if (!storeResult)
        return c.fail(storeResult.error());
    auto record = (*storeResult)->records().get(c.args.positional.first());
    if (!record)
        return c.fail(record.error());
    const QDate day = record->record.receivedAt.date();
    int pages = 0;
    auto pdf = reports::conclusionNoticePdf(exportHeader(c, day, day), *record, &pages);
    if (!pdf)
        return c.fail(pdf.error());
    if (auto written = reports::writeExport(out, *pdf); !written)
        return c.fail(written.error());
    return c.print(QJsonObject{{QStringLiteral("record"), record->record.id},
                               {QStringLiteral("book"),
                                QStringLiteral("%1/%2").arg(record->record.bookNo).arg(record->record.bookYear)},
                               {QStringLiteral("pages"), pages},
                               {QStringLiteral("out"), out}},
                   QStringLiteral("wrote the conclusion notice of record %1/%2 to %3 (%4 page(s))")
                       .arg(record->record.bookNo)
                       .arg(record->record.bookYear)
                       .arg(out)
                       .arg(pages));
}

int exportLog(Context &c)
{
    if (!c.accept({}, {"from", "to", "format", "out"}, 0))
        return ExitUsage;
    int code = 0;
    const auto format = formatOption(c, {QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("ods")}, &code);
    if (!format)
        return code;
    if (!c.args.has(QStringLiteral("from")) || !c.args.has(QStringLiteral("to")))
        return c.usage(QStringLiteral("log export needs --from DATE and --to DATE"));
    if (c.args.value(QStringLiteral("out")).isEmpty())
        return c.usage(QStringLiteral("log export needs --out FILE"));
    const auto from = c.dateOption(QStringLiteral("from"), {});
    const auto to = c.dateOption(QStringLiteral("to"), {});
    if (!from || !to)
        return int(ErrorCode::InvalidInput);
    if (*format == QLatin1String("pdf"))
        if (auto s = needGui(); !s)
            return c.fail(s.error());
    auto storeResult = c.store();
    if (!storeResult)
        return c.fail(storeResult.error());
    auto records = reports::periodRecords((*storeResult)->records(), *from, *to);
    if (!records)
        return c.fail(records.error());
    QByteArray bytes;
    int pages = 0;
    if (*format == QLatin1String("csv")) {
        bytes = reports::logBookCsv(*records);
    } else if (*format == QLatin1String("ods")) {
        bytes = reports::logBookOds(exportHeader(c, *from, *to), *records);
    } else {
        auto pdf = reports::logBookPdf(exportHeader(c, *from, *to), *records, &pages);
        if (!pdf)
            return c.fail(pdf.error());
        bytes = *pdf;
    }
    const QString out = c.args.value(QStringLiteral("out"));
    QString text = QStringLiteral("exported %1 records (%2 to %3) to %4")
                       .arg(records->size())
                       .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate), out);
    if (pages > 0)
        text += QStringLiteral(", %1 pages").arg(pages);
    if (records->isEmpty())
        text += QStringLiteral("\nno records in this period: the log book has only its header");
    QJsonObject summary{{QStringLiteral("records"), int(records->size())},
                        {QStringLiteral("format"), *format},
                        {QStringLiteral("from"), from->toString(Qt::ISODate)},
                        {QStringLiteral("to"), to->toString(Qt::ISODate)}};
    if (pages > 0)
        summary.insert(QStringLiteral("pages"), pages);
    return deliver(c, bytes, out, summary, text);
}

} // namespace

int cmdLog(Context &c, const QString &sub)
{
    if (sub == QLatin1String("add")) {
        if (!c.accept({"anonymous", "enforcement"}, {"kind",
                                                     "content",
                                                     "name",
                                                     "address",
                                                     "id",
                                                     "phone",
                                                     "people",
                                                     "representative",
                                                     "previous-agency",
                                                     "direction",
                                                     "transfer-agency",
                                                     "follow-up",
                                                     "notes",
                                                     "receiver-role",
                                                     "receiver-name",
                                                     "reception-kind",
                                                     "session",
                                                     "ticket",
                                                     "matter",
                                                     "refusal",
                                                     "refusal-note",
                                                     "date",
                                                     "conclusion",
                                                     "conclusion-due"},
                      0))
            return ExitUsage;
        auto storeResult = c.store();
        if (!storeResult)
            return c.fail(storeResult.error());
        OfficeStore &store = **storeResult;
        ReceptionRecord r;
        for (const QString &k : c.args.value(QStringLiteral("kind")).split(u',', Qt::SkipEmptyParts)) {
            MatterKind mk;
            if (!fromString(k.trimmed(), &mk))
                return c.fail(Error::invalid(
                    QStringLiteral("kind"),
                    QStringLiteral("'%1' is not complaint, denunciation, petition or feedback").arg(k.left(40))));
            if (!r.kinds.contains(mk))
                r.kinds << mk;
        }
        r.content = c.args.value(QStringLiteral("content"));
        r.identity.fullName = c.args.value(QStringLiteral("name"));
        r.identity.address = c.args.value(QStringLiteral("address"));
        r.identity.idNumber = c.args.value(QStringLiteral("id"));
        r.identity.phone = c.args.value(QStringLiteral("phone"));
        r.identity.representatives = c.args.values(QStringLiteral("representative"));
        r.anonymous = c.args.has(QStringLiteral("anonymous"));
        r.aboutEnforcement = c.args.has(QStringLiteral("enforcement"));
        const auto people = c.intOption(QStringLiteral("people"), 1, 1, 10000);
        if (!people)
            return int(ErrorCode::InvalidInput);
        r.peopleCount = *people;
        r.previousAgency = c.args.value(QStringLiteral("previous-agency"));
        r.transferAgency = c.args.value(QStringLiteral("transfer-agency"));
        r.followUp = c.args.value(QStringLiteral("follow-up"));
        r.notes = c.args.value(QStringLiteral("notes"));
        r.receiverName = c.args.value(QStringLiteral("receiver-name"));
        r.sessionKey = c.args.value(QStringLiteral("session"));
        r.ticketLabel = c.args.value(QStringLiteral("ticket")).toUpper();
        r.matterId = c.args.value(QStringLiteral("matter"));
        r.refusalNote = c.args.value(QStringLiteral("refusal-note"));
        r.conclusion = c.args.value(QStringLiteral("conclusion"));
        if (c.args.has(QStringLiteral("conclusion-due"))) {
            const auto due = c.dateOption(QStringLiteral("conclusion-due"), {});
            if (!due)
                return int(ErrorCode::InvalidInput);
            r.conclusionDue = *due;
        }
        struct EnumOpt {
            const char *name;
            std::function<bool(const QString &)> parse;
            const char *allowed;
        };
        const EnumOpt enums[] = {
            {"direction", [&](const QString &v) { return fromString(v, &r.direction); },
             "pending, accept, return_guide, transfer"},
            {"receiver-role", [&](const QString &v) { return fromString(v, &r.receiverRole); },
             "officer, head, deputy"},
            {"reception-kind", [&](const QString &v) { return receptionKindFromString(v, &r.receptionKind); },
             "regular, periodic, adhoc"},
            {"refusal", [&](const QString &v) { return fromString(v, &r.refusal); },
             "none, intoxicated, disorderly, already_settled"},
        };
        for (const EnumOpt &e : enums) {
            const QString name = QString::fromLatin1(e.name);
            if (c.args.has(name) && !e.parse(c.args.value(name)))
                return c.fail(Error::invalid(
                    name, QStringLiteral("--%1 must be one of: %2").arg(name, QLatin1String(e.allowed))));
        }
        r.receivedAt = store.now();
        if (c.args.has(QStringLiteral("date"))) {
            r.receivedAt = QDateTime::fromString(c.args.value(QStringLiteral("date")), Qt::ISODate);
            if (!r.receivedAt.isValid())
                return c.fail(Error::invalid(QStringLiteral("date"),
                                             QStringLiteral("--date must be YYYY-MM-DD or YYYY-MM-DDTHH:MM")));
        }
        auto stored = store.records().add(r, c.actor);
        if (!stored)
            return c.fail(stored.error());
        return c.print(recordJson(*stored), QStringLiteral("recorded ") + recordLine(*stored));
    }
    if (sub == QLatin1String("list")) {
        if (!c.accept({}, {"from", "to", "text", "kind", "direction", "limit", "offset"}, 0))
            return ExitUsage;
        RecordFilter f;
        const auto from = c.dateOption(QStringLiteral("from"), {});
        const auto to = c.dateOption(QStringLiteral("to"), {});
        const auto limit = c.intOption(QStringLiteral("limit"), 100, 1, 10000);
        const auto offset = c.intOption(QStringLiteral("offset"), 0, 0, 100000000);
        if (!from || !to || !limit || !offset)
            return int(ErrorCode::InvalidInput);
        f.from = *from;
        f.to = *to;
        f.limit = *limit;
        f.offset = *offset;
        f.text = c.args.value(QStringLiteral("text"));
        if (c.args.has(QStringLiteral("kind"))) {
            MatterKind k;
            if (!fromString(c.args.value(QStringLiteral("kind")), &k))
                return c.fail(
                    Error::invalid(QStringLiteral("kind"),
                                   QStringLiteral("--kind must be complaint, denunciation, petition or feedback")));
            f.kind = k;
        }
        if (c.args.has(QStringLiteral("direction"))) {
            HandlingDirection d;
            if (!fromString(c.args.value(QStringLiteral("direction")), &d))
                return c.fail(
                    Error::invalid(QStringLiteral("direction"),
                                   QStringLiteral("--direction must be pending, accept, return_guide or transfer")));
            f.direction = d;
        }
        auto storeResult = c.store();
        if (!storeResult)
            return c.fail(storeResult.error());
        auto rows = (*storeResult)->records().list(f);
        if (!rows)
            return c.fail(rows.error());
        QJsonArray arr;
        QStringList lines;
        for (const StoredRecord &s : *rows) {
            arr.append(recordJson(s));
            lines << recordLine(s);
        }
        return c.print(QJsonObject{{QStringLiteral("records"), arr}},
                       lines.isEmpty() ? QStringLiteral("no records") : lines.join(u'\n'));
    }
    if (sub == QLatin1String("show") || sub == QLatin1String("unseal")) {
        if (!c.accept({}, {"reason", "as"}, 1))
            return ExitUsage;
        if (c.args.positional.isEmpty())
            return c.usage(QStringLiteral("log %1 needs a record id").arg(sub));
        if (sub == QLatin1String("unseal") && !c.args.has(QStringLiteral("reason")))
            return c.usage(QStringLiteral("log unseal needs --reason TEXT: every opening is recorded"));
        auto storeResult = c.store();
        if (!storeResult)
            return c.fail(storeResult.error());
        OfficeStore &store = **storeResult;
        if (sub == QLatin1String("show")) {
            auto s = store.records().get(c.args.positional.first());
            if (!s)
                return c.fail(s.error());
            QString text = recordLine(*s) + u'\n' + s->record.content + u'\n';
            for (const Deadline &d : s->deadlines)
                text +=
                    QStringLiteral("deadline %1: %2 (%3)\n").arg(d.labelVi, d.due.toString(Qt::ISODate), d.legalBasis);
            return c.print(recordJson(*s), text);
        }
        if (auto why = ReceptionRepository::unsealReason(c.args.value(QStringLiteral("reason"))); !why)
            return c.fail(why.error());
        QTextStream in(stdin);
        auto leader = signInFromStdin(c, in);
        if (!leader)
            return c.fail(leader.error());
        auto id = store.records().unseal(c.args.positional.first(), *leader, c.args.value(QStringLiteral("reason")));
        if (!id)
            return c.fail(id.error());
        return c.print(id->toJson(), QStringLiteral("%1\n%2\n%3 %4\n(this opening was recorded in the audit trail)")
                                         .arg(id->fullName, id->address, id->idNumber, id->phone));
    }
    if (sub == QLatin1String("export"))
        return exportLog(c);
    if (sub == QLatin1String("notice"))
        return conclusionNotice(c);
    return c.usage(QStringLiteral("log takes add, list, show, unseal, export or notice"));
}

int cmdReport(Context &c)
{
    if (!c.accept({}, {"from", "to", "format", "out"}, 0))
        return ExitUsage;
    int code = 0;
    const auto format = formatOption(
        c, {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("ods")}, &code);
    if (!format)
        return code;
    const QString out = c.args.value(QStringLiteral("out"));
    if ((*format == QLatin1String("pdf") || *format == QLatin1String("ods")) && out.isEmpty())
        return c.usage(QStringLiteral("report --format %1 needs --out FILE").arg(*format));
    const auto from = c.dateOption(QStringLiteral("from"), {});
    const auto to = c.dateOption(QStringLiteral("to"), {});
    if (!from || !to)
        return int(ErrorCode::InvalidInput);
    if (*format == QLatin1String("pdf"))
        if (auto s = needGui(); !s)
            return c.fail(s.error());
    auto storeResult = c.store();
    if (!storeResult)
        return c.fail(storeResult.error());
    auto rep = (*storeResult)->records().report(*from, *to);
    if (!rep)
        return c.fail(rep.error());
    if (*format != QLatin1String("json")) {
        QByteArray bytes;
        int pages = 0;
        if (*format == QLatin1String("csv")) {
            bytes = reports::reportCsv(*rep);
        } else if (*format == QLatin1String("ods")) {
            bytes = reports::reportOds(exportHeader(c, *from, *to), *rep);
        } else {
            auto pdf = reports::reportPdf(exportHeader(c, *from, *to), *rep, &pages);
            if (!pdf)
                return c.fail(pdf.error());
            bytes = *pdf;
        }
        QString text = QStringLiteral("exported the report (%1 to %2, %3 visits) to %4")
                           .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate))
                           .arg(rep->visits)
                           .arg(out);
        if (rep->visits == 0)
            text += QStringLiteral("\nno records in this period: every figure is 0");
        return deliver(c, bytes, out,
                       {{QStringLiteral("format"), *format},
                        {QStringLiteral("visits"), rep->visits},
                        {QStringLiteral("from"), from->toString(Qt::ISODate)},
                        {QStringLiteral("to"), to->toString(Qt::ISODate)}},
                       text);
    }
    const QJsonObject o = rep->toJson();
    QString text = QStringLiteral("Reception %1 to %2\nvisits %3, persons %4, cases %5\n"
                                  "groups %6 (%7 persons, %8 cases)\nfirst visits %9, repeat visits %10, refused %11\n")
                       .arg(rep->from.toString(Qt::ISODate), rep->to.toString(Qt::ISODate))
                       .arg(rep->visits)
                       .arg(rep->persons)
                       .arg(rep->cases)
                       .arg(rep->groups)
                       .arg(rep->groupPersons)
                       .arg(rep->groupCases)
                       .arg(rep->firstVisits)
                       .arg(rep->repeatVisits)
                       .arg(rep->refused);
    for (const char *key : {"casesByKind", "visitsByDirection", "visitsByReceiver", "visitsByReceptionKind"}) {
        const QJsonObject m = o.value(QLatin1String(key)).toObject();
        QStringList parts;
        for (auto it = m.begin(); it != m.end(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toInt());
        text += QStringLiteral("%1: %2\n")
                    .arg(QLatin1String(key), parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", ")));
    }
    return c.print(o, text);
}

} // namespace tiepdan::cli
