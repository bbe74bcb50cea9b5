package dev.b24kit.schema.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Params;
import dev.b24kit.client.PortalValues;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.ValueRefused;

/**
 * Users by ID, e-mail or full name ({@code Иван Лебедев} or {@code Лебедев Иван}) → user ID, through
 * {@code user.get}: one request per distinct value, then remembered for the catalog's life (users are
 * not part of the catalog's load). Thread-safe.
 */
public final class UserDirectory {

    private record User(long id, String name, String lastName, String secondName, String email) {
        String describe() {
            return (name + " " + lastName).strip() + " (" + id + (email.isEmpty() ? "" : ", " + email) + ")";
        }
    }

    private final Bitrix24Client client;
    private final Map<String, Long> known = new ConcurrentHashMap<>();

    public UserDirectory(Bitrix24Client client) {
        this.client = client;
    }

    /** The ID of the user {@code value} names. */
    public long id(FieldRef field, Object value) {
        String given = String.valueOf(value).strip();
        Long cached = known.get(Text.normalize(given));
        if (cached != null) {
            return cached;
        }
        List<User> matches;
        if (given.matches("\\d+")) {
            matches = users(Params.of("ID", given));
        } else if (given.contains("@")) {
            matches = users(Params.of("filter", Map.of("EMAIL", given))).stream()
                    .filter(u -> u.email().equalsIgnoreCase(given)).toList();
        } else {
            matches = byName(given);
        }
        if (matches.size() != 1) {
            throw new ValueRefused(field, value, matches.isEmpty() ? ValueRefused.Reason.NOT_IN_LIST : ValueRefused.Reason.AMBIGUOUS,
                    matches.isEmpty() ? "is no user of the portal" : "names several users; give the ID or e-mail",
                    matches.isEmpty() ? List.of("a user ID", "an e-mail", "a full name (first and last)")
                            : matches.stream().map(User::describe).toList());
        }
        known.put(Text.normalize(given), matches.getFirst().id());
        return matches.getFirst().id();
    }

    private List<User> byName(String given) {
        Set<String> wanted = Arrays.stream(Text.normalize(given).split(" ")).collect(Collectors.toSet());
        String longest = wanted.stream().max(Comparator.comparingInt(String::length)).orElse(given);
        List<User> found = new ArrayList<>();
        for (User u : users(Params.of("filter", Map.of("NAME_SEARCH", longest)))) {
            Set<String> names = new java.util.HashSet<>(Set.of(Text.normalize(u.name()), Text.normalize(u.lastName())));
            if (wanted.size() == 3) {
                names.add(Text.normalize(u.secondName()));
            }
            if (names.equals(wanted)) {
                found.add(u);
            }
        }
        return found;
    }

    private List<User> users(Params params) {
        List<User> users = new ArrayList<>();
        for (JsonNode row : PortalValues.members(client.call("user.get", params).result()).values()) {
            users.add(new User(PortalValues.asLong(row.get("ID")).orElse(0), text(row, "NAME"), text(row, "LAST_NAME"),
                    text(row, "SECOND_NAME"), text(row, "EMAIL")));
        }
        return users;
    }

    private static String text(JsonNode row, String member) {
        String text = PortalValues.asText(row.get(member));
        return text == null ? "" : text;
    }
}
