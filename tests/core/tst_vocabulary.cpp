// The vocabulary: every code of the domain's enums has its word, each
// table's codes are unique, a table is found by its name, and an unknown
// code reads as itself. Without a translator the screens' words are the
// documents' (the Vietnamese source text).
#include "vocabulary.h"

#include <QSet>
#include <QTest>

using namespace tiepdan;
using namespace tiepdan::vocabulary;
using namespace Qt::StringLiterals;

class TestVocabulary : public QObject {
    Q_OBJECT

    static const QList<Table> &tables()
    {
        static const QList<Table> all{Table::Kind,           Table::Direction,    Table::Receiver,    Table::ReceivedBy,
                                      Table::ReceptionKind,  Table::Refusal,      Table::TicketState, Table::Priority,
                                      Table::Visit,          Table::Group,        Table::Figure,      Table::Section,
                                      Table::LeaderCategory, Table::HistoryAction};
        return all;
    }

    // Every value of an enum with `count` values has a word of its own.
    template <typename E> static void everyValueWorded(Table t, int count)
    {
        const QStringList keys = vocabulary::keys(t);
        for (int i = 0; i < count; ++i) {
            const QString code = toString(E(i));
            QVERIFY2(keys.contains(code), qPrintable(tableName(t) + u": no word for "_s + code));
            QVERIFY(vi(t, code) != code && !vi(t, code).isEmpty());
        }
    }

private slots:
    void everyEnumValueHasAWord()
    {
        everyValueWorded<MatterKind>(Table::Kind, 4);
        everyValueWorded<HandlingDirection>(Table::Direction, 4);
        everyValueWorded<ReceiverRole>(Table::Receiver, 3);
        everyValueWorded<ReceiverRole>(Table::ReceivedBy, 3);
        everyValueWorded<ReceptionKind>(Table::ReceptionKind, 3);
        everyValueWorded<RefusalGround>(Table::Refusal, 4);
        everyValueWorded<TicketState>(Table::TicketState, 8);
        QCOMPARE(vi(MatterKind::Denunciation), u"Tố cáo"_s);
        QCOMPARE(vi(HandlingDirection::Accept), u"Thụ lý để giải quyết"_s);
        QCOMPARE(vi(ReceiverRole::Deputy), u"Cấp phó được ủy quyền"_s);
    }

    void tablesAreFoundByNameAndHoldUniqueCodes()
    {
        QSet<QString> names;
        for (Table t : tables()) {
            Table found = Table::Kind;
            QVERIFY(tableFromName(tableName(t), &found));
            QCOMPARE(found, t);
            names.insert(tableName(t));
            const QStringList keys = vocabulary::keys(t);
            QVERIFY(!keys.isEmpty());
            QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
            for (const QString &k : keys) {
                QVERIFY2(!vi(t, k).isEmpty() && vi(t, k) != k, qPrintable(tableName(t) + u"/"_s + k));
                QCOMPARE(vi(t, k), vi(t, k).normalized(QString::NormalizationForm_C));
                QCOMPARE(text(t, k), vi(t, k)); // no translator installed
            }
        }
        QCOMPARE(names.size(), tables().size());
        Table none;
        QVERIFY(!tableFromName(u"gossip"_s, &none));
    }

    void anUnknownCodeReadsAsItself()
    {
        QCOMPARE(vi(Table::Kind, u"grievance"_s), u"grievance"_s);
        QCOMPARE(text(Table::Figure, u"newFigure"_s), u"newFigure"_s);
    }
};

QTEST_APPLESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
