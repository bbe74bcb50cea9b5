package dev.b24kit.schema.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.b24kit.schema.Dialect;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.ValueRefused;

/**
 * Phones, e-mails, web sites, messengers and links (docs/bitrix24-behavior.md §7.1, §7.2, §9.2): from
 * {@code "+7 999 123-45-67"}, {@code "MOBILE: +7 999 123-45-67"}, a map {@code {value, type}} or a list
 * of those, to {@code [{"VALUE", "VALUE_TYPE"}]} for the legacy methods or {@code fm} entries
 * {@code {"typeId", "valueType", "value"}} for crm.item. Values are appended by the portal, never
 * replacing the list (§7.1). Stateless.
 */
public final class MultiFieldValues {

    private static final Map<String, List<String>> TYPES = Map.of(
            "PHONE", List.of("WORK", "MOBILE", "FAX", "HOME", "PAGER", "MAILING", "OTHER"),
            "EMAIL", List.of("WORK", "HOME", "MAILING", "OTHER"),
            "WEB", List.of("WORK", "HOME", "FACEBOOK", "VK", "LIVEJOURNAL", "TWITTER", "OTHER"),
            "IM", List.of("SKYPE", "ICQ", "MSN", "JABBER", "TELEGRAM", "VK", "FACEBOOK", "INSTAGRAM", "VIBER",
                    "WHATSAPP", "IMOL", "OTHER"),
            "LINK", List.of("USER"));
    private static final Map<String, String> RUSSIAN = Map.of("рабочий", "WORK", "мобильный", "MOBILE", "домашний", "HOME",
            "факс", "FAX", "пейджер", "PAGER", "для рассылок", "MAILING", "другой", "OTHER");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[\\d\\s().-]{5,}$");

    private MultiFieldValues() {
    }

    /** The values of one multi-field ({@code PHONE}…) in the dialect's shape. */
    public static List<Map<String, Object>> values(FieldRef field, Object value, Dialect dialect) {
        List<Object> given = value instanceof List<?> list ? new ArrayList<>(list) : List.of(value);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object one : given) {
            String[] typeAndValue = typeAndValue(one);
            String type = type(field, one, typeAndValue[0]);
            String text = check(field, one, typeAndValue[1].strip());
            Map<String, Object> entry = new LinkedHashMap<>();
            if (dialect == Dialect.LEGACY) {
                entry.put("VALUE", text);
                entry.put("VALUE_TYPE", type);
            } else {
                entry.put("typeId", field.upper());
                entry.put("valueType", type);
                entry.put("value", text);
            }
            out.add(entry);
        }
        return out;
    }

    private static String[] typeAndValue(Object one) {
        if (one instanceof Map<?, ?> map) {
            Object v = first(map, "value", "VALUE");
            Object t = first(map, "type", "valueType", "VALUE_TYPE");
            return new String[] {t == null ? null : t.toString(), v == null ? "" : v.toString()};
        }
        String text = String.valueOf(one);
        int colon = text.indexOf(':');
        // "MOBILE: +7 …" names a type; "https://…" does not
        if (colon > 0 && text.substring(0, colon).matches("[\\p{L} ]+") && !text.startsWith("http")) {
            return new String[] {text.substring(0, colon), text.substring(colon + 1)};
        }
        return new String[] {null, text};
    }

    private static Object first(Map<?, ?> map, String... keys) {
        for (String key : keys) {
            if (map.get(key) != null) {
                return map.get(key);
            }
        }
        return null;
    }

    private static String type(FieldRef field, Object one, String given) {
        List<String> allowed = TYPES.getOrDefault(field.upper(), List.of("WORK", "OTHER"));
        if (given == null || given.isBlank()) {
            return allowed.getFirst();
        }
        String type = RUSSIAN.getOrDefault(Text.normalize(given), given.strip().toUpperCase(Locale.ROOT));
        if (!allowed.contains(type)) {
            throw new ValueRefused(field, one, ValueRefused.Reason.NOT_IN_LIST, "has no type '" + given + "' for " + field.upper(),
                    Text.isCyrillic(given) ? RUSSIAN.keySet().stream().sorted().toList() : allowed);
        }
        return type;
    }

    private static String check(FieldRef field, Object one, String text) {
        boolean ok = switch (field.upper()) {
            case "EMAIL" -> EMAIL.matcher(text).matches();
            case "PHONE" -> PHONE.matcher(text).matches() && text.replaceAll("\\D", "").length() >= 5;
            default -> !text.isEmpty();
        };
        if (!ok) {
            throw new ValueRefused(field, one, ValueRefused.Reason.MALFORMED, "is not a valid " + field.upper().toLowerCase(Locale.ROOT),
                    field.upper().equals("EMAIL") ? List.of("name@example.com") : field.upper().equals("PHONE")
                            ? List.of("+7 999 123-45-67", "MOBILE: +7 999 123-45-67") : List.of());
        }
        return text;
    }
}
