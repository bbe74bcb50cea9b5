package dev.b24kit.testportal.internal.php;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PhpArraysTest {

    @Test
    void recognisesOnlyCanonicalDecimalIntegersAsIntegerKeys() {
        assertThat(List.of("0", "7", "-3", "9223372036854775807")).allMatch(PhpArrays::isIntegerKey);
        assertThat(List.of("", "-", "-0", "01", "1.5", " 1", "1a", "9223372036854775808")).noneMatch(PhpArrays::isIntegerKey);
    }

    @Test
    void nextIndexIsOneMoreThanTheLargestIntegerKey() {
        Map<String, Object> array = new LinkedHashMap<>();
        assertThat(PhpArrays.nextIndex(array)).isEqualTo("0");
        array.put("a", 1);
        array.put("4", 1);
        array.put("2", 1);
        assertThat(PhpArrays.nextIndex(array)).isEqualTo("5");
    }

    @Test
    void isListOnlyForKeysZeroToNInOrder() {
        assertThat(PhpArrays.isList(PhpArrays.listOf(List.of("a", "b")))).isTrue();
        assertThat(PhpArrays.isList(Map.of("1", "a"))).isFalse();
        assertThat(PhpArrays.isList(PhpArrays.array())).isTrue();
    }

    @Test
    void valuesOfAScalarIsAOneElementList() {
        assertThat(PhpArrays.values("x")).containsExactly("x");
        assertThat(PhpArrays.values(null)).isEmpty();
        assertThat(PhpArrays.values(PhpArrays.listOf(List.of(1, 2)))).containsExactly(1, 2);
    }

    @Test
    void looksKeysUpIgnoringCaseAfterAnExactMatch() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("FILTER", "upper");
        params.put("filter", "lower");
        assertThat(PhpArrays.getIgnoreCase(params, "filter")).isEqualTo("lower");
        assertThat(PhpArrays.getIgnoreCase(params, "Filter")).isEqualTo("upper");
        assertThat(PhpArrays.getIgnoreCase(params, "order")).isNull();
        assertThat(PhpArrays.containsIgnoreCase(params, "FiLtEr")).isTrue();
    }

    @Test
    void convertsScalarsToStringsAsPhpDoes() {
        assertThat(PhpArrays.string(null)).isEmpty();
        assertThat(PhpArrays.string(true)).isEqualTo("1");
        assertThat(PhpArrays.string(false)).isEmpty();
        assertThat(PhpArrays.string(42L)).isEqualTo("42");
        assertThat(PhpArrays.string(10.0)).isEqualTo("10");
        assertThat(PhpArrays.string(0.1 + 0.2)).isEqualTo("0.3");
    }

    @Test
    void asArrayAcceptsMapsAndCollectionsOnly() {
        assertThat(PhpArrays.asArray(List.of("a"))).isEqualTo(Map.of("0", "a"));
        assertThat(PhpArrays.asArray("a")).isNull();
        assertThat(PhpArrays.isArray(List.of())).isTrue();
        assertThat(PhpArrays.isArray("a")).isFalse();
    }
}
