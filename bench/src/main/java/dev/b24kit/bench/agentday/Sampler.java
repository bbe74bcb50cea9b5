package dev.b24kit.bench.agentday;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples the day once a second: operations completed, from each live gateway's {@code /metrics} the
 * client's bucket waits and the change feed's lag, and the portal's call log ({@link CallTally}). A killed gateway's counters start again from zero; the
 * sampler adds what each process counted since its last sample, so the totals survive restarts.
 *
 * <p>Thread-safe.
 */
final class Sampler {

    /** One sample: cumulative operations and throttle waits, the largest lag any gateway reported. */
    record Sample(Instant at, int operations, double throttleWaits, double lagSeconds) {
    }

    private static final Pattern THROTTLE = Pattern.compile("(?m)^b24kit_client_throttle_seconds_count(?:\\{[^}]*})? ([0-9.eE+-]+)$");
    private static final Pattern LAG = Pattern.compile("(?m)^b24kit_gateway_feed_lag_seconds(?:\\{[^}]*})? ([0-9.eE+-]+)$");

    final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Gateways gateways;
    private final String token;
    private final Ledger ledger;
    final CallTally calls;
    private final double[] last;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile boolean running = true;
    private double throttle;
    private Thread thread;

    private Sampler(Gateways gateways, String token, Ledger ledger, CallTally calls) {
        this.gateways = gateways;
        this.token = token;
        this.ledger = ledger;
        this.calls = calls;
        this.last = new double[gateways.count()];
    }

    static Sampler start(Gateways gateways, String token, Ledger ledger, CallTally calls) {
        Sampler sampler = new Sampler(gateways, token, ledger, calls);
        sampler.thread = Thread.ofVirtual().name("sampler").start(sampler::loop);
        return sampler;
    }

    double throttleWaits() {
        return throttle;
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join();
        sample();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        calls.read();
        double lag = 0;
        for (int i = 0; i < gateways.count(); i++) {
            String text = scrape(i);
            if (text == null) {
                last[i] = 0; // down: the restarted process counts from zero
                continue;
            }
            double now = sum(THROTTLE, text);
            throttle += now >= last[i] ? now - last[i] : now;
            last[i] = now;
            lag = Math.max(lag, sum(LAG, text));
        }
        samples.add(new Sample(Instant.now(), ledger.completed.get(), throttle, lag));
    }

    private String scrape(int gateway) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(gateways.uri(gateway).resolve("/metrics"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static double sum(Pattern metric, String text) {
        double total = 0;
        Matcher m = metric.matcher(text);
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }
}
