package dev.b24kit.testportal.internal.php;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PHP's {@code parse_str}: query strings and form bodies with bracket nesting (§1.3).
 *
 * <p>Keys follow PHP's {@code php_register_variable_ex} exactly: {@code a[b][c]=1} nests, {@code a[]=1}
 * (or {@code a[ ]=1}, one whitespace character) appends at the next integer index, leading spaces are
 * dropped, spaces and dots in the base name become underscores, and when the first {@code [} is never
 * closed the whole name is a plain name with every space, dot and {@code [} turned into an underscore
 * ({@code fields[TITLE=x} sets {@code fields_TITLE}). An unclosed bracket deeper down ends the key
 * ({@code a[b][c=1} sets {@code a[b]}), and text after a closing bracket that is not followed by
 * {@code [} is ignored ({@code a[b]c=1} sets {@code a[b]}). A pair with an empty base name is skipped;
 * a NUL byte ends a name. A key with more than {@link #MAX_DEPTH} bracket levels is dropped and, as in
 * PHP past {@code max_input_nesting_level}, removes what was already stored under its base name.
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
        int nul = key.indexOf('\0');
        List<String> path = path(nul < 0 ? key : key.substring(0, nul));
        if (path == null) {
            return;
        }
        if (path.size() > MAX_DEPTH + 1) {
            target.remove(path.getFirst()); // PHP deletes the whole variable, not just this pair
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

    /**
     * The key split into base name and segments; a null segment means "append"; null if the pair is
     * skipped. A path longer than {@code MAX_DEPTH + 1} means "too deep" (its tail is not parsed).
     */
    static List<String> path(String key) {
        int i = 0;
        while (i < key.length() && key.charAt(i) == ' ') {
            i++;
        }
        key = key.substring(i);
        int open = key.indexOf('[');
        if (open < 0 || key.indexOf(']', open) < 0) {
            String plain = plainName(key);
            return plain.isEmpty() ? null : new ArrayList<>(List.of(plain));
        }
        String base = plainName(key.substring(0, open));
        if (base.isEmpty()) {
            return null;
        }
        List<String> path = new ArrayList<>();
        path.add(base);
        int position = open;
        while (position < key.length() && key.charAt(position) == '[') {
            if (path.size() > MAX_DEPTH) {
                path.add(null); // one level too many: the caller drops the variable
                return path;
            }
            int close = key.indexOf(']', position + 1);
            if (close < 0) {
                break; // PHP ends the key at an unterminated deeper segment
            }
            String segment = key.substring(position + 1, close);
            boolean append = segment.isEmpty() || (segment.length() == 1 && " \r\n\t".indexOf(segment.charAt(0)) >= 0);
            path.add(append ? null : segment);
            position = close + 1;
        }
        return path;
    }

    /** PHP variable names cannot hold ' ', '.' or '[': each becomes '_'. */
    private static String plainName(String name) {
        return name.replace(' ', '_').replace('.', '_').replace('[', '_');
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
