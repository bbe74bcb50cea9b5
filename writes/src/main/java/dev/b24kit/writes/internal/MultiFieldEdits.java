package dev.b24kit.writes.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.b24kit.schema.Dialect;
import dev.b24kit.schema.FieldType;
import dev.b24kit.schema.RecordView;

/**
 * Multi-fields (phones, e-mails, web, messengers) written with their real semantics. A legacy update
 * appends every item without an {@code ID}, so "set the phone to X" sent as is would add a second phone.
 * Given the record's current items, the wanted list is written onto them: the first items replace
 * existing ones by {@code ID}, the rest of the existing ones are removed ({@code ID} with
 * {@code DELETE: Y}), and only items beyond the existing ones are appended.
 */
final class MultiFieldEdits {

    private MultiFieldEdits() {
    }

    /** Whether the update sets a multi-field, so the record's current items must be read first. */
    static boolean needsCurrent(Prepared write) {
        return !write.isCreate() && write.target().dialect() == Dialect.LEGACY
                && write.expected().entries().stream().anyMatch(e -> e.field().type() == FieldType.MULTIFIELD);
    }

    /** Rewrites the multi-fields of {@code write.send()} against the record's {@code current} items. */
    static void rewrite(Prepared write, RecordView current) {
        for (RecordView.Entry wanted : write.expected().entries()) {
            if (wanted.field().type() != FieldType.MULTIFIELD) {
                continue;
            }
            String code = wanted.field().upper();
            List<Map<String, Object>> items = new ArrayList<>();
            List<?> now = current.find(code).map(e -> e.value() instanceof List<?> l ? l : List.of()).orElse(List.of());
            List<?> want = wanted.value() instanceof List<?> l ? l : List.of();
            for (int i = 0; i < Math.max(now.size(), want.size()); i++) {
                Map<String, Object> item = new LinkedHashMap<>();
                if (i < now.size()) {
                    item.put("ID", ((Map<?, ?>) now.get(i)).get("id"));
                }
                if (i < want.size()) {
                    Map<?, ?> value = (Map<?, ?>) want.get(i);
                    item.put("VALUE", value.get("value"));
                    item.put("VALUE_TYPE", value.get("type"));
                } else {
                    item.put("DELETE", "Y");
                }
                items.add(item);
            }
            write.send().put(code, items);
        }
    }
}
