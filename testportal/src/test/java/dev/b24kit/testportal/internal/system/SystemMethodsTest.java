package dev.b24kit.testportal.internal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.b24kit.testportal.internal.php.PhpArrays;

class SystemMethodsTest {

    @Test
    void fullFlagsFollowPhpLooseTruthiness() {
        for (Object truthy : List.of("true", "false", "Y", "1", "yes", 1L, 0.5, true, Map.of("0", "x"))) {
            assertThat(PhpArrays.truthy(truthy)).as(String.valueOf(truthy)).isTrue();
        }
        for (Object falsy : new Object[] {null, "", "0", 0L, 0.0, false, Map.of()}) {
            assertThat(PhpArrays.truthy(falsy)).as(String.valueOf(falsy)).isFalse();
        }
    }
}
