// The vocabulary (app/core/vocabulary.h) for the screens: the singleton
// `Words` of TiepDan.Backend words a code in the screen's language, so
// that a kind, a handling direction, a ticket state or a statistics figure
// reads the same on every screen and in every export.
//
// Contract: pure lookups; a code the vocabulary does not know reads as
// itself, and an unknown table name as the code. The words follow the
// installed translator; the program calls QQmlEngine::retranslate() when
// the language changes, which re-evaluates the bindings that ask here.
#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace tiepdan {

class Words : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    // `table`: a vocabulary table's name ("kind", "direction", "figure", ...).
    Q_INVOKABLE QString word(const QString &table, const QString &key) const;
    // Several codes of one table, joined with ", " in the given order.
    Q_INVOKABLE QString list(const QString &table, const QStringList &keys) const;
    // The table's codes, in the order screens list them.
    Q_INVOKABLE QStringList keys(const QString &table) const;

    // Shorthands for the tables screens use most.
    Q_INVOKABLE QString kind(const QString &key) const { return word(QStringLiteral("kind"), key); }
    Q_INVOKABLE QString direction(const QString &key) const { return word(QStringLiteral("direction"), key); }
    Q_INVOKABLE QString receiver(const QString &key) const { return word(QStringLiteral("receiver"), key); }
    Q_INVOKABLE QString receptionKind(const QString &key) const { return word(QStringLiteral("receptionKind"), key); }
    Q_INVOKABLE QString ticketState(const QString &key) const { return word(QStringLiteral("ticketState"), key); }
    Q_INVOKABLE QString refusal(const QString &key) const { return word(QStringLiteral("refusal"), key); }
    Q_INVOKABLE QString priority(const QString &key) const { return word(QStringLiteral("priority"), key); }
    Q_INVOKABLE QString visit(const QString &key) const { return word(QStringLiteral("visit"), key); }
    Q_INVOKABLE QString section(const QString &key) const { return word(QStringLiteral("section"), key); }
    Q_INVOKABLE QString figure(const QString &key) const { return word(QStringLiteral("figure"), key); }
    Q_INVOKABLE QString leaderCategory(const QString &key) const { return word(QStringLiteral("leaderCategory"), key); }
    Q_INVOKABLE QString historyAction(const QString &key) const { return word(QStringLiteral("historyAction"), key); }

    // How near a deadline is: overdue by n days, due today, n days left.
    Q_INVOKABLE QString dueText(int daysLeft) const;
};

} // namespace tiepdan
