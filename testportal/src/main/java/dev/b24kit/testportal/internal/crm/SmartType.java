package dev.b24kit.testportal.internal.crm;

import java.time.Instant;

/**
 * A smart-process type ({@code crm.type.list}, §9.1). Immutable.
 *
 * @param id           the type's own ID ({@code CRM_{id}} is its user-field entity)
 * @param entityTypeId the entityTypeId its items use (≥ 128)
 */
public record SmartType(long id, int entityTypeId, String title, String code, long createdBy, Instant createdTime,
                        Instant updatedTime, long updatedBy, boolean categoriesEnabled, boolean stagesEnabled) {
}
