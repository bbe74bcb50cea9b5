package dev.b24kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.PortalConfig;

/** {@code b24kit testportal}'s flags, run in-process (the serving itself is tested as a process). */
class TestPortalCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private void assertOneLineError(String... expectedParts) {
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("b24kit testportal: ").contains(expectedParts);
    }

    @Test
    void refusesAPortOutOfRange() {
        assertThat(run("testportal", "--port", "70000")).isEqualTo(2);
        assertOneLineError("--port", "70000", "0..65535");
    }

    @Test
    void refusesAPortThatIsNotANumber() {
        assertThat(run("testportal", "--port", "http")).isEqualTo(2);
        assertOneLineError("--port", "'http'", "0..65535");
    }

    @Test
    void refusesAnUnknownPlanNamingTheAcceptedOnes() {
        assertThat(run("testportal", "--plan", "gold")).isEqualTo(2);
        assertOneLineError("--plan", "'gold'", "standard, enterprise, unlimited or custom:BURST/DRAIN");
    }

    @Test
    void refusesAMalformedCustomPlan() {
        assertThat(run("testportal", "--plan", "custom:0/1")).isEqualTo(2);
        assertOneLineError("--plan", "custom:0/1");
    }

    @Test
    void refusesAnUnknownLatencyMode() {
        assertThat(run("testportal", "--latency", "slow")).isEqualTo(2);
        assertOneLineError("--latency", "'slow'", "realtime or none");
    }

    @Test
    void refusesANegativeCount() {
        assertThat(run("testportal", "--deals", "-5")).isEqualTo(2);
        assertOneLineError("--deals", "'-5'", ">= 0");
    }

    @Test
    void refusesANonNumericSeed() {
        assertThat(run("testportal", "--seed", "abc")).isEqualTo(2);
        assertOneLineError("--seed", "'abc'", "whole number");
    }

    @Test
    void refusesASecretWithOtherCharactersWithoutEchoingIt() {
        assertThat(run("testportal", "--secret", "my/secret")).isEqualTo(2);
        assertOneLineError("--secret", "1-64 letters or digits");
        assertThat(err.toString()).doesNotContain("my/secret");
    }

    @Test
    void refusesACredentialErrorStatusOtherThan401Or403() {
        assertThat(run("testportal", "--credential-error-status", "400")).isEqualTo(2);
        assertOneLineError("--credential-error-status", "'400'", "401", "403");
    }

    @Test
    void refusesAnUnknownFlag() {
        assertThat(run("testportal", "--frobnicate")).isEqualTo(2);
        assertOneLineError("--frobnicate");
    }

    @Test
    void helpDescribesEveryFlag() {
        assertThat(run("testportal", "--help")).isZero();
        assertThat(out.toString()).contains("--host", "--port", "--seed", "--deals", "--contacts", "--companies",
                "--leads", "--plan", "--latency", "--secret", "--https", "--credential-error-status",
                "--outgoing-webhook", "--event-delivery", "--fault", "--virtual-time");
    }

    @Test
    void readsOutgoingWebhooksFaultsDeliveryAndVirtualTime() {
        CommandLine commandLine = Main.commandLine();
        commandLine.parseArgs("testportal", "--outgoing-webhook", "http://127.0.0.1:9000/hook=ONCRMDEALADD, oncrmdealupdate",
                "--fault", "drop-after-commit@crm.deal.add,count=1", "--fault", "slow:2s@*", "--event-delivery", "prompt",
                "--virtual-time");
        TestPortalCommand command = commandLine.getSubcommands().get("testportal").getCommand();

        assertThat(command.outgoingWebhooks).singleElement().satisfies(hook -> {
            assertThat(hook.handler()).hasToString("http://127.0.0.1:9000/hook");
            assertThat(hook.events()).containsExactly("ONCRMDEALADD", "ONCRMDEALUPDATE");
        });
        assertThat(command.faults).extracting(rule -> rule.fault().getClass().getSimpleName())
                .containsExactly("DropAfterCommit", "Slow");
        assertThat(command.faults.getFirst().count()).isEqualTo(1);
        assertThat(command.eventDelivery).isEqualTo(dev.b24kit.testportal.EventDelivery.PROMPT);
        assertThat(command.config().clock()).isInstanceOf(dev.b24kit.testportal.VirtualClock.class);
    }

    @Test
    void refusesAnOutgoingWebhookWithoutEvents() {
        assertThat(run("testportal", "--outgoing-webhook", "http://127.0.0.1:9000/hook")).isEqualTo(2);
        assertOneLineError("--outgoing-webhook", "URL=EVENT");
    }

    @Test
    void refusesAnUnknownFaultKindNamingTheAcceptedOnes() {
        assertThat(run("testportal", "--fault", "explode@crm.deal.add")).isEqualTo(2);
        assertOneLineError("--fault", "unknown kind 'explode'", "drop-after-commit");
    }

    @Test
    void refusesAnUnknownEventDelivery() {
        assertThat(run("testportal", "--event-delivery", "fast")).isEqualTo(2);
        assertOneLineError("--event-delivery", "cloud or prompt");
    }

    @Test
    void putsTheFlagsIntoThePortalConfig() {
        CommandLine commandLine = Main.commandLine();
        commandLine.parseArgs("testportal", "--port", "8123", "--seed", "42", "--deals", "7", "--plan", "custom:10/1",
                "--latency", "none", "--secret", "abc123", "--https", "--credential-error-status", "403");
        TestPortalCommand command = commandLine.getSubcommands().get("testportal").getCommand();

        PortalConfig config = command.config();

        assertThat(config.port()).isEqualTo(8123);
        assertThat(config.seed()).isEqualTo(42);
        assertThat(config.deals()).isEqualTo(7);
        assertThat(config.contacts()).isEqualTo(PortalConfig.defaults().contacts());
        assertThat(config.plan()).isEqualTo(new Plan("custom:10/1", 10, 1));
        assertThat(config.latency()).isEqualTo(LatencyMode.NONE);
        assertThat(config.secret()).isEqualTo("abc123");
        assertThat(config.https()).isTrue();
        assertThat(config.credentialErrorStatus()).isEqualTo(403);
    }

    @Test
    void aPortThatIsTakenIsAOneLineStartFailure() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(run("testportal", "--port", Integer.toString(taken.getLocalPort()), "--deals", "0")).isEqualTo(1);
        }
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("b24kit testportal: could not start:");
    }
}
