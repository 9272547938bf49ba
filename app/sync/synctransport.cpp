#include "synctransport.h"

#include <curl/curl.h>

#include <mutex>

namespace tiepdan {

namespace {
size_t onBody(char *data, size_t size, size_t n, void *user)
{
    static_cast<QByteArray *>(user)->append(data, qsizetype(size * n));
    return size * n;
}

// What the header callback learns about the (last) answer's head.
struct Head {
    int retryAfter = -1;
    bool complete = false; // its blank line arrived
};

size_t onHeader(char *data, size_t size, size_t n, void *user)
{
    Head &head = *static_cast<Head *>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * n)).trimmed();
    if (line.startsWith("HTTP/")) { // a new head (after an interim 1xx one)
        head = Head{};
    } else if (line.isEmpty()) {
        head.complete = true;
    } else if (line.toLower().startsWith("retry-after:")) {
        bool ok = false;
        const int s = line.mid(12).trimmed().toInt(&ok);
        if (ok && s >= 0)
            head.retryAfter = s;
    }
    return size * n;
}
} // namespace

CurlTransport::CurlTransport(QString caFile, int timeoutSeconds) : m_caFile(std::move(caFile)), m_timeout(timeoutSeconds)
{
    static std::once_flag init;
    std::call_once(init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_curl = curl_easy_init();
}

CurlTransport::~CurlTransport()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

Result<HttpResponse> CurlTransport::post(const QString &url, const QByteArray &bearerToken, const QByteArray &json)
{
    return perform(url, bearerToken, &json);
}

Result<HttpResponse> CurlTransport::get(const QString &url, const QByteArray &bearerToken)
{
    return perform(url, bearerToken, nullptr);
}

Result<HttpResponse> CurlTransport::perform(const QString &url, const QByteArray &bearerToken, const QByteArray *json)
{
    CURL *c = static_cast<CURL *>(m_curl);
    if (!c)
        return Error::make(ErrorCode::Storage, QStringLiteral("libcurl could not be initialised"));
    curl_easy_reset(c);
    HttpResponse resp;
    const QByteArray u = url.toUtf8();
    const QByteArray ca = m_caFile.toUtf8();
    curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, QByteArray("Authorization: Bearer " + bearerToken).constData());
    curl_easy_setopt(c, CURLOPT_URL, u.constData());
    if (json) {
        headers = curl_slist_append(headers, "Content-Type: application/json");
        headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
        curl_easy_setopt(c, CURLOPT_POST, 1L);
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, json->constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(json->size()));
    }
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(m_timeout));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    if (!ca.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &resp.body);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, onHeader);
    Head head;
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &head);
    const CURLcode rc = curl_easy_perform(c);
    curl_slist_free_all(headers);
    if (rc != CURLE_OK)
        return Error::make(ErrorCode::Storage, QStringLiteral("no answer from %1: %2")
                                                   .arg(url, QString::fromUtf8(curl_easy_strerror(rc))));
    // libcurl takes a connection closed in the middle of the head for the
    // end of a head and reports success (status line, part of the headers,
    // no body): that is not a complete answer.
    if (!head.complete)
        return Error::make(ErrorCode::Storage, QStringLiteral("no answer from %1: the connection closed "
                                                              "before the end of the answer's head").arg(url));
    resp.retryAfterSeconds = head.retryAfter;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &resp.status);
    return resp;
}

} // namespace tiepdan
