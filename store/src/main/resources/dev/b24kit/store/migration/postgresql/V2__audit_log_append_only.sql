-- b24kit store, version 2 (PostgreSQL): the audit log refuses UPDATE, DELETE and TRUNCATE, whoever
-- sends them. A trigger, not a rule: a rule would turn the statement into a silent no-op.
-- (SQLite has its own V2 beside this folder; a version lives in common/ or in both dialect folders.)

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER audit_log_refuses_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE TRIGGER audit_log_refuses_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
