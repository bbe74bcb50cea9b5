package dev.b24kit.eval;

import dev.b24kit.eval.internal.EvalRunner;

/**
 * Runs the integration eval against one portal.
 *
 * <pre>{@code
 * EvalReport report = Eval.run(EvalConfig.of(webhookUrl, store, "https://example.bitrix24.ru")
 *         .withFieldMap(FieldMap.load(Path.of("map.yaml")), Reports.previousResolution(reportDir)), EvalProgress.NONE);
 * Reports.write(report, reportDir);     // report.html, report.json, junit.xml
 * }</pre>
 *
 * <p>Probes run one after another: 1 connection, 2 field map, 3 silent drops, 4 round trip of mapped fields,
 * 5 listing, 6 limits, 7 idempotency (test portal only), 8 events, 9 scenarios (each
 * scenario file its own result after probe 9's, run through the gateway's tools). The records the eval creates are titled and keyed with the run's name and deleted at the end.
 * A probe that throws fails with the exception's message; no text of the report holds the webhook's secret.
 */
public final class Eval {

    private Eval() {
    }

    /**
     * Runs every probe and answers the report. Blocking; thread-safe (runs share nothing but the store and the
     * JVM's bucket of the portal).
     *
     * @throws dev.b24kit.client.Bitrix24Exception only when the client cannot be built for the URL
     *         (a malformed webhook URL: {@link IllegalArgumentException})
     */
    public static EvalReport run(EvalConfig config, EvalProgress progress) {
        return EvalRunner.run(config, progress);
    }
}
