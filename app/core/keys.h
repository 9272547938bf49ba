// Office secrets kept apart from the database, in files named by the
// configuration (security.officeKeyFile, security.sealKeyFile).
//
// Each file holds exactly 32 random bytes and must be readable by its owner
// only (mode 0600); a file that others can read is refused, like ssh does.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace tiepdan {

constexpr int KeySize = 32;

// Reads a key file; errors name the file and say what is wrong.
Result<QByteArray> readKeyFile(const QString &path);

// Creates a new key file with 32 random bytes and mode 0600. Refuses to
// overwrite an existing file (losing a seal key loses every sealed identity).
Status createKeyFile(const QString &path);

// Independent sub-keys from one master: HMAC-SHA256(master, purpose).
QByteArray deriveKey(const QByteArray &master, const char *purpose);

// n cryptographically secure random bytes.
QByteArray randomBytes(int n);

// Constant-time comparison.
bool equalConstantTime(const QByteArray &a, const QByteArray &b);

// Officer PINs are stored as libsodium password hashes (Argon2id,
// "$argon2id$..."), never in the clear. hashPin is slow on purpose.
QString hashPin(const QString &pin);
bool verifyPin(const QString &pin, const QString &hash);

// RFC 4648 base32 without padding, upper case: survives QR alphanumeric mode.
QString base32Encode(const QByteArray &data);
QByteArray base32Decode(const QString &text, bool *ok);

} // namespace tiepdan
