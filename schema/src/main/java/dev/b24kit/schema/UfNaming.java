package dev.b24kit.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The conversion between a field's UPPER name in the legacy methods ({@code UF_CRM_1721244482250},
 * {@code ASSIGNED_BY_ID}) and its camel name in {@code crm.item.*} ({@code ufCrm_1721244482250},
 * {@code assignedById}), exactly as the portal's converter does it (docs/bitrix24-behavior.md §9.3).
 * The rule is not uniform: a deal's {@code UF_CRM_<digits>} keeps an underscore ({@code ufCrm_<digits>}),
 * a smart process's {@code UF_CRM_<type>_<digits>} does not ({@code ufCrm<type>_<digits>}), and names
 * mixing letters and digits keep their tail verbatim ({@code UF_CRM_3_DIGIT10} → {@code ufCrm_3_DIGIT10}).
 *
 * <p>The static methods convert one name without knowing the entity's other fields. A
 * {@link Registry} knows them and applies the collision rule: when a camel name is already taken by
 * another field, the UPPER name is kept as the camel name too. System fields whose crm.item names are
 * not derived by this rule ({@code DATE_CREATE} ↔ {@code createdTime}) are known only from
 * {@code crm.item.fields}; the catalog takes them from there.
 *
 * <p>Stateless and thread-safe, except {@link Registry}, which is not thread-safe. Arguments must not
 * be null ({@link NullPointerException}).
 */
public final class UfNaming {

    // UPPER names the converter treats as "regular" (§9.3 rule 1); everything else starting with UF_ is
    // converted by keeping the tail verbatim (rule 3)
    private static final Pattern UPPER_LETTERS = Pattern.compile("^[A-Z_]+$");
    private static final Pattern UPPER_TYPE_DIGITS = Pattern.compile("^UF_CRM_\\d{1,4}_[\\d_]+$");
    private static final Pattern UPPER_TYPE_LETTERS = Pattern.compile("^UF_CRM_\\d{1,4}_[A-Z_]+$");
    private static final Pattern CAMEL_LETTERS = Pattern.compile("^[A-Za-z_]+$");
    private static final Pattern CAMEL_TYPE_DIGITS = Pattern.compile("^ufCrm\\d{1,4}_[\\d_]+$");
    private static final Pattern CAMEL_TYPE_LETTERS = Pattern.compile("^ufCrm\\d{1,4}[A-Za-z_]+$");
    private static final Pattern DIGIT_UNDERSCORE_DIGIT = Pattern.compile("(\\d)_(\\d)");
    private static final String KEPT_UNDERSCORE = "~~~";

    private UfNaming() {
    }

    /** The crm.item name of an UPPER name, by §9.3 rules 1–3 (no collision check). */
    public static String toCamel(String upper) {
        Objects.requireNonNull(upper, "upper");
        boolean regular = UPPER_LETTERS.matcher(upper).matches() || UPPER_TYPE_DIGITS.matcher(upper).matches()
                || UPPER_TYPE_LETTERS.matcher(upper).matches();
        if (!regular && startsWithIgnoringCase(upper, "UF_")) {
            if (startsWithIgnoringCase(upper, "UF_CRM_")) {
                return "ufCrm_" + upper.substring(7);
            }
            if (startsWithIgnoringCase(upper, "UF_CRM")) {
                return "ufCrm" + upper.substring(6);
            }
            return "uf" + upper.substring(3);
        }
        // an underscore between two digits survives (non-overlapping, as PHP's preg_replace finds them)
        String marked = DIGIT_UNDERSCORE_DIGIT.matcher(upper).replaceAll("$1" + KEPT_UNDERSCORE + "$2");
        StringBuilder camel = new StringBuilder(marked.length());
        for (String part : marked.split("_", -1)) {
            String lower = part.toLowerCase(java.util.Locale.ROOT);
            camel.append(lower.isEmpty() ? "" : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        if (!camel.isEmpty()) {
            camel.setCharAt(0, Character.toLowerCase(camel.charAt(0)));
        }
        return camel.toString().replace(KEPT_UNDERSCORE, "_");
    }

    /** The UPPER name of a crm.item name, the §9.3 rules run backwards (no registry). */
    public static String toUpper(String camel) {
        Objects.requireNonNull(camel, "camel");
        boolean regular = CAMEL_LETTERS.matcher(camel).matches() || CAMEL_TYPE_DIGITS.matcher(camel).matches()
                || CAMEL_TYPE_LETTERS.matcher(camel).matches();
        if (!regular && startsWithIgnoringCase(camel, "uf")) {
            if (camel.startsWith("ufCrm_")) {
                return "UF_CRM_" + camel.substring(6);
            }
            if (camel.startsWith("ufCrm")) {
                return "UF_CRM" + camel.substring(5);
            }
            return "UF_" + camel.substring(2);
        }
        // humps, then letter/digit boundaries become "_", then upper case
        String snake = camel.replaceAll("(.)([A-Z])", "$1_$2");
        snake = snake.replaceAll("(\\d+)([A-Za-z])", "$1_$2").replaceAll("([A-Za-z])(\\d)", "$1_$2");
        return snake.toUpperCase(java.util.Locale.ROOT);
    }

    private static boolean startsWithIgnoringCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /**
     * The names of one entity's fields in both spellings, registered in the portal's order, with the
     * collision rule (§9.3 rule 4): a camel name already taken by another field leaves the later
     * field's camel name equal to its UPPER name. Names not registered convert by the static rules.
     * Not thread-safe; build it, then share it read-only.
     */
    public static final class Registry {
        private final Map<String, String> camelByUpper = new HashMap<>();
        private final Map<String, String> upperByCamel = new HashMap<>();

        /** A registry of {@code upperNames}, registered in order. */
        public static Registry of(List<String> upperNames) {
            Registry registry = new Registry();
            upperNames.forEach(registry::register);
            return registry;
        }

        /** Registers {@code upper} (again: no change) and answers its camel name. */
        public String register(String upper) {
            String known = camelByUpper.get(upper);
            if (known != null) {
                return known;
            }
            String camel = toCamel(upper);
            if (upperByCamel.containsKey(camel) && !upperByCamel.get(camel).equals(upper)) {
                camel = upper; // collision: keep the UPPER name
            }
            camelByUpper.put(upper, camel);
            upperByCamel.putIfAbsent(camel, upper);
            return camel;
        }

        /** The camel name of {@code upper}: registered, or by the rule. */
        public String camel(String upper) {
            return camelByUpper.getOrDefault(upper, toCamel(upper));
        }

        /**
         * The UPPER name of {@code camel}. A registered UPPER name is answered unchanged (crm.item accepts
         * both spellings of a known field); a registered camel name by its field; anything else by the rule.
         */
        public String upper(String camel) {
            if (camelByUpper.containsKey(camel)) {
                return camel;
            }
            String known = upperByCamel.get(camel);
            return known != null ? known : toUpper(camel);
        }
    }
}
