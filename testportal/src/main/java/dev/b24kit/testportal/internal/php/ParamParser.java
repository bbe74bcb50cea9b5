package dev.b24kit.testportal.internal.php;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PHP's {@code parse_str}: query strings and form bodies with bracket nesting (§1.3).
 *
 * <p>Keys follow PHP exactly: {@code a[b][c]=1} nests, {@code a[]=1} appends at the next integer
 * index, spaces and dots in the base name become underscores, and an unclosed bracket in the base
 * name becomes an underscore too ({@code fields[TITLE=x} sets {@code fields_TITLE}). Text after the
 * last closing bracket is ignored. A pair with an empty base name is skipped. Beyond
 * {@link #MAX_DEPTH} levels a pair is dropped, as PHP drops it past {@code max_input_nesting_level}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ParamParser {

    /** PHP's default {@code max_input_nesting_level}. */
    public static final int MAX_DEPTH = 64;

    private ParamParser() {
    }

    /** Parses {@code a=1&b[c]=2} into a PHP array; malformed percent escapes are kept literally. */
    public static Map<String, Object> parse(String query) {
        Map<String, Object> result = PhpArrays.array();
        if (query == null || query.isEmpty()) {
            return result;
        }
        int start = 0;
        int length = query.length();
        while (start <= length) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                String pair = query.substring(start, end);
                int equals = pair.indexOf('=');
                String key = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                put(result, key, value);
            }
            start = end + 1;
        }
        return result;
    }

    /** Sets {@code key} (with PHP bracket syntax) to {@code value} inside {@code target}. */
    public static void put(Map<String, Object> target, String key, Object value) {
        List<String> path = path(key);
        if (path == null) {
            return;
        }
        Map<String, Object> current = target;
        for (int i = 0; i < path.size(); i++) {
            String segment = path.get(i);
            if (segment == null) {
                segment = PhpArrays.nextIndex(current);
            }
            if (i == path.size() - 1) {
                current.put(segment, value);
                return;
            }
            Object next = current.get(segment);
            if (!(next instanceof Map<?, ?>)) {
                next = PhpArrays.array();
                current.put(segment, next);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> nested = (Map<String, Object>) next;
            current = nested;
        }
    }

    /** The key split into base name and segments; a null segment means "append"; null if skipped. */
    static List<String> path(String key) {
        int i = 0;
        while (i < key.length() && key.charAt(i) == ' ') {
            i++;
        }
        key = key.substring(i);
        int open = key.indexOf('[');
        int firstClose = open < 0 ? -1 : key.indexOf(']', open);
        String base = open < 0 || firstClose < 0 ? key : key.substring(0, open);
        base = normalizeBase(base);
        if (base.isEmpty()) {
            return null;
        }
        List<String> path = new ArrayList<>();
        path.add(base);
        if (open < 0 || firstClose < 0) {
            return path;
        }
        int position = open;
        while (position < key.length() && key.charAt(position) == '[') {
            int close = key.indexOf(']', position + 1);
            if (close < 0) {
                break; // PHP ignores an unterminated trailing segment
            }
            String segment = key.substring(position + 1, close);
            path.add(segment.isEmpty() ? null : segment);
            if (path.size() > MAX_DEPTH) {
                return null;
            }
            position = close + 1;
        }
        return path;
    }

    /** PHP turns spaces, dots and the first unmatched '[' of a variable name into '_'. */
    private static String normalizeBase(String base) {
        StringBuilder out = new StringBuilder(base.length());
        boolean bracketSeen = false;
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (c == ' ' || c == '.') {
                out.append('_');
            } else if (c == '[' && !bracketSeen) {
                out.append('_');
                bracketSeen = true;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** PHP's urldecode: '+' is a space, bad escapes stay as they are, invalid UTF-8 becomes U+FFFD. */
    static String decode(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        byte[] bytes = new byte[text.length() * 3];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes[n++] = ' ';
            } else if (c == '%' && i + 2 < text.length()
                    && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes[n++] = (byte) (hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                System.arraycopy(encoded, 0, bytes, n, encoded.length);
                n += encoded.length;
            }
        }
        return new String(bytes, 0, n, StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
