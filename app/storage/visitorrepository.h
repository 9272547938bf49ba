// Visitors who identify themselves at the kiosk or desk. A confidential
// visitor (denunciation service) is stored sealed like a denunciation record.
#pragma once

#include "reception.h"
#include "result.h"

namespace tiepdan {

class OfficeStore;
class Session;

struct VisitorRegistration {
    QString id;
    bool sealed = false;
    bool knownBefore = false; // the same ID number came before (repeat visitor)
};

class VisitorRepository {
public:
    explicit VisitorRepository(OfficeStore &store) : m_store(store) {}
    // Validates the identity (name NFC, ID number, phone, address lengths).
    Result<VisitorRegistration> registerVisitor(Identity identity, bool confidential, const QString &actor);
    // The identity a visitor gave at the kiosk, for the officer recording
    // their visit (Permission::RecordVisit). A sealed one is opened for the
    // recording and the opening is audited ("visitor.open", actor = the
    // officer); *sealed tells the caller. NotFound for an unknown id.
    Result<Identity> identityForRecording(const QString &visitorId, const Session &by, bool *sealed = nullptr);

private:
    OfficeStore &m_store;
};

} // namespace tiepdan
