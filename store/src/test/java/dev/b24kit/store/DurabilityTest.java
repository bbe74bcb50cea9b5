package dev.b24kit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.store.journal.JournalEntry;
import dev.b24kit.store.journal.JournalState;

/**
 * An acknowledged write survives {@code kill -9}: a child JVM records journal intents and prints each
 * id after its commit; the test reads some of those acknowledgements, kills the child without warning
 * while it is still writing, reopens the store and finds every acknowledged id.
 */
class DurabilityTest {

    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    /** Acknowledgements to read before the kill; the child keeps writing meanwhile. */
    private static final int ACKS_BEFORE_KILL = 300;
    /** The child stops by itself after this many, should the kill never come. */
    private static final int CHILD_LIMIT = 100_000;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a guard against a hung child, not a measure
    void everyAcknowledgedIntentIsThereAfterTheWriterIsKilled(Backend backend, @TempDir Path folder) throws Exception {
        String location = databases.fresh(backend);
        Path childErrors = folder.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(childCommand(location, UUID.randomUUID().toString()))
                .redirectError(childErrors.toFile())
                .start();
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            while (acknowledged.size() < ACKS_BEFORE_KILL) {
                String line = out.readLine();
                assertThat(line).as("the child ended early; its stderr: %s", Files.readString(childErrors)).isNotNull();
                if (line.startsWith(AcknowledgingWriter.ACK)) {
                    acknowledged.add(line.substring(AcknowledgingWriter.ACK.length()));
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor()).as("killed, not finished").isNotZero();
        } finally {
            child.destroyForcibly();
        }

        try (Store store = databases.open(location, new FakeClock())) {
            List<String> missing = acknowledged.stream().filter(id -> store.journal().find(id).isEmpty()).toList();
            List<JournalEntry> kept = store.journal().unresolved();
            System.out.printf("durability %s: %d acknowledged before the kill, %d of them found after reopening, %d intents"
                    + " in the journal%n", backend, acknowledged.size(), acknowledged.size() - missing.size(), kept.size());

            assertThat(missing).as("acknowledged but lost").isEmpty();
            assertThat(kept).extracting(JournalEntry::state).containsOnly(JournalState.PENDING);
            assertThat(kept.size()).isGreaterThanOrEqualTo(acknowledged.size());
        }
        if (backend == Backend.SQLITE) {
            assertThat(integrityCheck(location)).isEqualTo("ok");
        }
    }

    private static String integrityCheck(String file) throws SQLException {
        try (Connection connection = TestDatabases.connect(file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static List<String> childCommand(String location, String run) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                AcknowledgingWriter.class.getName(), location, run, Integer.toString(CHILD_LIMIT));
    }
}
