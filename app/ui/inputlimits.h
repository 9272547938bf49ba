// The limits of what visitors and officers may type (app/core/validation.h,
// namespace limits), for the screens: the singleton `Limits` of
// TiepDan.Backend. Fields take their maximum length from here and error
// messages their numbers, so a changed limit changes every field and
// message with the checks that enforce it.
#pragma once

#include "validation.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tiepdan {

class InputLimits : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Limits)
    QML_SINGLETON
    Q_PROPERTY(int nameMin READ nameMin CONSTANT)
    Q_PROPERTY(int nameMax READ nameMax CONSTANT)
    Q_PROPERTY(int addressMax READ addressMax CONSTANT)
    Q_PROPERTY(int contentMax READ contentMax CONSTANT)
    Q_PROPERTY(int shortTextMax READ shortTextMax CONSTANT)
    Q_PROPERTY(int notesMax READ notesMax CONSTANT)
    Q_PROPERTY(int groupSizeMax READ groupSizeMax CONSTANT)
    Q_PROPERTY(int unsealReasonMin READ unsealReasonMin CONSTANT)
public:
    using QObject::QObject;
    // `n` as the screen's language writes numbers (20.000, or 20,000 in
    // English): the engine's uiLanguage, which the program sets with the
    // language.
    Q_INVOKABLE QString number(int n) const;

    static int nameMin() { return limits::NameMin; }
    static int nameMax() { return limits::NameMax; }
    static int addressMax() { return limits::AddressMax; }
    static int contentMax() { return limits::ContentMax; }
    static int shortTextMax() { return limits::ShortTextMax; }
    static int notesMax() { return limits::NotesMax; }
    static int groupSizeMax() { return limits::GroupSizeMax; }
    static int unsealReasonMin() { return limits::UnsealReasonMin; }
};

} // namespace tiepdan
