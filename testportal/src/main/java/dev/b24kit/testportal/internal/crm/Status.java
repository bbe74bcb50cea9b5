package dev.b24kit.testportal.internal.crm;

/**
 * A row of {@code crm.status.list} (§7.4): a stage, a source, a type… Immutable.
 *
 * @param entityId   {@code DEAL_STAGE}, {@code DEAL_STAGE_3}, {@code SOURCE}, {@code DYNAMIC_128_STAGE_5}, …
 * @param statusId   {@code NEW}, {@code C3:NEW}, {@code DT128_5:NEW}, {@code CALLBACK}, …
 * @param categoryId the pipeline for stages of a non-default pipeline, else null
 * @param semantics  null (in progress), {@code S} (success) or {@code F} (failure)
 */
public record Status(long id, String entityId, String statusId, String name, String nameInit, int sort,
                     boolean system, Long categoryId, String color, String semantics) {

    /** {@code P}, {@code S} or {@code F}, as {@code STAGE_SEMANTIC_ID} reports it. */
    public String semanticId() {
        return semantics == null ? "P" : semantics;
    }
}
