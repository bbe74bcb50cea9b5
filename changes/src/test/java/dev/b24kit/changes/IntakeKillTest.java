package dev.b24kit.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.store.Backend;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.PendingRecord;

/**
 * An acknowledged signal survives {@code kill -9}: a child JVM ({@link TrackingChild}) runs the intake on a store; many clients
 * post signals (one record ID each) and record every 200; the test kills the child without warning in
 * the middle of the flood, reopens the store and finds every acknowledged record in the inbox.
 */
class IntakeKillTest {

    @RegisterExtension
    static final TestStores stores = new TestStores();

    private static final String ORIGIN = "https://kill.bitrix24.test";
    private static final String TOKEN = "kill-test-application-token";
    private static final int CLIENTS = 32;
    /** Acknowledgements to see before the kill; the clients keep posting meanwhile. */
    private static final int ACKS_BEFORE_KILL = 2_000;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a guard against a hung child, not a measure
    void everyAcknowledgedSignalIsInTheInboxAfterTheIntakeIsKilled(Backend backend, @TempDir Path folder) throws Exception {
        String location = stores.fresh(backend);
        Store.open(location).close(); // migrated before the child starts, so its start is quick
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        try (TrackingProcess child = TrackingProcess.start(folder, List.of("store=" + location, "origin=" + ORIGIN,
                "holder=intake"), null, TOKEN)) {
            URI intake = URI.create("http://127.0.0.1:" + child.port() + "/events");
            flood(intake, acknowledged, child);
            assertThat(child.exitValue()).as("killed, not finished").isNotZero();
        }

        try (Store store = Store.open(location)) {
            Set<Long> inbox = store.changes().inbox().claim(ORIGIN, "witness", 1_000_000, Duration.ofMinutes(1)).stream()
                    .map(PendingRecord::recordId).collect(Collectors.toSet());
            List<Long> missing = acknowledged.stream().filter(id -> !inbox.contains(id)).sorted().toList();
            System.out.printf("intake kill -9 %s: %d acknowledged, %d in the inbox after reopening, %d acknowledged but missing%n",
                    backend, acknowledged.size(), inbox.size(), missing.size());
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
            assertThat(missing).as("acknowledged but lost").isEmpty();
        }
    }

    /** Posts from many clients until the kill; each client's record IDs are its own, so each 200 is one inbox row. */
    private static void flood(URI intake, Set<Long> acknowledged, TrackingProcess child) throws InterruptedException {
        AtomicLong ids = new AtomicLong();
        CountDownLatch enough = new CountDownLatch(ACKS_BEFORE_KILL);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
             ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    while (child.isAlive()) {
                        long id = ids.incrementAndGet();
                        try {
                            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(intake)
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(event(id))).build(),
                                    HttpResponse.BodyHandlers.discarding());
                            if (answer.statusCode() == 200) {
                                acknowledged.add(id);
                                enough.countDown();
                            }
                        } catch (java.io.IOException e) {
                            // the child is gone (or going): this request was never acknowledged
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
            assertThat(enough.await(2, TimeUnit.MINUTES)).as("%d acknowledgements before the kill", ACKS_BEFORE_KILL).isTrue();
            child.kill(); // mid-flood: the clients are still posting
            clients.shutdown();
        }
    }

    private static String event(long id) {
        return "event=ONCRMDEALUPDATE&event_handler_id=1&data%5BFIELDS%5D%5BID%5D=" + id + "&ts=1768456800"
                + "&auth%5Bdomain%5D=kill.bitrix24.test&auth%5Bapplication_token%5D=" + TOKEN;
    }
}
