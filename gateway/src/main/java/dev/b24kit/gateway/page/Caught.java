package dev.b24kit.gateway.page;

import java.time.Instant;

/**
 * One piece of evidence: something b24kit caught, where the store keeps it.
 *
 * @param kind     what was caught
 * @param at       when
 * @param subject  what it concerns: the field refused, the entity and record, or the limit's reason and method
 * @param count    how many catches it stands for (more than one only for a day's tally of limit waits)
 * @param source   where the store keeps it: {@code audit}, {@code journal}, {@code feed} or {@code limit_wait}
 * @param ref      the row there: an audit entry's id, a journal entry's id, a feed seq, a tally's day
 * @param detail   more, for people (a reason, a receipt's kind); may be empty, never {@code null}
 */
public record Caught(Catch kind, Instant at, String subject, long count, String source, String ref, String detail) {
}
