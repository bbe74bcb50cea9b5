package dev.b24kit.testportal.internal.crm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * All CRM state of a portal: entity types with their schemas and records, statuses (stages, sources,
 * types), pipelines, smart-process types, and the ID sequences of user fields, enumeration items and
 * multi-field values. Not thread-safe: every access happens under the portal state lock (handlers
 * are called with it held). Listeners are told about record changes after they happen, still under
 * the lock, so they must only enqueue.
 */
public final class CrmStore {

    private final Map<Integer, EntityType> types = new LinkedHashMap<>();
    private final List<Status> statuses = new ArrayList<>();
    private final List<Category> categories = new ArrayList<>();
    private final List<Consumer<CrmChange>> listeners = new CopyOnWriteArrayList<>();
    private long lastStatusId;
    private long lastCategoryId;
    private long lastUserFieldId;
    private long lastEnumItemId;
    private long lastMultiValueId;
    private long lastSmartTypeId;

    public EntityType add(EntityType type) {
        if (types.putIfAbsent(type.entityTypeId(), type) != null) {
            throw new IllegalStateException("entity type " + type.entityTypeId() + " exists");
        }
        return type;
    }

    /** Removes an entity type with its records (a deleted smart process); returns it, or null. */
    public EntityType remove(int entityTypeId) {
        return types.remove(entityTypeId);
    }

    /** The entity type with this entityTypeId, or null. */
    public EntityType type(int entityTypeId) {
        return types.get(entityTypeId);
    }

    /** The entity type whose user fields live under {@code CRM_DEAL}, {@code CRM_7}, …; null if none. */
    public EntityType typeByUfEntity(String ufEntityId) {
        for (EntityType type : types.values()) {
            if (type.ufEntityId().equalsIgnoreCase(ufEntityId)) {
                return type;
            }
        }
        return null;
    }

    public Collection<EntityType> types() {
        return List.copyOf(types.values());
    }

    /** The smart-process types, in creation order. */
    public List<SmartType> smartTypes() {
        return types.values().stream().filter(EntityType::isSmartProcess).map(EntityType::smartType).toList();
    }

    public long nextSmartTypeId() {
        return ++lastSmartTypeId;
    }

    // --- statuses and pipelines (§7.4) ---

    public Status addStatus(String entityId, String statusId, String name, int sort, boolean system, Long categoryId,
                            String color, String semantics) {
        // NAME_INIT keeps the original name of system entries only; user entries have "" (crm.status.list sample)
        Status status = new Status(++lastStatusId, entityId, statusId, name, system ? name : "", sort, system, categoryId,
                color, semantics);
        statuses.add(status);
        return status;
    }

    public void replaceStatus(Status status) {
        statuses.replaceAll(existing -> existing.id() == status.id() ? status : existing);
    }

    public void removeStatus(long id) {
        statuses.removeIf(status -> status.id() == id);
    }

    /** All statuses by sort, then ID ({@code crm.status.list}'s default order). */
    public List<Status> statuses() {
        return statuses.stream().sorted(Comparator.comparingInt(Status::sort).thenComparingLong(Status::id)).toList();
    }

    /** The statuses of one {@code ENTITY_ID}, by sort. */
    public List<Status> statuses(String entityId) {
        return statuses().stream().filter(s -> s.entityId().equalsIgnoreCase(entityId)).toList();
    }

    /** {@code ENTITY_ID} of the stages of a pipeline: {@code DEAL_STAGE[_N]}, {@code STATUS}, {@code DYNAMIC_T_STAGE_N}. */
    public static String stageEntityId(int entityTypeId, long categoryId) {
        return switch (entityTypeId) {
            case EntityType.DEAL -> categoryId == 0 ? "DEAL_STAGE" : "DEAL_STAGE_" + categoryId;
            case EntityType.LEAD -> "STATUS";
            default -> "DYNAMIC_" + entityTypeId + "_STAGE_" + categoryId;
        };
    }

    /** The stage ID prefix of a pipeline: none for the default deal pipeline, {@code C3:}, {@code DT128_5:}. */
    public static String stagePrefix(int entityTypeId, long categoryId) {
        return switch (entityTypeId) {
            case EntityType.DEAL -> categoryId == 0 ? "" : "C" + categoryId + ":";
            case EntityType.LEAD -> "";
            default -> "DT" + entityTypeId + "_" + categoryId + ":";
        };
    }

    /** The stages of a pipeline, by sort. */
    public List<Status> stages(int entityTypeId, long categoryId) {
        return statuses(stageEntityId(entityTypeId, categoryId));
    }

    /** The stage with this ID in a pipeline, or null when the pipeline has no such stage. */
    public Status stage(int entityTypeId, long categoryId, String statusId) {
        for (Status status : stages(entityTypeId, categoryId)) {
            if (status.statusId().equals(statusId)) {
                return status;
            }
        }
        return null;
    }

    public Category addCategory(int entityTypeId, Long id, String name, int sort, boolean isDefault) {
        long categoryId = id != null ? id : ++lastCategoryId;
        lastCategoryId = Math.max(lastCategoryId, categoryId);
        Category category = new Category(categoryId, entityTypeId, name, sort, isDefault, "", "");
        categories.add(category);
        return category;
    }

    public void replaceCategory(Category category) {
        categories.replaceAll(c -> c.id() == category.id() && c.entityTypeId() == category.entityTypeId() ? category : c);
    }

    public void removeCategory(int entityTypeId, long id) {
        categories.removeIf(c -> c.entityTypeId() == entityTypeId && c.id() == id);
    }

    /** The pipelines of an entity type, by sort then ID. */
    public List<Category> categories(int entityTypeId) {
        return categories.stream().filter(c -> c.entityTypeId() == entityTypeId)
                .sorted(Comparator.comparingInt(Category::sort).thenComparingLong(Category::id)).toList();
    }

    public Category category(int entityTypeId, long id) {
        for (Category category : categories) {
            if (category.entityTypeId() == entityTypeId && category.id() == id) {
                return category;
            }
        }
        return null;
    }

    /** The default pipeline of an entity type, or null when it has none. */
    public Category defaultCategory(int entityTypeId) {
        return categories(entityTypeId).stream().filter(Category::isDefault).findFirst().orElse(null);
    }

    // --- ID sequences ---

    public long nextUserFieldId() {
        return ++lastUserFieldId;
    }

    public long nextEnumItemId() {
        return ++lastEnumItemId;
    }

    public long nextMultiValueId() {
        return ++lastMultiValueId;
    }

    /** Forgets everything but the listeners (a reset); the standard types must be installed again. */
    public void clear() {
        types.clear();
        statuses.clear();
        categories.clear();
        lastStatusId = 0;
        lastCategoryId = 0;
        lastUserFieldId = 0;
        lastEnumItemId = 0;
        lastMultiValueId = 0;
        lastSmartTypeId = 0;
    }

    // --- change listeners ---

    public void addListener(Consumer<CrmChange> listener) {
        listeners.add(listener);
    }

    public void changed(CrmChange change) {
        for (Consumer<CrmChange> listener : listeners) {
            listener.accept(change);
        }
    }
}
