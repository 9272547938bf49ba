// The leader view's typed values at the QML boundary (value types of the
// TiepDan.Backend module): the open record with every Form 03 column, its
// deadlines and history (logRecord, historyEntry); the statistics of a
// period beside a year earlier (periodStatistics, statSection, statFigure,
// leaderFigures); the filter in force (logFilter), the log book's export
// period (logPeriod) and the last export (exportStatus). Codes stay codes
// ("complaint", "accept"): the screens word them with `Words`.
//
// Contract: plain data, no identity of a sealed record unless unseal() put
// it there; a default-constructed value is "nothing shown" (its `shown` /
// `open` is false).
#pragma once

#include "deskvalues.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tiepdan {

// One audit event of a record's history.
struct HistoryEntry {
    Q_GADGET
    QML_VALUE_TYPE(historyEntry)
    Q_PROPERTY(QString at MEMBER at)         // dd/MM/yyyy HH:mm:ss, local time
    Q_PROPERTY(QString actor MEMBER actor)   // a login
    Q_PROPERTY(QString action MEMBER action) // the audit action's code (record.add, ...)
    Q_PROPERTY(QString detail MEMBER detail) // the audit detail as compact JSON
    Q_PROPERTY(QString reason MEMBER reason) // why a sealed identity was opened; else empty
public:
    QString at, actor, action, detail, reason;
};

// Leader.record: empty (`open` false) while no record is open.
struct LogRecord {
    Q_GADGET
    QML_VALUE_TYPE(logRecord)
    Q_PROPERTY(bool open READ open)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString office MEMBER office) // remote: the row's office code
    Q_PROPERTY(QString book MEMBER book)     // (1) "12/2026"
    Q_PROPERTY(QString date MEMBER date)     // (2) dd/MM/yyyy HH:mm
    Q_PROPERTY(bool sealed MEMBER sealed)
    Q_PROPERTY(bool anonymous MEMBER anonymous)
    Q_PROPERTY(bool unsealed MEMBER unsealed) // a leader opened the sealed identity (audited)
    Q_PROPERTY(QString name MEMBER name)      // (3), empty while sealed
    Q_PROPERTY(QString address MEMBER address)
    Q_PROPERTY(QString idNumber MEMBER idNumber) // (4)
    Q_PROPERTY(QString phone MEMBER phone)
    Q_PROPERTY(QString representatives MEMBER representatives)
    Q_PROPERTY(QString content MEMBER content)               // (5)
    Q_PROPERTY(QStringList kinds MEMBER kinds)               // (6) codes
    Q_PROPERTY(int people MEMBER people)                     // (6)
    Q_PROPERTY(QString previousAgency MEMBER previousAgency) // (7)
    Q_PROPERTY(QString direction MEMBER direction)           // (8)-(10) code
    Q_PROPERTY(QString transferAgency MEMBER transferAgency) // (10)
    Q_PROPERTY(QString followUp MEMBER followUp)             // (11)
    Q_PROPERTY(QString notes MEMBER notes)                   // (12)
    Q_PROPERTY(QString receiver MEMBER receiver)             // code: officer, head, deputy
    Q_PROPERTY(QString receiverName MEMBER receiverName)
    Q_PROPERTY(QString receptionKind MEMBER receptionKind) // code
    Q_PROPERTY(bool repeat MEMBER repeat)
    Q_PROPERTY(QString refusal MEMBER refusal) // code; "none" when received
    Q_PROPERTY(QString refusalNote MEMBER refusalNote)
    Q_PROPERTY(QString ticket MEMBER ticket)
    Q_PROPERTY(QString conclusion MEMBER conclusion)
    Q_PROPERTY(QString conclusionDue MEMBER conclusionDue)
    Q_PROPERTY(QVariantList deadlines READ deadlineList) // recordDeadline
    Q_PROPERTY(QVariantList history READ historyList)    // historyEntry
public:
    bool open() const { return !id.isEmpty(); }
    QVariantList deadlineList() const { return RecordDeadlineValue::list(deadlines); }
    QVariantList historyList() const;

    QString id, office, book, date;
    bool sealed = false, anonymous = false, unsealed = false;
    QString name, address, idNumber, phone, representatives, content;
    QStringList kinds;
    int people = 1;
    QString previousAgency, direction, transferAgency, followUp, notes;
    QString receiver, receiverName, receptionKind;
    bool repeat = false;
    QString refusal, refusalNote, ticket, conclusion, conclusionDue;
    QList<RecordDeadline> deadlines;
    QList<HistoryEntry> history;
};

// One figure of a period beside the same period a year earlier.
struct StatFigure {
    Q_GADGET
    QML_VALUE_TYPE(statFigure)
    Q_PROPERTY(QString key MEMBER key) // a code of its section's `words` table
    Q_PROPERTY(int current MEMBER current)
    Q_PROPERTY(int previous MEMBER previous)
    // "count", or "minutes" for the queue's average times, which the screen
    // draws on a scale of their own.
    Q_PROPERTY(QString unit MEMBER unit)
public:
    QString key;
    int current = 0, previous = 0;
    QString unit = QStringLiteral("count");
};

// A section of the statistics (reports::reportSections' order).
struct StatSection {
    Q_GADGET
    QML_VALUE_TYPE(statSection)
    Q_PROPERTY(QString key MEMBER key)               // Words.section(key) is its title
    Q_PROPERTY(QString words MEMBER words)           // the vocabulary table of its figures' keys
    Q_PROPERTY(QVariantList figures READ figureList) // statFigure
public:
    QVariantList figureList() const;
    QString key, words;
    QList<StatFigure> figures;
};

// The leaders' receptions of one category (Words.leaderCategory(key)).
struct LeaderFiguresValue {
    Q_GADGET
    QML_VALUE_TYPE(leaderFigures)
    Q_PROPERTY(QString key MEMBER key)
    Q_PROPERTY(int sessions MEMBER sessions)
    Q_PROPERTY(int visits MEMBER visits)
    Q_PROPERTY(int persons MEMBER persons)
    Q_PROPERTY(int cases MEMBER cases)
    Q_PROPERTY(int previousSessions MEMBER previousSessions)
    Q_PROPERTY(int previousVisits MEMBER previousVisits)
    Q_PROPERTY(int previousPersons MEMBER previousPersons)
    Q_PROPERTY(int previousCases MEMBER previousCases)
public:
    QString key;
    int sessions = 0, visits = 0, persons = 0, cases = 0;
    int previousSessions = 0, previousVisits = 0, previousPersons = 0, previousCases = 0;
};

// Leader.statistics: empty (`shown` false) when no period is shown.
struct PeriodStatistics {
    Q_GADGET
    QML_VALUE_TYPE(periodStatistics)
    Q_PROPERTY(bool shown READ shown)
    // month, quarter, half, nine, year or range; with year and n for a
    // preset (0 for a range), for the period picker to show.
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(int year MEMBER year)
    Q_PROPERTY(int n MEMBER n)
    Q_PROPERTY(QString from MEMBER from) // dd/MM/yyyy
    Q_PROPERTY(QString to MEMBER to)
    Q_PROPERTY(QString fromIso MEMBER fromIso) // yyyy-MM-dd
    Q_PROPERTY(QString toIso MEMBER toIso)
    Q_PROPERTY(QString previousFrom MEMBER previousFrom)
    Q_PROPERTY(QString previousTo MEMBER previousTo)
    Q_PROPERTY(QVariantList sections READ sectionList) // statSection
    Q_PROPERTY(QVariantList totals READ totalList)     // the "totals" section's statFigure
    Q_PROPERTY(QVariantList leaders READ leaderList)   // leaderFigures
public:
    bool shown() const { return !kind.isEmpty(); }
    bool isEmpty() const { return !shown(); }
    // The figures of section `key` (empty when there is none).
    QList<StatFigure> section(const QString &key) const;
    QVariantList sectionList() const;
    QVariantList totalList() const;
    QVariantList leaderList() const;

    QString kind;
    int year = 0, n = 0;
    QString from, to, fromIso, toIso, previousFrom, previousTo;
    QList<StatSection> sections;
    QList<LeaderFiguresValue> leaders;
};

// Leader.filter and what the screen gives Leader.applyFilter(): every field
// optional. Dates as typed (dd/MM/yyyy or yyyy-MM-dd; the filter in force
// holds them as yyyy-MM-dd); codes for kind, direction and receiverRole;
// group "yes"/"no", visit "first"/"repeat"; office a code (remote).
struct LogFilter {
    Q_GADGET
    QML_VALUE_TYPE(logFilter)
    Q_PROPERTY(QString from MEMBER from)
    Q_PROPERTY(QString to MEMBER to)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString direction MEMBER direction)
    Q_PROPERTY(QString receiverRole MEMBER receiverRole)
    Q_PROPERTY(QString receiverName MEMBER receiverName)
    Q_PROPERTY(QString group MEMBER group)
    Q_PROPERTY(QString visit MEMBER visit)
    Q_PROPERTY(QString office MEMBER office)
public:
    QString from, to, text, kind, direction, receiverRole, receiverName, group, visit, office;
};

// Leader.logPeriod: what exportLog() writes; `shown` false while the filter
// is refused or nobody is signed in.
struct LogPeriod {
    Q_GADGET
    QML_VALUE_TYPE(logPeriod)
    Q_PROPERTY(bool shown READ shown)
    Q_PROPERTY(QString from MEMBER from) // dd/MM/yyyy
    Q_PROPERTY(QString to MEMBER to)
    Q_PROPERTY(QString fromIso MEMBER fromIso) // yyyy-MM-dd
    Q_PROPERTY(QString toIso MEMBER toIso)
public:
    bool shown() const { return !fromIso.isEmpty(); }
    bool isEmpty() const { return !shown(); }
    QString from, to, fromIso, toIso;
};

// Leader.exportStatus: the last export or print; `what` empty before the
// first and after its period changed.
struct ExportStatus {
    Q_GADGET
    QML_VALUE_TYPE(exportStatus)
    Q_PROPERTY(QString what MEMBER what)     // "log" or "report"
    Q_PROPERTY(QString format MEMBER format) // pdf, ods, csv or print
    Q_PROPERTY(QString from MEMBER from)     // the period, dd/MM/yyyy
    Q_PROPERTY(QString to MEMBER to)
    Q_PROPERTY(bool ok MEMBER ok)
    Q_PROPERTY(QString path MEMBER path) // the file written
    Q_PROPERTY(QString job MEMBER job)   // the CUPS job printed
    Q_PROPERTY(int records MEMBER records)
    Q_PROPERTY(int pages MEMBER pages)
    // Why it failed: LeaderExporter's error field ("period", "folder",
    // "noPrinter", ...) or the error's kind; detail in plain English.
    Q_PROPERTY(QString error MEMBER error)
    Q_PROPERTY(QString detail MEMBER detail)
public:
    bool isEmpty() const { return what.isEmpty(); }
    QString what, format, from, to;
    bool ok = false;
    QString path, job;
    int records = 0, pages = 0;
    QString error, detail;
};

} // namespace tiepdan
