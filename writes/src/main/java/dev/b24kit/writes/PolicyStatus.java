package dev.b24kit.writes;

import java.time.Duration;
import java.time.Instant;

import dev.b24kit.store.policy.WriteMode;

/**
 * A portal's write mode, and whether b24kit offers to go live.
 *
 * @param portal    the portal's origin
 * @param mode      observe or live
 * @param since     when the portal entered {@code mode}
 * @param firstSeen when b24kit first saw the portal
 * @param offerLive true in observe mode once the observe period has passed since {@code since}
 * @param remaining how much of the observe period is left; zero in live mode or once it passed
 */
public record PolicyStatus(String portal, WriteMode mode, Instant since, Instant firstSeen, boolean offerLive,
                           Duration remaining) {
}
