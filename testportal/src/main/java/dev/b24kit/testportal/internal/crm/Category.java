package dev.b24kit.testportal.internal.crm;

/**
 * A pipeline ({@code crm.category.list}, §7.4). Immutable. The default pipeline of deals has ID 0.
 */
public record Category(long id, int entityTypeId, String name, int sort, boolean isDefault, String originId,
                       String originatorId) {
}
