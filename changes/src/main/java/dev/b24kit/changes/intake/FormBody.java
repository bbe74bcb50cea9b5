package dev.b24kit.changes.intake;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form-encoded body with PHP bracket keys kept flat ({@code data[FIELDS][ID]}), which is all the
 * intake needs: it reads three keys. The first occurrence of a key wins.
 */
final class FormBody {

    private FormBody() {
    }

    /** @throws IllegalArgumentException a bad percent-escape */
    static Map<String, String> parse(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.putIfAbsent(key, value);
        }
        return fields;
    }
}
