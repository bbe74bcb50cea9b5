package dev.b24kit.testportal;

import java.time.Instant;
import java.util.Map;

/**
 * A call the portal served, as its call log recorded it: what a test asserts a client sent. A
 * {@code batch} appears once, followed by one entry per sub-command ({@code batchOf} = the batch's
 * sequence). Parameters never include {@code auth}. Immutable.
 *
 * @param sequence   order of arrival, from 1
 * @param httpMethod GET or POST; null for batch sub-commands
 * @param method     lower-case method name ({@code crm.deal.update})
 * @param params     parameters as the portal parsed them (PHP arrays as ordered maps)
 * @param credential {@code webhook:N} or {@code app:CLIENT_ID} (never a secret)
 * @param status     HTTP status (200 for successful batch sub-commands)
 * @param error      the {@code error} code, or null
 * @param processing modelled processing seconds
 * @param batchOf    the enclosing batch's sequence, or 0
 * @param disconnected the client had closed the connection before the answer was written (the call still
 *                     ran and was charged)
 */
public record RecordedCall(long sequence, Instant at, String httpMethod, String method, Map<String, Object> params,
                           String credential, int status, Object error, double processing, long batchOf,
                           boolean disconnected) {

    /** Whether the call succeeded. */
    public boolean succeeded() {
        return error == null && status == 200;
    }
}
