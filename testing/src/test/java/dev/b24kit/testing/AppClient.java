package dev.b24kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testing.contract.RawPortal;

/**
 * An application installed on the test portal (through the admin API) calling REST methods with its
 * OAuth access token ({@code /rest/METHOD} with {@code auth=TOKEN}), as an app's backend does.
 */
final class AppClient {

    private final RawPortal raw;
    private final JsonNode install;

    private AppClient(RawPortal raw, JsonNode install) {
        this.raw = raw;
        this.install = install;
    }

    /** Installs the portal's default app for {@code userId} (1 is the administrator). */
    static AppClient install(TestPortalExtension portal, long userId) {
        JsonNode install = new AdminClient(portal).set("apps/install", "userId", Long.toString(userId));
        return new AppClient(new RawPortal(portal.portal().baseUrl().resolve("rest/")), install);
    }

    String accessToken() {
        return install.get("access_token").asString();
    }

    String applicationToken() {
        return install.get("application_token").asString();
    }

    String memberId() {
        return install.get("member_id").asString();
    }

    RawPortal.Reply call(String method, Map<String, Object> params) {
        Map<String, Object> withAuth = new LinkedHashMap<>(params);
        withAuth.put("auth", accessToken());
        return raw.postJson(method, Rest.json(withAuth));
    }

    JsonNode result(String method, Map<String, Object> params) {
        RawPortal.Reply reply = call(method, params);
        assertThat(reply.status()).as("%s answered %s", method, reply.body()).isEqualTo(200);
        return reply.result();
    }
}
