package dev.b24kit.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One field's identity, whichever way the portal spells it: the UPPER code of the legacy methods,
 * the camel code of {@code crm.item.*} (docs/bitrix24-behavior.md §9.3), its human labels in every
 * language the portal returned, its type and flags. Immutable and thread-safe.
 *
 * @param entity      the entity type the field belongs to
 * @param upper       the UPPER code ({@code UF_CRM_1721244482250}, {@code STAGE_ID})
 * @param camel       the crm.item code ({@code ufCrm_1721244482250}, {@code stageId})
 * @param title       the field's label in the portal's language (for a user field the label, not its code);
 *                    the code when the portal gives no label
 * @param labels      a user field's labels per language ({@code en}, {@code ru}, …); empty for system fields
 * @param type        the kind of value
 * @param portalType  the portal's own type name ({@code enumeration}, {@code crm_status}, {@code char}…)
 * @param multiple    whether it holds a list
 * @param required    whether the portal requires it
 * @param readOnly    whether the portal drops or resets writes to it (§8)
 * @param immutableIn the dialects whose update drops or resets it (a deal's {@code CATEGORY_ID} in legacy, §8)
 * @param deprecated  whether the portal marks it deprecated
 * @param custom      whether it is a user field ({@code isDynamic})
 * @param statusType  the {@code crm.status} list of a {@link FieldType#STATUS} field; empty otherwise
 * @param items       the items of an enumeration, in order; empty otherwise
 * @param dialects    the dialects that know the field (multi-fields are written through {@code fm} in crm.item)
 */
public record FieldRef(EntityType entity, String upper, String camel, String title, Map<String, FieldLabels> labels,
                       FieldType type, String portalType, boolean multiple, boolean required, boolean readOnly,
                       Set<Dialect> immutableIn, boolean deprecated, boolean custom, String statusType,
                       List<EnumItem> items, Set<Dialect> dialects) {

    public FieldRef {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(camel, "camel");
        Objects.requireNonNull(type, "type");
        title = title == null || title.isBlank() ? upper : title.strip();
        labels = Map.copyOf(labels);
        portalType = portalType == null ? "" : portalType;
        immutableIn = Set.copyOf(immutableIn);
        statusType = statusType == null ? "" : statusType;
        items = List.copyOf(items);
        dialects = Set.copyOf(dialects);
    }

    /** The code in {@code dialect}: {@link #upper()} or {@link #camel()}. */
    public String code(Dialect dialect) {
        return dialect == Dialect.LEGACY ? upper : camel;
    }

    /** Whether an update in {@code dialect} would drop or reset it (§8). */
    public boolean immutable() {
        return !immutableIn.isEmpty();
    }

    /** The label in {@code language} when the portal gave one, else {@link #title()}. */
    public String label(String language) {
        FieldLabels inLanguage = labels.get(language);
        return inLanguage != null && !inLanguage.best().isEmpty() ? inLanguage.best() : title;
    }

    /** Every label of the field, in every language, without repeats; the title first. */
    public List<String> allLabels() {
        Set<String> all = new LinkedHashSet<>();
        all.add(title);
        for (FieldLabels l : labels.values()) {
            for (String text : List.of(l.form(), l.list(), l.filter())) {
                if (!text.isEmpty()) {
                    all.add(text);
                }
            }
        }
        return new ArrayList<>(all);
    }

    /** {@code Client budget (UF_CRM_BUDGET)}, as refusals and suggestions show a field. */
    public String describe() {
        return title.equals(upper) ? upper : title + " (" + upper + ")";
    }
}
