package dev.b24kit.testportal.internal.crm.query;

import java.util.List;

import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.Item;

/** A parsed list filter (§6.4): conditions combined with AND, and crm.item's OR groups. */
public sealed interface Filter {

    boolean test(EntityType type, Item item);

    /** Matches everything. */
    Filter ALL = new And(List.of());

    /**
     * One condition. {@code values} are already normalised for the field's type (see {@link Values});
     * {@code empty} means the filter asked for an empty value ({@code filter[X]=""}).
     */
    record Condition(FieldDef field, Op op, List<Object> values, boolean empty) implements Filter {
        @Override
        public boolean test(EntityType type, Item item) {
            return Matcher.matches(this, type.value(item, field));
        }
    }

    record And(List<Filter> parts) implements Filter {
        @Override
        public boolean test(EntityType type, Item item) {
            for (Filter part : parts) {
                if (!part.test(type, item)) {
                    return false;
                }
            }
            return true;
        }
    }

    record Or(List<Filter> parts) implements Filter {
        @Override
        public boolean test(EntityType type, Item item) {
            for (Filter part : parts) {
                if (part.test(type, item)) {
                    return true;
                }
            }
            return parts.isEmpty();
        }
    }
}
