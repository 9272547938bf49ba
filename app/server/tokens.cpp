#include "tokens.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

namespace tiepdan {

namespace {
constexpr int kMinTokenLength = 16;

QByteArray digest(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}
} // namespace

bool isOfficeCode(const QString &s)
{
    // Same rule as ticketcode.cpp; \A..\z because $ also matches before "\n".
    static const QRegularExpression re(QStringLiteral("\\A[A-Z0-9][A-Z0-9-]{1,15}\\z"));
    return re.match(s).hasMatch();
}

Result<TokenTable> TokenTable::parse(const QByteArray &text)
{
    TokenTable t;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        auto bad = [&](const QString &why) {
            return Error::make(ErrorCode::Config, QStringLiteral("token file line %1: %2").arg(i + 1).arg(why));
        };
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() != 3)
            return bad(QStringLiteral("expected '<office-code> <role> <token>'"));
        Client c;
        c.office = QString::fromUtf8(f[0]);
        if (f[1] == "kiosk")
            c.role = ClientRole::Kiosk;
        else if (f[1] == "leader")
            c.role = ClientRole::Leader;
        else
            return bad(QStringLiteral("role must be 'kiosk' or 'leader'"));
        if (c.office == QLatin1String("*") ? c.role != ClientRole::Leader : !isOfficeCode(c.office))
            return bad(QStringLiteral("office must be an office code ('*' only for a leader)"));
        if (f[2].size() < kMinTokenLength)
            return bad(QStringLiteral("token shorter than %1 characters").arg(kMinTokenLength));
        const QByteArray key = digest(f[2]);
        if (t.m_clients.contains(key))
            return bad(QStringLiteral("token already listed on another line"));
        t.m_clients.insert(key, c);
    }
    return t;
}

Result<TokenTable> TokenTable::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Config,
                           QStringLiteral("cannot read token file %1: %2").arg(path, f.errorString()));
    return parse(f.readAll());
}

std::optional<Client> TokenTable::find(const QByteArray &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    auto it = m_clients.constFind(digest(token));
    if (it == m_clients.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace tiepdan
