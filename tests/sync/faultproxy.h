// A fault-injecting HTTP proxy for the sync tests: a QTcpServer on
// 127.0.0.1 in its own thread (the sync client blocks the test's thread
// while it waits for an answer), between the real SyncClient/CurlTransport
// and the real reception-server.
//
// Every complete request the client sends gets a Plan from the chooser
// (scripted or seeded-random, decided in the proxy's thread, in request
// order) and is handled by it:
//   Pass              forwarded, the server's answer forwarded
//   Delay             both held `delayMs` first (shorter than the client's timeout)
//   DelayPastTimeout  held `delayMs` (longer than the client's timeout), then
//                     forwarded anyway: the client has given up, the server
//                     stores the batch late
//   DropBeforeForward the connection closed, nothing forwarded
//   DropMidRequest    the head and the first `cut` of the body forwarded,
//                     then both connections closed (the server never sees
//                     a whole request)
//   DropMidResponse   forwarded, the server answers (it stored the batch),
//                     the client gets the first `cut` of the answer (head
//                     included, possibly nothing), then the connection closes
//   TruncateBody      forwarded; the client gets the whole head (the
//                     server's Content-Length) and the first `cut` of the
//                     body, then the connection closes
//   Answer500/503/429 answered by the proxy, not forwarded; 503 and 429
//                     carry Retry-After: `retryAfter` (when >= 0)
//   ReplayTwice       forwarded twice at once on two server connections; the
//                     client gets the first or the second copy's answer
//   ReplayEarlier     an earlier captured request (`replayOf`) is sent to
//                     the server again, alongside this one (forwarded as is)
// Every request sent to the server is read to the end of the server's
// answer, whatever the client gets, and its per-entry statuses are counted,
// so a test can add up what the server stored.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <functional>

namespace faultproxy {

enum class Fault {
    Pass,
    Delay,
    DelayPastTimeout,
    DropBeforeForward,
    DropMidRequest,
    DropMidResponse,
    TruncateBody,
    Answer500,
    Answer503,
    Answer429,
    ReplayTwice,
    ReplayEarlier,
};
constexpr int kFaultKinds = 12;
QString name(Fault f);
// The client cannot count the request as delivered (it fails the attempt).
bool failsTheAttempt(Fault f);

struct Plan {
    Fault fault = Fault::Pass;
    int delayMs = 0;           // Delay, DelayPastTimeout
    int retryAfter = -1;       // Answer503, Answer429: seconds, -1 = no header
    double cut = 0.5;          // DropMidRequest, DropMidResponse, TruncateBody: share kept, [0, 1)
    bool reset = false;        // DropBeforeForward, DropMidRequest: RST instead of FIN
    bool secondAnswer = false; // ReplayTwice: the client gets the second copy's answer
    int replayOf = 0;          // ReplayEarlier: number of the earlier request (1-based)
};

// The server's answer to one request the proxy sent it.
struct Upstream {
    int status = 0; // 0: no complete answer (DropMidRequest, or a failure)
    int stored = 0, duplicate = 0, conflict = 0, rejected = 0;
};

struct Event {
    int no = 0; // 1-based, in the order the proxy received the requests
    Plan plan;
    QList<qint64> seqs;       // the batch's outbox seqs
    int connection = 0;       // which client connection carried it (1-based)
    bool ackedInFull = false; // a complete 200 answer was written to the client
    QList<Upstream> upstream; // copies of this request sent to the server
    int replayedNo = 0;       // ReplayEarlier: the request sent again
    Upstream replayed;        // and the server's answer to it
    bool done = false;        // all of its work finished
};

class FaultProxy : public QThread {
public:
    // `chooser(no)`: the plan for request `no` (called in the proxy's
    // thread, one request at a time, in order).
    FaultProxy(quint16 upstreamPort, std::function<Plan(int no)> chooser);
    ~FaultProxy() override;

    quint16 port() const; // blocks until listening
    int requests() const;
    QList<Event> events() const;
    // Waits until every request received so far has finished (late
    // forwards included); false on timeout.
    bool waitIdle(int timeoutMs) const;
    // The captured request `no` (raw bytes, as the client sent it).
    QByteArray captured(int no) const;
    // Sends `request` to the server on a fresh connection from the calling
    // thread and reads the whole answer (at most `timeoutMs`).
    Upstream sendUpstream(const QByteArray &request, int timeoutMs = 20000) const;

protected:
    void run() override;

private:
    friend class Session;
    Plan choose(int no);

    const quint16 m_upstreamPort;
    std::function<Plan(int)> m_chooser;
    mutable QMutex m_mutex;
    mutable QWaitCondition m_changed;
    quint16 m_port = 0;
    int m_connections = 0;
    QList<Event> m_events;
    QList<QByteArray> m_captured;
};

// Parsing shared with the test: a whole HTTP message at the front of
// `buf` (head + Content-Length body), or -1 if it is not all there yet.
qsizetype messageLength(const QByteArray &buf);
int statusOf(const QByteArray &response);
QByteArray bodyOf(const QByteArray &message);
Upstream summarise(const QByteArray &response);

} // namespace faultproxy
