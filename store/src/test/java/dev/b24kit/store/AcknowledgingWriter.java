package dev.b24kit.store;

import java.io.PrintStream;

import dev.b24kit.store.journal.Intent;

/**
 * The child process of {@link DurabilityTest}: opens the store at {@code args[0]} and records journal
 * intents in a loop, printing {@code ack <id>} on stdout after each one is committed. It stops by
 * itself after {@code args[2]} intents, should nobody kill it. Logs go to stderr (logback-test.xml).
 */
public final class AcknowledgingWriter {

    static final String ACK = "ack ";
    static final String PORTAL = "https://durability.bitrix24.test";

    private AcknowledgingWriter() {
    }

    public static void main(String[] args) {
        String location = args[0];
        String run = args[1];
        int limit = Integer.parseInt(args[2]);
        PrintStream out = System.out;
        try (Store store = Store.open(location)) {
            out.println("open");
            out.flush();
            for (int i = 0; i < limit; i++) {
                String id = store.journal()
                        .record(Intent.create(PORTAL, "deal", run + "-" + i, "{\"TITLE\":\"deal " + i + "\"}"))
                        .entry().id();
                out.println(ACK + id);
                out.flush();
            }
        }
    }
}
