// The on-screen keyboard's logic (qml/OnScreenKeyboard.qml draws it): what
// each tap does to the focused text field. Every tap becomes one complete
// edit of the field (a QInputMethodEvent commit that may replace the word
// before the cursor, or a key event for Backspace / Enter / Tab), so the
// field never holds a half-composed word: whatever is on screen is in the
// field's text, and the field's own textEdited / maximumLength / validator
// handling applies as for a physical keyboard.
//
// Contract
// - Works on QGuiApplication::focusObject(): a TextField, TextInput or
//   TextArea with input method support. Its hints choose the layout:
//   Qt::ImhDigitsOnly / ImhDialableCharactersOnly / ImhFormattedNumbersOnly
//   / ImhPreferNumbers -> the digit pad ("digits"; ImhPreferNumbers may
//   switch to letters), else letters. ImhPreferUppercase capitalises each
//   word (names, addresses); without ImhNoAutoUppercase the first letter of
//   the field is capitalised. Hidden text (passwords) and ImhLatinOnly get
//   no Vietnamese composition.
// - Vietnamese composition (Telex, VNI or none: `method`) and the tone and
//   diacritic keys go through viet::Composer (app/core/vietcomposer.h).
// - `visible` is what the keyboard panel shows: a field has focus and the
//   keyboard is wanted (`autoShow` for the touch kiosk; for desk and leader
//   PCs, `enabled` toggled by a button). hide() dismisses it until the next
//   field gains focus.
#pragma once

#include "vietcomposer.h"

#include <QObject>
#include <QStringList>

namespace tiepdan {

class KeyboardController : public QObject {
    Q_OBJECT
    // The panel should be on screen.
    Q_PROPERTY(bool visible READ visible NOTIFY visibleChanged)
    // Shown whenever a field has focus (the kiosk); else only when enabled.
    Q_PROPERTY(bool autoShow READ autoShow WRITE setAutoShow NOTIFY visibleChanged)
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY visibleChanged)
    // "letters" or "digits".
    Q_PROPERTY(QString layout READ layout WRITE setLayout NOTIFY stateChanged)
    // The field prefers digits but takes letters too (ID or passport numbers).
    Q_PROPERTY(bool layoutSwitchable READ layoutSwitchable NOTIFY stateChanged)
    // The next letter is a capital (shift, or automatic at a word's start).
    Q_PROPERTY(bool shift READ shift WRITE setShift NOTIFY stateChanged)
    Q_PROPERTY(bool capsLock READ capsLock WRITE setCapsLock NOTIFY stateChanged)
    // "telex", "vni" or "plain".
    Q_PROPERTY(QString method READ method WRITE setMethod NOTIFY stateChanged)
    // Vietnamese composition applies to the focused field.
    Q_PROPERTY(bool composing READ composing NOTIFY stateChanged)
    // The five tone keys' labels for the word before the cursor (sắc, huyền,
    // hỏi, ngã, nặng): the word's vowel with that tone, or "" when the tone
    // cannot apply (no word, no vowel).
    Q_PROPERTY(QStringList tonePreview READ tonePreview NOTIFY stateChanged)

public:
    // Needs the QGuiApplication: it follows the application's focus object.
    explicit KeyboardController(QObject *parent = nullptr);

    bool visible() const;
    bool autoShow() const { return m_autoShow; }
    void setAutoShow(bool on);
    bool enabled() const { return m_enabled; }
    void setEnabled(bool on);
    QString layout() const { return m_layout; }
    void setLayout(const QString &layout);
    bool layoutSwitchable() const { return m_layoutSwitchable; }
    bool shift() const { return m_shift || m_capsLock; }
    void setShift(bool on);
    bool capsLock() const { return m_capsLock; }
    void setCapsLock(bool on);
    QString method() const;
    void setMethod(const QString &method);
    bool composing() const { return m_composing; }
    QStringList tonePreview() const { return m_tonePreview; }
    void setToneStyle(viet::ToneStyle style);

    // A character key (letter, digit, punctuation, space), as labelled in
    // lower case; shift makes letters capitals.
    Q_INVOKABLE void press(const QString &key);
    // tone: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng.
    Q_INVOKABLE void tone(int tone);
    Q_INVOKABLE void backspace();
    Q_INVOKABLE void enter();
    // To the next field (Tab).
    Q_INVOKABLE void next();
    Q_INVOKABLE void hide();
    // Commits the word the platform's input method (a PC's IBus or Fcitx)
    // is still composing into the focused field, so that an action reads
    // the field as shown: buttons call it when pressed.
    Q_INVOKABLE void commitPlatformInput();

signals:
    void visibleChanged();
    void stateChanged();

private:
    struct Context {
        QObject *target = nullptr;
        QString before; // the text before the cursor
        bool hasSelection = false;
        Qt::InputMethodHints hints;
    };
    Context context() const;
    void apply(const viet::Edit &edit);
    void sendKey(int key);
    void focusChanged(QObject *focus);
    // Re-reads the field: auto shift, tone previews, limit.
    void refresh();

    viet::Composer m_composer;
    bool m_autoShow = false, m_enabled = false, m_dismissed = false;
    bool m_fieldFocused = false;
    QString m_layout = QStringLiteral("letters");
    bool m_layoutSwitchable = false;
    bool m_shift = false, m_capsLock = false, m_composing = true;
    QStringList m_tonePreview;
};

} // namespace tiepdan
