#include "httptransport.h"

// Plain function declarations: curl.h's type-checking macros would hide
// the functions whose addresses are taken below.
#define CURL_DISABLE_TYPECHECK
#include <curl/curl.h>

#include <dlfcn.h>

#include <type_traits>

namespace tiepdan {

namespace {

// libcurl is opened on first use instead of being linked: it brings about
// twenty more libraries (TLS, LDAP, SSH, Kerberos, IDN...) that the kiosk
// would otherwise load and relocate before its first frame, for a sync that
// starts after it.
struct CurlApi {
    decltype(&curl_global_init) global_init = nullptr;
    decltype(&curl_easy_init) easy_init = nullptr;
    decltype(&curl_easy_cleanup) easy_cleanup = nullptr;
    decltype(&curl_easy_reset) easy_reset = nullptr;
    decltype(&curl_easy_setopt) easy_setopt = nullptr;
    decltype(&curl_easy_perform) easy_perform = nullptr;
    decltype(&curl_easy_getinfo) easy_getinfo = nullptr;
    decltype(&curl_easy_strerror) easy_strerror = nullptr;
    decltype(&curl_slist_append) slist_append = nullptr;
    decltype(&curl_slist_free_all) slist_free_all = nullptr;
    QString error; // empty when usable
};

const CurlApi &curl()
{
    static const CurlApi api = [] {
        CurlApi a;
        void *lib = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
        if (!lib) {
            a.error = QString::fromLocal8Bit(dlerror());
            return a;
        }
        auto bind = [&](auto &fn, const char *name) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(lib, name));
            if (!fn && a.error.isEmpty())
                a.error = QStringLiteral("libcurl.so.4 has no %1").arg(QLatin1String(name));
        };
        bind(a.global_init, "curl_global_init");
        bind(a.easy_init, "curl_easy_init");
        bind(a.easy_cleanup, "curl_easy_cleanup");
        bind(a.easy_reset, "curl_easy_reset");
        bind(a.easy_setopt, "curl_easy_setopt");
        bind(a.easy_perform, "curl_easy_perform");
        bind(a.easy_getinfo, "curl_easy_getinfo");
        bind(a.easy_strerror, "curl_easy_strerror");
        bind(a.slist_append, "curl_slist_append");
        bind(a.slist_free_all, "curl_slist_free_all");
        if (a.error.isEmpty() && a.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
            a.error = QStringLiteral("curl_global_init failed");
        return a;
    }();
    return api;
}

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

CurlTransport::CurlTransport(QString caFile, int timeoutSeconds, int connectTimeoutSeconds)
    : m_caFile(std::move(caFile)), m_timeout(timeoutSeconds), m_connectTimeout(connectTimeoutSeconds)
{
    if (curl().error.isEmpty())
        m_curl = curl().easy_init();
}

CurlTransport::~CurlTransport()
{
    if (m_curl)
        curl().easy_cleanup(static_cast<CURL *>(m_curl));
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
    const CurlApi &api = curl();
    CURL *c = static_cast<CURL *>(m_curl);
    if (!c)
        return Error::make(ErrorCode::Storage,
                           QStringLiteral("libcurl could not be initialised: %1").arg(curl().error));
    api.easy_reset(c);
    HttpResponse resp;
    const QByteArray u = url.toUtf8();
    const QByteArray ca = m_caFile.toUtf8();
    curl_slist *headers = nullptr;
    headers = api.slist_append(headers, QByteArray("Authorization: Bearer " + bearerToken).constData());
    api.easy_setopt(c, CURLOPT_URL, u.constData());
    if (json) {
        headers = api.slist_append(headers, "Content-Type: application/json");
        headers = api.slist_append(headers, "Expect:"); // no 100-continue round trip
        api.easy_setopt(c, CURLOPT_POST, 1L);
        api.easy_setopt(c, CURLOPT_POSTFIELDS, json->constData());
        api.easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(json->size()));
    }
    api.easy_setopt(c, CURLOPT_HTTPHEADER, headers);
    api.easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    api.easy_setopt(c, CURLOPT_TIMEOUT, long(m_timeout));
    api.easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(m_connectTimeout));
    api.easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    api.easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    api.easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    if (!ca.isEmpty())
        api.easy_setopt(c, CURLOPT_CAINFO, ca.constData());
    api.easy_setopt(c, CURLOPT_WRITEFUNCTION, onBody);
    api.easy_setopt(c, CURLOPT_WRITEDATA, &resp.body);
    api.easy_setopt(c, CURLOPT_HEADERFUNCTION, onHeader);
    Head head;
    api.easy_setopt(c, CURLOPT_HEADERDATA, &head);
    const CURLcode rc = api.easy_perform(c);
    api.slist_free_all(headers);
    if (rc != CURLE_OK)
        return Error::make(ErrorCode::Storage,
                           QStringLiteral("no answer from %1: %2").arg(url, QString::fromUtf8(api.easy_strerror(rc))));
    // libcurl takes a connection closed in the middle of the head for the
    // end of a head and reports success (status line, part of the headers,
    // no body): that is not a complete answer.
    if (!head.complete)
        return Error::make(ErrorCode::Storage, QStringLiteral("no answer from %1: the connection closed "
                                                              "before the end of the answer's head")
                                                   .arg(url));
    resp.retryAfterSeconds = head.retryAfter;
    api.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &resp.status);
    return resp;
}

} // namespace tiepdan
