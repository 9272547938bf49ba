// The desk's typed values at the QML boundary (value types of the
// TiepDan.Backend module): the recording form the screen fills in
// (visitForm), the record just saved (savedRecord) with its deadlines
// (recordDeadline), and a visitor the office knows (knownVisitor).
//
// Each derives from the plain struct that app/core or app/hub defines with
// its JSON keys (VisitForm, SavedRecord, RecordDeadline, KnownVisitor) and
// only names its members for QML: a field is declared once, in that
// struct, and its key once, in that struct's toJson / fromJson
// (tst_deskcontroller checks that the names agree).
#pragma once

#include "deskreplies.h"
#include "visitform.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tiepdan {

// The recording form, as RecordForm.qml fills it in: Desk.blankForm() gives
// an empty one, the screen sets its fields, Desk.recordVisit() sends it.
struct VisitFormValue : VisitForm {
    Q_GADGET
    QML_VALUE_TYPE(visitForm)
    Q_PROPERTY(QString fullName MEMBER fullName)
    Q_PROPERTY(QString address MEMBER address)
    Q_PROPERTY(QString idNumber MEMBER idNumber)
    Q_PROPERTY(QString phone MEMBER phone)
    Q_PROPERTY(QString representatives MEMBER representatives)
    Q_PROPERTY(bool anonymous MEMBER anonymous)
    Q_PROPERTY(QString content MEMBER content)
    Q_PROPERTY(QStringList kinds MEMBER kinds)
    Q_PROPERTY(int peopleCount MEMBER peopleCount)
    Q_PROPERTY(QString previousAgency MEMBER previousAgency)
    Q_PROPERTY(QString direction MEMBER direction)
    Q_PROPERTY(QString transferAgency MEMBER transferAgency)
    Q_PROPERTY(QString followUp MEMBER followUp)
    Q_PROPERTY(QString notes MEMBER notes)
    Q_PROPERTY(QString receiverRole MEMBER receiverRole)
    Q_PROPERTY(QString receiverName MEMBER receiverName)
    Q_PROPERTY(QString receptionKind MEMBER receptionKind)
    Q_PROPERTY(QString refusal MEMBER refusal)
    Q_PROPERTY(QString refusalNote MEMBER refusalNote)
    Q_PROPERTY(bool aboutEnforcement MEMBER aboutEnforcement)
    Q_PROPERTY(bool withTicket MEMBER withTicket)
    Q_PROPERTY(QString sessionKey MEMBER sessionKey)
    Q_PROPERTY(QString conclusion MEMBER conclusion)
    Q_PROPERTY(QString conclusionDue MEMBER conclusionDue)
public:
    VisitFormValue(const VisitForm &form = {}) : VisitForm(form) {}
};

struct RecordDeadlineValue : RecordDeadline {
    Q_GADGET
    QML_VALUE_TYPE(recordDeadline)
    Q_PROPERTY(QString labelVi MEMBER labelVi)
    Q_PROPERTY(QString labelEn MEMBER labelEn)
    Q_PROPERTY(QString legalBasis MEMBER legalBasis)
    Q_PROPERTY(QString due MEMBER due)
    Q_PROPERTY(int daysLeft MEMBER daysLeft)
public:
    RecordDeadlineValue(const RecordDeadline &d = {}) : RecordDeadline(d) {}
    // As QML lists them (each a recordDeadline).
    static QVariantList list(const QList<RecordDeadline> &deadlines);
};

// Desk.lastRecord: empty (`saved` false) until a visit is recorded.
struct SavedRecordValue : SavedRecord {
    Q_GADGET
    QML_VALUE_TYPE(savedRecord)
    Q_PROPERTY(bool saved READ saved)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString book MEMBER book)
    Q_PROPERTY(QString date MEMBER date)
    Q_PROPERTY(bool sealed MEMBER sealed)
    Q_PROPERTY(bool anonymous MEMBER anonymous)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(bool repeat MEMBER repeat)
    Q_PROPERTY(QString direction MEMBER direction)
    Q_PROPERTY(QString ticket MEMBER ticket)
    Q_PROPERTY(bool hasConclusion MEMBER hasConclusion)
    Q_PROPERTY(QVariantList deadlines READ deadlineList)
public:
    SavedRecordValue(const SavedRecord &r = {}) : SavedRecord(r) {}
    bool saved() const { return !id.isEmpty(); }
    QVariantList deadlineList() const { return RecordDeadlineValue::list(deadlines); }
};

// Desk.ticketVisitor() and Desk.lookupVisitor(): `answered` is false when
// the office refused or could not be asked (the desk's error says why).
struct KnownVisitorValue : KnownVisitor {
    Q_GADGET
    QML_VALUE_TYPE(knownVisitor)
    Q_PROPERTY(bool answered MEMBER answered)
    Q_PROPERTY(bool found MEMBER found)
    Q_PROPERTY(bool sealed MEMBER sealed)
    Q_PROPERTY(QString fullName MEMBER fullName)
    Q_PROPERTY(QString address MEMBER address)
    Q_PROPERTY(QString idNumber MEMBER idNumber)
    Q_PROPERTY(QString phone MEMBER phone)
    Q_PROPERTY(int visits MEMBER visits)
    Q_PROPERTY(QString lastVisit MEMBER lastVisit)
    Q_PROPERTY(bool repeat MEMBER repeat)
public:
    KnownVisitorValue() = default;
    explicit KnownVisitorValue(const KnownVisitor &v) : KnownVisitor(v), answered(true) {}
    bool answered = false;
};

// A counter a ticket may be transferred to (Desk.otherCounters()).
struct CounterChoice {
    Q_GADGET
    QML_VALUE_TYPE(counterChoice)
    Q_PROPERTY(int number MEMBER number)
    Q_PROPERTY(QString name MEMBER name) // in the desk's language
public:
    int number = 0;
    QString name;
};

// A leader's reception session of today (Desk.leaderSessionsToday()).
struct LeaderSessionChoice {
    Q_GADGET
    QML_VALUE_TYPE(leaderSession)
    Q_PROPERTY(QString key MEMBER key)     // ReceptionSession::key(), the form's sessionKey
    Q_PROPERTY(QString kind MEMBER kind)   // periodic or adhoc
    Q_PROPERTY(QString label MEMBER label) // "Sáng 08:00–11:30 · Thủ trưởng ...", in the desk's language
public:
    QString key, kind, label;
};

} // namespace tiepdan
