package dev.b24kit.testportal.internal.crm;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The conversion between legacy UPPER field names and crm.item camelCase names, exactly as
 * {@code Bitrix\Crm\Service\Converter} does it (§9.3), without the cache: the cache is the entity's
 * {@link Schema}, which knows each field under both names, and {@link #camelFor(Schema, String)}
 * applies the collision rule against it.
 *
 * <p>Note the asymmetry: {@code UF_CRM_1747309879 ⇄ ufCrm_1747309879} (the "simplified" path keeps
 * the underscore), but {@code UF_CRM_3_1747309727 ⇄ ufCrm3_1747309727} (the "regular" path drops it).
 */
public final class UfNames {

    private static final Pattern UPPER_LETTERS = Pattern.compile("^[A-Z_]+$");
    private static final Pattern UPPER_TYPED_DIGITS = Pattern.compile("^UF_CRM_\\d{1,4}_[\\d_]+$");
    private static final Pattern UPPER_TYPED_LETTERS = Pattern.compile("^UF_CRM_\\d{1,4}_[A-Z_]+$");
    private static final Pattern CAMEL_LETTERS = Pattern.compile("^[A-Za-z_]+$");
    private static final Pattern CAMEL_TYPED_DIGITS = Pattern.compile("^ufCrm\\d{1,4}_[\\d_]+$");
    private static final Pattern CAMEL_TYPED_LETTERS = Pattern.compile("^ufCrm\\d{1,4}[A-Za-z_]+$");
    private static final Pattern DIGIT_UNDERSCORE_DIGIT = Pattern.compile("(\\d)_(\\d)");
    private static final String GLUE = "~~~";

    private UfNames() {
    }

    /** UPPER → camel, without the cache ({@code convertFieldNameFromUpperCaseToCamelCase}). */
    public static String toCamel(String upper) {
        boolean regular = UPPER_LETTERS.matcher(upper).matches() || UPPER_TYPED_DIGITS.matcher(upper).matches()
                || UPPER_TYPED_LETTERS.matcher(upper).matches();
        if (!regular && startsWithIgnoreCase(upper, "UF_")) {
            if (startsWithIgnoreCase(upper, "UF_CRM_")) {
                return "ufCrm_" + upper.substring(7);
            }
            if (startsWithIgnoreCase(upper, "UF_CRM")) {
                return "ufCrm" + upper.substring(6);
            }
            return "uf" + upper.substring(3);
        }
        String glued = DIGIT_UNDERSCORE_DIGIT.matcher(upper).replaceAll("$1" + GLUE + "$2");
        StringBuilder camel = new StringBuilder();
        for (String part : glued.split("_", -1)) {
            String lower = part.toLowerCase(Locale.ROOT);
            camel.append(lower.isEmpty() ? "" : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        String result = camel.isEmpty() ? "" : Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
        return result.replace(GLUE, "_");
    }

    /** camel → UPPER, without the cache ({@code convertFieldNameFromCamelCaseToUpperCase}). */
    public static String toUpper(String camel) {
        boolean regular = CAMEL_LETTERS.matcher(camel).matches() || CAMEL_TYPED_DIGITS.matcher(camel).matches()
                || CAMEL_TYPED_LETTERS.matcher(camel).matches();
        if (!regular && startsWithIgnoreCase(camel, "uf")) {
            if (camel.startsWith("ufCrm_")) {
                return "UF_CRM_" + camel.substring(6);
            }
            if (camel.startsWith("ufCrm")) {
                return "UF_CRM" + camel.substring(5);
            }
            return "UF_" + camel.substring(2);
        }
        return snake(camel).toUpperCase(Locale.ROOT);
    }

    /**
     * The crm.item name a new field {@code upper} gets in {@code schema}: the converted name, or the
     * UPPER name itself when another field already uses the converted name (the collision rule).
     */
    public static String camelFor(Schema schema, String upper) {
        String camel = toCamel(upper);
        FieldDef holder = schema.byItemName(camel);
        return holder != null && !holder.code().equals(upper) ? upper : camel;
    }

    /** Camel humps and letter/digit boundaries become underscores: {@code ufCrm3Digit → uf_Crm_3_Digit}, {@code ID → I_D}. */
    private static String snake(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (i > 0 && out.charAt(out.length() - 1) != '_' && c != '_') {
                char previous = camel.charAt(i - 1);
                boolean hump = Character.isUpperCase(c);
                boolean digitBoundary = Character.isDigit(c) != Character.isDigit(previous) && previous != '_';
                if (hump || digitBoundary) {
                    out.append('_');
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
