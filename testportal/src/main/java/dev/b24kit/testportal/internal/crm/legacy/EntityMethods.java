package dev.b24kit.testportal.internal.crm.legacy;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.crm.Author;
import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.crm.Records;
import dev.b24kit.testportal.internal.crm.query.Dialect;
import dev.b24kit.testportal.internal.crm.query.Filter;
import dev.b24kit.testportal.internal.crm.query.FilterParser;
import dev.b24kit.testportal.internal.crm.query.ListRunner;
import dev.b24kit.testportal.internal.crm.query.OrderTerm;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.MethodSpec;
import dev.b24kit.testportal.internal.rest.MethodTable;
import dev.b24kit.testportal.internal.rest.Paged;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * {@code crm.{entity}.add|update|get|list|delete|fields} of one legacy entity (§7.1, §6). Handlers
 * run under the portal state lock the dispatcher takes (writes under the write lock).
 */
final class EntityMethods {

    /** Legacy lists always serve pages of 50 (§6.1). */
    static final int PAGE = 50;

    private final LegacyEntity entity;

    EntityMethods(LegacyEntity entity) {
        this.entity = entity;
    }

    void register(MethodTable methods) {
        methods.add(MethodSpec.write(entity.method("add"), "crm", this::add));
        methods.add(MethodSpec.write(entity.method("update"), "crm", this::update));
        methods.add(MethodSpec.read(entity.method("get"), "crm", this::get));
        methods.add(MethodSpec.read(entity.method("list"), "crm", this::list));
        methods.add(MethodSpec.write(entity.method("delete"), "crm", this::delete));
        methods.add(MethodSpec.read(entity.method("fields"), "crm", this::fields));
    }

    private Object add(Call call) {
        Map<String, Object> fields = LegacyParams.required(call, "fields");
        LegacyParams.optional(call, "params"); // REGISTER_SONET_EVENT: accepted, nothing to register
        EntityType type = type(call);
        Map<FieldDef, Object> values = intake(call, type).read(fields, null);
        return Records.add(call.portal().crm(), type, values, author(call)).id();
    }

    private Object update(Call call) {
        long id = LegacyParams.id(call);
        Map<String, Object> fields = LegacyParams.required(call, "fields");
        LegacyParams.optional(call, "params");
        EntityType type = type(call);
        Item current = type.table().get(id);
        if (current == null) {
            throw RestError.legacy(entity.writeNotFound());
        }
        Map<FieldDef, Object> values = intake(call, type).read(fields, current);
        Records.update(call.portal().crm(), type, id, values, author(call));
        return true;
    }

    private Object get(Call call) {
        long id = LegacyParams.id(call);
        EntityType type = type(call);
        Item item = type.table().get(id);
        if (item == null) {
            throw RestError.legacy("Not found");
        }
        return LegacyRecords.render(type, item, LegacyRecords.all(type), zone(call));
    }

    private Object list(Call call) {
        Map<String, Object> order = LegacyParams.optional(call, "order");
        Map<String, Object> filter = LegacyParams.optional(call, "filter");
        EntityType type = type(call);
        List<FieldDef> select = LegacyRecords.selection(type, LegacyParams.select(call));
        Filter parsed = FilterParser.parse(filter, name -> listable(type, name), Dialect.LEGACY, zone(call));
        List<OrderTerm> terms = OrderTerm.parse(order, name -> listable(type, name), Dialect.LEGACY);
        long start = call.startValue();
        boolean count = start >= 0;
        long offset = count ? start / PAGE * PAGE : 0;
        ListRunner.Page page = ListRunner.run(type, parsed, terms, offset, PAGE, count, call.cost());
        List<Object> rows = new ArrayList<>(page.items().size());
        for (Item item : page.items()) {
            rows.add(LegacyRecords.render(type, item, select, zone(call)));
        }
        if (!count) {
            return Paged.uncounted(rows);
        }
        long after = offset + rows.size();
        return new Paged(rows, page.total(), after < page.total() ? after : null);
    }

    private Object delete(Call call) {
        long id = LegacyParams.id(call);
        if (!Records.delete(call.portal().crm(), type(call), id, author(call))) {
            throw RestError.legacy(entity.writeNotFound());
        }
        return true;
    }

    private Object fields(Call call) {
        return FieldDescriptions.describe(type(call));
    }

    /** Fields usable in filter and order: legacy fields, but not the multiple link lists (§6.4). */
    private static FieldDef listable(EntityType type, String name) {
        FieldDef field = type.schema().byCode(name);
        return field == null || !field.legacy() || LegacyRecords.writeOnly(field) ? null : field;
    }

    private EntityType type(Call call) {
        return call.portal().crm().type(entity.entityTypeId());
    }

    private FieldIntake intake(Call call, EntityType type) {
        Portal portal = call.portal();
        return new FieldIntake(portal.crm(), type, portal.silentDrops(), portal.zone(), call.method());
    }

    private static Author author(Call call) {
        return new Author(call.caller().userId(), call.now(), call.portal().zone());
    }

    private static ZoneId zone(Call call) {
        return call.portal().zone();
    }
}
