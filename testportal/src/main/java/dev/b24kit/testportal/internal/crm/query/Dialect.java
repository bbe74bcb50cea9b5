package dev.b24kit.testportal.internal.crm.query;

/**
 * Which list API a filter or order comes from. Legacy {@code crm.*.list} ignores fields it does not
 * know; {@code crm.item.list} refuses them with {@code INVALID_ARG_VALUE} and accepts OR groups (§6.4, §3.2).
 */
public enum Dialect { LEGACY, ITEM }
