package dev.b24kit.client.internal;

import dev.b24kit.client.CallResult;

/** One attempt's outcome as read off the wire. */
public sealed interface Answer {

    /** A {@code result} envelope. */
    record Ok(CallResult result) implements Answer {
    }

    /** An {@code error} envelope; {@code error} normalised to text. */
    record Refused(int status, String error, String description) implements Answer {
    }

    /** No JSON envelope (an HTML error page, an empty body): {@code summary} says what arrived. */
    record Garbled(int status, String summary) implements Answer {
    }

    /** No answer: the connection failed; {@code maybeSent} is false only when it never connected. */
    record NoAnswer(String summary, boolean maybeSent, Exception cause) implements Answer {
    }
}
