package dev.b24kit.schema.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.b24kit.schema.Dialect;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.ValueRefused;

/**
 * Flags, numbers, amounts, currencies and texts, spelled the way each method family wants them
 * (docs/bitrix24-behavior.md §7.2, §9.2, §12.2). Stateless.
 */
public final class ScalarValues {

    private static final List<String> YES = List.of("y", "yes", "true", "1", "да", "д", "on");
    private static final List<String> NO = List.of("n", "no", "false", "0", "нет", "н", "off");
    private static final Pattern MONEY = Pattern.compile("^\\s*([-+]?[\\d\\s\u00a0]*[.,]?\\d+)\\s*[|\\s]\\s*([A-Za-z]{3})\\s*$");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Za-z]{3}$");

    private ScalarValues() {
    }

    /**
     * A flag as the field wants it: legacy {@code char} flags {@code Y}/{@code N}, legacy boolean user
     * fields {@code 1}/{@code 0} (a user field reads any non-empty string as true, so {@code "N"} would
     * set it), crm.item {@code Y}/{@code N}.
     */
    public static String flag(FieldRef field, Object value, Dialect dialect) {
        boolean on = parseFlag(field, value);
        if (dialect == Dialect.LEGACY && field.custom()) {
            return on ? "1" : "0";
        }
        return on ? "Y" : "N";
    }

    static boolean parseFlag(FieldRef field, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
        if (YES.contains(text)) {
            return true;
        }
        if (NO.contains(text)) {
            return false;
        }
        List<String> accepted = Text.isCyrillic(text) ? List.of("да", "нет") : List.of("yes", "no", "true", "false", "Y", "N", "1", "0");
        throw new ValueRefused(field, value, ValueRefused.Reason.MALFORMED, "is not yes or no", accepted);
    }

    /** A whole number: legacy as text, crm.item as a number. */
    public static Object integer(FieldRef field, Object value, Dialect dialect) {
        BigDecimal number = decimal(field, value);
        if (number.stripTrailingZeros().scale() > 0) {
            throw new ValueRefused(field, value, ValueRefused.Reason.MALFORMED, "is not a whole number", List.of("1500", "42"));
        }
        long whole = number.longValueExact();
        return dialect == Dialect.LEGACY ? Long.toString(whole) : whole;
    }

    /** A number: legacy as plain text, crm.item as a number. */
    public static Object number(FieldRef field, Object value, Dialect dialect) {
        BigDecimal number = decimal(field, value);
        return dialect == Dialect.LEGACY ? number.toPlainString() : number;
    }

    static BigDecimal decimal(FieldRef field, Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        String text = String.valueOf(value).strip().replaceAll("[\\s\u00a0]", "").replace(',', '.');
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ValueRefused(field, value, ValueRefused.Reason.MALFORMED, "is not a number", List.of("1500", "1500.50", "1 500,50"));
        }
    }

    /** An amount with its currency, {@code amount|CURRENCY} ({@code 1500.00|RUB}), from {@code "1500 RUB"}, {@code "1500|RUB"} or a map. */
    public static String money(FieldRef field, Object value) {
        BigDecimal amount;
        String currency;
        if (value instanceof Map<?, ?> map && map.get("amount") != null && map.get("currency") != null) {
            amount = decimal(field, map.get("amount"));
            currency = String.valueOf(map.get("currency"));
        } else {
            Matcher m = MONEY.matcher(String.valueOf(value));
            if (!m.matches()) {
                throw new ValueRefused(field, value, ValueRefused.Reason.MALFORMED, "is not an amount with a currency",
                        List.of("1500|RUB", "1500.50 USD", "{amount: 1500, currency: EUR}"));
            }
            amount = decimal(field, m.group(1));
            currency = m.group(2);
        }
        return amount.setScale(Math.max(2, amount.scale()), RoundingMode.UNNECESSARY).toPlainString() + "|"
                + currency(field, currency);
    }

    /** A three-letter currency code, upper case. */
    public static String currency(FieldRef field, Object value) {
        String text = String.valueOf(value).strip();
        if (!CURRENCY.matcher(text).matches()) {
            throw new ValueRefused(field, value, ValueRefused.Reason.MALFORMED, "is not a currency code", List.of("RUB", "USD", "EUR"));
        }
        return text.toUpperCase(Locale.ROOT);
    }

    /** Text: anything but a list or a map. */
    public static String text(FieldRef field, Object value) {
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            throw new ValueRefused(field, value, ValueRefused.Reason.WRONG_SHAPE, "is not a text", List.of());
        }
        return String.valueOf(value);
    }
}
