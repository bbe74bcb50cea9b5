package dev.b24kit.schema.internal;

import java.util.List;

import dev.b24kit.schema.EnumItem;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.ValueRefused;

/**
 * Enumeration values: what a person says (the label, the {@code XML_ID}, or the item ID) → the item ID
 * the portal stores (docs/bitrix24-behavior.md §7.2). A value that is no item's is refused: the portal
 * would store nothing and answer {@code true} (§8). Stateless.
 */
public final class EnumValues {

    private EnumValues() {
    }

    /** The item {@code value} names, by ID, label or XML_ID (ignoring case and spacing). */
    public static EnumItem item(FieldRef field, Object value) {
        String given = String.valueOf(value).strip();
        String key = Text.normalize(given);
        for (EnumItem item : field.items()) {
            if (Long.toString(item.id()).equals(given)) {
                return item;
            }
        }
        List<EnumItem> byLabel = field.items().stream().filter(i -> Text.normalize(i.value()).equals(key)).toList();
        if (byLabel.size() == 1) {
            return byLabel.getFirst();
        }
        if (byLabel.size() > 1) {
            throw new ValueRefused(field, value, ValueRefused.Reason.AMBIGUOUS, "is the label of several items; give the ID",
                    byLabel.stream().map(EnumItem::describe).toList());
        }
        List<EnumItem> byXmlId = field.items().stream().filter(i -> !i.xmlId().isEmpty() && i.xmlId().equalsIgnoreCase(given)).toList();
        if (byXmlId.size() == 1) {
            return byXmlId.getFirst();
        }
        throw new ValueRefused(field, value, ValueRefused.Reason.NOT_IN_LIST,
                "is not an item of this list; the portal would drop it and still answer true (§8)", accepted(field, given));
    }

    /** The items as refusals list them, the closest to {@code given} first. */
    static List<String> accepted(FieldRef field, String given) {
        List<EnumItem> closest = Text.closest(given, field.items(), EnumItem::value, field.items().size());
        return java.util.stream.Stream.concat(closest.stream(), field.items().stream()).distinct()
                .map(EnumItem::describe).toList();
    }
}
