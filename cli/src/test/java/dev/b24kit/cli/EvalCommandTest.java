package dev.b24kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.SilentDrops;
import dev.b24kit.testportal.TestPortal;

/** {@code b24kit eval}, in-process: against the embedded test portal, and against a test portal by URL. */
class EvalCommandTest {

    /** No request limit and no modelled latency, so the runs are quick; the client is told the same. */
    private static final PortalConfig QUICK = PortalConfig.defaults().withLatency(LatencyMode.NONE).withPlan(Plan.UNLIMITED);
    private static final String PLAN = "100000/100000";

    @TempDir
    Path dir;

    @Test
    void theEmbeddedPortalPassesEveryProbeAndTheReportsAreWritten() {
        Launch launch = new Launch(null, QUICK, false, InstantSource.system());

        CommandRun run = CommandRun.run(launch, "eval", "--plan", PLAN, "--report", dir.toString());

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        assertThat(run.stdoutLines().getFirst()).matches("# +PROBE +STATUS +TIME +SUMMARY");
        assertThat(run.stdout()).contains("11 passed, 0 failed, 0 skipped");
        assertThat(run.stderr()).contains("starting an embedded test portal", "using the map of the test portal's seeded fields",
                "running the shipped example scenarios",
                "b24kit eval: 1 Connection PASS", "b24kit eval: 8 Events PASS", "nothing failed");
        assertThat(dir.resolve("report.html")).isRegularFile();
        assertThat(dir.resolve("report.json")).isRegularFile();
        assertThat(dir.resolve("junit.xml")).isRegularFile();
    }

    @Test
    void aPortalThatDoesNotDropSilentlyMakesTheEvalExitSeven() throws IOException {
        Path map = dir.resolve("map.yaml");
        try (InputStream yaml = getClass().getResourceAsStream("/dev/b24kit/eval/test-portal-map.yaml")) {
            Files.write(map, yaml.readAllBytes());
        }
        try (TestPortal portal = TestPortal.start(QUICK.withData(200, 50, 20, 20).withSilentDrops(SilentDrops.STRICT))) {
            Launch launch = new Launch(null, QUICK, false, InstantSource.system());

            CommandRun run = CommandRun.runAgainst(launch, portal.webhookUrl(), "eval", "--plan", PLAN, "--map", map.toString(),
                    "--db", dir.resolve("store.db").toString());

            assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.EVAL_FAILED);
            assertThat(run.stdout()).containsPattern("(?m)^3 +Silent drops +FAIL .*the portal does not drop silently");
            assertThat(run.stderr()).contains("the eval found failures").doesNotContain(portal.webhookUrl().getPath());
        }
    }

    @Test
    void anUnreadableMapIsAUsageError() {
        Launch launch = new Launch(null, QUICK, false, InstantSource.system());

        CommandRun run = CommandRun.run(launch, "eval", "--map", dir.resolve("missing.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.stderr()).contains("--map: cannot read").contains("missing.yaml");
    }
}
