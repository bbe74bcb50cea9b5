package dev.b24kit.testportal.internal.php;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of a {@code multipart/form-data} body (§1.2), as PHP fills {@code $_POST} from it: each
 * part with a {@code name} and no {@code filename} becomes a parameter (names use the same bracket
 * rules as query strings, see {@link ParamParser}); file parts go to {@code $_FILES} in PHP and are
 * skipped here. A body without a boundary or with a malformed part yields the fields parsed before
 * the damage; nothing is thrown. Stateless and thread-safe.
 */
public final class MultipartForm {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

    private MultipartForm() {
    }

    /** Parses {@code body} sent with {@code contentType} ({@code multipart/form-data; boundary=...}). */
    public static Map<String, Object> parse(byte[] body, String contentType) {
        Map<String, Object> fields = PhpArrays.array();
        String boundary = parameter(contentType, "boundary");
        if (boundary == null || boundary.isEmpty()) {
            return fields;
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] separator = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int position = indexOf(body, delimiter, 0);
        while (position >= 0) {
            int afterDelimiter = position + delimiter.length;
            if (startsWith(body, afterDelimiter, new byte[] {'-', '-'}) || !startsWith(body, afterDelimiter, CRLF)) {
                return fields; // closing delimiter, or garbage where a part should start
            }
            int headersStart = afterDelimiter + CRLF.length;
            int headersEnd = indexOf(body, HEADERS_END, headersStart);
            if (headersEnd < 0) {
                return fields;
            }
            int contentStart = headersEnd + HEADERS_END.length;
            int contentEnd = indexOf(body, separator, contentStart);
            if (contentEnd < 0) {
                return fields;
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            addField(fields, headers, new String(body, contentStart, contentEnd - contentStart, StandardCharsets.UTF_8));
            position = contentEnd + CRLF.length;
        }
        return fields;
    }

    private static void addField(Map<String, Object> fields, String headers, String value) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
                String disposition = line.substring(colon + 1);
                String name = parameter(disposition, "name");
                if (name != null && parameter(disposition, "filename") == null) {
                    ParamParser.put(fields, name, value);
                }
                return;
            }
        }
    }

    /** A {@code ; key=value} or {@code ; key="quoted \"value\""} parameter of a header value, or null. */
    static String parameter(String header, String key) {
        if (header == null) {
            return null;
        }
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int equals = header.indexOf('=', i + 1);
            if (equals < 0) {
                return null;
            }
            String name = header.substring(i + 1, equals).trim().toLowerCase(Locale.ROOT);
            int valueStart = equals + 1;
            StringBuilder value = new StringBuilder();
            int end = readValue(header, valueStart, value);
            if (name.equals(key)) {
                return value.toString();
            }
            i = header.indexOf(';', end);
        }
        return null;
    }

    private static int readValue(String header, int start, StringBuilder value) {
        int i = start;
        while (i < header.length() && header.charAt(i) == ' ') {
            i++;
        }
        if (i < header.length() && header.charAt(i) == '"') {
            for (i++; i < header.length() && header.charAt(i) != '"'; i++) {
                if (header.charAt(i) == '\\' && i + 1 < header.length()) {
                    i++;
                }
                value.append(header.charAt(i));
            }
            return i + 1;
        }
        int end = header.indexOf(';', i);
        end = end < 0 ? header.length() : end;
        value.append(header.substring(i, end).trim());
        return end;
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        if (offset + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        int last = data.length - pattern.length;
        for (int i = Math.max(0, from); i <= last; i++) {
            if (data[i] == pattern[0] && startsWith(data, i, pattern)) {
                return i;
            }
        }
        return -1;
    }
}
