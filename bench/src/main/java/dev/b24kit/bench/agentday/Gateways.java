package dev.b24kit.bench.agentday;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The gateway processes of one day: real {@code b24kit gateway --http} child JVMs on this JVM's class path,
 * each on a fixed loopback port, killed with {@code kill -9} ({@link Process#destroyForcibly()}) and started
 * again on the same port. Their stderr goes to {@code gateway-N.log} in the output folder.
 *
 * <p>Thread-safe (synchronized per gateway slot). Not reusable after {@link #close()}.
 */
final class Gateways implements AutoCloseable {

    /** What every gateway is started with; {@code redis} may be null. */
    record Launch(String webhook, String token, String applicationToken, String db, String redis, long reconcileSeconds,
                  Path out) {
    }

    private final Launch launch;
    private final int[] ports;
    private final Process[] processes;
    private final List<Process> started = new ArrayList<>();

    /** {@code firstPort}: the first gateway's, where the portal's outgoing webhook posts. */
    Gateways(Launch launch, int count, int firstPort) {
        this.launch = launch;
        this.ports = new int[count];
        this.processes = new Process[count];
        for (int i = 0; i < count; i++) {
            ports[i] = i == 0 ? firstPort : Ports.free();
        }
    }

    int count() {
        return ports.length;
    }

    URI uri(int gateway) {
        return URI.create("http://127.0.0.1:" + ports[gateway]);
    }

    /** Starts gateway {@code i} and waits until it serves MCP. */
    synchronized void start(int i) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                "dev.b24kit.cli.Main", "gateway", "--http", "127.0.0.1:" + ports[i],
                "--token-file", launch.out().resolve("gateway-token.sha256").toString(), "--db", launch.db(), "--entities", "deal",
                "--reconcile-every", launch.reconcileSeconds() + "s"));
        if (launch.redis() != null) {
            command.addAll(List.of("--redis", launch.redis()));
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            // the secrets go in the environment: the process list, which every user of the machine reads, shows flags
            builder.environment().putAll(Map.of("B24KIT_PORTAL", launch.webhook(), "B24KIT_GATEWAY_TOKEN", launch.token(),
                    "B24KIT_APP_TOKEN", launch.applicationToken()));
            Process process = builder.start();
            started.add(process);
            processes[i] = process;
            awaitReady(process, launch.out().resolve("gateway-" + (i + 1) + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code kill -9} of gateway {@code i}, waiting until the process is gone. */
    synchronized void kill(int i) throws InterruptedException {
        Process process = processes[i];
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    private static void awaitReady(Process process, Path log) throws IOException {
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    // the pages' one-time login link is a secret too: kept out of the log file
                    String shown = line.replaceAll("secret=[^\\s;)]*", "secret=(hidden)");
                    Files.writeString(log, shown + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                    if (line.contains("MCP at")) {
                        ready.complete(true);
                    }
                }
            } catch (IOException e) {
                // the process was killed: its stderr ends here
            }
            ready.complete(false);
        });
        try {
            if (!ready.get(180, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a gateway exited before serving MCP; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a gateway started", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("a gateway did not start within 180 s; see " + log, e);
        }
    }

    @Override
    public synchronized void close() {
        for (Process process : started) {
            process.toHandle().destroy();
        }
        for (Process process : started) {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
