package dev.b24kit.testportal.internal.rest;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The methods a portal serves, looked up case-insensitively (§1.1: the server lower-cases names).
 * Filled once at start by the method families; thread-safe for lookups afterwards.
 */
public final class MethodTable {

    private final Map<String, MethodSpec> methods = new ConcurrentHashMap<>();

    public MethodTable add(MethodSpec spec) {
        if (methods.putIfAbsent(spec.name(), spec) != null) {
            throw new IllegalStateException("method registered twice: " + spec.name());
        }
        return this;
    }

    /** The method, or null when the portal has no such method. */
    public MethodSpec find(String name) {
        return methods.get(name.toLowerCase(Locale.ROOT));
    }

    /** All methods, sorted by name. */
    public Collection<MethodSpec> all() {
        return Collections.unmodifiableCollection(new TreeMap<>(methods).values());
    }
}
