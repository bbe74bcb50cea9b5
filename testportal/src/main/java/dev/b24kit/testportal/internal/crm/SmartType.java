package dev.b24kit.testportal.internal.crm;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A smart-process type ({@code crm.type.list}, §9.1). Immutable; changes replace it (see
 * {@link SmartTypes}).
 *
 * @param id               the type's own ID ({@code CRM_{id}} is its user-field entity)
 * @param entityTypeId     the entityTypeId its items use (≥ 128)
 * @param options          the {@code is…Enabled} / {@code isSetOpenPermissions} settings that are on,
 *                         besides categories and stages (names as {@link #OPTIONS} spells them)
 * @param relations        the type's links to other entity types ({@code relations.parent}/{@code child})
 * @param linkedUserFields {@code linkedUserFields}: {@code "CALENDAR_EVENT|UF_CRM_CAL_EVENT"} → on/off
 */
public record SmartType(long id, int entityTypeId, String title, String code, long createdBy, Instant createdTime,
                        Instant updatedTime, long updatedBy, boolean categoriesEnabled, boolean stagesEnabled,
                        Set<String> options, List<Relation> relations, Map<String, Boolean> linkedUserFields) {

    /** The on/off settings besides {@code isCategoriesEnabled} and {@code isStagesEnabled}, in the order the portal lists them. */
    public static final List<String> OPTIONS = List.of("isBeginCloseDatesEnabled", "isClientEnabled",
            "isUseInUserfieldEnabled", "isLinkWithProductsEnabled", "isMycompanyEnabled", "isDocumentsEnabled",
            "isSourceEnabled", "isObserversEnabled", "isRecyclebinEnabled", "isAutomationEnabled", "isBizProcEnabled",
            "isSetOpenPermissions", "isPaymentsEnabled", "isCountersEnabled");

    /**
     * A link between this type and another entity type.
     *
     * @param entityTypeId         the other type
     * @param parent               true when the other type is a parent of this one (its items get a
     *                             {@code parentId{other}} field), false when it is a child
     * @param childrenListEnabled  {@code isChildrenListEnabled}
     * @param predefined           {@code isPredefined}: the contact/company links of {@code isClientEnabled}
     */
    public record Relation(int entityTypeId, boolean parent, boolean childrenListEnabled, boolean predefined) {
    }

    public SmartType {
        options = Set.copyOf(options);
        relations = List.copyOf(relations);
        linkedUserFields = Map.copyOf(linkedUserFields);
    }

    /** A type with no options, relations or linked user fields. */
    public SmartType(long id, int entityTypeId, String title, String code, long createdBy, Instant createdTime,
                     Instant updatedTime, long updatedBy, boolean categoriesEnabled, boolean stagesEnabled) {
        this(id, entityTypeId, title, code, createdBy, createdTime, updatedTime, updatedBy, categoriesEnabled,
                stagesEnabled, Set.of(), List.of(), Map.of());
    }

    /** Whether a setting is on: {@code isCategoriesEnabled}, {@code isStagesEnabled} or one of {@link #OPTIONS}. */
    public boolean enabled(String option) {
        return switch (option) {
            case "isCategoriesEnabled" -> categoriesEnabled;
            case "isStagesEnabled" -> stagesEnabled;
            default -> options.contains(option);
        };
    }

    /** {@code CRM_{id}}: the user-field entity of the type's items (§7.5). */
    public String ufEntityId() {
        return "CRM_" + id;
    }
}
