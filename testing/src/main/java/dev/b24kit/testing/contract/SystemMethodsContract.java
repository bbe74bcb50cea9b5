package dev.b24kit.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Portal-wide methods and users (§11), called through the incoming webhook. */
public abstract class SystemMethodsContract {

    protected abstract ContractTarget target();

    protected RawPortal portal() {
        return new RawPortal(target().webhookUrl());
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(item -> values.add(item.asString()));
        return values;
    }

    @Test
    void scopeListsTheWebhooksScopesAndFullListsAtLeastThose() {
        List<String> granted = strings(portal().get("scope", null).result());
        List<String> all = strings(portal().get("scope", "full=true").result());

        assertThat(granted).isNotEmpty();
        assertThat(all).containsAll(granted);
    }

    @Test
    void methodsListsWhatTheCallerMayCallAndFiltersByScope() {
        List<String> mine = strings(portal().get("methods", null).result());
        List<String> user = strings(portal().get("methods", "scope=user").result());
        List<String> basic = strings(portal().get("methods", "scope=").result());
        List<String> all = strings(portal().get("methods", "full=true").result());

        assertThat(mine).contains("server.time", "methods", "user.get");
        assertThat(user).contains("user.get", "user.current").doesNotContain("server.time");
        assertThat(basic).contains("server.time", "profile").doesNotContain("user.get");
        assertThat(all).containsAll(mine);
    }

    @Test
    void methodGetTellsWhetherAMethodExistsAndIsAvailable() {
        assertThat(portal().postJson("method.get", "{\"name\":\"user.get\"}").result().toString())
                .isEqualTo("{\"isExisting\":true,\"isAvailable\":true}");
        assertThat(portal().get("method.get", "name=no.such.method").result().toString())
                .isEqualTo("{\"isExisting\":false,\"isAvailable\":false}");
        assertThat(portal().get("method.get", null).result().toString())
                .isEqualTo("{\"isExisting\":false,\"isAvailable\":false}");
    }

    @Test
    void featureGetWithoutACodeIsCodeEmpty() {
        RawPortal.Reply reply = portal().get("feature.get", null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("CODE_EMPTY");
        assertThat(reply.json().get("error_description").asString()).isEqualTo("CODE can't be empty");
    }

    @Test
    void featureGetAnswersYOrN() {
        assertThat(portal().postJson("feature.get", "{\"CODE\":\"rest_offline_extended\"}").result().get("value").asString())
                .isIn("Y", "N");
    }

    @Test
    void appInfoOfAWebhookListsItsScopesAndTheLicense() {
        JsonNode info = portal().get("app.info", null).result();

        assertThat(info.get("SCOPE").isArray()).isTrue();
        assertThat(info.get("LICENSE").asString()).matches("[a-z]{2}_\\w+");
    }

    @Test
    void profileDescribesTheCallingUser() {
        JsonNode profile = portal().get("profile", null).result();

        assertThat(profile.get("ID").isString()).isTrue();
        assertThat(profile.get("ADMIN").isBoolean()).isTrue();
        assertThat(profile.propertyNames()).contains("NAME", "LAST_NAME", "PERSONAL_GENDER", "TIME_ZONE");
    }

    @Test
    void userCurrentMixesDateFormatsAsThePortalDoes() {
        JsonNode me = portal().get("user.current", null).result();

        assertThat(me.get("ID").asString()).isEqualTo(portal().get("profile", null).result().get("ID").asString());
        assertThat(me.get("ACTIVE").isBoolean()).isTrue();
        assertThat(me.get("LAST_LOGIN").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
        assertThat(me.get("DATE_REGISTER").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
        assertThat(me.get("LAST_ACTIVITY_DATE").asString()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(me.get("UF_DEPARTMENT").isArray()).isTrue();
        assertThat(me.get("UF_DEPARTMENT").get(0).isIntegralNumber()).isTrue();
    }

    @Test
    void userGetPagesByFiftyWithTotalAndNext() {
        RawPortal.Reply first = portal().get("user.get", null);
        long total = first.json().get("total").asLong();

        assertThat(first.result().size()).isEqualTo((int) Math.min(50, total));
        if (total > 50) {
            assertThat(first.json().get("next").asLong()).isEqualTo(50);
            RawPortal.Reply second = portal().get("user.get", "start=50");
            assertThat(second.result().size()).isEqualTo((int) Math.min(50, total - 50));
            assertThat(second.result().get(0).get("ID").asString()).isNotEqualTo(first.result().get(0).get("ID").asString());
        } else {
            assertThat(first.json().has("next")).isFalse();
        }
    }

    @Test
    void userGetRoundsStartDownToAPageBoundary() {
        assertThat(portal().get("user.get", "start=7").result()).isEqualTo(portal().get("user.get", "start=0").result());
    }

    @Test
    void userGetWithStartMinusOneSkipsTheCount() {
        RawPortal.Reply reply = portal().get("user.get", "start=-1");

        assertThat(reply.json().get("total").asLong()).isZero();
        assertThat(reply.json().has("next")).isFalse();
        assertThat(reply.result().size()).isPositive();
    }

    @Test
    void userGetSortsAndTakesTopLevelFilterFields() {
        JsonNode descending = portal().get("user.get", "SORT=ID&ORDER=DESC").result();
        long firstId = descending.get(0).get("ID").asLong();
        long secondId = descending.get(1).get("ID").asLong();

        assertThat(firstId).isGreaterThan(secondId);
        JsonNode filtered = portal().get("user.get", "ID=" + secondId).result();
        assertThat(filtered).hasSize(1);
        assertThat(filtered.get(0).get("ID").asLong()).isEqualTo(secondId);
    }

    @Test
    void userGetFindsByNameWithALikePattern() {
        JsonNode me = portal().get("user.current", null).result();
        String prefix = me.get("NAME").asString().substring(0, 2);

        JsonNode found = portal().postJson("user.get", "{\"filter\":{\"NAME\":\"" + prefix + "%\"}}").result();

        assertThat(found.size()).isPositive();
        found.forEach(user -> assertThat(user.get("NAME").asString()).startsWithIgnoringCase(prefix));
    }
}
