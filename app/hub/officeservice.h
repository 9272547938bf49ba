// What an officer desk or the waiting-room display asks of the office, as
// JSON calls on the office's OfficeStore. The same service answers the
// desks of the PC that holds the database (LocalOfficeClient, in process)
// and the desks and displays on the LAN (OfficeHub, over HTTP), so one code
// path enforces the roles and applies the actions either way
// (docs/lan-hub.md).
//
// Contract of call(method, args):
// - The answer is {"ok": true, ...} or {"ok": false, "error": {"code":
//   <ErrorCode as int>, "message", "field", "signedOut": bool}}. signedOut
//   tells a desk that its session is gone (unknown, idle, account disabled
//   or changed): it must sign in again. A role's refusal is not signedOut.
// - Calls that act carry a session (args "session", from signIn) and are
//   checked with UserRepository::require, like the desk always did.
// - callNext, act and record are idempotent per session when args carry a
//   "requestId": the same id answers the first answer again without acting
//   (a desk that lost the answer on the LAN retries safely).
// - Nothing answered holds a sealed identity except ticketVisitor's, which
//   opens it for the officer recording the visit (audited).
// - Sessions live in memory: a restarted service signs everyone out.
#pragma once

#include "result.h"
#include "userrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace tiepdan {

class OfficeStore;
struct Ticket;
struct ReceptionSession;

class OfficeService {
public:
    // Answers remembered per session for retried requests.
    static constexpr int kRecentAnswers = 32;
    // Audit entries per eventsAfter() answer.
    static constexpr int kEventPage = 500;

    explicit OfficeService(OfficeStore &store);
    OfficeStore &store() { return m_store; }

    QJsonObject call(const QString &method, const QJsonObject &args);

    // The newest audit entry's sequence number.
    qint64 lastSeq();
    // Audit entries after `seq` in order, at most kEventPage, as events a
    // screen may show anyone: {"seq", "action", "label" ("A-015", ticket
    // actions only), "counter"}. No names, no details.
    QJsonArray eventsAfter(qint64 seq);

    static QJsonObject errorAnswer(const Error &e, bool signedOut = false);
    // The error of a failed answer (InvalidInput when the answer is malformed).
    static Error errorOf(const QJsonObject &answer);

    // What the hub tells about a ticket: no QR payload, no visitor.
    static QJsonObject ticketJson(const Ticket &t);
    static QJsonObject sessionJson(const ReceptionSession &s, int left);
    static ReceptionSession sessionFromJson(const QJsonObject &o);

private:
    struct SignedIn {
        Session session;
        QList<QPair<QString, QJsonObject>> recent; // requestId -> answer, oldest first
    };
    using Handler = QJsonObject (OfficeService::*)(const QJsonObject &);

    // The signed-in session of args["session"] allowed to do `p` (touched
    // when `activity`); else null with the answer to give in *refusal. An
    // idle, disabled or changed account's session ends here.
    SignedIn *signedIn(const QJsonObject &args, Permission p, QJsonObject *refusal, bool activity = true);
    QJsonObject acting(const QJsonObject &args, Permission p, const std::function<QJsonObject(SignedIn &)> &act);
    QJsonObject newSession(const Result<Session> &s);

    QJsonObject hello(const QJsonObject &);
    QJsonObject needsFirstAdmin(const QJsonObject &);
    QJsonObject signIn(const QJsonObject &args);
    QJsonObject firstAdmin(const QJsonObject &args);
    QJsonObject signOut(const QJsonObject &args);
    QJsonObject touch(const QJsonObject &args);
    QJsonObject check(const QJsonObject &args);
    QJsonObject queue(const QJsonObject &args);
    QJsonObject board(const QJsonObject &args);
    QJsonObject ticket(const QJsonObject &args);
    QJsonObject callNext(const QJsonObject &args);
    QJsonObject act(const QJsonObject &args);
    QJsonObject record(const QJsonObject &args);
    QJsonObject lookup(const QJsonObject &args);
    QJsonObject ticketVisitor(const QJsonObject &args);
    QJsonObject sessions(const QJsonObject &args);
    // The record's conclusion notice as a PDF (base64): {"id"} of a
    // head's or deputy's reception with a conclusion.
    QJsonObject notice(const QJsonObject &args);

    QJsonArray sessionsOn(const QDate &day);

    OfficeStore &m_store;
    QHash<QString, SignedIn> m_signedIn;
    static const QHash<QString, Handler> s_handlers;
};

} // namespace tiepdan
