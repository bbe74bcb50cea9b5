package dev.b24kit.testportal.internal.crm.legacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.b24kit.testportal.internal.crm.CrmStore;
import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.crm.MultiValue;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.MethodSpec;
import dev.b24kit.testportal.internal.rest.MethodTable;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * {@code crm.duplicate.findbycomm} (§11): the leads, contacts and companies whose {@code EMAIL}
 * (ignoring case) or {@code PHONE} (digits only, a Russian leading 8 read as 7, so formatting and
 * extensions written as text do not matter) equals one of up to 20 {@code values}. The answer maps
 * {@code LEAD}/{@code CONTACT}/{@code COMPANY} to integer IDs, only for types with matches, in that
 * order; a type with 20 or more matches ends the search (the docs: the other types are not returned).
 * No match is an empty PHP array, i.e. {@code []}. Errors carry the sentence as the error code, as the
 * docs show.
 */
final class DuplicateMethods {

    static final int MAX_VALUES = 20;
    private static final Map<String, Integer> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("LEAD", EntityType.LEAD);
        TYPES.put("CONTACT", EntityType.CONTACT);
        TYPES.put("COMPANY", EntityType.COMPANY);
    }

    void register(MethodTable methods) {
        methods.add(MethodSpec.read("crm.duplicate.findbycomm", "crm", this::find));
    }

    private Object find(Call call) {
        String type = PhpArrays.string(call.paramIgnoreCase("type")).trim().toUpperCase(Locale.ROOT);
        if (type.isEmpty()) {
            throw new RestError(400, "Communication type is not defined", "Parameter 'type' is required.");
        }
        if (!type.equals("EMAIL") && !type.equals("PHONE")) {
            String message = "Communication type '" + type + "' is not supported in current context";
            throw new RestError(400, message, message);
        }
        List<Object> values = new ArrayList<>(PhpArrays.values(call.paramIgnoreCase("values")));
        values.removeIf(v -> PhpArrays.isArray(v) || PhpArrays.string(v).isBlank());
        if (values.isEmpty()) {
            throw new RestError(400, "Communication values is not defined", "Parameter 'values' is required.");
        }
        if (values.size() > MAX_VALUES) {
            throw new RestError(400, "Too many communication values",
                    "Parameter 'values' may hold at most " + MAX_VALUES + " values, got " + values.size() + ".");
        }
        Set<String> wanted = new HashSet<>();
        for (Object value : values) {
            wanted.add(normalise(type, PhpArrays.string(value)));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : entityTypes(call).entrySet()) {
            List<Long> ids = matches(call.portal().crm(), entry.getValue(), type, wanted);
            if (!ids.isEmpty()) {
                result.put(entry.getKey(), ids);
            }
            if (ids.size() >= MAX_VALUES) {
                break;
            }
        }
        return result;
    }

    private static Map<String, Integer> entityTypes(Call call) {
        String only = PhpArrays.string(call.paramIgnoreCase("entity_type")).trim().toUpperCase(Locale.ROOT);
        if (only.isEmpty()) {
            return TYPES;
        }
        if (!TYPES.containsKey(only)) {
            String message = "Entity type '" + only + "' is not supported in current context";
            throw new RestError(400, message, message);
        }
        return Map.of(only, TYPES.get(only));
    }

    private static List<Long> matches(CrmStore store, int entityTypeId, String commType, Set<String> wanted) {
        EntityType type = store.type(entityTypeId);
        FieldDef field = type.schema().byCode(commType);
        List<Long> ids = new ArrayList<>();
        for (Item item : type.table().all()) {
            if (type.value(item, field) instanceof List<?> list) {
                for (Object element : list) {
                    if (wanted.contains(normalise(commType, ((MultiValue) element).value()))) {
                        ids.add(item.id());
                        break;
                    }
                }
            }
        }
        return ids;
    }

    static String normalise(String commType, String value) {
        if (value == null) {
            return "";
        }
        if (commType.equals("EMAIL")) {
            return value.trim().toLowerCase(Locale.ROOT);
        }
        String digits = value.replaceAll("\\D", "");
        return digits.length() == 11 && digits.startsWith("8") ? "7" + digits.substring(1) : digits;
    }
}
