package dev.b24kit.client.metrics;

import java.util.Objects;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.b24kit.client.ClientEvent;
import dev.b24kit.client.ClientListener;

/**
 * Records what the client does in a Micrometer {@link MeterRegistry}:
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>Meter</th><th>Type</th><th>Tags</th><th>From</th></tr>
 *   <tr><td>{@code b24kit.client.calls}</td><td>timer</td><td>method, outcome</td><td>every HTTP request ({@code batch} counts once)</td></tr>
 *   <tr><td>{@code b24kit.client.retries}</td><td>counter</td><td>method, reason</td><td>every repeat, including waits for the portal's limits</td></tr>
 *   <tr><td>{@code b24kit.client.throttle}</td><td>timer</td><td>method, reason</td><td>time spent waiting for the bucket ({@code bucket}), the operating budget ({@code operating})</td></tr>
 *   <tr><td>{@code b24kit.client.batch.commands}</td><td>distribution summary</td><td>coalesced</td><td>commands per {@code batch} request</td></tr>
 *   <tr><td>{@code b24kit.client.pages}, {@code b24kit.client.rows}</td><td>counters</td><td>method</td><td>list pages and their rows</td></tr>
 *   <tr><td>{@code b24kit.client.outcome.unknown}</td><td>counter</td><td>method</td><td>calls not safe to repeat whose effect is unknown</td></tr>
 *   <tr><td>{@code b24kit.client.budget.near.limit}</td><td>counter</td><td>method</td><td>times a method's operating time neared its limit</td></tr>
 * </table>
 *
 * <p>{@code outcome} is {@code ok}, the portal's error code ({@code QUERY_LIMIT_EXCEEDED}),
 * {@code http_<status>} for an answer without an error envelope, or {@code no_answer}. {@code reason}
 * is the code the client gives a repeat ({@code RetryScheduled.reason}): the error code, {@code http_<status>}
 * or {@code no_answer}. Tags carry method names, error codes and these fixed words only: never a
 * webhook URL, a token or an error description. Add common tags (an application name, a portal
 * label) through {@code registry.config().commonTags(...)}.
 *
 * <p>Micrometer is an optional dependency of the client: add {@code io.micrometer:micrometer-core} to
 * use this class. Thread-safe, as the registry is; quick enough to run on the calling thread.
 */
public final class MicrometerListener implements ClientListener {

    private static final String PREFIX = "b24kit.client.";
    /** What a portal error code looks like; anything else would be free text, unfit for a tag. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Pattern HTTP = Pattern.compile("HTTP (\\d{3})");

    private final MeterRegistry registry;

    private MicrometerListener(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A listener that records into {@code registry}. */
    public static MicrometerListener recordingInto(MeterRegistry registry) {
        return new MicrometerListener(Objects.requireNonNull(registry, "registry"));
    }

    @Override
    public void on(ClientEvent event) {
        switch (event) {
            case ClientEvent.CallStarted started -> {
                // counted when it ends, with its outcome
            }
            case ClientEvent.CallEnded ended -> Timer.builder(PREFIX + "calls")
                    .description("HTTP requests to the portal, by outcome")
                    .tags("method", ended.method(), "outcome", outcome(ended.error()))
                    .register(registry).record(ended.elapsed());
            case ClientEvent.RetryScheduled retry -> counter("retries", "method", retry.method(),
                    "reason", retry.reason()).increment();
            case ClientEvent.Throttled throttled -> Timer.builder(PREFIX + "throttle")
                    .description("Time spent waiting for the portal's request budget")
                    .tags("method", throttled.method(), "reason", throttled.reason())
                    .register(registry).record(throttled.waited());
            case ClientEvent.BatchSent batch -> DistributionSummary.builder(PREFIX + "batch.commands")
                    .description("Commands per batch request")
                    .tags("coalesced", Boolean.toString(batch.coalesced()))
                    .register(registry).record(batch.commands());
            case ClientEvent.PageFetched page -> {
                counter("pages", "method", page.method()).increment();
                counter("rows", "method", page.method()).increment(page.rows());
            }
            case ClientEvent.OutcomeUnknownReported unknown -> counter("outcome.unknown", "method", unknown.method())
                    .increment();
            case ClientEvent.BudgetNearLimit near -> counter("budget.near.limit", "method", near.method()).increment();
        }
    }

    private Counter counter(String name, String... tags) {
        return Counter.builder(PREFIX + name).tags(tags).register(registry);
    }

    /** {@code ok}, an error code, {@code http_<status>}, {@code no_answer}, or {@code other}. */
    static String outcome(String error) {
        if (error == null) {
            return "ok";
        }
        if (CODE.matcher(error).matches()) {
            return error;
        }
        var http = HTTP.matcher(error);
        if (http.matches()) {
            return "http_" + http.group(1);
        }
        return error.equals("no answer") ? "no_answer" : "other";
    }
}
