package dev.b24kit.testportal.internal.system;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.internal.auth.OAuthApp;
import dev.b24kit.testportal.internal.auth.Scopes;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.Caller;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * {@code app.info} (§11, docs {@code app-info.md}): for an OAuth call the application's fields, for a
 * webhook its {@code SCOPE} list and the portal's {@code LICENSE}, and 400 {@code ACCESS_DENIED}
 * "Access denied! Application context required" without either. The license follows the current
 * plan: Enterprise is {@code ru_ent250}, every other plan {@code ru_pro100} (a commercial plan, as
 * REST needs one).
 */
final class ApplicationInfo {

    private ApplicationInfo() {
    }

    static Map<String, Object> of(Call call) {
        Caller caller = call.caller();
        String[] license = license(call.portal().bucket().plan());
        Map<String, Object> info = new LinkedHashMap<>();
        switch (caller.kind()) {
            case OAUTH -> {
                OAuthApp app = call.portal().credentials().applications().find(caller.applicationId());
                info.put("ID", app.id());
                info.put("CODE", app.code());
                info.put("VERSION", app.version());
                info.put("STATUS", app.status());
                info.put("INSTALLED", true);
                info.put("PAYMENT_EXPIRED", "N");
                info.put("DAYS", null);
                info.put("LANGUAGE_ID", "ru");
                info.put("LICENSE", license[0]);
                info.put("LICENSE_TYPE", license[1]);
                info.put("LICENSE_FAMILY", license[2]);
            }
            case WEBHOOK -> {
                info.put("SCOPE", Scopes.sorted(caller.scopes()));
                info.put("LICENSE", license[0]);
            }
            case INTERNAL -> throw new RestError(400, "ACCESS_DENIED", "Access denied! Application context required");
        }
        return info;
    }

    private static String[] license(Plan plan) {
        return plan.name().equals(Plan.ENTERPRISE.name())
                ? new String[] {"ru_ent250", "ent250", "ent"}
                : new String[] {"ru_pro100", "pro100", "pro"};
    }
}
