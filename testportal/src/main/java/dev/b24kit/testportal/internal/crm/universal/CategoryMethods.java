package dev.b24kit.testportal.internal.crm.universal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.b24kit.testportal.internal.MethodFamily;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.crm.Category;
import dev.b24kit.testportal.internal.crm.CrmStore;
import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.crm.Pipelines;
import dev.b24kit.testportal.internal.crm.Status;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.MethodSpec;
import dev.b24kit.testportal.internal.rest.MethodTable;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * {@code crm.category.*} (§7.4, §9): pipelines of deals ({@code entityTypeId=2}) and smart processes.
 * A new pipeline gets the default stages ({@code C{n}:NEW} … for deals, {@code DT{type}_{n}:NEW} … for
 * smart processes). Answers are {@code {"category":{…}}} / {@code {"categories":[…]}} with {@code total};
 * {@code isDefault} is {@code Y}/{@code N}; deal pipelines also show {@code originId}/{@code originatorId}
 * (not the default one, as in the docs' sample). Errors as the docs list them: unknown type
 * {@code NOT_FOUND "Смарт-процесс не найден"}, a type without pipelines {@code ENTITY_TYPE_NOT_SUPPORTED},
 * unknown pipeline {@code NOT_FOUND "Элемент не найден"}, deleting a default or non-empty pipeline
 * {@code 0} (deals) / {@code BX_ERROR} (smart processes).
 */
public final class CategoryMethods implements MethodFamily {

    @Override
    public void register(MethodTable methods, Portal portal) {
        methods.add(MethodSpec.write("crm.category.add", "crm", CategoryMethods::add));
        methods.add(MethodSpec.write("crm.category.update", "crm", CategoryMethods::update));
        methods.add(MethodSpec.read("crm.category.get", "crm", call -> wrap(find(call))));
        methods.add(MethodSpec.read("crm.category.list", "crm", CategoryMethods::list));
        methods.add(MethodSpec.write("crm.category.delete", "crm", CategoryMethods::delete));
        methods.add(MethodSpec.read("crm.category.fields", "crm", CategoryMethods::fields));
    }

    private static Object add(Call call) {
        EntityType type = pipelineType(call);
        Map<String, Object> fields = D7.requiredArray(call, "fields");
        String name = name(fields.get("name"));
        if (name == null) {
            throw new RestError(400, 0L, "Field 'NAME' is required");
        }
        CrmStore store = call.portal().crm();
        boolean makeDefault = type.isSmartProcess() && Boolean.TRUE.equals(D7.yesNo(fields.get("isDefault")));
        Category category = Pipelines.create(store, type.entityTypeId(), null, name, sort(fields.get("sort"), 500),
                false, Pipelines.defaultStages(type.entityTypeId()));
        category = origin(category, fields);
        store.replaceCategory(category);
        if (makeDefault) {
            category = makeDefault(store, category);
        }
        return wrap(category);
    }

    private static Object update(Call call) {
        Category category = find(call);
        Map<String, Object> fields = D7.requiredArray(call, "fields");
        String name = fields.containsKey("name") ? name(fields.get("name")) : category.name();
        if (name == null) {
            throw new RestError(400, 0L, "Field 'NAME' is required");
        }
        CrmStore store = call.portal().crm();
        Category changed = new Category(category.id(), category.entityTypeId(), name,
                sort(fields.get("sort"), category.sort()), category.isDefault(), category.originId(),
                category.originatorId());
        changed = origin(changed, fields);
        store.replaceCategory(changed);
        boolean smart = store.type(category.entityTypeId()).isSmartProcess();
        if (smart && !category.isDefault() && Boolean.TRUE.equals(D7.yesNo(fields.get("isDefault")))) {
            changed = makeDefault(store, changed); // turning a default pipeline off is ignored, as documented
        }
        return wrap(changed);
    }

    private static Object delete(Call call) {
        Category category = find(call);
        CrmStore store = call.portal().crm();
        EntityType type = store.type(category.entityTypeId());
        boolean deals = type.entityTypeId() == EntityType.DEAL;
        if (category.isDefault()) {
            throw deals ? new RestError(400, 0L, "Default deal category can not be deleted")
                    : RestError.of("BX_ERROR", "Эта воронка является воронкой по умолчанию");
        }
        if (hasItems(type, category.id())) {
            throw deals ? new RestError(400, 0L, "Найдены сделки, относящиеся к воронке " + category.name())
                    : RestError.of("BX_ERROR", "Найдены элементы, относящиеся к воронке");
        }
        for (Status stage : store.stages(type.entityTypeId(), category.id())) {
            store.removeStatus(stage.id());
        }
        store.removeCategory(type.entityTypeId(), category.id());
        return null;
    }

    private static Object list(Call call) {
        EntityType type = pipelineType(call);
        List<Category> categories = call.portal().crm().categories(type.entityTypeId());
        D7.Page page = D7.Page.of(call);
        call.cost().page(categories.size());
        List<Object> out = new ArrayList<>();
        for (int i = (int) Math.min(page.offset(), categories.size()); i < categories.size()
                && out.size() < D7.PAGE_SIZE; i++) {
            out.add(render(categories.get(i)));
        }
        call.cost().returned(out.size());
        Map<String, Object> result = PhpArrays.array();
        result.put("categories", out);
        return page.paged(result, categories.size(), out.size());
    }

    private static Object fields(Call call) {
        EntityType type = pipelineType(call);
        Map<String, Object> fields = PhpArrays.array();
        fields.put("id", FieldDescriptions.plain("integer", false, true, false, "ID", "ID"));
        fields.put("name", FieldDescriptions.plain("string", false, false, false, "NAME", "NAME"));
        fields.put("sort", FieldDescriptions.plain("integer", false, false, false, "SORT", "SORT"));
        fields.put("entityTypeId", FieldDescriptions.plain("integer", true, true, false, "ENTITY_TYPE_ID",
                "ENTITY_TYPE_ID"));
        fields.put("isDefault", FieldDescriptions.plain("boolean", false, !type.isSmartProcess(), false,
                "IS_DEFAULT", "IS_DEFAULT"));
        if (!type.isSmartProcess()) {
            fields.put("originId", FieldDescriptions.plain("string", false, false, false, "ORIGIN_ID", "ORIGIN_ID"));
            fields.put("originatorId", FieldDescriptions.plain("string", false, false, false, "ORIGINATOR_ID",
                    "ORIGINATOR_ID"));
        }
        Map<String, Object> result = PhpArrays.array();
        result.put("fields", fields);
        return result;
    }

    /** The entity type of {@code entityTypeId}, which must have pipelines: deals and smart processes. */
    private static EntityType pipelineType(Call call) {
        long entityTypeId = D7.requiredInt(call, "entityTypeId");
        EntityType type = call.portal().crm().type((int) entityTypeId);
        if (type == null || entityTypeId != (int) entityTypeId) {
            throw ItemTypes.unsupported((int) entityTypeId) != null ? ItemTypes.unsupported((int) entityTypeId)
                    : RestError.of("NOT_FOUND", "Смарт-процесс не найден");
        }
        if (type.entityTypeId() != EntityType.DEAL && !type.isSmartProcess()) {
            throw RestError.of("ENTITY_TYPE_NOT_SUPPORTED", "Entity type " + type.name() + " is not supported");
        }
        return type;
    }

    private static Category find(Call call) {
        EntityType type = pipelineType(call);
        long id = D7.requiredInt(call, "id");
        Category category = call.portal().crm().category(type.entityTypeId(), id);
        if (category == null) {
            throw RestError.of("NOT_FOUND", "Элемент не найден");
        }
        return category;
    }

    private static Category makeDefault(CrmStore store, Category chosen) {
        for (Category other : store.categories(chosen.entityTypeId())) {
            if (other.isDefault() && other.id() != chosen.id()) {
                store.replaceCategory(new Category(other.id(), other.entityTypeId(), other.name(), other.sort(), false,
                        other.originId(), other.originatorId()));
            }
        }
        Category made = new Category(chosen.id(), chosen.entityTypeId(), chosen.name(), chosen.sort(), true,
                chosen.originId(), chosen.originatorId());
        store.replaceCategory(made);
        return made;
    }

    private static boolean hasItems(EntityType type, long categoryId) {
        for (Item item : type.table().all()) {
            Object value = type.value(item, "CATEGORY_ID");
            if (value instanceof Long id && id == categoryId) {
                return true;
            }
        }
        return false;
    }

    private static Category origin(Category category, Map<String, Object> fields) {
        if (category.entityTypeId() != EntityType.DEAL) {
            return category;
        }
        String originId = fields.containsKey("originId") ? PhpArrays.string(fields.get("originId")) : category.originId();
        String originatorId = fields.containsKey("originatorId") ? PhpArrays.string(fields.get("originatorId"))
                : category.originatorId();
        return new Category(category.id(), category.entityTypeId(), category.name(), category.sort(),
                category.isDefault(), originId, originatorId);
    }

    private static String name(Object value) {
        String name = value == null ? "" : PhpArrays.string(value).trim();
        return name.isEmpty() ? null : name.length() > 255 ? name.substring(0, 255) : name;
    }

    /** {@code sort}: a negative value becomes 0, as documented; absent keeps {@code current}. */
    private static int sort(Object value, int current) {
        Long sort = value == null ? null : D7.integer(value);
        return sort == null ? current : (int) Math.max(0, Math.min(sort, Integer.MAX_VALUE));
    }

    static Map<String, Object> render(Category category) {
        Map<String, Object> out = PhpArrays.array();
        out.put("id", category.id());
        out.put("name", category.name());
        out.put("sort", (long) category.sort());
        out.put("entityTypeId", (long) category.entityTypeId());
        out.put("isDefault", D7.yn(category.isDefault()));
        if (category.entityTypeId() == EntityType.DEAL && !category.isDefault()) {
            out.put("originId", category.originId());
            out.put("originatorId", category.originatorId());
        }
        return out;
    }

    private static Map<String, Object> wrap(Category category) {
        Map<String, Object> result = PhpArrays.array();
        result.put("category", render(category));
        return result;
    }
}
