package dev.b24kit.testportal.internal.admin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.b24kit.testportal.SilentDrops;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * {@code /_testportal/silent-drops}: reads (GET) or switches (POST) the silent drops of §8. POST
 * parameters {@code all}, {@code unknownFields}, {@code readOnlyFields}, {@code immutableFields},
 * {@code enumValues}, {@code legacyStage}, each {@code silent} or {@code strict} ({@code all} first,
 * then the single ones). Answers the modes now in force, e.g. {@code {"unknownFields":"silent",…}}.
 * A bad value is an {@link IllegalArgumentException} naming the parameter and what is accepted.
 */
final class SilentDropsEndpoint {

    private SilentDropsEndpoint() {
    }

    static Object handle(Portal portal, String httpMethod, Map<String, Object> params) {
        if (!"GET".equalsIgnoreCase(httpMethod)) {
            SilentDrops drops = portal.silentDrops();
            SilentDrops.Mode all = mode(params, "all", null);
            if (all != null) {
                drops = new SilentDrops(all, all, all, all, all);
            }
            drops = new SilentDrops(mode(params, "unknownFields", drops.unknownFields()),
                    mode(params, "readOnlyFields", drops.readOnlyFields()),
                    mode(params, "immutableFields", drops.immutableFields()),
                    mode(params, "enumValues", drops.enumValues()),
                    mode(params, "legacyStage", drops.legacyStage()));
            portal.silentDrops(drops);
        }
        SilentDrops drops = portal.silentDrops();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("unknownFields", name(drops.unknownFields()));
        out.put("readOnlyFields", name(drops.readOnlyFields()));
        out.put("immutableFields", name(drops.immutableFields()));
        out.put("enumValues", name(drops.enumValues()));
        out.put("legacyStage", name(drops.legacyStage()));
        return out;
    }

    private static SilentDrops.Mode mode(Map<String, Object> params, String name, SilentDrops.Mode fallback) {
        Object value = params.get(name);
        if (value == null) {
            return fallback;
        }
        return switch (PhpArrays.string(value).trim().toLowerCase(Locale.ROOT)) {
            case "silent" -> SilentDrops.Mode.SILENT;
            case "strict" -> SilentDrops.Mode.STRICT;
            default -> throw new IllegalArgumentException(
                    "silent-drops: " + name + " '" + PhpArrays.string(value) + "' is not one of silent, strict");
        };
    }

    private static String name(SilentDrops.Mode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }
}
