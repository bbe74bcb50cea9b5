package dev.b24kit.testportal.internal.rest;

/**
 * A list method's outcome: the {@code result}, and the top-level {@code total} and {@code next}
 * (§2 step 2, §6.1). A null {@code total} omits the key; a null {@code next} omits it too.
 */
public record Paged(Object result, Long total, Long next) {

    /** A page that carries no count and no next ({@code start=-1}): {@code total} is 0 (§13). */
    public static Paged uncounted(Object result) {
        return new Paged(result, 0L, null);
    }
}
