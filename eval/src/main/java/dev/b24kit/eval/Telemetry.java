package dev.b24kit.eval;

import java.util.List;

/**
 * What the client saw over the run, for the report's charts. Immutable.
 *
 * @param latencies        one sample per HTTP request: milliseconds since the run started, method, latency in ms
 * @param bucket           the client's estimate of the portal's leaky bucket after each request: headroom in requests
 * @param bucketBurst      the bucket's size (the plan's burst)
 * @param operating        per method, operating seconds left of the budget after each answer that reported them
 * @param operatingLimit   the operating-time budget per method, seconds per 10 minutes
 */
public record Telemetry(List<Sample> latencies, List<Sample> bucket, int bucketBurst, List<Sample> operating,
                        double operatingLimit) {

    public Telemetry {
        latencies = List.copyOf(latencies);
        bucket = List.copyOf(bucket);
        operating = List.copyOf(operating);
    }

    /**
     * One point of a series.
     *
     * @param atMillis milliseconds since the run started
     * @param series   the method (latency, operating) or {@code bucket}
     * @param value    the value
     */
    public record Sample(long atMillis, String series, double value) {
    }
}
