package dev.b24kit.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Optional;

/**
 * Progress of a long command on stderr: rows, rows per second, time elapsed and, once the total is
 * known, the share done and (after the first 5 %) the time left. On a terminal one line redrawn in
 * place at most four times a second; elsewhere (a log, a pipe) a plain line every five seconds. Both
 * end with a summary line. {@link #total} may be called from any thread; the rest from the one that
 * reads the rows.
 */
final class Progress {

    static final Duration REDRAW_EVERY = Duration.ofMillis(250);
    static final Duration PLAIN_EVERY = Duration.ofSeconds(5);
    private static final int BAR_WIDTH = 24;
    private static final int ETA_AFTER_PERCENT = 5;

    private final PrintWriter err;
    private final boolean terminal;
    private final InstantSource clock;
    private final String prefix;
    private final String what;
    private final Instant started;
    private volatile long total = -1;
    private long rows;
    private Instant shown;
    private int drawnWidth;

    /**
     * @param prefix the start of every plain line ({@code b24kit export: })
     * @param what   what is counted ({@code deals})
     */
    Progress(PrintWriter err, boolean terminal, InstantSource clock, String prefix, String what) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.prefix = prefix;
        this.what = what;
        this.started = clock.instant();
        this.shown = started;
    }

    /** How many rows there are, when known. */
    void total(long value) {
        total = value;
    }

    /** {@code count} more rows are done; reports when it is time to. */
    void advance(int count) {
        rows += count;
        Instant now = clock.instant();
        if (Duration.between(shown, now).compareTo(terminal ? REDRAW_EVERY : PLAIN_EVERY) >= 0) {
            shown = now;
            if (terminal) {
                draw(bar(now));
            } else {
                err.println(prefix + line(now));
            }
            err.flush();
        }
    }

    /** The summary: {@code deals: 50,000 rows in 12.3 s (4,065 rows/s) to deals.ndjson}. */
    void finish(String destination) {
        Instant now = clock.instant();
        Duration elapsed = elapsed(now);
        String took = elapsed.toSeconds() < 60 ? String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0)
                : clockTime(elapsed);
        String summary = prefix + String.format(Locale.ROOT, "%s: %,d rows in %s", what, rows, took)
                + rate(now).map(r -> " (" + r + ")").orElse("") + " to " + destination;
        if (terminal) {
            draw(summary);
            err.println();
        } else {
            err.println(summary);
        }
        err.flush();
    }

    /** Ends a redrawn line, so that what is printed next (an error) starts on a line of its own. */
    void abandon() {
        if (terminal && drawnWidth > 0) {
            err.println();
            err.flush();
            drawnWidth = 0;
        }
    }

    /** {@code deals: 12,345 of 50,000 rows (24%), 2,469 rows/s, 0:05 elapsed, ETA 0:15}. */
    String line(Instant now) {
        long known = total;
        StringBuilder text = new StringBuilder(what).append(": ").append(String.format(Locale.ROOT, "%,d", rows));
        if (known >= 0) {
            text.append(String.format(Locale.ROOT, " of %,d rows (%d%%)", known, percent(known)));
        } else {
            text.append(" rows");
        }
        rate(now).ifPresent(r -> text.append(", ").append(r));
        text.append(", ").append(clockTime(elapsed(now))).append(" elapsed");
        eta(now, known).ifPresent(eta -> text.append(", ETA ").append(eta));
        return text.toString();
    }

    /** {@code deals [#######-----------------] 12,345/50,000 24%  2,469 rows/s  0:05  ETA 0:15}. */
    String bar(Instant now) {
        long known = total;
        StringBuilder text = new StringBuilder(what).append(' ');
        if (known > 0) {
            int filled = (int) Math.min(BAR_WIDTH, rows * BAR_WIDTH / known);
            text.append('[').append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%,d/%,d %d%%", rows, known, percent(known)));
        } else {
            text.append(String.format(Locale.ROOT, "%,d rows", rows));
        }
        rate(now).ifPresent(r -> text.append("  ").append(r));
        text.append("  ").append(clockTime(elapsed(now)));
        eta(now, known).ifPresent(eta -> text.append("  ETA ").append(eta));
        return text.toString();
    }

    private void draw(String text) {
        // a carriage return and spaces over what is left of a longer previous line: no escape codes needed
        err.print('\r' + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
        drawnWidth = text.length();
    }

    private int percent(long known) {
        return known == 0 ? 100 : (int) Math.min(100, rows * 100 / known);
    }

    private Duration elapsed(Instant now) {
        return Duration.between(started, now);
    }

    private Optional<String> rate(Instant now) {
        long millis = elapsed(now).toMillis();
        return millis <= 0 ? Optional.empty()
                : Optional.of(String.format(Locale.ROOT, "%,d rows/s", rows * 1000 / millis));
    }

    private Optional<String> eta(Instant now, long known) {
        long millis = elapsed(now).toMillis();
        // rows arrive in bursts of up to 2,500 per request: before a few percent are in, a guess would be wild
        if (known <= 0 || rows * 100 < known * ETA_AFTER_PERCENT || millis <= 0) {
            return Optional.empty();
        }
        long left = Math.max(0, known - rows);
        return Optional.of(clockTime(Duration.ofMillis((long) ((double) left * millis / rows))));
    }

    /** {@code 0:05}, {@code 12:34}, {@code 1:02:03}. */
    static String clockTime(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
