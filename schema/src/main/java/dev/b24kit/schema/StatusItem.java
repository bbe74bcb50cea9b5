package dev.b24kit.schema;

import java.util.Objects;

/**
 * One row of a {@code crm.status} list: a stage, a lead status, a source, a type
 * (docs/bitrix24-behavior.md §7.4). Immutable; null name and semantics read as empty.
 *
 * @param entityId   the list ({@code DEAL_STAGE_1}, {@code SOURCE}, {@code DYNAMIC_1030_STAGE_3})
 * @param statusId   what the API stores ({@code C1:NEW}, {@code CALLBACK})
 * @param name       its label
 * @param sort       its position
 * @param categoryId the pipeline of a stage; null for other lists and the default deal pipeline's rows
 * @param semantics  {@code process}, {@code success}, {@code failure} or {@code apology} for stages; empty otherwise
 */
public record StatusItem(String entityId, String statusId, String name, int sort, Integer categoryId, String semantics) {

    public StatusItem {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(statusId, "statusId");
        name = name == null ? "" : name;
        semantics = semantics == null ? "" : semantics;
    }

    /** {@code Новая (C1:NEW)}. */
    public String describe() {
        return name + " (" + statusId + ")";
    }
}
