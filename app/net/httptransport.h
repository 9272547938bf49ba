// How the office's clients talk HTTP (the sync client, the leader view's
// remote source, the desks' hub client): a small interface, so that their
// rules (docs/sync-protocol.md, docs/lan-hub.md) do not depend on libcurl,
// and a libcurl implementation. Contract: post() returns an HttpResponse for any HTTP
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

class HttpTransport {
public:
    virtual ~HttpTransport() = default;
    virtual Result<HttpResponse> post(const QString &url, const QByteArray &bearerToken, const QByteArray &json) = 0;
    virtual Result<HttpResponse> get(const QString &url, const QByteArray &bearerToken) = 0;
};

// libcurl; certificates verified (peer and host) unless the URL is plain
// http://. `caFile` empty: the system's CA store. libcurl is opened
// (dlopen) on the first CurlTransport, not linked: see httptransport.cpp.
class CurlTransport : public HttpTransport {
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
