package dev.b24kit.schema;

import java.util.List;
import java.util.Objects;

/**
 * A pipeline ({@code crm.category}) and its stages, in order (docs/bitrix24-behavior.md §7.4, §9.1). Immutable.
 *
 * @param id        the category ID (0 for the default deal pipeline)
 * @param name      its label
 * @param isDefault whether new records land in it
 * @param stages    its stages, in sort order
 */
public record Pipeline(int id, String name, boolean isDefault, List<StatusItem> stages) {

    public Pipeline {
        Objects.requireNonNull(name, "name");
        stages = List.copyOf(stages);
    }

    /** {@code Корпоративные продажи (1)}. */
    public String describe() {
        return name + " (" + id + ")";
    }
}
