package dev.b24kit.testportal.internal.crm.legacy;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.b24kit.testportal.SilentDrops;
import dev.b24kit.testportal.internal.crm.Category;
import dev.b24kit.testportal.internal.crm.CrmStore;
import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.FieldType;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.crm.UserField;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * The REST proxy's {@code internalizeFields} (§7.1, §8): turns a legacy {@code fields} array into
 * typed values for {@code Records}, dropping what a cloud portal drops — unknown fields, read-only
 * fields, immutable fields on update, enumeration values that are not item IDs (the old value stays),
 * a stage outside the record's pipeline, unparsable dates — or, where {@link SilentDrops} says
 * {@code STRICT}, refusing the call with {@link StrictDrops}. Not thread-safe; one per call.
 */
final class FieldIntake {

    /** Currencies of a fresh Russian cloud portal ({@code crm.currency.list}). */
    static final Set<String> CURRENCIES = Set.of("RUB", "USD", "EUR", "UAH", "BYN", "KZT");

    private final CrmStore store;
    private final EntityType type;
    private final SilentDrops drops;
    private final ZoneId zone;
    private final String method;

    FieldIntake(CrmStore store, EntityType type, SilentDrops drops, ZoneId zone, String method) {
        this.store = store;
        this.type = type;
        this.drops = drops;
        this.zone = zone;
        this.method = method;
    }

    /** The typed values of {@code fields}; {@code current} is the record being updated, null on add. */
    Map<FieldDef, Object> read(Map<String, Object> fields, Item current) {
        boolean update = current != null;
        Map<FieldDef, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : fields.entrySet()) {
            FieldDef field = type.schema().byCode(entry.getKey());
            Object input = entry.getValue();
            if (field == null || !field.legacy()) {
                refuseIf(drops.unknownFields(), () -> StrictDrops.unknownField(method, type.name(), entry.getKey()));
            } else if (field.readOnly()) {
                refuseIf(drops.readOnlyFields(), () -> StrictDrops.readOnly(method, field, input));
            } else if (update && field.immutable()) {
                refuseIf(drops.immutableFields(), () -> StrictDrops.immutable(method, field, input));
            } else {
                Object value = LegacyValues.in(field, input, zone, update);
                if (value == LegacyValues.UNREADABLE) {
                    continue; // §7.1: an unparsable date is dropped
                }
                if (field.type() == FieldType.ENUMERATION && !validItems(field.userField(), value)) {
                    refuseIf(drops.enumValues(),
                            () -> StrictDrops.enumValue(method, field, input, field.userField().items()));
                    continue;
                }
                values.put(field, value);
            }
        }
        checkCurrency(values);
        checkPipeline(values, current);
        return values;
    }

    private void checkCurrency(Map<FieldDef, Object> values) {
        FieldDef currency = type.schema().byItemName("currencyId");
        if (currency != null && values.get(currency) instanceof String code && !CURRENCIES.contains(code)) {
            throw RestError.legacy("Неверное значение поля «Валюта»");
        }
    }

    /** Drops a pipeline that does not exist and a stage that is not in the record's pipeline (§13 UNKNOWN). */
    private void checkPipeline(Map<FieldDef, Object> values, Item current) {
        FieldDef categoryField = type.schema().byItemName("categoryId");
        FieldDef stageField = type.schema().byItemName("stageId");
        if (stageField == null) {
            return;
        }
        long categoryId = 0;
        if (categoryField != null) {
            Object given = values.get(categoryField);
            if (given != null && store.category(type.entityTypeId(), (Long) given) == null) {
                String accepted = store.categories(type.entityTypeId()).stream().map(c -> Long.toString(c.id()))
                        .collect(Collectors.joining(", "));
                Object refused = given;
                refuseIf(drops.legacyStage(), () -> StrictDrops.category(method, categoryField, refused, accepted));
                values.remove(categoryField);
                given = null;
            }
            Object stored = current == null ? null : type.value(current, categoryField);
            Category fallback = store.defaultCategory(type.entityTypeId());
            Object chosen = given != null ? given : stored != null ? stored : fallback == null ? 0L : fallback.id();
            categoryId = (Long) chosen;
        }
        if (!values.containsKey(stageField)) {
            return;
        }
        Object stage = values.get(stageField);
        if (stage == null) {
            values.remove(stageField); // a record always has a stage; clearing it is ignored
            return;
        }
        if (store.stage(type.entityTypeId(), categoryId, (String) stage) == null) {
            long pipeline = categoryId;
            refuseIf(drops.legacyStage(), () -> StrictDrops.stage(method, stageField, stage,
                    type.entityTypeId() == EntityType.LEAD ? "the lead statuses" : "pipeline " + pipeline,
                    store.stages(type.entityTypeId(), pipeline)));
            values.remove(stageField);
        }
    }

    private static boolean validItems(UserField field, Object value) {
        if (value == null) {
            return true;
        }
        List<?> ids = value instanceof List<?> list ? list : List.of(value);
        for (Object id : ids) {
            if (!(id instanceof Long itemId) || field.item(itemId) == null) {
                return false;
            }
        }
        return true;
    }

    private static void refuseIf(SilentDrops.Mode mode, java.util.function.Supplier<RestError> error) {
        if (mode == SilentDrops.Mode.STRICT) {
            throw error.get();
        }
    }
}
