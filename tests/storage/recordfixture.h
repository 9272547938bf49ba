// Shared by the reception log book tests (tst_receptionrecords,
// tst_recordsearch, tst_receptionreport, tst_deadlinewatch, tst_unseal):
// the store's fixed clock, records to add, an every-column comparison and
// the row counts that must move together. Header-only, storage-local; the
// office helpers come from storagefixture.h (tests/common/officefixture.h).
#pragma once

#include "storagefixture.h"

#include "officestore.h"
#include "receptionrepository.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using Mutator = std::function<void(tiepdan::ReceptionRecord &)>;
Q_DECLARE_METATYPE(Mutator)
Q_DECLARE_METATYPE(tiepdan::MatterKind)
Q_DECLARE_METATYPE(tiepdan::HandlingDirection)
Q_DECLARE_METATYPE(tiepdan::ReceiverRole)
Q_DECLARE_METATYPE(tiepdan::ReceptionKind)
Q_DECLARE_METATYPE(tiepdan::RefusalGround)

namespace recordfixture {

using namespace tiepdan;
using namespace storagefixture;
using namespace Qt::StringLiterals;

// The store's clock: every record below is received on or before this day.
inline const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0, 0));
inline const QString kActor = u"canbo.thu"_s;

// Decomposed (NFD) and precomposed (NFC) forms of the same Vietnamese text.
inline const QString kDucNfc = u"Nguy\u1EC5n V\u0103n \u0110\u1EE9c"_s;                // Nguyễn Văn Đức
inline const QString kDucNfd = u"Nguye\u0302\u0303n Va\u0306n \u0110u\u031B\u0301c"_s; // same, decomposed

inline qint64 rowCount(OfficeStore &s, const QString &table)
{
    return storagefixture::rowCount(s.db(), table);
}

inline QStringList tableNames(OfficeStore &s)
{
    QStringList out;
    auto q = s.db().exec(u"SELECT name FROM sqlite_master WHERE type IN ('table', 'index') ORDER BY name"_s);
    if (q)
        while (q->next())
            out << q->value(0).toString();
    return out;
}

struct Counts {
    qint64 records = 0, audit = 0, outbox = 0, matters = 0, fts = 0;
    static Counts of(OfficeStore &s)
    {
        return {rowCount(s, u"reception_records"_s), rowCount(s, u"audit"_s), rowCount(s, u"outbox"_s),
                rowCount(s, u"matters"_s), rowCount(s, u"record_fts"_s)};
    }
    QString toString() const
    {
        return u"records %1, audit %2, outbox %3, matters %4, fts %5"_s.arg(records)
            .arg(audit)
            .arg(outbox)
            .arg(matters)
            .arg(fts);
    }
};

inline QString kindsText(const QList<MatterKind> &kinds)
{
    QStringList s;
    for (MatterKind k : kinds)
        s << toString(k);
    return s.join(u',');
}

// A visit with every column of the log book filled in.
inline ReceptionRecord fullRecord()
{
    ReceptionRecord r;
    r.receivedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 15, 30));                   // (2)
    r.identity.fullName = u"Nguyễn Văn An"_s;                                        // (3)
    r.identity.address = u"Số 5 đường Ngô Gia Tự, phường Kinh Bắc, tỉnh Bắc Ninh"_s; // (3)
    r.identity.idNumber = u"027085001234"_s;                                         // (4) Bắc Ninh, male, 1985
    r.identity.phone = u"0912345678"_s;
    r.content = u"Khiếu nại Quyết định cưỡng chế kê biên tài sản số 12/QĐ-CCTHADS ngày 10/01/2026\n"
                u"Đề nghị xem xét lại giá trị tài sản"_s;     // (5)
    r.kinds = {MatterKind::Complaint};                        // (6)
    r.peopleCount = 1;                                        // (6)
    r.previousAgency = u"Chi cục THADS huyện Tiên Du (cũ)"_s; // (7)
    r.direction = HandlingDirection::Accept;                  // (8)
    r.followUp = u"Đã ra thông báo thụ lý ngày 05/3/2026"_s;  // (11)
    r.notes = u"Công dân mang theo 3 bản photo quyết định"_s; // (12)
    r.receiverRole = ReceiverRole::Officer;
    r.receiverName = u"Lê Thị Thu"_s;
    r.receptionKind = ReceptionKind::Regular;
    r.sessionKey = u"2026-03-02/regular/regular/morning"_s;
    r.ticketLabel = u"A015"_s;
    return r;
}

inline ReceptionRecord simple(const QDate &date, MatterKind kind, const QString &name, const QString &id,
                              const QString &content)
{
    ReceptionRecord r;
    r.receivedAt = QDateTime(date, QTime(8, 30));
    r.identity.fullName = name;
    r.identity.idNumber = id;
    r.kinds = {kind};
    r.content = content;
    return r;
}

// Every column of the log book, one QCOMPARE each.
inline void compareRecord(const ReceptionRecord &a, const ReceptionRecord &e)
{
    QCOMPARE(a.receivedAt, e.receivedAt);
    QCOMPARE(a.receivedAt.toLocalTime().toString(Qt::ISODate), e.receivedAt.toLocalTime().toString(Qt::ISODate));
    QCOMPARE(a.identity.fullName, e.identity.fullName);
    QCOMPARE(a.identity.address, e.identity.address);
    QCOMPARE(a.identity.idNumber, e.identity.idNumber);
    QCOMPARE(a.identity.phone, e.identity.phone);
    QCOMPARE(a.identity.representatives, e.identity.representatives);
    QCOMPARE(a.confidential, e.confidential);
    QCOMPARE(a.anonymous, e.anonymous);
    QCOMPARE(a.content, e.content);
    QCOMPARE(kindsText(a.kinds), kindsText(e.kinds));
    QCOMPARE(a.peopleCount, e.peopleCount);
    QCOMPARE(a.previousAgency, e.previousAgency);
    QCOMPARE(toString(a.direction), toString(e.direction));
    QCOMPARE(a.transferAgency, e.transferAgency);
    QCOMPARE(a.followUp, e.followUp);
    QCOMPARE(a.notes, e.notes);
    QCOMPARE(toString(a.receiverRole), toString(e.receiverRole));
    QCOMPARE(a.receiverName, e.receiverName);
    QCOMPARE(toString(a.receptionKind), toString(e.receptionKind));
    QCOMPARE(a.sessionKey, e.sessionKey);
    QCOMPARE(a.aboutEnforcement, e.aboutEnforcement);
    QCOMPARE(a.ticketLabel, e.ticketLabel);
    QCOMPARE(toString(a.refusal), toString(e.refusal));
    QCOMPARE(a.refusalNote, e.refusalNote);
    QCOMPARE(a.conclusion, e.conclusion);
    QCOMPARE(a.conclusionDue, e.conclusionDue);
}

// The base of the record test classes: the shipped configuration (checked
// once in initTestCase) and a store on it whose clock stands at kNow.
class RecordTest : public QObject {
protected:
    void loadShippedConfig()
    {
        QLoggingCategory::setFilterRules(u"tiepdan.*.info=false"_s);
        const ConfigLoadResult cfg = storagefixture::shippedConfig();
        QVERIFY2(cfg.ok(), qPrintable(cfg.errorText()));
        m_config = cfg.config;
        QCOMPARE(m_config.groups.minPeople, 5);
    }
    std::unique_ptr<OfficeStore> openStore(const QTemporaryDir &dir)
    {
        auto clock = std::make_shared<storagefixture::FakeClock>();
        clock->now = kNow;
        return storagefixture::openStore(m_config, dir, clock);
    }

    OfficeConfig m_config;
};

} // namespace recordfixture
