package dev.b24kit.testportal.internal.crm.universal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.b24kit.testportal.internal.MethodFamily;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.crm.CrmStore;
import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.UserField;
import dev.b24kit.testportal.internal.crm.UserFields;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.MethodSpec;
import dev.b24kit.testportal.internal.rest.MethodTable;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * A minimal {@code userfieldconfig.*} for module {@code crm} (the documented way to give a smart process
 * user fields): {@code add}, {@code get}, {@code list} (filter by {@code entityId}, {@code fieldName},
 * {@code userTypeId}, {@code id}; order by {@code sort}, {@code id}; 50 a page) and {@code delete}.
 * Entities are {@code CRM_{typeId}} of a smart process or the standard {@code CRM_LEAD}, {@code CRM_DEAL},
 * {@code CRM_CONTACT}, {@code CRM_COMPANY}. {@code fieldName} must start with {@code UF_CRM_{typeId}_}
 * ({@code UF_CRM_} for the standard ones). Registered under scope {@code crm}: the portal's webhooks have
 * no separate {@code userfieldconfig} scope.
 */
public final class UserFieldConfigMethods implements MethodFamily {

    @Override
    public void register(MethodTable methods, Portal portal) {
        methods.add(MethodSpec.write("userfieldconfig.add", "crm", UserFieldConfigMethods::add));
        methods.add(MethodSpec.read("userfieldconfig.get", "crm", UserFieldConfigMethods::get));
        methods.add(MethodSpec.read("userfieldconfig.list", "crm", UserFieldConfigMethods::list));
        methods.add(MethodSpec.write("userfieldconfig.delete", "crm", UserFieldConfigMethods::delete));
    }

    private static Object add(Call call) {
        module(call);
        Map<String, Object> field = D7.requiredArray(call, "field");
        String entityId = PhpArrays.string(field.get("entityId")).trim();
        EntityType type = call.portal().crm().typeByUfEntity(entityId);
        if (type == null || entityId.isEmpty()) {
            throw RestError.legacy("Access denied");
        }
        String fieldName = PhpArrays.string(field.get("fieldName")).trim().toUpperCase(Locale.ROOT);
        if (fieldName.isEmpty()) {
            throw RestError.legacy("The 'FIELD_NAME' field is not found");
        }
        String prefix = type.isSmartProcess() ? "UF_" + entityId + "_" : "UF_CRM_";
        if (!fieldName.startsWith(prefix)) {
            throw RestError.legacy("Вы не можете создавать пользовательские поля");
        }
        UserField created = UserFields.add(call.portal().crm(), type, UserFieldConfigView.legacyFields(field));
        return wrap(created);
    }

    private static Object get(Call call) {
        module(call);
        return wrap(find(call, "Вы не можете просматривать настройки пользовательских полей"));
    }

    private static Object delete(Call call) {
        module(call);
        UserField field = find(call, "Вы не можете удалить пользовательское поле");
        UserFields.delete(call.portal().crm(), call.portal().crm().typeByUfEntity(field.entityId()), field.id());
        return null;
    }

    private static Object list(Call call) {
        module(call);
        Map<String, Object> filter = PhpArrays.asArray(call.param("filter"));
        List<UserField> fields = new ArrayList<>();
        for (EntityType type : call.portal().crm().types()) {
            for (UserField field : UserFields.of(type)) {
                if (UserFieldConfigView.matches(field, filter)) {
                    fields.add(field);
                }
            }
        }
        Map<String, Object> orderParam = PhpArrays.asArray(call.param("order"));
        boolean byIdDesc = orderParam != null && "DESC".equalsIgnoreCase(PhpArrays.string(orderParam.get("id")));
        Comparator<UserField> order = byIdDesc ? Comparator.comparingLong(UserField::id).reversed()
                : Comparator.comparingInt(UserField::sort).thenComparingLong(UserField::id);
        fields.sort(order);
        D7.Page page = D7.Page.of(call);
        List<Object> out = new ArrayList<>();
        for (int i = (int) Math.min(page.offset(), fields.size()); i < fields.size() && out.size() < D7.PAGE_SIZE; i++) {
            out.add(UserFieldConfigView.render(fields.get(i)));
        }
        Map<String, Object> result = PhpArrays.array();
        result.put("fields", out);
        return page.paged(result, fields.size(), out.size());
    }

    private static void module(Call call) {
        Object moduleId = call.param("moduleId");
        if (moduleId == null) {
            throw D7.missing("moduleId");
        }
        if (!PhpArrays.string(moduleId).equals("crm")) {
            throw RestError.legacy("No settings for UserFieldAccess");
        }
    }

    /** The field {@code id} names; the docs answer a missing one with the access-denied text. */
    private static UserField find(Call call, String notFound) {
        long id = D7.requiredInt(call, "id");
        CrmStore store = call.portal().crm();
        UserField field = UserFields.find(store, id);
        if (field == null) {
            throw RestError.legacy(notFound);
        }
        return field;
    }

    private static Map<String, Object> wrap(UserField field) {
        Map<String, Object> result = PhpArrays.array();
        result.put("field", UserFieldConfigView.render(field));
        return result;
    }
}
