package dev.b24kit.bench.agentday;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Restarts the PostgreSQL server the store lives on, as an operator's restart would: every connection is
 * cut and the server is down until it has started again. The command is {@code B24KIT_PG_RESTART} (run by
 * {@code sh -c}) when set, otherwise Debian's {@code pg_ctlcluster --skip-systemctl-redirect <version> main
 * restart} for the one cluster under {@code /etc/postgresql} (through {@code sudo -n} when not root).
 */
final class DatabaseServer {

    private static final Duration COMMAND_LIMIT = Duration.ofMinutes(2);

    private DatabaseServer() {
    }

    /** Restarts the server and waits until it accepts connections; answers the command it ran. */
    static String restart() throws InterruptedException {
        List<String> command = command();
        try {
            Path log = Files.createTempFile("b24kit-pg-restart", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the PostgreSQL restart (" + String.join(" ", command) + ") did not end in "
                        + COMMAND_LIMIT.toSeconds() + " s");
            }
            String output = Files.readString(log).strip();
            Files.deleteIfExists(log);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("the PostgreSQL restart (" + String.join(" ", command) + ") exited with "
                        + process.exitValue() + (output.isEmpty() ? "" : ": " + output));
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run the PostgreSQL restart (" + String.join(" ", command) + ")", e);
        }
        awaitUp();
        return String.join(" ", command);
    }

    private static List<String> command() {
        String given = System.getenv("B24KIT_PG_RESTART");
        if (given != null && !given.isBlank()) {
            return List.of("sh", "-c", given);
        }
        List<String> versions;
        try (Stream<Path> dirs = Files.list(Path.of("/etc/postgresql"))) {
            versions = dirs.map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("no /etc/postgresql to find the cluster in; set B24KIT_PG_RESTART to the command "
                    + "that restarts the store's PostgreSQL server", e);
        }
        if (versions.size() != 1) {
            throw new IllegalStateException("found PostgreSQL versions " + versions + " under /etc/postgresql, not one; set "
                    + "B24KIT_PG_RESTART to the command that restarts the store's PostgreSQL server");
        }
        List<String> command = new ArrayList<>();
        if (!"root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("sudo", "-n"));
        }
        command.addAll(List.of("pg_ctlcluster", "--skip-systemctl-redirect", versions.getFirst(), "main", "restart"));
        return command;
    }

    private static void awaitUp() throws InterruptedException {
        Instant deadline = Instant.now().plus(COMMAND_LIMIT);
        while (true) {
            try (var connection = DriverManager.getConnection(DayConfig.PG_URL)) {
                return;
            } catch (SQLException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("PostgreSQL did not accept connections " + COMMAND_LIMIT.toSeconds()
                            + " s after its restart", e);
                }
                Thread.sleep(200);
            }
        }
    }
}
