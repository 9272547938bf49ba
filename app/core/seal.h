// Sealed values: authenticated encryption (XChaCha20-Poly1305, libsodium)
// of a denunciator's identity, so that it is never in the clear in the
// database, its WAL, logs or exports.
//
// Wire format (also what travels to the department server, unchanged):
//   "TDS1" (4) | key id (8) | nonce (24) | ciphertext + tag (n + 16)
// The key id is the first 8 bytes of HMAC-SHA256(key, "tiepdan-seal-key-id")
// so a holder of several office keys can pick the right one without trying.
// The associated data (the record's permanent id) binds a sealed value to its
// record: moving it to another record makes opening fail.
#pragma once

#include "result.h"

#include <QByteArray>

namespace tiepdan {

class Sealer {
public:
    // key: exactly KeySize (32) bytes, else std::invalid_argument.
    explicit Sealer(const QByteArray &key);
    ~Sealer();
    Sealer(const Sealer &) = delete;
    Sealer &operator=(const Sealer &) = delete;

    QByteArray keyId() const { return m_keyId; }

    QByteArray seal(const QByteArray &plaintext, const QByteArray &associatedData) const;
    // Errors: Crypto when the value is malformed, for another key, or tampered.
    Result<QByteArray> open(const QByteArray &sealed, const QByteArray &associatedData) const;

    // The key id stored inside a sealed value (empty if malformed).
    static QByteArray keyIdOf(const QByteArray &sealed);

private:
    QByteArray m_key;
    QByteArray m_keyId;
};

} // namespace tiepdan
