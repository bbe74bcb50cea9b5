package dev.b24kit.schema.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Comparing what people type with what the portal holds: case-, whitespace- and ё/е-insensitive. Stateless. */
public final class Text {

    private Text() {
    }

    /** Lower case, ё as е, runs of whitespace as one space, no surrounding whitespace. */
    public static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** Whether {@code text} has a Cyrillic letter: its author speaks Russian (or a neighbour), not English. */
    public static boolean isCyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** Edit distance (insert, delete, substitute) between two strings. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The candidates closest to {@code given} (at most {@code limit}): those within an edit distance of a
     * third of the longer text, or containing it, or contained in it; nearest first. Names in the script
     * of {@code given} come first, so a Russian query is answered with Russian labels.
     */
    public static <T> List<T> closest(String given, List<T> candidates, Function<T, String> name, int limit) {
        String wanted = normalize(given);
        boolean cyrillic = isCyrillic(given);
        record Scored<T>(T candidate, int score) {
        }
        List<Scored<T>> scored = new ArrayList<>();
        for (T candidate : candidates) {
            String text = normalize(name.apply(candidate));
            int d = distance(wanted, text);
            boolean near = d <= Math.max(2, Math.max(wanted.length(), text.length()) / 3);
            boolean overlaps = wanted.length() >= 3 && (text.contains(wanted) || wanted.contains(text) && text.length() >= 3);
            if (near || overlaps) {
                int script = isCyrillic(text) == cyrillic ? 0 : 1000;
                scored.add(new Scored<>(candidate, script + (near ? d : 100 + Math.abs(text.length() - wanted.length()))));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score));
        return scored.stream().map(Scored::candidate).distinct().limit(limit).toList();
    }
}
