package dev.b24kit.testportal.internal.crm.universal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.b24kit.testportal.internal.crm.SmartType;
import dev.b24kit.testportal.internal.crm.SmartTypes;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * Reads the {@code fields} of {@code crm.type.add}/{@code update} into {@link SmartTypes.Settings}: the
 * {@code Y}/{@code N} settings (missing ones keep the current value, or the documented default on add:
 * all {@code N} except {@code isSetOpenPermissions}), {@code relations} and {@code linkedUserFields}.
 * The last two take {@code "true"}/{@code "false"} only — the docs say {@code Y}/{@code N} "do not work",
 * so a {@code Y} there reads as off. Unknown keys are ignored.
 */
final class TypeInput {

    private TypeInput() {
    }

    /** The settings {@code fields} ask for, on top of {@code base} (null on add). */
    static SmartTypes.Settings settings(Map<String, Object> fields, SmartType base) {
        Object titleValue = fields.get("title");
        String title = titleValue != null ? PhpArrays.string(titleValue).trim() : base != null ? base.title() : "";
        if (title.isEmpty()) {
            throw RestError.of("BX_ERROR", "Не заполнено обязательное поле \"Название\"");
        }
        Object codeValue = fields.get("code");
        String code = codeValue != null ? PhpArrays.string(codeValue) : base != null ? base.code() : "";
        boolean categories = flag(fields, "isCategoriesEnabled", base != null && base.categoriesEnabled());
        boolean stages = flag(fields, "isStagesEnabled", base != null && base.stagesEnabled());
        Set<String> options = new HashSet<>();
        for (String option : SmartType.OPTIONS) {
            boolean current = base != null ? base.enabled(option) : option.equals("isSetOpenPermissions");
            if (flag(fields, option, current)) {
                options.add(option);
            }
        }
        List<SmartType.Relation> relations = fields.containsKey("relations") ? relations(fields.get("relations"))
                : base != null ? base.relations() : List.of();
        Map<String, Boolean> linked = fields.containsKey("linkedUserFields")
                ? linkedUserFields(fields.get("linkedUserFields"))
                : base != null ? base.linkedUserFields() : Map.of();
        return new SmartTypes.Settings(title, code, categories, stages, options, relations, linked);
    }

    /** The {@code entityTypeId} a caller asked for on add, or null to have one assigned. */
    static Long requestedEntityTypeId(Map<String, Object> fields) {
        Object value = fields.get("entityTypeId");
        if (value == null || PhpArrays.string(value).isBlank()) {
            return null;
        }
        Long id = D7.integer(value);
        if (id == null || !SmartTypes.allowedEntityTypeId(id)) {
            throw RestError.of("INVALID_ARG_VALUE", "entityTypeId is out of allowed range");
        }
        return id;
    }

    private static boolean flag(Map<String, Object> fields, String name, boolean current) {
        Boolean value = D7.yesNo(fields.get(name));
        return value != null ? value : current;
    }

    private static List<SmartType.Relation> relations(Object value) {
        Map<String, Object> array = PhpArrays.asArray(value);
        List<SmartType.Relation> relations = new ArrayList<>();
        if (array == null) {
            return relations;
        }
        for (String side : List.of("parent", "child")) {
            for (Object entry : PhpArrays.values(PhpArrays.asArray(array.get(side)))) {
                Map<String, Object> relation = PhpArrays.asArray(entry);
                Long other = relation == null ? null : D7.integer(relation.get("entityTypeId"));
                if (other != null && other > 0) {
                    relations.add(new SmartType.Relation(other.intValue(), side.equals("parent"),
                            filterTrue(relation.get("isChildrenListEnabled")), false));
                }
            }
        }
        return relations;
    }

    private static Map<String, Boolean> linkedUserFields(Object value) {
        Map<String, Boolean> linked = new HashMap<>();
        Map<String, Object> array = PhpArrays.asArray(value);
        if (array != null) {
            for (Map.Entry<String, Object> entry : array.entrySet()) {
                if (TypeView.LINKABLE_USER_FIELDS.contains(entry.getKey())) {
                    linked.put(entry.getKey(), filterTrue(entry.getValue()));
                }
            }
        }
        return linked;
    }

    /** PHP {@code filter_var(FILTER_VALIDATE_BOOLEAN)}: {@code true}, {@code "true"}, {@code "1"}, {@code "on"}, {@code "yes"}. */
    private static boolean filterTrue(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = PhpArrays.string(value).trim().toLowerCase(Locale.ROOT);
        return text.equals("true") || text.equals("1") || text.equals("on") || text.equals("yes");
    }
}
