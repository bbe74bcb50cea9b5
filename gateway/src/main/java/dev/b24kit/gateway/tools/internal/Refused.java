package dev.b24kit.gateway.tools.internal;

import java.util.List;

import dev.b24kit.schema.SchemaRefusal;

/**
 * An argument the tools cannot use, raised while reading arguments and turned into a refusal result by
 * {@code Tools.call}: never leaves the tools as an exception.
 */
public final class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String given;
    private final transient List<String> accepted;

    public Refused(String message, String field, String given, List<String> accepted) {
        super(message, null, false, false);
        this.field = field;
        this.given = given;
        this.accepted = List.copyOf(accepted);
    }

    public Refused(String message) {
        this(message, null, null, List.of());
    }

    /** The catalog's refusal, with its subject, value and accepted values. */
    public static Refused of(SchemaRefusal refusal) {
        return new Refused(refusal.getMessage(), refusal.subject(), refusal.given(), refusal.accepted());
    }

    public String field() {
        return field;
    }

    public String given() {
        return given;
    }

    public List<String> accepted() {
        return accepted;
    }
}
