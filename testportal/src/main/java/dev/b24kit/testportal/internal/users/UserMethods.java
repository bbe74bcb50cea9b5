package dev.b24kit.testportal.internal.users;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.b24kit.testportal.internal.MethodFamily;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.MethodSpec;
import dev.b24kit.testportal.internal.rest.MethodTable;
import dev.b24kit.testportal.internal.rest.Paged;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * {@code profile} (basic scope), {@code user.current} and {@code user.get} (scope {@code user}, also
 * callable with {@code user_basic}/{@code user_brief}) over the portal's {@link UserDirectory} (§11).
 * {@code user.get} takes its filter from {@code FILTER} when that is an array, otherwise from the
 * top-level parameters (docs {@code user-get.md}: {@code user.get?UF_DEPARTMENT=1}); parameter
 * names ignore case; {@code SORT}/{@code ORDER} sort (default {@code ID ASC}); {@code select} picks
 * fields ({@code *}, {@code UF_*}); pages are legacy (§6.1): 50 rows, {@code start} rounded down to
 * a multiple of 50, {@code total} and {@code next}; {@code start=-1} skips the count.
 */
public final class UserMethods implements MethodFamily {

    private static final int PAGE = 50;
    private static final Set<String> NOT_FILTERS = Set.of("SORT", "ORDER", "ADMIN_MODE", "SELECT", "IMAGE_RESIZE", "FILTER");

    @Override
    public void register(MethodTable methods, Portal portal) {
        UserDirectory users = portal.users();
        methods.add(MethodSpec.read("profile", null, call -> profile(current(users, call))));
        methods.add(MethodSpec.read("user.current", "user", call -> UserFields.render(current(users, call),
                UserFields.Version.of(call.caller()), UserFields.Style.CURRENT, null, portal.zone())));
        methods.add(MethodSpec.read("user.get", "user", call -> list(users, call)));
    }

    private static User current(UserDirectory users, Call call) {
        User user = users.find(call.caller().userId());
        if (user == null) {
            throw new RestError(401, "NO_AUTH_FOUND", "Wrong authorization data");
        }
        return user;
    }

    private static Map<String, Object> profile(User user) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("ID", Long.toString(user.id()));
        profile.put("ADMIN", user.admin());
        profile.put("NAME", user.name());
        profile.put("LAST_NAME", user.lastName());
        profile.put("PERSONAL_GENDER", user.gender());
        profile.put("TIME_ZONE", "");
        profile.put("TIME_ZONE_OFFSET", 0); // the user's offset from the portal's time zone (source adds it)
        return profile;
    }

    private static Paged list(UserDirectory users, Call call) {
        Map<String, Object> params = upperKeys(call.params());
        UserFields.Version version = UserFields.Version.of(call.caller());
        Map<String, Object> filterParams = PhpArrays.asArray(params.get("FILTER"));
        if (filterParams == null) {
            filterParams = new LinkedHashMap<>(params);
            filterParams.keySet().removeAll(NOT_FILTERS);
        }
        UserFilter filter = UserFilter.of(filterParams, version);
        List<User> matching = users.all().stream().filter(filter::matches).sorted(order(params)).toList();
        Set<String> select = select(params.get("SELECT"));
        long start = call.startValue();
        call.cost().page(users.all().size());
        List<User> page;
        Long total = null;
        Long next = null;
        if (start < 0) {
            page = matching.stream().limit(PAGE).toList();
            total = 0L;
        } else {
            long offset = start / PAGE * PAGE;
            call.cost().counted(matching.size());
            call.cost().skipped(offset);
            page = matching.stream().skip(offset).limit(PAGE).toList();
            total = (long) matching.size();
            next = offset + PAGE < matching.size() ? offset + PAGE : null;
        }
        call.cost().returned(page.size());
        List<Map<String, Object>> rows = page.stream()
                .map(user -> UserFields.render(user, version, UserFields.Style.LIST, select, call.portal().zone()))
                .toList();
        return new Paged(rows, total, next);
    }

    private static Comparator<User> order(Map<String, Object> params) {
        String field = PhpArrays.string(params.get("SORT")).trim().toUpperCase(Locale.ROOT);
        if (!UserFields.ALL.contains(field) || field.equals("UF_DEPARTMENT")) {
            field = "ID";
        }
        String sortField = field;
        Comparator<User> comparator = (a, b) -> {
            Object x = UserFields.raw(a, sortField);
            Object y = UserFields.raw(b, sortField);
            if (x instanceof Long l && y instanceof Long m) {
                return Long.compare(l, m);
            }
            return PhpArrays.string(x).compareToIgnoreCase(PhpArrays.string(y));
        };
        comparator = comparator.thenComparingLong(User::id);
        return PhpArrays.string(params.get("ORDER")).trim().equalsIgnoreCase("DESC") ? comparator.reversed() : comparator;
    }

    /** The selected field names, or null for all; {@code *} is every standard field, {@code UF_*} every UF field. */
    private static Set<String> select(Object value) {
        List<Object> items = PhpArrays.values(value);
        if (items.isEmpty()) {
            return null;
        }
        Set<String> fields = new LinkedHashSet<>();
        for (Object item : items) {
            String name = PhpArrays.string(item).trim().toUpperCase(Locale.ROOT);
            for (String field : UserFields.ALL) {
                boolean uf = field.startsWith("UF_");
                if (name.equals(field) || (name.equals("*") && !uf) || (name.equals("UF_*") && uf)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /** The server upper-cases user.get's parameter names ({@code array_change_key_case}). */
    private static Map<String, Object> upperKeys(Map<String, Object> params) {
        Map<String, Object> upper = new HashMap<>();
        params.forEach((key, value) -> upper.put(key.toUpperCase(Locale.ROOT), value));
        return upper;
    }
}
