package dev.b24kit.testportal.internal.crm;

/**
 * One value of a multi-field ({@code PHONE}, {@code EMAIL}, {@code WEB}, {@code IM}, {@code LINK}; §7.1),
 * with its own portal-wide ID. Immutable.
 *
 * @param typeId    {@code PHONE}, {@code EMAIL}, …
 * @param valueType {@code WORK}, {@code MOBILE}, {@code HOME}, …
 */
public record MultiValue(long id, String typeId, String valueType, String value) {
}
