package dev.b24kit.eval.internal;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.CallResult;
import dev.b24kit.client.Idempotency;
import dev.b24kit.client.Params;
import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.batch.BatchResult;
import dev.b24kit.client.batch.CommandOutcome;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.client.listing.PageIterator;

/**
 * The eval's client: every answer's {@code time} block goes to the telemetry (operating headroom per
 * method), the rest is the wrapped client's. Thread-safe as the wrapped client is.
 */
final class RecordingClient implements Bitrix24Client {

    private final Bitrix24Client client;
    private final RunTelemetry telemetry;

    RecordingClient(Bitrix24Client client, RunTelemetry telemetry) {
        this.client = client;
        this.telemetry = telemetry;
    }

    @Override
    public CallResult call(String method, Params params) {
        return seen(client.call(method, params));
    }

    @Override
    public CallResult call(String method, Params params, Idempotency idempotency) {
        return seen(client.call(method, params, idempotency));
    }

    @Override
    public BatchResult batch(Batch batch) {
        BatchResult result = client.batch(batch);
        for (CommandOutcome outcome : result.outcomes().values()) {
            if (outcome instanceof CommandOutcome.Succeeded s) {
                seen(s.result());
            }
        }
        return result;
    }

    @Override
    public PageIterator pages(String method, ListQuery query) {
        return client.pages(method, query);
    }

    @Override
    public long count(String method, ListQuery query) {
        return client.count(method, query);
    }

    @Override
    public String portal() {
        return client.portal();
    }

    @Override
    public void close() {
        client.close();
    }

    private CallResult seen(CallResult result) {
        telemetry.operating(result.method(), result.timing());
        return result;
    }
}
