package dev.b24kit.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PortalValuesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Test
    void readsNumbersSentAsStrings() {
        assertThat(PortalValues.asLong(json("\"410\""))).hasValue(410);
        assertThat(PortalValues.asLong(json("\"1000000.00\""))).hasValue(1_000_000);
        assertThat(PortalValues.asLong(json("7"))).hasValue(7);
        assertThat(PortalValues.asLong(json("\"\""))).isEmpty();
        assertThat(PortalValues.asLong(json("null"))).isEmpty();
        assertThat(PortalValues.asLong(json("\"abc\""))).isEmpty();
        assertThat(PortalValues.asDouble(json("\"0.694\""))).isEqualTo(0.694);
    }

    @Test
    void readsBitrixFlags() {
        assertThat(PortalValues.asFlag(json("\"Y\""))).hasValue(true);
        assertThat(PortalValues.asFlag(json("\"N\""))).hasValue(false);
        assertThat(PortalValues.asFlag(json("1"))).hasValue(true);
        assertThat(PortalValues.asFlag(json("\"0\""))).hasValue(false);
        assertThat(PortalValues.asFlag(json("true"))).hasValue(true);
        assertThat(PortalValues.asFlag(json("\"maybe\""))).isEmpty();
    }

    @Test
    void readsAnEmptyArrayAsAnEmptyObject() {
        assertThat(PortalValues.members(json("[]"))).isEmpty();
        assertThat(PortalValues.members(json("[\"a\",\"b\"]"))).containsOnlyKeys("0", "1");
        assertThat(PortalValues.members(json("{\"x\":1}"))).containsOnlyKeys("x");
    }

    @Test
    void readsTimingWithIntegersOrFloats() {
        Timing timing = Timing.of(json("{\"start\":1757424671,\"duration\":0.69,\"processing\":1,"
                + "\"operating_reset_at\":1757425271,\"operating\":12.5}"));
        assertThat(timing.duration()).isEqualTo(0.69);
        assertThat(timing.processing()).isEqualTo(1);
        assertThat(timing.operating()).isEqualTo(12.5);
        assertThat(timing.operatingResetAt()).hasValueSatisfying(at -> assertThat(at.getEpochSecond()).isEqualTo(1757425271));
        assertThat(Timing.of(null)).isEqualTo(Timing.NONE);
    }
}
