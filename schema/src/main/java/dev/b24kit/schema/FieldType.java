package dev.b24kit.schema;

import java.util.Locale;

/**
 * What kind of value a field holds, as far as value resolution is concerned. The portal's own type
 * name is kept beside it in {@link FieldRef#portalType()} (docs/bitrix24-behavior.md §7.3).
 */
public enum FieldType {
    STRING, INTEGER, DOUBLE, BOOLEAN, DATE, DATETIME, MONEY, ENUMERATION,
    /** {@code crm_status}: a stage, lead status, source or type, by {@link FieldRef#statusType()}. */
    STATUS,
    /** {@code crm_category}: a pipeline. */
    PIPELINE,
    CURRENCY, USER,
    /** {@code crm_multifield}: phones, e-mails, web sites, messengers. */
    MULTIFIELD,
    /** A link to another CRM record by ID ({@code crm_company}, {@code crm_contact}, {@code crm_entity}…). */
    RECORD,
    /** Anything the catalog passes through unchanged (files, addresses, locations, iblock links…). */
    OTHER;

    /** The kind of a portal type name ({@code char} flags are booleans, {@code text} is a string). */
    public static FieldType of(String portalType) {
        return switch (portalType == null ? "" : portalType.toLowerCase(Locale.ROOT)) {
            case "string", "text", "url" -> STRING;
            case "integer" -> INTEGER;
            case "double" -> DOUBLE;
            case "char", "boolean" -> BOOLEAN;
            case "date" -> DATE;
            case "datetime" -> DATETIME;
            case "money" -> MONEY;
            case "enumeration" -> ENUMERATION;
            case "crm_status" -> STATUS;
            case "crm_category" -> PIPELINE;
            case "crm_currency" -> CURRENCY;
            case "user", "employee" -> USER;
            case "crm_multifield" -> MULTIFIELD;
            case "crm_company", "crm_contact", "crm_lead", "crm_quote", "crm_deal", "crm_entity" -> RECORD;
            default -> OTHER;
        };
    }
}
