-- b24kit store, version 5 (postgresql; the same SQL as the other dialect folder): what the trust report counts
-- that the other tables do not keep. V4 and V6 belong to other features.

-- Every move of a write journal entry, so that "the outcome was unknown, then it was settled" can be told
-- after the fact (write_journal keeps only the state now).
CREATE TABLE write_journal_step (
    id          TEXT    NOT NULL PRIMARY KEY,
    journal_id  TEXT    NOT NULL REFERENCES write_journal (id),
    portal      TEXT    NOT NULL,
    from_state  TEXT    NOT NULL,
    to_state    TEXT    NOT NULL,
    at          BIGINT  NOT NULL
);

CREATE INDEX write_journal_step_by_time ON write_journal_step (portal, at);
CREATE INDEX write_journal_step_by_entry ON write_journal_step (journal_id, at);

-- Calls that waited for a rate limit (the client's bucket or operating budget, or the portal's
-- QUERY_LIMIT_EXCEEDED / OPERATION_TIME_LIMIT answered by a retry) instead of failing: one row per
-- portal, UTC day, method and reason, counted up.
CREATE TABLE limit_wait (
    portal      TEXT    NOT NULL,
    day         TEXT    NOT NULL,  -- YYYY-MM-DD, UTC
    method      TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    waits       BIGINT  NOT NULL,
    waited_ms   BIGINT  NOT NULL,
    first_at    BIGINT  NOT NULL,
    last_at     BIGINT  NOT NULL,
    PRIMARY KEY (portal, day, method, reason)
);

CREATE INDEX audit_log_by_action ON audit_log (portal, action, at);
CREATE INDEX change_feed_by_time ON change_feed (portal, detected_at);
