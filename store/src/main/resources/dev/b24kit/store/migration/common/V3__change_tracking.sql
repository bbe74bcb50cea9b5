-- b24kit store, version 3: change tracking (additive). The inbox of pending re-fetches, the mirror
-- (last known state of every tracked record), the change feed, named cursors and leases.
-- The same SQL on SQLite and PostgreSQL. Times are BIGINT epoch milliseconds; JSON is TEXT.

-- One row per record with signals not yet processed: duplicates and bursts collapse into it.
-- generation grows with every signal, so a worker that finished an older generation leaves the row.
CREATE TABLE change_inbox (
    portal        TEXT    NOT NULL,
    entity        TEXT    NOT NULL,
    record_id     BIGINT  NOT NULL,
    event         TEXT    NOT NULL,  -- the latest event name (ONCRMDEALUPDATE, …) or a source's name
    source        TEXT    NOT NULL CHECK (source IN ('WEBHOOK', 'RECONCILE', 'OFFLINE', 'SWEEP')),
    signals       INTEGER NOT NULL,
    generation    BIGINT  NOT NULL,
    first_at      BIGINT  NOT NULL,
    last_at       BIGINT  NOT NULL,
    claimed_by    TEXT,
    claimed_until BIGINT,
    PRIMARY KEY (portal, entity, record_id)
);

CREATE INDEX change_inbox_due ON change_inbox (portal, claimed_until, first_at);

CREATE TABLE change_mirror (
    portal      TEXT    NOT NULL,
    entity      TEXT    NOT NULL,
    record_id   BIGINT  NOT NULL,
    fields      TEXT    NOT NULL,  -- JSON object, the record as crm.X.get answers it (legacy codes)
    labels      TEXT    NOT NULL,  -- JSON object, field code -> label text of the IDs it holds
    modified    TEXT,              -- the record's DATE_MODIFY as the portal sent it
    updated_at  BIGINT  NOT NULL,
    PRIMARY KEY (portal, entity, record_id)
);

-- seq is given by the store under one lock per database, so readers never see a later seq commit
-- before an earlier one.
CREATE TABLE change_feed (
    seq         BIGINT  NOT NULL PRIMARY KEY,
    portal      TEXT    NOT NULL,
    entity      TEXT    NOT NULL,
    record_id   BIGINT  NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('CREATED', 'UPDATED', 'DELETED')),
    source      TEXT    NOT NULL CHECK (source IN ('WEBHOOK', 'RECONCILE', 'OFFLINE', 'SWEEP')),
    detected_at BIGINT  NOT NULL,
    changes     TEXT    NOT NULL   -- JSON array of {field, title, before, after, beforeText, afterText}
);

CREATE TABLE change_cursor (
    portal      TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    value       TEXT    NOT NULL,
    updated_at  BIGINT  NOT NULL,
    PRIMARY KEY (portal, name)
);

CREATE TABLE change_lease (
    portal      TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    holder      TEXT    NOT NULL,
    expires_at  BIGINT  NOT NULL,
    PRIMARY KEY (portal, name)
);
