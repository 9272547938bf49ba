#include "migrations.h"

#include "database.h"
#include "receptionrepository.h"
#include "recordstats.h"

namespace tiepdan {

namespace {

Status run(Database &db, const QStringList &statements)
{
    for (const QString &sql : statements)
        if (auto r = db.exec(sql); !r)
            return r.error();
    return {};
}

// v1: the office's records. Times are ISO 8601 UTC text; dates YYYY-MM-DD.
Status toV1(Database &db)
{
    return run(db, {
                       QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId),
                       QStringLiteral(R"(CREATE TABLE visitors (
            id TEXT PRIMARY KEY,              -- UUID
            full_name TEXT, address TEXT, id_number TEXT, phone TEXT,
            id_hash BLOB,                     -- keyed hash of the ID number: finds repeats
            sealed_identity BLOB,             -- set instead of the clear columns when confidential
            created_at TEXT NOT NULL))"),
                       QStringLiteral("CREATE INDEX visitors_id_hash ON visitors(id_hash)"),
                       QStringLiteral(R"(CREATE TABLE tickets (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            service_date TEXT NOT NULL,
            service_id TEXT NOT NULL,
            prefix TEXT NOT NULL,
            number INTEGER NOT NULL CHECK (number > 0),
            label TEXT NOT NULL,
            priority_category TEXT,           -- NULL: regular ticket
            group_size INTEGER NOT NULL DEFAULT 1,
            visitor_id TEXT REFERENCES visitors(id),
            appointment_id TEXT,
            state TEXT NOT NULL,
            recalls INTEGER NOT NULL DEFAULT 0,
            counter INTEGER,                  -- counter that called / serves it
            target_counter INTEGER,           -- set by a transfer
            issued_at TEXT NOT NULL, called_at TEXT, started_at TEXT, finished_at TEXT,
            call_seq INTEGER,                 -- audit seq of the first call: orders calls
            payload TEXT NOT NULL,            -- signed QR payload
            version INTEGER NOT NULL DEFAULT 1,
            audit_seq INTEGER NOT NULL,       -- audit entry of the last change
            UNIQUE (service_date, prefix, number)))"),
                       QStringLiteral("CREATE INDEX tickets_queue ON tickets(service_date, state, service_id)"),
                       QStringLiteral(R"(CREATE TABLE appointments (
            id TEXT PRIMARY KEY,
            session_key TEXT NOT NULL,
            session_date TEXT NOT NULL,
            code TEXT NOT NULL UNIQUE,
            visitor_id TEXT REFERENCES visitors(id),
            group_size INTEGER NOT NULL DEFAULT 1,
            state TEXT NOT NULL,              -- booked, checked_in, cancelled
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            audit_seq INTEGER NOT NULL))"),
                       QStringLiteral("CREATE INDEX appointments_session ON appointments(session_key, state)"),
                       QStringLiteral(R"(CREATE TABLE matters (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            about_enforcement INTEGER NOT NULL DEFAULT 0,
            id_hash BLOB,
            opened_on TEXT NOT NULL,
            accepted_on TEXT,
            direction TEXT NOT NULL DEFAULT 'pending',
            status TEXT NOT NULL DEFAULT 'open'))"),
                       QStringLiteral("CREATE INDEX matters_id_hash ON matters(id_hash, kind)"),
                       QStringLiteral(R"(CREATE TABLE reception_records (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,          -- permanent UUID
            book_year INTEGER NOT NULL,
            book_no INTEGER NOT NULL,         -- STT
            received_at TEXT NOT NULL,
            received_date TEXT NOT NULL,
            full_name TEXT, address TEXT, id_number TEXT, phone TEXT, representatives TEXT,
            sealed_identity BLOB,
            confidential INTEGER NOT NULL, anonymous INTEGER NOT NULL,
            id_hash BLOB,
            content TEXT NOT NULL,
            kinds TEXT NOT NULL,              -- comma-separated MatterKind names
            people_count INTEGER NOT NULL,
            is_group INTEGER NOT NULL,
            previous_agency TEXT, direction TEXT NOT NULL, transfer_agency TEXT,
            follow_up TEXT, notes TEXT,
            receiver_role TEXT NOT NULL, receiver_name TEXT,
            reception_kind TEXT NOT NULL, session_key TEXT,
            matter_id TEXT NOT NULL REFERENCES matters(id),
            first_visit INTEGER NOT NULL, about_enforcement INTEGER NOT NULL,
            ticket_label TEXT,
            refusal TEXT NOT NULL, refusal_note TEXT,
            recorded_by TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            audit_seq INTEGER NOT NULL,
            UNIQUE (book_year, book_no)))"),
                       QStringLiteral("CREATE INDEX records_date ON reception_records(received_date)"),
                       QStringLiteral("CREATE INDEX records_matter ON reception_records(matter_id)"),
                       QStringLiteral(R"(CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,          -- 1, 2, 3 ... no gaps
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            detail TEXT NOT NULL,             -- JSON; never personal data
            prev_hash BLOB NOT NULL,
            hash BLOB NOT NULL))"),
                       QStringLiteral(R"(CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            record_id TEXT NOT NULL,
            record_kind TEXT NOT NULL,
            version INTEGER NOT NULL,
            payload TEXT NOT NULL,            -- JSON; sealed identities stay sealed
            created_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending', -- pending, delivered, rejected
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            next_attempt_at TEXT,
            UNIQUE (record_id, version)))"),
                       QStringLiteral("CREATE INDEX outbox_pending ON outbox(state, seq)"),
                   });
}

// v2: full-text search over the log book. The index holds folded text
// (foldForSearch) so that "nguyen duc" finds "Nguyễn Đức"; it never holds a
// sealed identity.
Status toV2(Database &db)
{
    // Filled by v3, which gives the index its date-ordered keys.
    return run(db, {QStringLiteral(
                       "CREATE VIRTUAL TABLE record_fts USING fts5(body, tokenize='unicode61 remove_diacritics 2')")});
}

} // namespace

// v3: (1) the newest audit entry, signed: deleting the newest entries (which
// breaks no link of the chain) no longer goes unseen. AuditLog writes the
// row with every entry; a database migrated with entries gets it at its next
// audited change. (2) The log book's search key, (Julian day << 32) | rowid:
// sorting by it is sorting by (received date, order of entry), a period is
// a key range, and the full-text index uses it as its rowid so that FTS5
// returns matches newest first and stops at the page's end.
Status toV3(Database &db)
{
    if (auto s = run(db,
                     {
                         QStringLiteral(R"(CREATE TABLE audit_head (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                seq INTEGER NOT NULL,
                mac BLOB NOT NULL))"),
                         QStringLiteral("ALTER TABLE reception_records ADD COLUMN search_key INTEGER"),
                         QStringLiteral("UPDATE reception_records SET search_key = "
                                        "(CAST(julianday(received_date) + 0.5 AS INTEGER) << 32) | rowid"),
                         QStringLiteral("CREATE UNIQUE INDEX records_search_key ON reception_records(search_key)"),
                     });
        !s)
        return s;
    return ReceptionRepository::rebuildSearchIndex(db);
}

Status applyMigration(Database &db, int version)
{
    switch (version) {
    case 1: return toV1(db);
    case 2: return toV2(db);
    case 3: return toV3(db);
    case 4:
        // Officers, leaders, administrators (UserRepository).
        return run(db, {QStringLiteral(R"(CREATE TABLE users (
            id TEXT PRIMARY KEY,
            login TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('officer', 'leader', 'admin')),
            pin_hash TEXT NOT NULL,           -- Argon2id (keys.h hashPin)
            disabled INTEGER NOT NULL DEFAULT 0,
            failures INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL,
            audit_seq INTEGER NOT NULL))")});
    case 5:
        // Sync client (app/sync): when each outbox row was delivered.
        return run(db, {QStringLiteral("ALTER TABLE outbox ADD COLUMN delivered_at TEXT"),
                        QStringLiteral("CREATE INDEX outbox_due ON outbox(state, next_attempt_at, seq)")});
    case 6:
        // Down-sync (docs/sync-protocol.md): what the department server
        // published for this office, applied locally and never queued back.
        return run(db, {QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                        QStringLiteral(R"(CREATE TABLE matter_results (
                            matter_id TEXT PRIMARY KEY,
                            result TEXT NOT NULL,
                            note TEXT NOT NULL DEFAULT '',
                            at TEXT NOT NULL,
                            seq INTEGER NOT NULL))"),
                        QStringLiteral(R"(CREATE TABLE schedule_changes (
                            seq INTEGER PRIMARY KEY,    -- the server's update seq
                            change TEXT NOT NULL,       -- JSON, as published
                            applied_at TEXT NOT NULL))")});
    case 7:
        // The leader view: kept statistics (recordstats.h) and a record's
        // history (audit entries by entity).
        if (auto s = run(db, {QStringLiteral("CREATE INDEX audit_entity ON audit(entity, entity_id)")}); !s)
            return s;
        return RecordStats::createAndFill(db);
    case 8:
        // A head's or deputy's reception: the conclusion notice and its
        // follow-up deadline (ReceptionRecord::conclusion).
        return run(db, {QStringLiteral("ALTER TABLE reception_records ADD COLUMN conclusion TEXT"),
                        QStringLiteral("ALTER TABLE reception_records ADD COLUMN conclusion_due TEXT")});
    case 9:
        // A matter's life after reception (docs/matters.md, MatterRepository):
        // its steps, numbered per matter, never changed (a later correcting
        // step corrects one). `step` is the step's JSON (MatterStep::toJson).
        return run(db, {QStringLiteral(R"(CREATE TABLE matter_steps (
                            id TEXT PRIMARY KEY,
                            matter_id TEXT NOT NULL REFERENCES matters(id),
                            seq INTEGER NOT NULL,
                            kind TEXT NOT NULL,
                            date TEXT NOT NULL,
                            step TEXT NOT NULL,
                            recorded_by TEXT NOT NULL,
                            recorded_at TEXT NOT NULL,
                            audit_seq INTEGER NOT NULL,
                            UNIQUE (matter_id, seq)))")});
    }
    return Error::make(ErrorCode::Storage, QStringLiteral("no migration to version %1").arg(version));
}

} // namespace tiepdan
