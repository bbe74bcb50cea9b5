package dev.b24kit.testportal.internal.crm;

import java.util.Locale;

/**
 * The field types of {@code crm.*.fields} (§7.3), with the Java type a value of that type is held in
 * inside the portal (one representation, rendered differently by the legacy and the crm.item methods):
 * <ul>
 *   <li>{@code Long}: integer, user, employee, crm_company, crm_contact, crm_lead, crm_quote, crm_category, enumeration (item ID), iblock_section, iblock_element</li>
 *   <li>{@code BigDecimal}: double</li>
 *   <li>{@code String}: string, char ({@code "Y"}/{@code "N"}), crm_status, crm_currency, url, money ({@code "100.00|RUB"}), crm, location, address, file</li>
 *   <li>{@code Boolean}: boolean (user fields)</li>
 *   <li>{@code LocalDate}: date; {@code Instant}: datetime</li>
 *   <li>{@code List<MultiValue>}: crm_multifield ({@code PHONE}, {@code EMAIL}, …)</li>
 * </ul>
 * A multiple field holds a {@code List} of such values; an empty value is {@code null}.
 */
public enum FieldType {
    INTEGER, DOUBLE, STRING, CHAR, DATE, DATETIME, USER, EMPLOYEE, LOCATION, CRM_STATUS, CRM_CATEGORY,
    CRM_CURRENCY, CRM_COMPANY, CRM_CONTACT, CRM_LEAD, CRM_QUOTE, CRM_MULTIFIELD, CRM_ENTITY, CRM, FILE, URL,
    MONEY, BOOLEAN, ENUMERATION, ADDRESS, IBLOCK_SECTION, IBLOCK_ELEMENT;

    /** The type name on the wire ({@code crm_status}, {@code enumeration}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type of a user field's {@code USER_TYPE_ID}, or null when the portal does not model it. */
    public static FieldType ofUserType(String userTypeId) {
        if (userTypeId == null) {
            return null;
        }
        return switch (userTypeId.toLowerCase(Locale.ROOT)) {
            case "string" -> STRING;
            case "integer" -> INTEGER;
            case "double" -> DOUBLE;
            case "boolean" -> BOOLEAN;
            case "date" -> DATE;
            case "datetime" -> DATETIME;
            case "money" -> MONEY;
            case "url" -> URL;
            case "address" -> ADDRESS;
            case "enumeration" -> ENUMERATION;
            case "file" -> FILE;
            case "employee" -> EMPLOYEE;
            case "crm_status" -> CRM_STATUS;
            case "crm" -> CRM;
            case "iblock_section" -> IBLOCK_SECTION;
            case "iblock_element" -> IBLOCK_ELEMENT;
            default -> null;
        };
    }

    /** Whether values are numeric IDs held as {@code Long}. */
    public boolean holdsLong() {
        return switch (this) {
            case INTEGER, USER, EMPLOYEE, CRM_COMPANY, CRM_CONTACT, CRM_LEAD, CRM_QUOTE, CRM_CATEGORY, ENUMERATION,
                 IBLOCK_SECTION, IBLOCK_ELEMENT -> true;
            default -> false;
        };
    }
}
