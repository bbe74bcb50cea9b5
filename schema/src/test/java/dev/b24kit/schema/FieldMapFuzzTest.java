package dev.b24kit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded mutations of a valid field map (cut lines, swapped indentation, YAML tags, anchors, wrong
 * types, binary noise): each parses into a map or fails with an {@link IllegalArgumentException} whose
 * message says what is wrong, never another exception. No portal is needed: parsing does not resolve.
 */
class FieldMapFuzzTest {

    private static final long SEED = 7L;
    private static final String[] SNIPPETS = {"", "  ", "\t", ":", "- ", "{", "}", "[", "]", "&a ", "*a", "!!binary ",
            "!!python/object ", "~", "null", "? ", "|", ">", "'", "\"", "#", "%YAML 1.1\n", "---\n", "...\n", "\u0000",
            "\uFEFF", "Стадия", "values:", "field:", "type: money", "pipeline: 7", "42", "1e400", "<<: *a"};

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aMangledMapParsesOrFailsWithAnIllegalArgumentException() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> surprises = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String yaml = mangle(random, FieldMapTest.MAP);
            try {
                FieldMap.parse(yaml);
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            } catch (RuntimeException | StackOverflowError surprise) {
                surprises.add(surprise + " for:\n" + yaml);
            }
        }
        assertThat(surprises).isEmpty();
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void aBillionLaughsMapIsRefusedWithoutBeingExpanded() {
        StringBuilder yaml = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(prev).append(",*").append(prev).append(",*")
                    .append(prev).append(",*").append(prev).append(",*").append(prev).append(",*").append(prev)
                    .append(",*").append(prev).append(",*").append(prev).append(",*").append(prev).append("]\n");
        }
        String bomb = "deal:\n  x:\n    field: TITLE\n" + yaml.toString().indent(0);

        assertThatThrownBy(() -> FieldMap.parse(bomb)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must map");
    }

    private static String mangle(SplittableRandom random, String text) {
        StringBuilder out = new StringBuilder(text);
        int edits = random.nextInt(1, 6);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(out.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> out.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
                case 1 -> out.delete(at, Math.min(out.length(), at + random.nextInt(1, 20)));
                case 2 -> out.insert(at, (char) random.nextInt(0, 0xFFFF));
                default -> out.setLength(Math.min(out.length(), at));
            }
        }
        return out.toString();
    }
}
