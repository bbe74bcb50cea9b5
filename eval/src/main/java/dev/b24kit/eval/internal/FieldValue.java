package dev.b24kit.eval.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Compares a record in the gateway's canonical view ({@code {"STAGE_ID": {"camel", "title", "value", "text"}}})
 * with the value a scenario expects, as people say it: a field by its label, camel or UPPER code; a value
 * by its label ({@code text}) or its raw value; numbers by amount ({@code 5000} is {@code 5000.00}); money as
 * {@code 5000 RUB} (the amount, and the record's currency). Stateless.
 */
final class FieldValue {

    static final Pattern MONEY = Pattern.compile("(-?[0-9]+(?:[.,][0-9]+)?)\\s+([A-Za-z]{3})");

    private FieldValue() {
    }

    /** The field named {@code name}, or null. */
    static JsonNode field(JsonNode record, String name) {
        for (Map.Entry<String, JsonNode> e : record.properties()) {
            JsonNode f = e.getValue();
            if (e.getKey().equalsIgnoreCase(name) || f.path("camel").asString("").equalsIgnoreCase(name)
                    || f.path("title").asString("").equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    /** How the report shows the field: its label and raw value, or "empty". */
    static String find(JsonNode record, String name) {
        JsonNode f = field(record, name);
        if (f == null) {
            return "empty";
        }
        String value = f.path("value").isValueNode() ? f.path("value").asString("") : f.path("value").toString();
        String text = f.path("text").asString("");
        return text.isEmpty() || text.equals(value) ? value : text + " (" + value + ")";
    }

    /** Whether the field holds {@code expected}. */
    static boolean matches(JsonNode record, String name, String expected) {
        JsonNode f = field(record, name);
        if (f == null) {
            return expected.isBlank();
        }
        Matcher money = MONEY.matcher(expected.strip());
        if (money.matches()) {
            JsonNode currency = field(record, "CURRENCY_ID");
            return same(f, money.group(1)) && currency != null && same(currency, money.group(2));
        }
        return same(f, expected.strip());
    }

    private static boolean same(JsonNode f, String expected) {
        String value = f.path("value").isValueNode() ? f.path("value").asString("") : f.path("value").toString();
        String text = f.path("text").asString("");
        if (expected.equalsIgnoreCase(value) || expected.equalsIgnoreCase(text)) {
            return true;
        }
        BigDecimal a = number(expected);
        BigDecimal b = number(value);
        return a != null && b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.replace(',', '.').strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
