#include "seal.h"

#include "keys.h"

#include <sodium.h>

#include <stdexcept>

namespace tiepdan {

namespace {
constexpr char kMagic[] = "TDS1";
constexpr int kMagicSize = 4;
constexpr int kKeyIdSize = 8;
constexpr int kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int kHeaderSize = kMagicSize + kKeyIdSize + kNonceSize;
} // namespace

Sealer::Sealer(const QByteArray &key) : m_key(key)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
    if (key.size() != KeySize)
        throw std::invalid_argument("seal key must be 32 bytes");
    m_keyId = deriveKey(key, "tiepdan-seal-key-id").left(kKeyIdSize);
}

Sealer::~Sealer()
{
    sodium_memzero(m_key.data(), size_t(m_key.size()));
}

QByteArray Sealer::seal(const QByteArray &plaintext, const QByteArray &ad) const
{
    QByteArray out(kHeaderSize + plaintext.size() + kTagSize, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    memcpy(p, kMagic, kMagicSize);
    memcpy(p + kMagicSize, m_keyId.constData(), kKeyIdSize);
    unsigned char *nonce = p + kMagicSize + kKeyIdSize;
    randombytes_buf(nonce, kNonceSize);
    unsigned long long clen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        p + kHeaderSize, &clen, reinterpret_cast<const unsigned char *>(plaintext.constData()),
        size_t(plaintext.size()), reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size()), nullptr,
        nonce, reinterpret_cast<const unsigned char *>(m_key.constData()));
    out.resize(kHeaderSize + int(clen));
    return out;
}

Result<QByteArray> Sealer::open(const QByteArray &sealed, const QByteArray &ad) const
{
    if (sealed.size() < kHeaderSize + kTagSize || !sealed.startsWith(kMagic))
        return Error::make(ErrorCode::Crypto, QStringLiteral("the sealed value is malformed"));
    if (keyIdOf(sealed) != m_keyId)
        return Error::make(ErrorCode::Crypto, QStringLiteral("the sealed value was sealed with another key"));
    const auto *p = reinterpret_cast<const unsigned char *>(sealed.constData());
    QByteArray plain(sealed.size() - kHeaderSize - kTagSize, Qt::Uninitialized);
    unsigned long long plen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &plen, nullptr,
                                                   p + kHeaderSize, size_t(sealed.size() - kHeaderSize),
                                                   reinterpret_cast<const unsigned char *>(ad.constData()),
                                                   size_t(ad.size()), p + kMagicSize + kKeyIdSize,
                                                   reinterpret_cast<const unsigned char *>(m_key.constData())) != 0)
        return Error::make(ErrorCode::Crypto, QStringLiteral("the sealed value does not open: it was altered or "
                                                             "belongs to another record"));
    plain.resize(int(plen));
    return plain;
}

QByteArray Sealer::keyIdOf(const QByteArray &sealed)
{
    if (sealed.size() < kMagicSize + kKeyIdSize || !sealed.startsWith(kMagic))
        return {};
    return sealed.mid(kMagicSize, kKeyIdSize);
}

} // namespace tiepdan
