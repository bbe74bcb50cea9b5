package dev.b24kit.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Bitrix24Exception;
import dev.b24kit.client.Coalescing;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.Params;
import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Sleeper;
import dev.b24kit.client.limits.RateLimiter;
import dev.b24kit.client.limits.RedisRateLimiter;
import dev.b24kit.client.limits.SharedBucketUnavailable;

/**
 * One of {@link SharedBucket}'s child processes: a client of the portal that issues single
 * {@code crm.deal.get} calls from a few virtual threads for a fixed time.
 *
 * <p>Arguments: {@code redis|local SECONDS THREADS}. Standard input: the webhook URL, then the Redis
 * URI (secrets travel there rather than on the command line, where {@code ps} would show them). The
 * conversation on standard output: the worker prints {@code ready} after one warm-up call, waits for
 * a {@code go} line, runs, and prints {@code result ok=N failed=M}. Logs go to standard error.
 */
public final class SharedBucketWorker {

    private SharedBucketWorker() {
    }

    public static void main(String[] args) throws Exception {
        boolean shared = args[0].equals("redis");
        Duration runFor = Duration.ofSeconds(Integer.parseInt(args[1]));
        int threads = Integer.parseInt(args[2]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Credentials.Webhook webhook = Credentials.webhook(in.readLine());
        String redis = in.readLine();
        RateLimiter limiter = shared ? RedisRateLimiter.connect(redis, webhook.portalOrigin(), PlanLimits.STANDARD)
                : RateLimiter.local(PlanLimits.STANDARD, InstantSource.system(), Sleeper.SYSTEM);
        try (Bitrix24Client client = Bitrix24Client.builder(webhook).plan(PlanLimits.STANDARD).rateLimiter(limiter)
                .coalescing(Coalescing.OFF).build()) {
            // the first request of a cold JVM can reach the portal over a second after it took its token
            client.call("crm.deal.get", Params.of("id", 1));
            System.out.println("ready");
            System.out.flush();
            if (!"go".equals(in.readLine())) {
                return;
            }
            AtomicLong ok = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            long deadline = System.nanoTime() + runFor.toNanos();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int t = 0; t < threads; t++) {
                    pool.submit(() -> callUntil(client, deadline, ok, failed));
                }
            }
            System.out.println("result ok=" + ok.get() + " failed=" + failed.get());
        } finally {
            if (limiter instanceof RedisRateLimiter redisLimiter) {
                redisLimiter.close();
            }
        }
    }

    private static void callUntil(Bitrix24Client client, long deadline, AtomicLong ok, AtomicLong failed) {
        while (System.nanoTime() < deadline) {
            try {
                client.call("crm.deal.get", Params.of("id", ThreadLocalRandom.current().nextInt(1, 501)));
                ok.incrementAndGet();
            } catch (Bitrix24Exception | SharedBucketUnavailable e) {
                failed.incrementAndGet();
                System.err.println("worker: " + e.getMessage()); // messages never carry a secret
            }
        }
    }
}
