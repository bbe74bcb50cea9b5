package dev.b24kit.testportal.internal.rest;

import java.util.Locale;
import java.util.Objects;

/**
 * A method the portal serves.
 *
 * @param name      lower-case method name ({@code crm.deal.list})
 * @param scope     scope the caller needs ({@code crm}, {@code user}); null = any authorised caller
 * @param access    which lock of the portal state the handler runs under
 * @param batchable whether {@code batch} may run it (§5.2: not {@code batch} itself)
 * @param handler   the implementation
 */
public record MethodSpec(String name, String scope, Access access, boolean batchable, RestMethod handler) {

    /** How a handler touches portal state. */
    public enum Access {
        /** reads state: runs under the read lock, concurrently with other reads */
        READ,
        /** changes state: runs alone under the write lock */
        WRITE,
        /** takes no lock itself (batch, which locks per sub-command) */
        NONE
    }

    public MethodSpec {
        name = name.toLowerCase(Locale.ROOT);
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
    }

    public static MethodSpec read(String name, String scope, RestMethod handler) {
        return new MethodSpec(name, scope, Access.READ, true, handler);
    }

    public static MethodSpec write(String name, String scope, RestMethod handler) {
        return new MethodSpec(name, scope, Access.WRITE, true, handler);
    }

    public boolean writes() {
        return access == Access.WRITE;
    }
}
