// TLS for the programs that serve HTTPS: the department server
// (reception-server --cert/--key) and the office hub (reception-kiosk
// --hub-cert/--hub-key). Clients are not asked for certificates: kiosks,
// desks and leaders prove themselves with bearer tokens.
#pragma once

#include "result.h"

#include <QSslConfiguration>
#include <QString>

namespace tiepdan {

// A PEM certificate (chain) and its PEM RSA or EC key as a server TLS
// configuration (TLS 1.2 or later). ErrorCode::Config naming the file when
// either cannot be read or holds no certificate or key.
Result<QSslConfiguration> loadServerTls(const QString &certFile, const QString &keyFile);

} // namespace tiepdan
