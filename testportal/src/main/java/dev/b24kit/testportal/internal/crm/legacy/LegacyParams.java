package dev.b24kit.testportal.internal.crm.legacy;

import java.util.Map;

import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * Parameter resolution of the legacy CRM proxy ({@code CCrmRestHelper}, §6.4, §7.1): names are
 * matched ignoring case ({@code fields}, {@code FIELDS}, {@code arFields}), array parameters must be
 * arrays ({@code Parameter 'fields' must be array.}), and an ID is PHP's {@code intval} of
 * {@code id}/{@code ID} and must be positive ({@code ID is not defined or invalid.}).
 */
final class LegacyParams {

    private LegacyParams() {
    }

    /** The entity ID of get/update/delete. */
    static long id(Call call) {
        Object value = call.paramIgnoreCase("id");
        long id = value == null || PhpArrays.isArray(value) ? 0 : PhpArrays.intval(PhpArrays.string(value));
        if (id <= 0) {
            throw RestError.legacy("ID is not defined or invalid.");
        }
        return id;
    }

    /** A required array parameter ({@code fields}). */
    static Map<String, Object> required(Call call, String name) {
        Map<String, Object> array = PhpArrays.asArray(find(call, name));
        if (array == null) {
            throw mustBeArray(name);
        }
        return array;
    }

    /** An optional array parameter ({@code params}, {@code filter}, {@code order}): empty when absent. */
    static Map<String, Object> optional(Call call, String name) {
        Object value = find(call, name);
        if (value == null || (value instanceof String text && text.isEmpty())) {
            return PhpArrays.array();
        }
        Map<String, Object> array = PhpArrays.asArray(value);
        if (array == null) {
            throw mustBeArray(name);
        }
        return array;
    }

    /** The raw {@code select} parameter, null when absent. */
    static Object select(Call call) {
        return find(call, "select");
    }

    private static Object find(Call call, String name) {
        String ar = "ar" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return call.paramIgnoreCase(name, ar);
    }

    private static RestError mustBeArray(String name) {
        return RestError.legacy("Parameter '" + name + "' must be array.");
    }
}
