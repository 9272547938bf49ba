#include "servertls.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace tiepdan {

Result<QSslConfiguration> loadServerTls(const QString &certFile, const QString &keyFile)
{
    QFile c(certFile), k(keyFile);
    if (!c.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Config,
                           QStringLiteral("cannot read certificate %1: %2").arg(certFile, c.errorString()));
    if (!k.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Config, QStringLiteral("cannot read key %1: %2").arg(keyFile, k.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(c.readAll(), QSsl::Pem);
    const QByteArray keyPem = k.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return Error::make(
            ErrorCode::Config,
            QStringLiteral("%1 must hold a PEM certificate and %2 its PEM RSA or EC key").arg(certFile, keyFile));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // kiosks prove themselves with tokens
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

} // namespace tiepdan
