package dev.b24kit.client;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.batch.BatchResult;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.client.listing.PageIterator;

/**
 * A client of one Bitrix24 portal with one credential. Build it once and share it: it is
 * thread-safe, blocking, and cheap on virtual threads.
 *
 * <pre>{@code
 * try (Bitrix24Client portal = Bitrix24Client.builder(Credentials.webhook(url)).build()) {
 *     JsonNode deal = portal.call("crm.deal.get", Params.of("id", 42)).result();
 *     try (Stream<JsonNode> deals = portal.list("crm.deal.list", ListQuery.ALL)) {
 *         deals.forEach(System.out::println);
 *     }
 * }
 * }</pre>
 *
 * <p>Inside the portal's limits: every request takes a token from a leaky bucket that mirrors the
 * plan (shared by every client of the portal in this JVM by default, or across processes through
 * Redis); each method's operating time is paced from the portal's own {@code time} readings.
 * {@code QUERY_LIMIT_EXCEEDED} and {@code OPERATION_TIME_LIMIT} are waited out and never reach the
 * caller. Failures that may pass are retried only when the call is safe to repeat
 * ({@link Idempotency}); otherwise a call whose effect is unknown ends in {@link OutcomeUnknown}.
 *
 * <p>Every method throws only {@link Bitrix24Exception} subclasses, {@link IllegalArgumentException}
 * for arguments it cannot send, and {@link java.util.concurrent.CancellationException} when the
 * calling thread is interrupted (the interrupt flag is kept).
 */
public interface Bitrix24Client extends AutoCloseable {

    /** A builder for {@code credentials}; see {@link ClientBuilder} for the defaults. */
    static ClientBuilder builder(Credentials credentials) {
        return new ClientBuilder(credentials);
    }

    /**
     * Calls {@code method} once and answers its result. Whether the call may be repeated after an
     * ambiguous failure is decided by {@link Idempotency#of}.
     */
    CallResult call(String method, Params params);

    /** As {@link #call(String, Params)}, with the caller's word on whether repeating is safe. */
    CallResult call(String method, Params params, Idempotency idempotency);

    /** Sends the batch (in requests of up to 50 commands) and answers every command's outcome. */
    BatchResult batch(Batch batch);

    /**
     * The pages of a list method, fetched as they are read. By ID (the default order) on a method that
     * supports it (see {@link dev.b24kit.client.listing.ListMethod}), pages come from keyset chains
     * inside {@code batch} (up to 2,500 rows per request, never counted), split into parallel ID ranges
     * when {@link ListQuery#shards()} asks for it or the span of IDs is large (then pages of different
     * ranges interleave). Ordered by anything else, pages are fetched by offset, and then every page
     * makes the portal count the whole filter: a cost that grows with the table and spends the method's
     * operating budget; keep such listings small.
     *
     * <p>Every row present throughout the listing is returned exactly once; rows created or deleted
     * while it runs may or may not appear, and none appears twice. Close the iterator when not reading
     * it to the end: it may hold threads.
     */
    PageIterator pages(String method, ListQuery query);

    /**
     * How many rows {@code query} matches, from one counted page ({@code start=0}): the portal counts the
     * whole filter, which costs operating time that grows with the table (about 1 s on 50,000 deals).
     */
    long count(String method, ListQuery query);

    /** The rows of {@link #pages}, lazily, in constant memory. Close the stream when not reading it to the end. */
    default Stream<JsonNode> list(String method, ListQuery query) {
        PageIterator pages = pages(method, query);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(pages::close).flatMap(page -> page.rows().stream());
    }

    /** The portal as it may be shown ({@code https://portal/rest/1/****}/): never the secret. */
    String portal();

    /** Stops the coalescing thread; calls after close fail. */
    @Override
    void close();
}
