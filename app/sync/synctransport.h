// How the sync client talks HTTP: a small interface, so that the client's
// rules (docs/sync-protocol.md) do not depend on libcurl, and a libcurl
// implementation. Contract: post() returns an HttpResponse for any HTTP
// answer, whatever its status; it returns an Error only when no complete
// answer arrived (connection refused or dropped, timeout, TLS failure, an
// answer cut short in its head or body).
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace tiepdan {

struct HttpResponse {
    long status = 0;
    QByteArray body;
    int retryAfterSeconds = -1; // -1: no (usable) Retry-After header
};

class SyncTransport {
public:
    virtual ~SyncTransport() = default;
    virtual Result<HttpResponse> post(const QString &url, const QByteArray &bearerToken, const QByteArray &json) = 0;
    virtual Result<HttpResponse> get(const QString &url, const QByteArray &bearerToken) = 0;
};

// libcurl; certificates verified (peer and host) unless the URL is plain
// http://. `caFile` empty: the system's CA store.
class CurlTransport : public SyncTransport {
public:
    explicit CurlTransport(QString caFile = {}, int timeoutSeconds = 30, int connectTimeoutSeconds = 10);
    ~CurlTransport() override;
    Result<HttpResponse> post(const QString &url, const QByteArray &bearerToken, const QByteArray &json) override;
    Result<HttpResponse> get(const QString &url, const QByteArray &bearerToken) override;

private:
    // POST `json` when given, else GET.
    Result<HttpResponse> perform(const QString &url, const QByteArray &bearerToken, const QByteArray *json);
    QString m_caFile;
    int m_timeout;
    int m_connectTimeout;
    void *m_curl = nullptr; // CURL*, reused: keeps the connection alive
};

} // namespace tiepdan
