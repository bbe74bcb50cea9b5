package dev.b24kit.bench.agentday;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The short agent day of CI: 1,000 operations from 20 MCP sessions through a real gateway process on SQLite,
 * against the test portal on the standard plan with real-time latency and the day's faults, the gateway killed
 * with {@code kill -9} once and started again. It asserts the invariants (read from the portal), never timing.
 * {@code B24KIT_AGENTDAY_OPERATIONS} overrides the count.
 */
class AgentDayTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aShortAgentDayWithAGatewayKilledKeepsEveryInvariantAndLeaksNoSecret() throws Exception {
        int operations = Integer.parseInt(System.getenv().getOrDefault("B24KIT_AGENTDAY_OPERATIONS", "1000"));
        Path out = Path.of("target", "agent-day-ci");
        DayConfig config = new DayConfig(operations, 20, 7L, 1, 1, false, Duration.ofSeconds(20), true, out);

        AgentDay.DayResult result = AgentDay.run(config);

        JsonNode summary = JSON.readTree(Files.readString(result.summary()));
        assertThat(result.violations()).as(summary.toPrettyString()).isEmpty();
        assertThat(summary.get("passed").asBoolean()).isTrue();
        assertThat(summary.get("restarts").size()).as("the gateway was killed and started again").isEqualTo(1);
        assertThat(summary.get("tools").get("create").get("count").asInt()).isPositive();
        assertThat(summary.path("faultsInjected").size()).as("faults were injected").isPositive();
        assertThat(Files.readString(result.timeline())).contains("<svg").doesNotContain("<script").doesNotContain("src=").doesNotContain("href=")
                .contains("Every invariant held");
        try (var files = Files.list(out)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("store.db")).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                assertThat(text).as(file + " holds the pages' login secret").doesNotContainPattern("secret=(?!\\(hidden\\))");
                for (String secret : result.secrets()) {
                    assertThat(text).as(file + " holds a secret").doesNotContain(secret);
                }
            }
        }
        assertThat(result.secrets()).hasSize(3).allSatisfy(s -> assertThat(s).isNotBlank());
    }

    @Test
    void aBadArgumentIsRefusedNamingWhatIsAccepted() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DayConfig.parse(List.of("store=oracle")))
                .hasMessageContaining("store=oracle").hasMessageContaining("sqlite, postgres");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DayConfig.parse(List.of("gateways=2")))
                .hasMessageContaining("needs store=postgres");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DayConfig.parse(List.of("operations")))
                .hasMessageContaining("not key=value");
    }
}
