// The server's client table (`--tokens FILE`, docs/sync-protocol.md): one
// line per client, `<office-code> <role> <token>`, `#` starts a comment.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace tiepdan {

enum class ClientRole { Kiosk, Leader };

struct Client {
    QString office; // an office code, or "*" (leaders only: every office)
    ClientRole role = ClientRole::Kiosk;

    // May this client act on `office`'s data?
    bool covers(const QString &code) const { return office == QLatin1String("*") || office == code; }
};

class TokenTable {
public:
    // Refuses the whole file on any bad line (naming the line number), on a
    // token shorter than 16 characters, and on a token listed twice: a
    // server that half-loads its clients would deny some kiosks silently.
    static Result<TokenTable> parse(const QByteArray &text);
    static Result<TokenTable> load(const QString &path);

    // The client whose token this is. Tokens are looked up by their SHA-256,
    // so the lookup time does not depend on how much of a guess matches.
    std::optional<Client> find(const QByteArray &token) const;
    int size() const { return int(m_clients.size()); }

private:
    QHash<QByteArray, Client> m_clients; // SHA-256(token) -> client
};

// A valid office code (as on tickets): 2-16 capital letters, digits or '-',
// not starting with '-'.
bool isOfficeCode(const QString &s);

} // namespace tiepdan
