package dev.b24kit.testportal.internal.crm;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates, changes and removes smart-process types (§9.1) in a {@link CrmStore}: the {@link SmartType},
 * its {@link EntityType} {@code DYNAMIC_{entityTypeId}} with user-field entity {@code CRM_{id}}, the
 * system fields ({@link SmartProcessFields}), the default pipeline "Общая" with the default smart-process
 * stages ({@code DT{entityTypeId}_{categoryId}:NEW} …), and the {@code parentId{X}} fields its relations
 * imply. Runs under the portal state lock.
 *
 * <p>entityTypeIds are assigned as a current cloud portal assigns them: even numbers from 1030 up
 * (1030, 1032, …). A caller may pick one itself in the ranges the portal allows: 128–191, or an even
 * number ≥ 1030.
 */
public final class SmartTypes {

    /** The first automatically assigned entityTypeId. */
    public static final int FIRST_ENTITY_TYPE_ID = 1030;

    /** What {@code crm.type.add}/{@code update} sets. */
    public record Settings(String title, String code, boolean categoriesEnabled, boolean stagesEnabled,
                           Set<String> options, List<SmartType.Relation> relations,
                           Map<String, Boolean> linkedUserFields) {
    }

    private SmartTypes() {
    }

    /** Whether a caller-chosen entityTypeId is one the portal accepts for a new smart process. */
    public static boolean allowedEntityTypeId(long entityTypeId) {
        return (entityTypeId >= 128 && entityTypeId < 192) || (entityTypeId >= FIRST_ENTITY_TYPE_ID
                && entityTypeId % 2 == 0 && entityTypeId <= Integer.MAX_VALUE);
    }

    /** The next free automatically assigned entityTypeId. */
    public static int nextEntityTypeId(CrmStore store) {
        int next = FIRST_ENTITY_TYPE_ID;
        for (EntityType type : store.types()) {
            if (type.entityTypeId() >= next) {
                next = type.entityTypeId() + (type.entityTypeId() % 2 == 0 ? 2 : 1);
            }
        }
        return next;
    }

    /** Creates a smart process; {@code entityTypeId} must be free and allowed (the caller checks). */
    public static SmartType create(CrmStore store, int entityTypeId, Settings settings, long userId, Instant now) {
        SmartType type = new SmartType(store.nextSmartTypeId(), entityTypeId, settings.title(), settings.code(),
                userId, now, now, userId, settings.categoriesEnabled(), settings.stagesEnabled(), settings.options(),
                settings.relations(), settings.linkedUserFields());
        EntityType entity = new EntityType(entityTypeId, "DYNAMIC_" + entityTypeId, type.ufEntityId(), type);
        Category category = Pipelines.create(store, entityTypeId, null, "Общая", 500, true,
                Pipelines.SMART_PROCESS_STAGES);
        SmartProcessFields.install(entity.schema(), entityTypeId, category.id());
        store.add(entity);
        linkRelations(store, type, List.of());
        return type;
    }

    /** Changes the settings of a smart process, keeping its id, entityTypeId, creator and creation time. */
    public static SmartType update(CrmStore store, SmartType old, Settings settings, long userId, Instant now) {
        SmartType type = new SmartType(old.id(), old.entityTypeId(), settings.title(), settings.code(),
                old.createdBy(), old.createdTime(), now, userId, settings.categoriesEnabled(),
                settings.stagesEnabled(), settings.options(), settings.relations(), settings.linkedUserFields());
        store.type(old.entityTypeId()).smartType(type);
        linkRelations(store, type, old.relations());
        return type;
    }

    /** Removes a smart process with its pipelines, stages and the parent fields pointing at it. */
    public static void delete(CrmStore store, SmartType type) {
        int entityTypeId = type.entityTypeId();
        for (Category category : store.categories(entityTypeId)) {
            for (Status stage : store.stages(entityTypeId, category.id())) {
                store.removeStatus(stage.id());
            }
            store.removeCategory(entityTypeId, category.id());
        }
        store.remove(entityTypeId);
        for (EntityType other : store.types()) {
            other.schema().remove(parentCode(entityTypeId));
        }
    }

    /** {@code PARENT_ID_{entityTypeId}}: the field a child's items link a parent item with. */
    public static String parentCode(int parentEntityTypeId) {
        return "PARENT_ID_" + parentEntityTypeId;
    }

    /**
     * Adds the {@code parentId} fields of new relations and removes those of dropped ones: a parent
     * relation gives this type's items {@code parentId{other}}, a child relation gives the other type's
     * items {@code parentId{this}}. The predefined client links are the company/contact fields instead.
     */
    private static void linkRelations(CrmStore store, SmartType type, List<SmartType.Relation> before) {
        Set<SmartType.Relation> kept = new HashSet<>();
        for (SmartType.Relation relation : type.relations()) {
            if (!relation.predefined()) {
                kept.add(new SmartType.Relation(relation.entityTypeId(), relation.parent(), false, false));
                link(store, type, relation, true);
            }
        }
        for (SmartType.Relation relation : before) {
            SmartType.Relation key = new SmartType.Relation(relation.entityTypeId(), relation.parent(), false, false);
            if (!relation.predefined() && !kept.contains(key)) {
                link(store, type, relation, false);
            }
        }
    }

    private static void link(CrmStore store, SmartType type, SmartType.Relation relation, boolean add) {
        EntityType self = store.type(type.entityTypeId());
        EntityType other = store.type(relation.entityTypeId());
        EntityType child = relation.parent() ? self : other;
        int parentId = relation.parent() ? relation.entityTypeId() : type.entityTypeId();
        if (child == null) {
            return; // a type the portal does not model (quotes, invoices)
        }
        String code = parentCode(parentId);
        if (!add) {
            child.schema().remove(code);
        } else if (child.schema().byCode(code) == null) {
            FieldDef field = FieldDef.system(code, UfNames.toCamel(code), FieldType.CRM_ENTITY,
                    title(store, parentId)).withSettings(Map.of("parentEntityTypeId", (long) parentId));
            child.schema().put(field);
        }
    }

    /** The name of an entity type as parent fields are titled with it. */
    public static String title(CrmStore store, int entityTypeId) {
        return switch (entityTypeId) {
            case EntityType.LEAD -> "Лид";
            case EntityType.DEAL -> "Сделка";
            case EntityType.CONTACT -> "Контакт";
            case EntityType.COMPANY -> "Компания";
            case 7 -> "Предложение";
            case 31 -> "Счёт";
            default -> {
                EntityType type = store.type(entityTypeId);
                yield type != null && type.isSmartProcess() ? type.smartType().title() : "Смарт-процесс";
            }
        };
    }
}
