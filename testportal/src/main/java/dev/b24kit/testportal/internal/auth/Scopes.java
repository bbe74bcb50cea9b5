package dev.b24kit.testportal.internal.auth;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * Scope lists as the admin API takes them and the portal renders them: a comma-separated string
 * ({@code "crm,user"}) or a list, checked against {@link Credentials#ALL_SCOPES}, rendered sorted.
 */
public final class Scopes {

    private Scopes() {
    }

    /**
     * The scopes named by {@code value} (a comma-separated string or a PHP list), or {@code fallback}
     * when it is null or empty.
     *
     * @throws IllegalArgumentException naming {@code parameter}, the unknown scope and the accepted ones
     */
    public static Set<String> parse(String parameter, Object value, Set<String> fallback) {
        List<Object> items = PhpArrays.isArray(value) ? PhpArrays.values(value) : List.of(PhpArrays.string(value).split(","));
        Set<String> scopes = new LinkedHashSet<>();
        for (Object item : items) {
            String scope = PhpArrays.string(item).trim().toLowerCase(Locale.ROOT);
            if (scope.isEmpty()) {
                continue;
            }
            if (!Credentials.ALL_SCOPES.contains(scope)) {
                throw new IllegalArgumentException(parameter + ": '" + scope + "' is not a scope of the test portal; use "
                        + "a comma-separated list of " + String.join(", ", sorted(Credentials.ALL_SCOPES)));
            }
            scopes.add(scope);
        }
        return scopes.isEmpty() ? fallback : Set.copyOf(scopes);
    }

    /** The scopes in alphabetical order. */
    public static List<String> sorted(Collection<String> scopes) {
        return List.copyOf(new TreeSet<>(scopes));
    }

    /** The scopes as the OAuth server writes them: sorted and comma-separated. */
    public static String joined(Collection<String> scopes) {
        return String.join(",", sorted(scopes));
    }
}
