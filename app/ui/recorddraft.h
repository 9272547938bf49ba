// The draft of the desk's recording form, kept on this PC so that closing
// the window, a crash or a lost office hub loses nothing an officer typed.
//
// Contract
// - One draft per counter and officer (setOwner, e.g. "desk-2-canbo.an"),
//   in a JSON file of its own, mode 600, written atomically; no owner (signed
//   out): nothing is kept or read.
// - A denunciator's identity is never written to this PC's disk (Luật Tố
//   cáo 2018, Art. 9): when the form is a denunciation or anonymous, the
//   identity fields (fullName, address, idNumber, phone, representatives)
//   are left out and `identityLeftOut` says so; the rest is kept.
// - On disk the form is VisitForm's JSON (the keys the desk sends the office).
// - keep() stores what it is given (the screen calls it a moment after each
//   edit and when the window closes); discard() removes it (the record was
//   saved, or the officer threw it away).
#pragma once

#include "deskvalues.h"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tiepdan {

class RecordDraft : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the desk controller")
    // A draft is kept for the signed-in officer at this counter.
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    // When it was kept, as the screen shows it (HH:mm dd/MM/yyyy).
    Q_PROPERTY(QString keptAt READ keptAt NOTIFY changed)
    // The kept draft lacks the identity of a denunciator.
    Q_PROPERTY(bool identityLeftOut READ identityLeftOut NOTIFY changed)

public:
    // `folder`: where drafts live (default: the program's data folder).
    explicit RecordDraft(QObject *parent = nullptr);
    void setFolder(const QString &folder);
    // The signed-in officer's key; empty when nobody is signed in.
    void setOwner(const QString &owner);

    bool exists() const { return m_exists; }
    QString keptAt() const;
    bool identityLeftOut() const { return m_identityLeftOut; }

    // Stores `form` (RecordForm's values()); false when it cannot be written.
    Q_INVOKABLE bool keep(const tiepdan::VisitFormValue &form);
    // The kept form, or an empty one.
    Q_INVOKABLE tiepdan::VisitFormValue form() const { return m_form; }
    Q_INVOKABLE void discard();

    // `form` as it may be written to disk (identity left out when confidential).
    static VisitForm forDisk(const VisitForm &form, bool *identityLeftOut = nullptr);

signals:
    void changed();

private:
    QString path() const;
    void load();

    QString m_folder, m_owner;
    VisitForm m_form;
    bool m_exists = false;
    QDateTime m_keptAt;
    bool m_identityLeftOut = false;
};

} // namespace tiepdan
