#include "keyboardcontroller.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QInputMethod>
#include <QInputMethodEvent>
#include <QInputMethodQueryEvent>
#include <QKeyEvent>

namespace tiepdan {

namespace {

constexpr Qt::InputMethodHints kDigitHints =
    Qt::ImhDigitsOnly | Qt::ImhDialableCharactersOnly | Qt::ImhFormattedNumbersOnly;

// The letter or mark that begins a word for capitalisation.
bool atWordStart(const QString &before)
{
    if (before.isEmpty())
        return true;
    const QChar last = before.back();
    return last.isSpace() || last == u'-' || last == u'(' || last == u'\'';
}

bool atSentenceStart(const QString &before)
{
    const QString t = before.trimmed();
    return t.isEmpty() || ((t.endsWith(u'.') || t.endsWith(u'!') || t.endsWith(u'?')) && before.back().isSpace());
}

} // namespace

KeyboardController::KeyboardController(QObject *parent) : QObject(parent)
{
    auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    Q_ASSERT_X(app, "KeyboardController", "made before the QGuiApplication");
    if (app) {
        connect(app, &QGuiApplication::focusObjectChanged, this, &KeyboardController::focusChanged);
        // The field changed under the keyboard (cleared, typed into with a
        // PC's keyboard, the cursor moved): shift and tone keys follow.
        connect(QGuiApplication::inputMethod(), &QInputMethod::cursorRectangleChanged, this, [this] {
            if (m_fieldFocused)
                refresh();
        });
    }
    m_tonePreview = QStringList(5, QString());
}

bool KeyboardController::visible() const
{
    return m_fieldFocused && !m_dismissed && (m_autoShow || m_enabled);
}

void KeyboardController::setAutoShow(bool on)
{
    if (m_autoShow == on)
        return;
    m_autoShow = on;
    emit visibleChanged();
}

void KeyboardController::setEnabled(bool on)
{
    if (m_enabled == on)
        return;
    m_enabled = on;
    m_dismissed = false;
    emit visibleChanged();
}

void KeyboardController::setLayout(const QString &layout)
{
    if (layout == m_layout || (layout != QLatin1String("letters") && layout != QLatin1String("digits")))
        return;
    m_layout = layout;
    refresh(); // composition and tone keys follow the layout
}

void KeyboardController::setShift(bool on)
{
    if (m_shift == on)
        return;
    m_shift = on;
    emit stateChanged();
}

void KeyboardController::setCapsLock(bool on)
{
    if (m_capsLock == on)
        return;
    m_capsLock = on;
    m_shift = false;
    emit stateChanged();
}

QString KeyboardController::method() const
{
    switch (m_composer.method()) {
    case viet::InputMethod::Telex: return QStringLiteral("telex");
    case viet::InputMethod::Vni: return QStringLiteral("vni");
    case viet::InputMethod::Plain: break;
    }
    return QStringLiteral("plain");
}

void KeyboardController::setMethod(const QString &method)
{
    const viet::InputMethod m = method == QLatin1String("telex") ? viet::InputMethod::Telex
                                : method == QLatin1String("vni") ? viet::InputMethod::Vni
                                                                 : viet::InputMethod::Plain;
    if (m == m_composer.method())
        return;
    m_composer = viet::Composer(m, m_composer.style());
    emit stateChanged();
}

void KeyboardController::setToneStyle(viet::ToneStyle style)
{
    m_composer = viet::Composer(m_composer.method(), style);
    refresh();
}

KeyboardController::Context KeyboardController::context() const
{
    Context c;
    c.target = QGuiApplication::focusObject();
    if (!c.target)
        return c;
    QInputMethodQueryEvent q(Qt::ImEnabled | Qt::ImSurroundingText | Qt::ImCursorPosition | Qt::ImAnchorPosition |
                             Qt::ImHints);
    QCoreApplication::sendEvent(c.target, &q);
    if (!q.value(Qt::ImEnabled).toBool()) {
        c.target = nullptr;
        return c;
    }
    const QString text = q.value(Qt::ImSurroundingText).toString();
    const int cursor = q.value(Qt::ImCursorPosition).toInt();
    const int anchor = q.value(Qt::ImAnchorPosition).toInt();
    c.before = text.left(cursor);
    c.hasSelection = anchor != cursor;
    c.hints = Qt::InputMethodHints(q.value(Qt::ImHints).toInt());
    return c;
}

void KeyboardController::apply(const viet::Edit &edit)
{
    QObject *target = QGuiApplication::focusObject();
    if (!target || (edit.removeBefore == 0 && edit.insert.isEmpty()))
        return;
    QInputMethodEvent event;
    event.setCommitString(edit.insert, -edit.removeBefore, edit.removeBefore);
    QCoreApplication::sendEvent(target, &event);
}

void KeyboardController::sendKey(int key)
{
    QObject *target = QGuiApplication::focusObject();
    if (!target)
        return;
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &release);
}

void KeyboardController::press(const QString &key)
{
    const Context c = context();
    if (!c.target || key.isEmpty())
        return;
    QString text = key;
    if (shift())
        text = text.toUpper();
    if (m_shift) {
        m_shift = false;
        emit stateChanged();
    }
    const bool compose = m_composing && !c.hasSelection && text.size() == 1;
    apply(compose ? m_composer.type(c.before, text.front()) : viet::Edit{0, text});
    refresh();
}

void KeyboardController::tone(int tone)
{
    const Context c = context();
    if (!c.target || tone < 1 || tone > 5 || c.hasSelection)
        return;
    apply(m_composer.applyTone(c.before, viet::Tone(tone)));
    refresh();
}

void KeyboardController::backspace()
{
    sendKey(Qt::Key_Backspace);
    refresh();
}

void KeyboardController::enter()
{
    sendKey(Qt::Key_Return);
}

void KeyboardController::next()
{
    sendKey(Qt::Key_Tab);
}

void KeyboardController::hide()
{
    if (m_dismissed)
        return;
    m_dismissed = true;
    emit visibleChanged();
}

void KeyboardController::focusChanged(QObject *)
{
    const bool wasVisible = visible();
    const Context c = context();
    m_fieldFocused = c.target != nullptr;
    if (m_fieldFocused) {
        m_dismissed = false;
        const bool digitsOnly = c.hints & kDigitHints;
        const bool preferDigits = c.hints & Qt::ImhPreferNumbers;
        m_layout = digitsOnly || preferDigits ? QStringLiteral("digits") : QStringLiteral("letters");
        m_layoutSwitchable = preferDigits && !digitsOnly;
        m_capsLock = false;
    }
    refresh();
    if (wasVisible != visible())
        emit visibleChanged();
}

void KeyboardController::refresh()
{
    const Context c = context();
    if (c.target) {
        const bool hidden = c.hints & (Qt::ImhHiddenText | Qt::ImhSensitiveData);
        m_composing = !hidden && !(c.hints & Qt::ImhLatinOnly) && m_layout == QLatin1String("letters");
        if (!m_capsLock) {
            if (c.hints & Qt::ImhPreferUppercase)
                m_shift = atWordStart(c.before);
            else if (!(c.hints & (Qt::ImhNoAutoUppercase | Qt::ImhPreferLowercase)) && !hidden)
                m_shift = atSentenceStart(c.before);
            else
                m_shift = false;
        }
        for (int t = 1; t <= 5; ++t)
            m_tonePreview[t - 1] = m_composing ? m_composer.preview(c.before, viet::Tone(t)) : QString();
    }
    emit stateChanged();
}

void KeyboardController::commitPlatformInput()
{
    QGuiApplication::inputMethod()->commit();
}

} // namespace tiepdan
