package dev.b24kit.testportal.internal.crm.universal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.FieldType;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.crm.query.Dialect;
import dev.b24kit.testportal.internal.crm.query.Filter;
import dev.b24kit.testportal.internal.crm.query.FilterParser;
import dev.b24kit.testportal.internal.crm.query.ListRunner;
import dev.b24kit.testportal.internal.crm.query.Op;
import dev.b24kit.testportal.internal.crm.query.OrderTerm;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * {@code crm.item.list} (§6, §9.2): {@code select} (names or {@code *}; {@code fm} only with {@code *}),
 * {@code filter} with operator prefixes and {@code logic: "OR"} groups, {@code order}, D7 paging
 * ({@code start=-1} skips the count: {@code total: 0}, no {@code next}). Names in either spelling
 * ({@code id} or {@code ID}: the entity's UPPER names are known to the converter, §9.3); an unknown name
 * is {@code INVALID_ARG_VALUE}. A boolean user field is filtered with {@code 1}/{@code 0}; the docs say
 * {@code Y}/{@code N} "is not supported", which the test portal answers with
 * {@code Invalid filter: field '…' has invalid value} rather than an empty page.
 */
final class ItemList {

    private ItemList() {
    }

    static Object list(Call call) {
        EntityType type = ItemTypes.resolve(call);
        ItemNames names = ItemMethods.names(call, type);
        ItemView.Selection selection = ItemView.Selection.parse(call.param("select"), names);
        checkBooleanFilters(call.param("filter"), names);
        Filter filter = FilterParser.parse(call.param("filter"), names::resolve, Dialect.ITEM, call.portal().zone());
        List<OrderTerm> order = OrderTerm.parse(call.param("order"), names::resolve, Dialect.ITEM);
        D7.Page page = D7.Page.of(call);
        ListRunner.Page rows = ListRunner.run(type, filter, order, page.offset(), D7.PAGE_SIZE, page.counted(),
                call.cost());
        List<Object> items = new ArrayList<>();
        for (Item item : rows.items()) {
            items.add(ItemView.render(type, item, names, selection, call.portal().zone()));
        }
        Map<String, Object> result = PhpArrays.array();
        result.put("items", items);
        return page.paged(result, rows.total(), items.size());
    }

    private static void checkBooleanFilters(Object filter, ItemNames names) {
        Map<String, Object> array = PhpArrays.asArray(filter);
        if (array == null) {
            return;
        }
        for (Map.Entry<String, Object> entry : array.entrySet()) {
            if (PhpArrays.isIntegerKey(entry.getKey()) && entry.getValue() instanceof Map<?, ?> nested) {
                checkBooleanFilters(nested, names);
                continue;
            }
            Op.Split split = Op.split(entry.getKey());
            FieldDef field = split == null ? null : names.resolve(split.field());
            if (field == null || field.type() != FieldType.BOOLEAN || !field.dynamic()) {
                continue;
            }
            for (Object value : PhpArrays.values(entry.getValue())) {
                String text = PhpArrays.string(value);
                if (!(value instanceof Boolean) && !text.equals("1") && !text.equals("0") && !text.isEmpty()) {
                    throw RestError.of("INVALID_ARG_VALUE", "Invalid filter: field '" + split.field()
                            + "' has invalid value");
                }
            }
        }
    }
}
