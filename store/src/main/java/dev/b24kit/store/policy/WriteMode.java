package dev.b24kit.store.policy;

/** Whether b24kit writes to a portal or only proposes. */
public enum WriteMode {

    /** Read, analyse and propose; a person approves what gets written. The default for a portal not seen before. */
    OBSERVE,
    /** Write (verified). */
    LIVE
}
