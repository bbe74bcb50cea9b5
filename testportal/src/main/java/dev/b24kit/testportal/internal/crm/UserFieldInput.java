package dev.b24kit.testportal.internal.crm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * Reads the parts of a {@code crm.*.userfield.add/update} {@code fields} array (§7.5): Y/N flags,
 * {@code SORT}, {@code XML_ID}, {@code SHOW_FILTER}, the five label kinds (a string goes to every
 * language; a language map fills the given languages; {@code LABEL} fills what is not given) and
 * {@code SETTINGS} merged over the type's defaults.
 */
final class UserFieldInput {

    /** The languages a cloud portal keeps labels for (crm-deal-userfield-get.md sample). */
    static final List<String> LANGUAGES = List.of("ar", "br", "de", "en", "fr", "hi", "id", "in", "it", "ja", "kz",
            "la", "ms", "pl", "ru", "sc", "tc", "th", "tr", "ua", "vn");
    static final List<String> LABEL_KINDS = List.of("EDIT_FORM_LABEL", "LIST_COLUMN_LABEL", "LIST_FILTER_LABEL",
            "ERROR_MESSAGE", "HELP_MESSAGE");

    private UserFieldInput() {
    }

    static boolean flag(Map<String, Object> fields, String name, boolean fallback) {
        Object value = PhpArrays.getIgnoreCase(fields, name);
        if (value == null) {
            return fallback;
        }
        String text = PhpArrays.string(value).trim().toUpperCase(Locale.ROOT);
        return text.equals("Y") || text.equals("1") || text.equals("TRUE");
    }

    static int sort(Map<String, Object> fields, int fallback) {
        Object value = PhpArrays.getIgnoreCase(fields, "SORT");
        if (value == null) {
            return fallback;
        }
        try {
            int sort = Integer.parseInt(PhpArrays.string(value).trim());
            return sort > 0 ? sort : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static String xmlId(Map<String, Object> fields, String fallback) {
        Object value = PhpArrays.getIgnoreCase(fields, "XML_ID");
        return value == null ? fallback : PhpArrays.string(value);
    }

    /** {@code SHOW_FILTER}: {@code N}, {@code I}, {@code E}, {@code S}; {@code Y} means {@code E}. */
    static String showFilter(Map<String, Object> fields, String fallback) {
        Object value = PhpArrays.getIgnoreCase(fields, "SHOW_FILTER");
        if (value == null) {
            return fallback;
        }
        String text = PhpArrays.string(value).trim().toUpperCase(Locale.ROOT);
        return switch (text) {
            case "Y", "1" -> "E";
            case "I", "E", "S" -> text;
            default -> "N";
        };
    }

    /** The labels after applying {@code fields} to {@code old}. */
    static Map<String, Map<String, String>> labels(Map<String, Object> fields, Map<String, Map<String, String>> old) {
        Object defaultLabel = PhpArrays.getIgnoreCase(fields, "LABEL");
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (String kind : LABEL_KINDS) {
            Object given = PhpArrays.getIgnoreCase(fields, kind);
            Map<String, String> previous = old.get(kind);
            if (given == null && defaultLabel == null && previous != null) {
                labels.put(kind, previous);
                continue;
            }
            Map<String, String> byLanguage = new LinkedHashMap<>();
            Map<String, Object> map = PhpArrays.asArray(given);
            for (String language : LANGUAGES) {
                String text;
                if (map != null) {
                    Object value = map.get(language);
                    text = value != null ? PhpArrays.string(value) : fallback(defaultLabel, previous, language);
                } else if (given != null) {
                    text = PhpArrays.string(given);
                } else {
                    text = fallback(defaultLabel, previous, language);
                }
                byLanguage.put(language, text);
            }
            labels.put(kind, byLanguage);
        }
        return labels;
    }

    private static String fallback(Object defaultLabel, Map<String, String> previous, String language) {
        if (defaultLabel != null) {
            return PhpArrays.string(defaultLabel);
        }
        return previous == null ? "" : previous.getOrDefault(language, "");
    }

    /** {@code SETTINGS}: the type's defaults (or the old settings), with the given keys replaced. */
    static Map<String, Object> settings(FieldType type, Map<String, Object> old, Object given) {
        Map<String, Object> settings = new LinkedHashMap<>(old != null ? old : defaults(type));
        Map<String, Object> map = PhpArrays.asArray(given);
        if (map != null) {
            for (Map.Entry<String, Object> entry : map.entrySet()) {
                settings.put(entry.getKey().toUpperCase(Locale.ROOT), entry.getValue());
            }
        }
        return settings;
    }

    /** The settings a new field of a type gets on a cloud portal. */
    private static Map<String, Object> defaults(FieldType type) {
        Map<String, Object> settings = new LinkedHashMap<>();
        switch (type) {
            case STRING -> {
                settings.put("SIZE", 20L);
                settings.put("ROWS", 1L);
                settings.put("REGEXP", "");
                settings.put("MIN_LENGTH", 0L);
                settings.put("MAX_LENGTH", 0L);
                settings.put("DEFAULT_VALUE", "");
            }
            case INTEGER -> {
                settings.put("SIZE", 20L);
                settings.put("MIN_VALUE", 0L);
                settings.put("MAX_VALUE", 0L);
                settings.put("DEFAULT_VALUE", null);
            }
            case DOUBLE -> {
                settings.put("PRECISION", 2L);
                settings.put("SIZE", 20L);
                settings.put("MIN_VALUE", 0.0);
                settings.put("MAX_VALUE", 0.0);
                settings.put("DEFAULT_VALUE", null);
            }
            case BOOLEAN -> {
                settings.put("DEFAULT_VALUE", 0L);
                settings.put("DISPLAY", "CHECKBOX");
                settings.put("LABEL", PhpArrays.listOf(List.of("", "")));
                settings.put("LABEL_CHECKBOX", "");
            }
            case DATE, DATETIME -> {
                Map<String, Object> defaultValue = new LinkedHashMap<>();
                defaultValue.put("TYPE", "NONE");
                defaultValue.put("VALUE", "");
                settings.put("DEFAULT_VALUE", defaultValue);
                if (type == FieldType.DATETIME) {
                    settings.put("USE_SECOND", "Y");
                    settings.put("USE_TIMEZONE", "N");
                }
            }
            case ENUMERATION -> {
                settings.put("DISPLAY", "LIST");
                settings.put("LIST_HEIGHT", 1L);
                settings.put("CAPTION_NO_VALUE", "");
                settings.put("SHOW_NO_VALUE", "Y");
            }
            default -> {
                // other types start without settings
            }
        }
        return settings;
    }
}
