package dev.b24kit.testportal.internal.crm.legacy;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * The simple equality filter of dictionary-like legacy lists ({@code crm.status.list},
 * {@code crm.*.userfield.list}): keys are field names in any case, values compare as text ignoring
 * case; keys outside the filterable columns are ignored, as those methods ignore them.
 */
final class DictionaryRows {

    private DictionaryRows() {
    }

    static boolean matches(Map<String, Object> row, Map<String, Object> filter, Collection<String> filterable) {
        for (Map.Entry<String, Object> entry : filter.entrySet()) {
            String key = entry.getKey().toUpperCase(Locale.ROOT);
            if (filterable.contains(key)) {
                Object actual = row.get(key);
                String wanted = PhpArrays.string(entry.getValue());
                if (actual == null ? !wanted.isEmpty() : !actual.toString().equalsIgnoreCase(wanted)) {
                    return false;
                }
            }
        }
        return true;
    }
}
