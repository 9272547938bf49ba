// Shared by the server, sync and leader-view tests (tests/server,
// tests/sync, tests/leader): the real reception-server process on a free
// loopback port, a synchronous HTTP helper over QNetworkAccessManager, a
// throwaway PostgreSQL cluster (scripts/pg-test-cluster.sh), payload
// builders in the shape of the kiosk's outbox, and ServerTest, the base of
// the test classes.
//
// Backend: SQLite, or PostgreSQL when TIEPDAN_SERVER_TEST_BACKEND=postgres
// (ctest runs each test both ways). A PostgreSQL cluster that cannot start
// fails the test with the reason; it is never skipped.
#pragma once

#include <QDate>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace serverfixture {

using namespace Qt::StringLiterals;

inline const QByteArray kKioskA = "kiosk-token-office-a-0001";
inline const QByteArray kKioskB = "kiosk-token-office-b-0001";
inline const QByteArray kLeaderA = "leader-token-office-a-001";
inline const QByteArray kLeaderAll = "leader-token-all-offices-1";
inline const QByteArray kTokenFile = "# office role token\n"
                                     "BN-KV1 kiosk kiosk-token-office-a-0001\n"
                                     "BN-KV2 kiosk kiosk-token-office-b-0001\n"
                                     "BN-KV1 leader leader-token-office-a-001\n"
                                     "* leader leader-token-all-offices-1\n";

// The real program. Started with --listen 127.0.0.1:0; learns its port from
// the "listening on" line. Killed (its own process only) on destruction.
class ServerProcess {
public:
    QString start(const QStringList &args)
    {
        m_proc = std::make_unique<QProcess>();
        m_proc->setProcessChannelMode(QProcess::SeparateChannels);
        m_proc->start(QStringLiteral(TIEPDAN_SERVER_BIN), QStringList{u"--listen"_s, u"127.0.0.1:0"_s} + args);
        if (!m_proc->waitForStarted(5000))
            return u"cannot start reception-server: "_s + m_proc->errorString();
        static const QRegularExpression re(u"listening on 127\\.0\\.0\\.1:(\\d+)"_s);
        QByteArray out;
        for (int i = 0; i < 100 && !m_port; ++i) {
            if (!m_proc->waitForReadyRead(100) && m_proc->state() != QProcess::Running)
                break;
            out += m_proc->readAllStandardOutput();
            if (auto m = re.match(QString::fromUtf8(out)); m.hasMatch())
                m_port = quint16(m.captured(1).toUInt());
        }
        if (!m_port)
            return u"reception-server did not start: "_s + QString::fromUtf8(out + m_proc->readAllStandardError());
        return {};
    }
    ~ServerProcess()
    {
        if (m_proc && m_proc->state() != QProcess::NotRunning) {
            m_proc->kill();
            m_proc->waitForFinished(5000);
        }
    }
    quint16 port() const { return m_port; }
    QByteArray stderrText() { return m_proc ? m_proc->readAllStandardError() : QByteArray(); }
    bool running() const { return m_proc && m_proc->state() == QProcess::Running; }

private:
    std::unique_ptr<QProcess> m_proc;
    quint16 m_port = 0;
};

// A throwaway PostgreSQL cluster for the lifetime of the object.
class PgCluster {
public:
    QString start()
    {
        QProcess p;
        p.start(QStringLiteral(TIEPDAN_SOURCE_DIR "/scripts/pg-test-cluster.sh"), {u"start"_s});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return u"PostgreSQL test cluster failed: "_s + QString::fromUtf8(p.readAllStandardError());
        for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n')) {
            if (line.startsWith(u"PGDIR="_s))
                m_dir = line.mid(6);
            if (line.startsWith(u"CONNINFO="_s))
                m_conninfo = line.mid(9);
        }
        return m_conninfo.isEmpty() ? u"pg-test-cluster.sh printed no CONNINFO"_s : QString();
    }
    ~PgCluster()
    {
        if (!m_dir.isEmpty())
            QProcess::execute(QStringLiteral(TIEPDAN_SOURCE_DIR "/scripts/pg-test-cluster.sh"), {u"stop"_s, m_dir});
    }
    QString conninfo() const { return m_conninfo; }

private:
    QString m_dir, m_conninfo;
};

struct Reply {
    int status = 0; // 0: no HTTP answer (transport error)
    QByteArray body;
    QJsonObject json;
    QByteArray retryAfter;
    QString transportError;
};

// One request, waited for (at most 60 s).
inline Reply http(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url, const QByteArray &token,
                  const QByteArray &body = {}, const QSslConfiguration &tls = {})
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    if (!tls.isNull())
        req.setSslConfiguration(tls);
    QNetworkReply *r = nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!r->isFinished())
        loop.exec();
    Reply out;
    out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = r->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    out.retryAfter = r->rawHeader("Retry-After");
    if (r->error() != QNetworkReply::NoError && out.status == 0)
        out.transportError = r->errorString();
    r->deleteLater();
    return out;
}

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QJsonObject entry(const QString &id, const QString &kind, int version, qint64 seq, const QJsonObject &payload)
{
    return {{u"id"_s, id}, {u"kind"_s, kind}, {u"version"_s, version}, {u"seq"_s, seq}, {u"payload"_s, payload}};
}

inline QJsonObject ticketPayload(const QString &id, const QString &label, const QDate &date = QDate(2026, 11, 23))
{
    return {{u"id"_s, id},    {u"label"_s, label}, {u"date"_s, date.toString(Qt::ISODate)}, {u"state"_s, u"waiting"_s},
            {u"number"_s, 1}, {u"version"_s, 1}};
}

struct RecordSpec {
    QDate date = QDate(2026, 11, 23);
    QString kinds = u"complaint"_s;
    QString direction = u"accept"_s;
    QString content = u"Khiếu nại quyết định cưỡng chế"_s;
    QString fullName = u"Nguyễn Văn An"_s;
    QString matterId;
    int people = 1;
    bool firstVisit = true;
    QString receiverRole = u"officer"_s;
    QString receptionKind = u"regular"_s;
    QString sessionKey;
    QString sealed; // base64; makes the record confidential
};

// A reception record as ReceptionRepository puts it in the outbox.
inline QJsonObject recordPayload(const QString &id, const RecordSpec &s)
{
    const bool confidential = !s.sealed.isEmpty();
    return {{u"id"_s, id},
            {u"bookYear"_s, s.date.year()},
            {u"bookNo"_s, 1},
            {u"receivedAt"_s, QDateTime(s.date, QTime(2, 30), Qt::UTC).toString(Qt::ISODate)},
            {u"identity"_s, confidential ? QJsonValue()
                                         : QJsonValue(QJsonObject{{u"fullName"_s, s.fullName},
                                                                  {u"address"_s, u"Bắc Ninh"_s},
                                                                  {u"idNumber"_s, u"001099012345"_s},
                                                                  {u"phone"_s, QString()},
                                                                  {u"representatives"_s, QJsonArray()}})},
            {u"sealedIdentity"_s, confidential ? QJsonValue(s.sealed) : QJsonValue()},
            {u"confidential"_s, confidential},
            {u"anonymous"_s, false},
            {u"content"_s, s.content},
            {u"kinds"_s, s.kinds},
            {u"peopleCount"_s, s.people},
            {u"previousAgency"_s, QString()},
            {u"direction"_s, s.direction},
            {u"transferAgency"_s, QString()},
            {u"followUp"_s, QString()},
            {u"notes"_s, QString()},
            {u"receiverRole"_s, s.receiverRole},
            {u"receiverName"_s, u"Lê Cán Bộ"_s},
            {u"receptionKind"_s, s.receptionKind},
            {u"sessionKey"_s, s.sessionKey},
            {u"matterId"_s, s.matterId.isEmpty() ? id : s.matterId},
            {u"firstVisit"_s, s.firstVisit},
            {u"aboutEnforcement"_s, true},
            {u"ticket"_s, u"A001"_s},
            {u"refusal"_s, u"none"_s},
            {u"refusalNote"_s, QString()},
            {u"recordedBy"_s, u"canbo"_s}};
}

inline QByteArray batchBody(const QString &office, const QJsonArray &entries)
{
    return QJsonDocument(QJsonObject{{u"protocol"_s, 1}, {u"office"_s, office}, {u"batch"_s, entries}})
        .toJson(QJsonDocument::Compact);
}

// One backend and one server process for a test class, started in
// initTestCase (startOrFail) and stopped in cleanupTestCase (stop). Tests
// share them: each uses its own record ids, periods or offices.
class ServerTest : public QObject {
protected:
    void startOrFail()
    {
        QVERIFY(m_dir.isValid());
        QFile tokens(m_dir.filePath(u"tokens.txt"_s));
        QVERIFY(tokens.open(QIODevice::WriteOnly));
        tokens.write(kTokenFile);
        tokens.close();
        if (qgetenv("TIEPDAN_SERVER_TEST_BACKEND") == "postgres") {
            m_pg = std::make_unique<PgCluster>();
            const QString why = m_pg->start();
            if (!why.isEmpty())
                QFAIL(qPrintable(why));
            qInfo("PostgreSQL: %s", qPrintable(m_pg->conninfo()));
        }
        m_server = std::make_unique<ServerProcess>();
        const QString why = m_server->start(serverArgs());
        if (!why.isEmpty())
            QFAIL(qPrintable(why));
    }
    void stop()
    {
        m_server.reset();
        m_pg.reset();
    }
    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server->port()).arg(pathAndQuery));
    }
    Reply post(const QByteArray &token, const QByteArray &body, const QString &path = u"/api/v1/records"_s)
    {
        return http(m_nam, "POST", url(path), token, body);
    }
    Reply get(const QByteArray &token, const QString &pathAndQuery)
    {
        return http(m_nam, "GET", url(pathAndQuery), token);
    }
    QStringList serverArgs() const
    {
        const QStringList db =
            m_pg ? QStringList{u"--pg"_s, m_pg->conninfo()} : QStringList{u"--db"_s, m_dir.filePath(u"server.db"_s)};
        return db + QStringList{u"--tokens"_s, m_dir.filePath(u"tokens.txt"_s)};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PgCluster> m_pg;
    std::unique_ptr<ServerProcess> m_server;
    QNetworkAccessManager m_nam;
};

} // namespace serverfixture
