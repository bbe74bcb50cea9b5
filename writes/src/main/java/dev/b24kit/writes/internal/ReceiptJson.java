package dev.b24kit.writes.internal;

import dev.b24kit.writes.Receipt;
import tools.jackson.databind.node.ObjectNode;

/** A receipt as JSON: {@code {"kind": "confirmed", …the record's components}}, for the journal, proposals and {@code --json}. */
public final class ReceiptJson {

    private ReceiptJson() {
    }

    /** The receipt as a JSON object. */
    public static ObjectNode tree(Receipt receipt) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("kind", kind(receipt));
        json.setAll((ObjectNode) Json.MAPPER.valueToTree(receipt));
        return json;
    }

    /** The receipt as JSON text; {@code null} for {@code null}. */
    public static String of(Receipt receipt) {
        return receipt == null ? null : tree(receipt).toString();
    }

    /** {@code confirmed}, {@code adopted}, {@code drifted}, {@code refused}, {@code unknown} or {@code proposed}. */
    public static String kind(Receipt receipt) {
        return switch (receipt) {
            case Receipt.Confirmed c -> c.adopted() ? "adopted" : "confirmed";
            case Receipt.Drifted d -> "drifted";
            case Receipt.Refused r -> "refused";
            case Receipt.Unknown u -> "unknown";
            case Receipt.Proposed p -> "proposed";
        };
    }
}
