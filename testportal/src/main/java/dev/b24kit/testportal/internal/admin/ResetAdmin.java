package dev.b24kit.testportal.internal.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;

import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.seed.PortalData;
import dev.b24kit.testportal.internal.seed.Seeder;

/**
 * {@code /_testportal/reset} (POST; optional {@code seed}, {@code deals}, {@code contacts},
 * {@code companies}, {@code leads}, defaulting to the start configuration) forgets all data,
 * subscriptions, queued events, faults, the call log and limit counters and seeds again; and the
 * data part of {@code /_testportal/state}.
 */
final class ResetAdmin {

    private final Portal portal;

    ResetAdmin(Portal portal) {
        this.portal = portal;
    }

    Object reset(String httpMethod, Map<String, Object> params) {
        if ("GET".equalsIgnoreCase(httpMethod)) {
            throw new IllegalArgumentException("reset: send POST to reset the portal");
        }
        AdminParams p = new AdminParams("reset", httpMethod, params, Set.of("seed", "deals", "contacts", "companies", "leads"));
        PortalConfig config = portal.config();
        long seed = p.has("seed") ? p.wholeNumber("seed", AdminParams.ANY_WHOLE_NUMBER) : config.seed();
        Seeder.Counts counts = new Seeder.Counts(count(p, "deals", config.deals()), count(p, "contacts", config.contacts()),
                count(p, "companies", config.companies()), count(p, "leads", config.leads()), 8);
        PortalData.reset(portal, seed, counts);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("seed", seed);
        answer.putAll(data());
        return answer;
    }

    private static int count(AdminParams p, String name, int fallback) {
        return p.has(name) ? (int) p.wholeNumber(name, 5_000_000) : fallback;
    }

    /** Record counts per entity type and the number of smart-process types. */
    Map<String, Object> data() {
        Lock lock = portal.stateLock().readLock();
        lock.lock();
        try {
            Map<String, Object> counts = new LinkedHashMap<>();
            for (EntityType type : portal.crm().types()) {
                counts.put(type.name().toLowerCase(java.util.Locale.ROOT), type.table().size());
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("records", counts);
            data.put("smartProcessTypes", portal.crm().smartTypes().size());
            data.put("dealPipelines", portal.crm().categories(EntityType.DEAL).size());
            return data;
        } finally {
            lock.unlock();
        }
    }
}
