package dev.b24kit.schema;

/**
 * The two ways the portal names fields and spells values (docs/bitrix24-behavior.md §7, §9, §12.2).
 */
public enum Dialect {
    /** {@code crm.deal.*}, {@code crm.contact.*}, {@code crm.company.*}, {@code crm.lead.*}: UPPER names, values as strings. */
    LEGACY,
    /** {@code crm.item.*}: camel names, native JSON numbers, {@code "Y"}/{@code "N"} flags, multi-fields in {@code fm}. */
    ITEM
}
