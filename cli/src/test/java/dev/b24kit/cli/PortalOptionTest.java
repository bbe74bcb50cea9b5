package dev.b24kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.InstantSource;

import org.junit.jupiter.api.Test;

import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/** Which portal a command talks to: {@code --portal}, else {@code B24KIT_PORTAL}, else an embedded test portal. */
class PortalOptionTest {

    private static final String EMBEDDED_SECRET = "embeddedsecret77";
    private static final PortalConfig EMBEDDED = PortalConfig.fast().withData(12, 0, 0, 0).withSecret(EMBEDDED_SECRET);

    private static Launch launch(String portalFromEnvironment) {
        return new Launch(portalFromEnvironment, EMBEDDED, false, InstantSource.system());
    }

    private static TestPortal portalWithDeals(int deals, String secret) {
        return TestPortal.start(PortalConfig.fast().withData(deals, 0, 0, 0).withSecret(secret));
    }

    @Test
    void theFlagWinsOverTheEnvironment() {
        try (TestPortal fromEnvironment = portalWithDeals(7, "environmentsecret1");
             TestPortal fromFlag = portalWithDeals(9, "flagsecret22")) {
            CommandRun run = CommandRun.run(launch(fromEnvironment.webhookUrl().toString()), "export", "deals",
                    "--select", "ID", "--portal", fromFlag.webhookUrl().toString());

            assertThat(run.exitCode()).as(run.stderr()).isZero();
            assertThat(run.stdoutLines()).hasSize(9);
            assertThat(run.stderr()).contains(fromFlag.baseUrl() + "rest/1/****/").doesNotContain("embedded")
                    .doesNotContain("environmentsecret1", "flagsecret22");
        }
    }

    @Test
    void theEnvironmentIsUsedWithoutTheFlag() {
        try (TestPortal fromEnvironment = portalWithDeals(7, "environmentsecret1")) {
            CommandRun run = CommandRun.run(launch(fromEnvironment.webhookUrl().toString()), "export", "deals",
                    "--select", "ID");

            assertThat(run.exitCode()).as(run.stderr()).isZero();
            assertThat(run.stdoutLines()).hasSize(7);
            assertThat(run.stderr()).contains(fromEnvironment.baseUrl() + "rest/1/****/")
                    .doesNotContain("embedded", "environmentsecret1");
        }
    }

    @Test
    void withoutEitherAnEmbeddedTestPortalIsStartedAndAnnouncedWithoutItsSecret() {
        CommandRun run = CommandRun.run(launch(null), "export", "deals", "--select", "ID");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdoutLines()).hasSize(12);
        assertThat(run.stderrLines().getFirst()).isEqualTo("b24kit export: no --portal or B24KIT_PORTAL given, starting an "
                + "embedded test portal (seed 1: 12 deals, 0 contacts, 0 companies, 0 leads; plan unlimited, latency none)");
        assertThat(run.stderr()).contains("/rest/1/****/").doesNotContain(EMBEDDED_SECRET);
    }

    @Test
    void aPlanItCannotReadIsAUsageErrorNamingTheAcceptedPlans() {
        CommandRun run = CommandRun.run(launch(null), "call", "server.time", "--plan", "premium");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--plan", "standard, enterprise or BURST/RATE");
    }

    @Test
    void anEnterprisePlanIsAccepted() {
        CommandRun run = CommandRun.run(launch(null), "call", "server.time", "--plan", "enterprise");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
    }

    @Test
    void aMalformedUrlIsAUsageErrorThatDoesNotEchoIt() {
        // not /rest/USER_ID/: the client's own message would quote the URL unredacted
        CommandRun run = CommandRun.run(launch(null), "call", "server.time", "--portal",
                "https://portal.example/rest/admin/typedsecret99/");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderrLines()).singleElement().asString()
                .startsWith("b24kit call: --portal is not an incoming-webhook URL").doesNotContain("typedsecret99");
    }

    @Test
    void aMalformedUrlInTheEnvironmentNamesTheVariable() {
        CommandRun run = CommandRun.run(launch("not a url with envsecret55"), "call", "server.time");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderrLines()).singleElement().asString()
                .startsWith("b24kit call: B24KIT_PORTAL is not an incoming-webhook URL").doesNotContain("envsecret55");
    }

    @Test
    void aLaunchNeverShowsThePortalUrlFromTheEnvironment() {
        assertThat(launch("https://portal.example/rest/1/launchsecret3/").toString())
                .contains("B24KIT_PORTAL set").doesNotContain("launchsecret3");
    }
}
