-- b24kit store, version 2 (SQLite): the audit log refuses UPDATE and DELETE, whoever sends them.
-- (PostgreSQL has its own V2 beside this folder; a version lives in common/ or in both dialect folders.)

CREATE TRIGGER audit_log_refuses_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused');
END;

CREATE TRIGGER audit_log_refuses_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused');
END;
