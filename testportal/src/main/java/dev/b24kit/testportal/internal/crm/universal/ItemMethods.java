package dev.b24kit.testportal.internal.crm.universal;

import java.util.List;
import java.util.Map;

import dev.b24kit.testportal.internal.MethodFamily;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.crm.Author;
import dev.b24kit.testportal.internal.crm.CrmStore;
import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.crm.Records;
import dev.b24kit.testportal.internal.crm.SmartProcessFields;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.MethodSpec;
import dev.b24kit.testportal.internal.rest.MethodTable;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * The universal API {@code crm.item.*} (§9) for leads, deals, contacts, companies and smart processes:
 * {@code add}/{@code update}/{@code get} answer {@code {"item":{…}}}, {@code list} {@code {"items":[…]}}
 * with D7 paging, {@code delete} {@code []}, {@code fields} {@code {"fields":{…}}}. Records are written
 * through {@link Records}, which maintains dates, stages and defaults and reports every change; an update
 * that changes nothing is not saved (no new {@code updatedTime}, no change event).
 */
public final class ItemMethods implements MethodFamily {

    @Override
    public void register(MethodTable methods, Portal portal) {
        methods.add(MethodSpec.write("crm.item.add", "crm", ItemMethods::add));
        methods.add(MethodSpec.write("crm.item.update", "crm", ItemMethods::update));
        methods.add(MethodSpec.read("crm.item.get", "crm", ItemMethods::get));
        methods.add(MethodSpec.read("crm.item.list", "crm", ItemList::list));
        methods.add(MethodSpec.write("crm.item.delete", "crm", ItemMethods::delete));
        methods.add(MethodSpec.read("crm.item.fields", "crm", ItemMethods::fields));
    }

    private static Object add(Call call) {
        EntityType type = ItemTypes.resolve(call);
        Map<String, Object> fields = D7.requiredArray(call, "fields");
        CrmStore store = call.portal().crm();
        ItemNames names = names(call, type);
        Map<FieldDef, Object> values = ItemInput.read(type, fields, names, false, call.portal().silentDrops(),
                call.portal().zone(), call.method());
        ItemRules.checkPipeline(store, type, null, values);
        ItemRules.checkRequired(type, values, false);
        Author author = author(call);
        Item item = Records.add(store, type, values, author);
        SmartProcessDefaults.apply(store, type, item, author);
        return wrap(type, item, names, call);
    }

    private static Object update(Call call) {
        EntityType type = ItemTypes.resolve(call);
        Item current = find(call, type);
        Map<String, Object> fields = D7.requiredArray(call, "fields");
        CrmStore store = call.portal().crm();
        ItemNames names = names(call, type);
        Map<FieldDef, Object> values = ItemInput.read(type, fields, names, true, call.portal().silentDrops(),
                call.portal().zone(), call.method());
        ItemRules.checkPipeline(store, type, current, values);
        ItemRules.checkRequired(type, values, true);
        if (!ItemRules.changes(type, current, values)) {
            return wrap(type, current, names, call); // the docs: nothing changed, nothing saved
        }
        Item next = Records.update(store, type, current.id(), values, author(call));
        previousStage(type, current, next);
        return wrap(type, next, names, call);
    }

    private static Object get(Call call) {
        EntityType type = ItemTypes.resolve(call);
        return wrap(type, find(call, type), names(call, type), call);
    }

    private static Object delete(Call call) {
        EntityType type = ItemTypes.resolve(call);
        Item item = find(call, type);
        Records.delete(call.portal().crm(), type, item.id(), author(call));
        return List.of();
    }

    private static Object fields(Call call) {
        EntityType type = ItemTypes.resolve(call);
        ItemNames names = names(call, type);
        Map<String, Object> fields = PhpArrays.array();
        for (FieldDef field : type.schema().fields()) {
            boolean enabled = !type.isSmartProcess() || SmartProcessFields.enabled(type.smartType(), field);
            if (ItemNames.exposed(field) && enabled) {
                boolean immutable = field.immutable() && !field.code().equals("CATEGORY_ID");
                fields.put(names.key(field), FieldDescriptions.describe(field, immutable, field.statusType()));
            }
        }
        Map<String, Object> result = PhpArrays.array();
        result.put("fields", fields);
        return result;
    }

    static ItemNames names(Call call, EntityType type) {
        return new ItemNames(type, Boolean.TRUE.equals(D7.yesNo(call.param("useOriginalUfNames"))));
    }

    private static Item find(Call call, EntityType type) {
        long id = D7.requiredInt(call, "id");
        Item item = type.table().get(id);
        if (item == null) {
            throw RestError.of("NOT_FOUND", "Элемент не найден");
        }
        return item;
    }

    /** A smart-process item remembers the stage it left in {@code previousStageId}. */
    private static void previousStage(EntityType type, Item before, Item after) {
        FieldDef stage = type.schema().byItemName("stageId");
        FieldDef previous = type.schema().byItemName("previousStageId");
        if (stage != null && previous != null && type.value(before, stage) != null
                && !type.value(before, stage).equals(type.value(after, stage))) {
            type.set(after, previous, type.value(before, stage));
        }
    }

    private static Author author(Call call) {
        return new Author(call.caller().userId(), call.now(), call.portal().zone());
    }

    private static Map<String, Object> wrap(EntityType type, Item item, ItemNames names, Call call) {
        Map<String, Object> result = PhpArrays.array();
        result.put("item", ItemView.render(type, item, names, ItemView.Selection.ALL, call.portal().zone()));
        return result;
    }
}
