package dev.b24kit.changes;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link TrackingChild} JVM started by a test: its stdout lines collected as they come, its stderr in a
 * file (shown when it fails to start). {@link #kill} is {@code kill -9}. Thread-safe.
 */
final class TrackingProcess implements AutoCloseable {

    private static final Duration START = Duration.ofMinutes(2);

    private final Process process;
    private final Path errors;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private TrackingProcess(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        Thread.ofVirtual().name("child-stdout").start(this::read);
    }

    /**
     * Starts a child with these {@code key=value} arguments and, in its environment, the portal's
     * incoming-webhook URL (nullable: the intake alone) and the intake's application token (nullable: no
     * intake); waits until it says READY.
     */
    static TrackingProcess start(Path folder, List<String> arguments, URI webhook, String token) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                TrackingChild.class.getName()));
        command.addAll(arguments);
        try {
            Path errors = Files.createTempFile(folder, "child-", ".stderr");
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            if (webhook != null) {
                builder.environment().put(TrackingChild.WEBHOOK, webhook.toString());
            }
            if (token != null) {
                builder.environment().put(TrackingChild.TOKEN, token);
            }
            TrackingProcess child = new TrackingProcess(builder.start(), errors);
            await().atMost(START).until(() -> child.ready() || !child.process.isAlive());
            if (!child.ready()) {
                throw new AssertionError("the child ended before it was ready; its stderr: " + Files.readString(errors));
            }
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the child was killed: its pipe closed
        }
    }

    private boolean ready() {
        return lines.stream().anyMatch(l -> l.startsWith("READY "));
    }

    /** The intake's port, when the child runs one. */
    int port() {
        return lines.stream().filter(l -> l.startsWith(TrackingChild.PORT)).findFirst()
                .map(l -> Integer.parseInt(l.substring(TrackingChild.PORT.length()).strip()))
                .orElseThrow(() -> new AssertionError("the child runs no intake"));
    }

    /** The lines starting with {@code word}, split at spaces, in the order printed. */
    List<String[]> lines(String word) {
        return lines.stream().filter(l -> l.startsWith(word + " ")).map(l -> l.split(" ")).toList();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}, and waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The exit status of a process that has ended. */
    int exitValue() {
        return process.exitValue();
    }

    String stderr() {
        try {
            return Files.readString(errors);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        kill();
    }
}
