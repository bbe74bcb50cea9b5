package dev.b24kit.testportal.internal.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.b24kit.testportal.FaultRule;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.faults.FaultPlan;

/**
 * {@code /_testportal/faults}: GET lists the scheduled rules; POST {@code rule=KIND[:ARG]@METHOD[,count=N][,p=P]}
 * adds one (see {@link FaultRule#parse}); POST {@code remove=ID} removes one; POST {@code clear=true}
 * removes all.
 */
final class FaultsAdmin {

    private final Portal portal;

    FaultsAdmin(Portal portal) {
        this.portal = portal;
    }

    Object handle(String httpMethod, Map<String, Object> params) {
        AdminParams p = new AdminParams("faults", httpMethod, params, Set.of("rule", "remove", "clear"));
        if (p.has("rule")) {
            long id = portal.faults().add(FaultRule.parse(p.text("rule")));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("id", id);
            answer.put("scheduled", list());
            return answer;
        }
        if (p.has("remove")) {
            long id = p.id("remove", "the id of a scheduled rule");
            if (!portal.faults().remove(id)) {
                throw p.refused("remove", Long.toString(id), "the id of a scheduled rule (see GET /_testportal/faults)");
            }
        }
        if (p.has("clear") && p.bool("clear")) {
            portal.faults().clear();
        }
        return Map.of("scheduled", list());
    }

    private List<Map<String, Object>> list() {
        return portal.faults().scheduled().stream().map(FaultsAdmin::row).toList();
    }

    private static Map<String, Object> row(FaultPlan.Scheduled s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", s.id());
        row.put("rule", s.rule().spec());
        row.put("fault", s.rule().spec().substring(0, s.rule().spec().indexOf('@')));
        row.put("method", s.rule().method());
        row.put("probability", s.rule().probability());
        row.put("remaining", s.remaining());
        row.put("struck", s.struck());
        row.put("from", s.rule().from() == null ? null : s.rule().from().toString());
        row.put("until", s.rule().until() == null ? null : s.rule().until().toString());
        return row;
    }
}
