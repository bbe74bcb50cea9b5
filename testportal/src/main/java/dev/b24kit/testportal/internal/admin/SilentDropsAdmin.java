package dev.b24kit.testportal.internal.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.b24kit.testportal.SilentDrops;
import dev.b24kit.testportal.SilentDrops.Mode;
import dev.b24kit.testportal.internal.Portal;

/**
 * The {@code silent-drops} admin endpoint (§8): GET answers each of the five behaviours as
 * {@code silent} or {@code strict}; POST sets {@code all} first, then any behaviour by name. Thread-safe.
 */
public final class SilentDropsAdmin {

    static final List<String> NAMES = List.of("unknownFields", "readOnlyFields", "immutableFields", "enumValues",
            "legacyStage");
    private static final Map<String, Mode> MODES = new LinkedHashMap<>();

    static {
        MODES.put("silent", Mode.SILENT);
        MODES.put("strict", Mode.STRICT);
    }

    private final Portal portal;

    public SilentDropsAdmin(Portal portal) {
        this.portal = portal;
    }

    /** Serves {@code silent-drops}; null for any other endpoint. */
    public Object handle(String endpoint, String httpMethod, Map<String, Object> params) {
        if (!endpoint.equals("silent-drops")) {
            return null;
        }
        List<String> accepted = new ArrayList<>(NAMES);
        accepted.addFirst("all");
        AdminParams request = new AdminParams(endpoint, httpMethod, params, accepted);
        List<Mode> modes = modes(portal.silentDrops());
        if (request.has("all")) {
            Mode all = request.choice("all", MODES);
            modes.replaceAll(mode -> all);
        }
        for (int i = 0; i < NAMES.size(); i++) {
            if (request.has(NAMES.get(i))) {
                modes.set(i, request.choice(NAMES.get(i), MODES));
            }
        }
        if (!params.isEmpty()) {
            portal.silentDrops(new SilentDrops(modes.get(0), modes.get(1), modes.get(2), modes.get(3), modes.get(4)));
        }
        Map<String, Object> view = new LinkedHashMap<>();
        List<Mode> current = modes(portal.silentDrops());
        for (int i = 0; i < NAMES.size(); i++) {
            view.put(NAMES.get(i), current.get(i).name().toLowerCase(Locale.ROOT));
        }
        return view;
    }

    private static List<Mode> modes(SilentDrops drops) {
        return new ArrayList<>(List.of(drops.unknownFields(), drops.readOnlyFields(), drops.immutableFields(),
                drops.enumValues(), drops.legacyStage()));
    }
}
