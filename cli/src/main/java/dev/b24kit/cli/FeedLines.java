package dev.b24kit.cli;

import java.io.PrintWriter;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.b24kit.store.Store;
import dev.b24kit.store.changes.FeedEntry;

/**
 * NDJSON on stdout; feed entries as the {@code sync} and {@code changes} commands print them: one compact JSON object per
 * line, {@code {"seq":…,"portal":…,"entity":"deal","id":…,"kind":"UPDATED","source":"WEBHOOK",
 * "detectedAt":…,"changes":[…]}}. Not thread-safe (the writer is not).
 */
final class FeedLines {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final int PAGE = 500;

    private final PrintWriter out;
    private final boolean quiet;
    private long entries;

    FeedLines(PrintWriter out) {
        this(out, false);
    }

    /** {@code quiet}: count the entries, print none. */
    FeedLines(PrintWriter out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    /** Prints the feed's entries after {@code after}, in order; answers the last seq printed (or {@code after}). */
    long printAfter(Store store, long after) {
        long position = after;
        for (List<FeedEntry> page; !(page = store.changes().feed().after(position, PAGE)).isEmpty(); ) {
            for (FeedEntry entry : page) {
                if (!quiet) {
                    print(entry);
                }
                entries++;
                position = entry.seq();
            }
            flush();
        }
        return position;
    }

    /** Entries seen by {@link #printAfter}, printed or (quiet) not. */
    long entries() {
        return entries;
    }

    private void print(FeedEntry entry) {
        ObjectNode line = JSON.createObjectNode();
        line.put("seq", entry.seq());
        line.put("portal", entry.portal());
        line.put("entity", entry.entity());
        line.put("id", entry.recordId());
        line.put("kind", entry.kind().name());
        line.put("source", entry.source().name());
        line.put("detectedAt", entry.detectedAt().toString());
        line.set("changes", JSON.readTree(entry.changes()));
        println(line.toString());
    }

    /** Any one-line JSON text, as the {@code mirror} command prints records. */
    void println(String json) {
        out.println(json);
    }

    /** Flushes; a closed pipe (the reader went away) ends the command as a failure. */
    void flush() {
        out.flush();
        if (out.checkError()) {
            throw new java.io.UncheckedIOException(new java.io.IOException("stdout is closed"));
        }
    }
}
