package dev.b24kit.gateway.tools.internal;

import dev.b24kit.client.Bitrix24Exception;
import dev.b24kit.schema.RecordView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** How records are shown to agents: the canonical view without empty fields, keyed by UPPER code. */
final class Views {

    private Views() {
    }

    /** {@code {"STAGE_ID": {"camel": "stageId", "title": "Stage", "value": "WON", "text": "Won"}, …}}, empty values left out. */
    static ObjectNode compact(RecordView view) {
        ObjectNode all = view.toJson();
        ObjectNode out = Json.object();
        all.properties().forEach(e -> {
            JsonNode value = e.getValue().get("value");
            boolean empty = value == null || value.isNull() || (value.isString() && value.asString().isEmpty())
                    || (value.isContainer() && value.isEmpty());
            if (!empty) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    /** {@code : Order 1182} when the record has a title or name, else empty. */
    static String titled(RecordView view) {
        for (String name : new String[] {"TITLE", "NAME"}) {
            var entry = view.find(name);
            if (entry.isPresent() && !entry.get().text().isBlank()) {
                return ": " + entry.get().text();
            }
        }
        return "";
    }

    static boolean notFound(Bitrix24Exception e) {
        return e instanceof dev.b24kit.client.RequestRejected rejected && rejected.isNotFound();
    }
}
