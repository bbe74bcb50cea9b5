package dev.b24kit.testportal.internal.crm.universal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.b24kit.testportal.internal.MethodFamily;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.crm.CrmStore;
import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.crm.SmartType;
import dev.b24kit.testportal.internal.crm.SmartTypes;
import dev.b24kit.testportal.internal.crm.query.Dialect;
import dev.b24kit.testportal.internal.crm.query.Filter;
import dev.b24kit.testportal.internal.crm.query.FilterParser;
import dev.b24kit.testportal.internal.crm.query.ListRunner;
import dev.b24kit.testportal.internal.crm.query.OrderTerm;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.MethodSpec;
import dev.b24kit.testportal.internal.rest.MethodTable;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * {@code crm.type.*} (§9.1): smart-process types. {@code add}, {@code update}, {@code get},
 * {@code getByEntityTypeId}, {@code list} (filter, order, D7 paging), {@code delete} ({@code []} on
 * success, refused while the type has items), {@code fields}. An unknown type is
 * {@code {"error":0,"error_description":"Смарт-процесс не найден"}} as the docs show.
 */
public final class TypeMethods implements MethodFamily {

    @Override
    public void register(MethodTable methods, Portal portal) {
        methods.add(MethodSpec.write("crm.type.add", "crm", TypeMethods::add));
        methods.add(MethodSpec.write("crm.type.update", "crm", TypeMethods::update));
        methods.add(MethodSpec.read("crm.type.get", "crm", call -> wrap(find(call, "id"), call)));
        methods.add(MethodSpec.read("crm.type.getbyentitytypeid", "crm", TypeMethods::getByEntityTypeId));
        methods.add(MethodSpec.read("crm.type.list", "crm", TypeMethods::list));
        methods.add(MethodSpec.write("crm.type.delete", "crm", TypeMethods::delete));
        methods.add(MethodSpec.read("crm.type.fields", "crm", call -> TypeView.fields()));
    }

    private static Object add(Call call) {
        Map<String, Object> fields = D7.requiredArray(call, "fields");
        CrmStore store = call.portal().crm();
        Long requested = TypeInput.requestedEntityTypeId(fields);
        if (requested != null && store.type(requested.intValue()) != null) {
            throw RestError.of("INVALID_ARG_VALUE", "entityTypeId is already in use");
        }
        SmartTypes.Settings settings = TypeInput.settings(fields, null);
        int entityTypeId = requested != null ? requested.intValue() : SmartTypes.nextEntityTypeId(store);
        SmartType type = SmartTypes.create(store, entityTypeId, settings, call.caller().userId(), call.now());
        return wrap(type, call);
    }

    private static Object update(Call call) {
        SmartType old = find(call, "id");
        Map<String, Object> fields = D7.requiredArray(call, "fields");
        SmartTypes.Settings settings = TypeInput.settings(fields, old);
        return wrap(SmartTypes.update(call.portal().crm(), old, settings, call.caller().userId(), call.now()), call);
    }

    private static Object getByEntityTypeId(Call call) {
        long entityTypeId = D7.requiredInt(call, "entityTypeId");
        EntityType type = call.portal().crm().type((int) entityTypeId);
        if (type == null || !type.isSmartProcess() || entityTypeId != (int) entityTypeId) {
            throw notFound();
        }
        return wrap(type.smartType(), call);
    }

    private static Object delete(Call call) {
        if (call.param("id") == null) {
            return null; // the docs: without id the result is null and nothing is deleted
        }
        SmartType type = find(call, "id");
        EntityType entity = call.portal().crm().type(type.entityTypeId());
        if (entity.table().size() > 0) {
            throw RestError.of("BX_ERROR", "Вы не можете удалить тип сущности, у которого есть элементы");
        }
        SmartTypes.delete(call.portal().crm(), type);
        return List.of();
    }

    private static Object list(Call call) {
        List<SmartType> types = call.portal().crm().smartTypes();
        EntityType table = TypeTable.of(types);
        var resolver = TypeTable.resolver(table);
        List<OrderTerm> order = OrderTerm.parse(call.param("order"), resolver, Dialect.ITEM);
        Filter filter = FilterParser.parse(call.param("filter"), resolver, Dialect.ITEM, call.portal().zone());
        D7.Page page = D7.Page.of(call);
        ListRunner.Page rows = ListRunner.run(table, filter, order, page.offset(), D7.PAGE_SIZE, page.counted(),
                call.cost());
        List<Object> out = new ArrayList<>();
        for (Item row : rows.items()) {
            SmartType type = types.stream().filter(t -> t.id() == row.id()).findFirst().orElseThrow();
            out.add(TypeView.render(type, false, call.portal().zone()));
        }
        Map<String, Object> result = PhpArrays.array();
        result.put("types", out);
        return page.paged(result, rows.total(), out.size());
    }

    /** The type a parameter names by its {@code id}, or the documented not-found error. */
    private static SmartType find(Call call, String param) {
        long id = D7.requiredInt(call, param);
        for (SmartType type : call.portal().crm().smartTypes()) {
            if (type.id() == id) {
                return type;
            }
        }
        throw notFound();
    }

    private static RestError notFound() {
        return new RestError(400, 0L, "Смарт-процесс не найден");
    }

    private static Map<String, Object> wrap(SmartType type, Call call) {
        Map<String, Object> result = PhpArrays.array();
        result.put("type", TypeView.render(type, true, call.portal().zone()));
        return result;
    }
}
