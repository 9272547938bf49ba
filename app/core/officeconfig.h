// The office's configuration as plain values. Loaded and validated by
// ConfigLoader (configloader.h) from kiosk-config/*.json; the schema is
// documented in kiosk-config/SCHEMA.md. Every legal figure (deadlines,
// capacities, holidays) lives here, never in code.
#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTime>

namespace tiepdan {

// The kind of matter a service mainly receives. Mirrors MatterKind but adds
// services that are not a matter by themselves (meeting the leader, other).
enum class ServiceKind { Complaint, Denunciation, Petition, Feedback, LeaderMeeting, Other };

struct Office {
    QString agencyName; // e.g. "Thi hành án dân sự tỉnh Bắc Ninh"
    QString agencyCode;
    QString name; // e.g. "Phòng Thi hành án dân sự khu vực 1"
    QString code; // short, [A-Z0-9-]{2,16}; goes into ticket QR payloads
    QString province;
    QString address;
};

struct Service {
    QString id;     // stable key, e.g. "complaint"
    QString prefix; // ticket prefix, one or two capital letters, unique
    ServiceKind kind = ServiceKind::Other;
    QString nameVi;
    QString nameEn;
    bool confidential = false;       // true: identity is sealed, ticket shows nothing personal
    int expectedServiceMinutes = 15; // used until real service times exist today
};

struct Counter {
    int number = 0; // 1..99, shown on the display
    QString nameVi;
    QString nameEn;
    QStringList serviceIds; // which services this counter calls
};

struct SessionTemplate {
    QString id; // "morning", "afternoon"
    QString nameVi;
    QString nameEn;
    QTime start;
    QTime end;
    int capacity = 0; // visitors the session can receive (bookings + walk-ins)
    bool operator==(const SessionTemplate &) const = default;
};

struct PeriodicRule {
    enum class Kind { Weekly, Monthly };
    QString id;
    Kind kind = Kind::Weekly;
    QList<int> weekdays;              // Weekly: 1 = Monday .. 7 = Sunday (Qt::DayOfWeek)
    int dayOfMonth = 0;               // Monthly: 1..31 (clamped to the month's last day)
    bool moveToNextWorkingDay = true; // a date on a holiday/rest day moves forward
    QString receiverVi;               // "Cục trưởng", "Trưởng phòng"...
    QString receiverEn;
    QString place;
    QList<SessionTemplate> sessions;
};

struct AdHocSession {
    QDate date;
    QString receiverVi;
    QString receiverEn;
    QString place;
    SessionTemplate session;
};

struct Schedule {
    QList<int> workingWeekdays; // usually 1..5
    QList<SessionTemplate> regularSessions;
    QString regularPlace;
    QList<PeriodicRule> periodic;
    QList<AdHocSession> adHoc;
    QSet<QDate> holidays;        // public holidays incl. Tết, per year
    QSet<QDate> workingDays;     // rest days that are worked (swapped Saturdays)
    QList<int> holidayYears;     // years the holiday list covers
    int bookingHorizonDays = 60; // how far ahead citizens may book
};

struct PriorityPolicy {
    enum class Mode { Strict, Interleaved };
    Mode mode = Mode::Interleaved;
    int interleaveEvery = 3;    // Interleaved: 1 priority ticket after N regular
    QStringList categories;     // "elderly", "disability", "pregnancy", "merit"
    int noShowAfterRecalls = 3; // recalls before no-show is allowed
};

// One deadline rule: "<days> (working) days after <fromEvent>" for a matter kind.
struct DeadlineRule {
    QString id;         // e.g. "complaint.resolve.first"
    QString matterKind; // "complaint", "complaint_enforcement", "denunciation", ...
    QString fromEvent;  // "receipt", "acceptance", "decision"
    int days = 0;
    bool workingDays = false;
    QString labelVi;
    QString labelEn;
    QString legalBasis; // "Luật Khiếu nại 2011, Điều 28"
    // A complaint about enforcement: the measure complained about that the
    // rule is for (before_measures, account_freeze, security, coercion,
    // other); empty = every complaint of its kind.
    QString measure;
};

// Rules in force from effectiveFrom until the next set's effectiveFrom.
struct DeadlineRuleSet {
    QString id;
    QDate effectiveFrom;
    QString legalBasis;
    QList<DeadlineRule> rules;
};

// Group delegations (đoàn đông người), Decree 124/2020, Art. 6.
struct GroupPolicy {
    struct Band {
        int fromPeople = 0;
        int toPeople = 0; // 0 = no upper bound
        int maxRepresentatives = 0;
    };
    int minPeople = 5; // a visit of this many people is a group
    QList<Band> bands;
};

struct ServerLink {
    bool enabled = false;
    QString url; // https://so-thads.example.gov.vn/api/v1
    QString tokenFile;
    QString caFile;
    int intervalSeconds = 60;
};

struct Security {
    QString officeKeyFile; // 32 random bytes: HMAC for tickets and the audit chain
    QString sealKeyFile;   // 32 random bytes: seals denunciators' identities
};

// How the citizen kiosk behaves and where it prints.
struct KioskSettings {
    enum class Printer { None, Cups, EscPosDevice, EscPosTcp };
    int idleSeconds = 90;        // back to the welcome screen, fields wiped
    int idleWarningSeconds = 20; // visible countdown before that
    Printer printer = Printer::Cups;
    QString printerName; // CUPS queue; empty = the system default
    QString device;      // EscPosDevice: /dev/usb/lp0
    QString host;        // EscPosTcp
    int port = 9100;
    QString exitPinHash; // hashPin() of the officer PIN; empty: no exit from the screen
    int pinAttempts = 5; // wrong PINs before a lockout
    int pinLockoutSeconds = 300;
    // Where the on-screen keyboard puts the tone of oa, oe, uy: "hòa, thủy"
    // (traditional, the default) or "hoà, thuỷ" (modern).
    bool modernToneStyle = false;
};

struct OfficeConfig {
    QString dir; // the directory it was loaded from
    Office office;
    QList<Service> services;
    QList<Counter> counters;
    Schedule schedule;
    PriorityPolicy priority;
    GroupPolicy groups;
    QList<DeadlineRuleSet> deadlineRuleSets; // sorted by effectiveFrom
    QStringList languages;                   // "vi", "en"; first is the default
    ServerLink server;
    Security security;
    KioskSettings kiosk;

    const Service *service(const QString &id) const;
    const Service *serviceByPrefix(const QString &prefix) const;
    const Counter *counter(int number) const;
};

QString toString(ServiceKind kind);
bool serviceKindFromString(const QString &s, ServiceKind *out);

} // namespace tiepdan
