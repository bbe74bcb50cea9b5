package dev.b24kit.testportal.internal.crm;

/**
 * An item of an enumeration user field (§7.5): {@code ID}, {@code VALUE}, {@code DEF}, {@code SORT},
 * {@code XML_ID}. Immutable; updates replace it.
 */
public record EnumItem(long id, String value, boolean isDefault, int sort, String xmlId) {
}
