package dev.b24kit.schema;

import java.util.Objects;

/**
 * One item of an enumeration field: what the portal stores is its {@code id} (docs/bitrix24-behavior.md §7.2).
 * Immutable; {@code value} must not be null, a null {@code xmlId} reads as empty.
 *
 * @param id        the item ID
 * @param value     its label, in the one language the portal keeps it in
 * @param xmlId     its external code ({@code XML_ID}); empty when the portal did not say
 * @param sort      its position
 * @param isDefault whether it is the field's default ({@code DEF})
 */
public record EnumItem(long id, String value, String xmlId, int sort, boolean isDefault) {

    public EnumItem {
        Objects.requireNonNull(value, "value");
        xmlId = xmlId == null ? "" : xmlId;
    }

    /** {@code Онлайн (11)}: the label and the ID, as refusals and tables show items. */
    public String describe() {
        return value + " (" + id + ")";
    }
}
