package dev.b24kit.schema;

/** Whether values are resolved for a new record or for a change to an existing one (immutable fields differ). */
public enum Operation {
    ADD,
    UPDATE
}
