package dev.b24kit.testportal.internal.admin;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.b24kit.testportal.CutOff;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.limits.CostModel;
import dev.b24kit.testportal.internal.limits.LeakyBucket;
import dev.b24kit.testportal.internal.limits.OperatingBudget;

/**
 * Admin endpoints for limits and time (§4, §6.1): {@code limits} (plan, leaky bucket),
 * {@code operating} (operating-time budget), {@code cost} (cost model), {@code latency},
 * {@code cut-off} (the front end's request time limit, §4.3). GET answers
 * the current settings; POST changes what its parameters name and answers the new settings. Silent
 * drops are in {@link SilentDropsAdmin}. Documented in {@code docs/testportal.md}. Thread-safe.
 */
public final class LimitsAdmin {

    private static final Map<String, LatencyMode> LATENCY = orderedMap("realtime", LatencyMode.REALTIME, "none",
            LatencyMode.NONE);
    private static final Map<String, CostModel> COST_MODELS = orderedMap("default", CostModel.DEFAULT, "free",
            CostModel.FREE);

    private final Portal portal;

    public LimitsAdmin(Portal portal) {
        this.portal = portal;
    }

    /** Serves {@code endpoint}; null when the endpoint is not one of these. */
    public Object handle(String endpoint, String httpMethod, Map<String, Object> params) {
        return switch (endpoint) {
            case "limits" -> limits(new AdminParams(endpoint, httpMethod, params,
                    List.of("plan", "burst", "drainPerSecond", "countRejected", "resetBucket")));
            case "operating" -> operating(new AdminParams(endpoint, httpMethod, params,
                    List.of("limitSeconds", "enabled", "reset")));
            case "cost" -> cost(new AdminParams(endpoint, httpMethod, params, costNames()));
            case "latency" -> latency(new AdminParams(endpoint, httpMethod, params, List.of("mode")));
            case "cut-off" -> cutOff(new AdminParams(endpoint, httpMethod, params, List.of("enabled", "afterSeconds")));
            default -> null;
        };
    }

    private Map<String, Object> limits(AdminParams params) {
        LeakyBucket bucket = portal.bucket();
        Plan plan = params.has("plan") || params.has("burst") || params.has("drainPerSecond")
                ? requestedPlan(params, bucket.plan()) : null;
        Boolean countRejected = params.has("countRejected") ? params.bool("countRejected") : null;
        boolean reset = params.has("resetBucket") && params.bool("resetBucket");
        if (plan != null) {
            bucket.plan(plan);
        }
        if (countRejected != null) {
            bucket.countRejected(countRejected);
        }
        if (reset) {
            bucket.reset();
        }
        Plan current = bucket.plan();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("plan", current.name());
        view.put("burst", current.unlimited() ? null : current.burst());
        view.put("drainPerSecond", current.unlimited() ? null : current.drainPerSecond());
        view.put("level", bucket.level());
        view.put("countRejected", bucket.countRejected());
        view.put("operatingLimitSeconds", seconds(portal.budget().limit()));
        return view;
    }

    /**
     * {@code plan=standard|enterprise|unlimited|custom:B/D}, or {@code plan=custom} (or no plan) with
     * {@code burst} and {@code drainPerSecond}; one of those two alone keeps the current plan's other.
     */
    private static Plan requestedPlan(AdminParams params, Plan current) {
        String name = params.has("plan") ? params.text("plan").toLowerCase(Locale.ROOT) : "custom";
        boolean sized = params.has("burst") || params.has("drainPerSecond");
        if (!name.equals("custom")) {
            if (sized) {
                throw params.refused("plan", name, "custom (or no plan) together with burst and drainPerSecond");
            }
            return Plan.parse(params.text("plan"));
        }
        Double burst = params.has("burst") ? params.number("burst", true) : null;
        Double drain = params.has("drainPerSecond") ? params.number("drainPerSecond", true) : null;
        if (burst != null && burst < 1) {
            throw params.refused("burst", params.text("burst"), "a number >= 1");
        }
        if (current.unlimited() && (burst == null || drain == null)) {
            String missing = burst == null ? "burst" : "drainPerSecond";
            throw params.refused(missing, "", "a number > 0 (the current plan is unlimited, so burst and "
                    + "drainPerSecond must both be given)");
        }
        burst = burst != null ? burst : current.burst();
        drain = drain != null ? drain : current.drainPerSecond();
        return new Plan("custom:" + trim(burst) + "/" + trim(drain), burst, drain);
    }

    private Map<String, Object> operating(AdminParams params) {
        OperatingBudget budget = portal.budget();
        Duration limit = params.has("limitSeconds") ? params.duration("limitSeconds") : null;
        Boolean enabled = params.has("enabled") ? params.bool("enabled") : null;
        boolean reset = params.has("reset") && params.bool("reset");
        if (limit != null) {
            budget.limit(limit);
        }
        if (enabled != null) {
            budget.enabled(enabled);
        }
        if (reset) {
            budget.reset();
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("enabled", budget.enabled());
        view.put("limitSeconds", seconds(budget.limit()));
        view.put("windowSeconds", 600);
        view.put("usage", budget.usage().stream().map(LimitsAdmin::usage).toList());
        return view;
    }

    private static Map<String, Object> usage(OperatingBudget.MethodUsage usage) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("credential", usage.credential());
        row.put("method", usage.method());
        row.put("operating", usage.operatingSeconds());
        row.put("resetAt", usage.resetAt());
        row.put("blocked", usage.blocked());
        return row;
    }

    /** {@code model=default|free} first (the base), then any coefficient by name, in seconds. */
    private Map<String, Object> cost(AdminParams params) {
        CostModel model = params.has("model") ? params.choice("model", COST_MODELS) : portal.costModel();
        for (String name : CostModel.NAMES) {
            if (params.has(name)) {
                model = model.with(name, params.seconds(name, false));
            }
        }
        if (params.has("model") || CostModel.NAMES.stream().anyMatch(params::has)) {
            portal.costModel(model);
        }
        return new LinkedHashMap<>(portal.costModel().coefficients());
    }

    private Map<String, Object> latency(AdminParams params) {
        if (params.has("mode")) {
            portal.latency(params.choice("mode", LATENCY));
        }
        return Map.of("mode", portal.latency().name().toLowerCase(Locale.ROOT));
    }

    /** {@code enabled} and {@code afterSeconds} (> 0); either alone keeps the other. */
    private Map<String, Object> cutOff(AdminParams params) {
        CutOff current = portal.cutOff();
        Duration after = params.has("afterSeconds") ? params.duration("afterSeconds") : current.after();
        boolean enabled = params.has("enabled") ? params.bool("enabled") : current.enabled();
        portal.cutOff(new CutOff(enabled, after));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("enabled", portal.cutOff().enabled());
        view.put("afterSeconds", seconds(portal.cutOff().after()));
        return view;
    }

    private static List<String> costNames() {
        return Stream.concat(Stream.of("model"), CostModel.NAMES.stream()).toList();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static <T> Map<String, T> orderedMap(String k1, T v1, String k2, T v2) {
        Map<String, T> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
