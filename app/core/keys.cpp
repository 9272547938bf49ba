#include "keys.h"

#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>

#include <sodium.h>

#include <cstring>
#include <unistd.h>

namespace tiepdan {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
constexpr char kBase32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
} // namespace

Result<QByteArray> readKeyFile(const QString &path)
{
    if (path.isEmpty())
        return Error::make(ErrorCode::Crypto, QStringLiteral("no key file is configured"));
    QFileInfo info(path);
    if (!info.exists())
        return Error::make(ErrorCode::Crypto, QStringLiteral("key file %1 does not exist (create it with "
                                                             "'receptionctl keys init')")
                                                  .arg(path));
    if (info.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
        return Error::make(ErrorCode::Crypto, QStringLiteral("key file %1 is readable by other users; "
                                                             "run 'chmod 600 %1'")
                                                  .arg(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Crypto, QStringLiteral("cannot read key file %1: %2").arg(path, f.errorString()));
    const QByteArray key = f.read(KeySize + 1);
    if (key.size() != KeySize)
        return Error::make(
            ErrorCode::Crypto,
            QStringLiteral("key file %1 must hold exactly %2 bytes, it holds %3").arg(path).arg(KeySize).arg(f.size()));
    return key;
}

Status createKeyFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("key file %1 already exists; it is not overwritten").arg(path));
    // Written to a private temporary file first and renamed into place, so a
    // crash never leaves an empty or short key file behind.
    const QString temp = path + QStringLiteral(".new-") + QString::fromLatin1(randomBytes(4).toHex());
    QFile f(temp);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
        return Error::make(ErrorCode::Crypto,
                           QStringLiteral("cannot create key file %1: %2").arg(path, f.errorString()));
    const QByteArray key = randomBytes(KeySize);
    const bool written = f.write(key) == KeySize && f.flush() && ::fsync(f.handle()) == 0;
    f.close();
    // rename() refuses an existing target: a concurrent creator wins cleanly.
    if (!written || !QFile::rename(temp, path)) {
        QFile::remove(temp);
        return Error::make(ErrorCode::Crypto, QStringLiteral("cannot write key file %1").arg(path));
    }
    return {};
}

QByteArray deriveKey(const QByteArray &master, const char *purpose)
{
    return QMessageAuthenticationCode::hash(QByteArray(purpose), master, QCryptographicHash::Sha256);
}

QByteArray randomBytes(int n)
{
    sodiumReady();
    QByteArray out(n, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(n));
    return out;
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    sodiumReady();
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QString hashPin(const QString &pin)
{
    sodiumReady();
    const QByteArray p = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, p.constData(), size_t(p.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verifyPin(const QString &pin, const QString &hash)
{
    sodiumReady();
    if (hash.isEmpty())
        return false;
    const QByteArray p = pin.toUtf8();
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_verify(h.constData(), p.constData(), size_t(p.size())) == 0;
}

QString base32Encode(const QByteArray &data)
{
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (char c : data) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kBase32Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kBase32Alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

QByteArray base32Decode(const QString &text, bool *ok)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    *ok = false;
    for (QChar ch : text) {
        const char *p =
            ch.unicode() < 128 && ch.unicode() != 0 ? std::strchr(kBase32Alphabet, char(ch.unicode())) : nullptr;
        if (!p)
            return {};
        buffer = (buffer << 5) | quint32(p - kBase32Alphabet);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    // Leftover bits must be zero padding (canonical encoding only).
    if (bits >= 5 || (buffer & ((1u << bits) - 1)) != 0)
        return {};
    *ok = true;
    return out;
}

} // namespace tiepdan
