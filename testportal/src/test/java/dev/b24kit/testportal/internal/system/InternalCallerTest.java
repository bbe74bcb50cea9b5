package dev.b24kit.testportal.internal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.internal.Families;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.limits.CostMeter;
import dev.b24kit.testportal.internal.limits.CostModel;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.Caller;
import dev.b24kit.testportal.internal.rest.RestError;
import dev.b24kit.testportal.internal.time.Sleeper;

/** Methods called without an HTTP credential (seeder, admin) or for a user the directory lacks. */
class InternalCallerTest {

    private final Portal portal = new Portal(PortalConfig.fast(), Sleeper.REAL, Families.all());

    private Object call(String method, Caller caller) {
        Call call = new Call(method, Map.of(), null, caller, portal, new CostMeter(CostModel.FREE, false), Instant.EPOCH);
        try {
            return portal.methods().find(method).handler().handle(call);
        } catch (RestError e) {
            return e.status() + " " + e.code() + " " + e.description();
        }
    }

    @Test
    void appInfoWithoutAnApplicationContextIsAccessDenied() {
        assertThat(call("app.info", Caller.internal(1)))
                .isEqualTo("400 ACCESS_DENIED Access denied! Application context required");
    }

    @Test
    void anInternalCallerHasEveryScope() {
        assertThat(call("scope", Caller.internal(1)).toString()).contains("crm", "user", "telephony");
    }

    @Test
    void aCallerWhoseUserIsNotInTheDirectoryHasNoProfile() {
        Caller stranger = new Caller(999, "webhook:9", Set.of("user"), Caller.Kind.WEBHOOK, null);

        assertThat(call("profile", stranger)).isEqualTo("401 NO_AUTH_FOUND Wrong authorization data");
        assertThat(call("user.current", stranger)).isEqualTo("401 NO_AUTH_FOUND Wrong authorization data");
    }
}
