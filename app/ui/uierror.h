// How controllers name an error for their screens: "denied", "notFound",
// "conflict", "invalid" or "storage" (the screen words it in the user's
// language; Error::message is plain English for officers' logs).
#pragma once

#include "result.h"

#include <QString>

namespace tiepdan {

inline QString errorKindName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Denied: return QStringLiteral("denied");
    case ErrorCode::NotFound: return QStringLiteral("notFound");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::InvalidInput: return QStringLiteral("invalid");
    default: return QStringLiteral("storage");
    }
}

} // namespace tiepdan
