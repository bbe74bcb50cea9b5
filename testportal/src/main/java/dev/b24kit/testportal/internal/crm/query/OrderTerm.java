package dev.b24kit.testportal.internal.crm.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.RestError;

/** One {@code order} entry: a field and a direction (§6.4). */
public record OrderTerm(FieldDef field, boolean ascending) {

    /**
     * Parses {@code order} ({@code {FIELD: "ASC"|"DESC"}}). Legacy lists ignore unknown fields and refuse
     * a bad direction with {@code Order direction should be one of {ASC|DESC}}; crm.item refuses both
     * with {@code INVALID_ARG_VALUE}.
     */
    public static List<OrderTerm> parse(Object order, Function<String, FieldDef> resolver, Dialect dialect) {
        Map<String, Object> array = PhpArrays.asArray(order);
        List<OrderTerm> terms = new ArrayList<>();
        if (array == null) {
            return terms;
        }
        for (Map.Entry<String, Object> entry : array.entrySet()) {
            String direction = PhpArrays.string(entry.getValue()).trim().toUpperCase(Locale.ROOT);
            FieldDef field = resolver.apply(entry.getKey());
            if (!direction.equals("ASC") && !direction.equals("DESC")) {
                throw dialect == Dialect.ITEM
                        ? RestError.of("INVALID_ARG_VALUE", "Invalid order: allowed sort directions are ASC, DESC."
                                + " But got '" + PhpArrays.string(entry.getValue()) + "' for field '" + entry.getKey() + "'")
                        : RestError.legacy("Order direction should be one of {ASC|DESC}");
            }
            if (field == null) {
                if (dialect == Dialect.ITEM) {
                    throw RestError.of("INVALID_ARG_VALUE", "Invalid order: field '" + entry.getKey() + "' is not allowed in order");
                }
                continue;
            }
            terms.add(new OrderTerm(field, direction.equals("ASC")));
        }
        return terms;
    }
}
