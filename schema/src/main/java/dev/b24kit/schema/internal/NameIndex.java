package dev.b24kit.schema.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.b24kit.schema.AmbiguousField;
import dev.b24kit.schema.EntityType;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.UnknownField;

/**
 * One entity's fields by every name a person or a program may use: the UPPER code, the camel code
 * and each label in each language, compared after {@link Text#normalize}. A code names its field even
 * when it is also someone's label. Immutable after construction; thread-safe.
 */
public final class NameIndex {

    private record Name(String text, FieldRef field) {
    }

    private final EntityType entity;
    private final Map<String, FieldRef> byCode = new HashMap<>();
    private final Map<String, Set<FieldRef>> byLabel = new HashMap<>();
    private final List<Name> names = new ArrayList<>();

    public NameIndex(EntityType entity, List<FieldRef> fields) {
        this.entity = entity;
        for (FieldRef field : fields) {
            for (String code : List.of(field.upper(), field.camel())) {
                byCode.putIfAbsent(Text.normalize(code), field);
                names.add(new Name(code, field));
            }
            for (String label : field.allLabels()) {
                byLabel.computeIfAbsent(Text.normalize(label), k -> new LinkedHashSet<>()).add(field);
                names.add(new Name(label, field));
            }
        }
    }

    /**
     * The field {@code name} names; null when none does.
     *
     * @throws AmbiguousField when it is a label of several fields and no field's code
     */
    public FieldRef find(String name) {
        String key = Text.normalize(name);
        FieldRef byItsCode = byCode.get(key);
        if (byItsCode != null) {
            return byItsCode;
        }
        Set<FieldRef> labelled = byLabel.getOrDefault(key, Set.of());
        if (labelled.size() > 1) {
            throw new AmbiguousField(entity, name, new ArrayList<>(labelled));
        }
        return labelled.isEmpty() ? null : labelled.iterator().next();
    }

    /** The refusal for a name that {@link #find} did not find, with the closest fields (each once, by its nearest name). */
    public UnknownField unknown(String name) {
        List<Name> closest = Text.closest(name, names, Name::text, names.size());
        Map<FieldRef, String> shown = new java.util.LinkedHashMap<>();
        for (Name n : closest) {
            boolean code = n.text().equals(n.field().upper()) || n.text().equals(n.field().camel());
            shown.putIfAbsent(n.field(), code ? n.field().describe() : n.text() + " (" + n.field().upper() + ")");
        }
        return new UnknownField(entity, name, shown.values().stream().limit(5).toList());
    }
}
