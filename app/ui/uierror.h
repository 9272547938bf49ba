// The error a controller shows its screen: `errorKind` ("denied",
// "notFound", "conflict", "invalid", "offline" or "storage") for the screen to word in
// the user's language, `errorField` naming the input at fault (Error::field),
// and `errorDetail`, Error::message in plain English for officers' logs.
// Desk and leader controllers derive from ErrorReporter.
#pragma once

#include "result.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace tiepdan {

inline QString errorKindName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Denied: return QStringLiteral("denied");
    case ErrorCode::NotFound: return QStringLiteral("notFound");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::InvalidInput: return QStringLiteral("invalid");
    case ErrorCode::Unavailable: return QStringLiteral("offline");
    default: return QStringLiteral("storage");
    }
}

class ErrorReporter : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString errorKind READ errorKind NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)
public:
    using QObject::QObject;
    QString errorKind() const { return m_kind; }
    QString errorDetail() const { return m_detail; }
    QString errorField() const { return m_field; }
    Q_INVOKABLE void clearError()
    {
        if (m_kind.isEmpty() && m_detail.isEmpty())
            return;
        m_kind.clear();
        m_detail.clear();
        m_field.clear();
        emit errorChanged();
    }

signals:
    void errorChanged();

protected:
    // Shows `e`; returns false so that an action can `return fail(e);`.
    bool fail(const Error &e)
    {
        m_kind = errorKindName(e.code);
        m_detail = e.message;
        m_field = e.field;
        emit errorChanged();
        return false;
    }

private:
    QString m_kind, m_detail, m_field;
};

} // namespace tiepdan
