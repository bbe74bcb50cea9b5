-- b24kit store, version 1: the write journal, proposals, the audit log and write policies.
-- The same SQL on SQLite and PostgreSQL: TEXT, BIGINT, CHECK, partial indexes.
-- Times are BIGINT milliseconds since the epoch (UTC); JSON is TEXT, opaque to the store.
-- Ids are UUID version 7 text (time-ordered), made by the store.

CREATE TABLE write_journal (
    id              TEXT    NOT NULL PRIMARY KEY,
    portal          TEXT    NOT NULL,  -- the portal's origin, never a webhook URL
    entity          TEXT    NOT NULL,
    record_id       TEXT,              -- NULL for a create until its record is known
    idempotency_key TEXT,              -- required for creates (checked by the store), optional for updates
    content_hash    TEXT    NOT NULL,  -- SHA-256 of the record id and the intended change
    intended_change TEXT    NOT NULL,  -- JSON
    state           TEXT    NOT NULL CHECK (state IN ('PENDING', 'SENT', 'UNKNOWN', 'CONFIRMED', 'DRIFTED', 'REFUSED', 'ADOPTED')),
    receipt         TEXT,              -- JSON
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL
);

-- NULL keys never collide, on both databases, so keyless updates are not constrained.
CREATE UNIQUE INDEX write_journal_key ON write_journal (portal, entity, idempotency_key);

CREATE INDEX write_journal_unresolved ON write_journal (created_at, id)
    WHERE state IN ('PENDING', 'SENT', 'UNKNOWN');

CREATE TABLE proposal (
    id              TEXT    NOT NULL PRIMARY KEY,
    portal          TEXT    NOT NULL,
    entity          TEXT    NOT NULL,
    record_id       TEXT,              -- NULL for a create
    idempotency_key TEXT,
    intended_change TEXT    NOT NULL,  -- JSON
    current_values  TEXT    NOT NULL,  -- JSON
    diff            TEXT    NOT NULL,  -- JSON
    state           TEXT    NOT NULL CHECK (state IN ('OPEN', 'APPROVED', 'REJECTED', 'APPLIED')),
    decided_by      TEXT,
    decided_at      BIGINT,
    journal_id      TEXT    REFERENCES write_journal (id),
    receipt         TEXT,              -- JSON, of the applied write
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL
);

CREATE INDEX proposal_by_state ON proposal (portal, state, created_at, id);

-- Append-only: the migration after this one makes each database refuse UPDATE and DELETE.
CREATE TABLE audit_log (
    id          TEXT    NOT NULL PRIMARY KEY,
    at          BIGINT  NOT NULL,
    portal      TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    proposal_id TEXT,
    journal_id  TEXT,
    detail      TEXT               -- JSON
);

CREATE INDEX audit_log_by_proposal ON audit_log (proposal_id, at, id);
CREATE INDEX audit_log_by_journal ON audit_log (journal_id, at, id);
CREATE INDEX audit_log_by_portal ON audit_log (portal, at, id);

CREATE TABLE write_policy (
    portal      TEXT    NOT NULL PRIMARY KEY,
    mode        TEXT    NOT NULL CHECK (mode IN ('OBSERVE', 'LIVE')),
    mode_since  BIGINT  NOT NULL,
    first_seen  BIGINT  NOT NULL
);
