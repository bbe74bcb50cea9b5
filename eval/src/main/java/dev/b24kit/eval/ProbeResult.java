package dev.b24kit.eval;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One probe's outcome with its evidence. Immutable; free of secrets (the eval redacts the webhook secret and
 * application tokens from every text before it builds a result).
 *
 * @param number   the probe's number in the list (1 connection … 9 scenarios)
 * @param id       a stable name ({@code connection}, {@code field-map}, {@code silent-drops}, …); a scenario's
 *                 own result follows probe 9's as {@code scenario:<file name without .yaml>}
 * @param title    how the report names it
 * @param status   pass, fail or skipped
 * @param summary  one sentence: what was found, or why it was skipped
 * @param evidence what was sent and seen, one line each
 * @param duration how long it ran
 */
public record ProbeResult(int number, String id, String title, ProbeStatus status, String summary, List<String> evidence,
                          Duration duration) {

    public ProbeResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(duration, "duration");
    }
}
