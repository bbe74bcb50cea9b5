package dev.b24kit.eval.internal;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.eval.EvalConfig;
import dev.b24kit.eval.MapResolution;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.writes.Writes;

/**
 * What every probe of one run shares. The probes run one after another on one thread.
 *
 * @param config     the run's configuration
 * @param client     the eval's client (its telemetry records every request)
 * @param catalog    the portal's field catalog
 * @param writes     verified writes (acting for a person named {@code b24kit-eval})
 * @param admin      the test portal's admin API, when the portal is a test portal
 * @param telemetry  the run's telemetry
 * @param sandbox    the records the eval creates, removed at the end
 * @param redaction  the secrets to keep out of every text
 * @param runId      a short random name of this run (sandbox keys and titles carry it)
 * @param resolution the field map's resolution, set by the field-map probe
 */
record ProbeContext(EvalConfig config, Bitrix24Client client, FieldCatalog catalog, Writes writes,
                    Optional<PortalAdmin> admin, RunTelemetry telemetry, Sandbox sandbox, Redaction redaction,
                    String runId, AtomicReference<MapResolution> resolution) {
}
