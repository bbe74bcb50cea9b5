package dev.b24kit.writes.internal;

import java.util.List;

import dev.b24kit.schema.SchemaRefusal;
import dev.b24kit.writes.Receipt;

/** Why a change is refused before anything is sent; becomes a {@link Receipt.Refused}. */
final class Refusal extends RuntimeException {

    private final String field;
    private final String value;
    private final List<String> accepted;

    Refusal(String reason, String field, String value, List<String> accepted) {
        super(reason, null, false, false);
        this.field = field;
        this.value = value;
        this.accepted = List.copyOf(accepted);
    }

    Refusal(String reason) {
        this(reason, null, null, List.of());
    }

    static Refusal of(SchemaRefusal refusal) {
        return new Refusal(refusal.getMessage(), refusal.subject(), refusal.given(), refusal.accepted());
    }

    Receipt.Refused receipt(String entity, Long recordId, String journalId) {
        return new Receipt.Refused(entity, recordId, journalId, getMessage(), field, value, accepted);
    }
}
