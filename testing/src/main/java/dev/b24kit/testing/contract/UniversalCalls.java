package dev.b24kit.testing.contract;

import static dev.b24kit.testing.contract.JsonCall.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The steps the universal-API contracts share, over plain HTTP: create a smart process, an item, a
 * user field; expect a success or an error. Each step asserts what it needs and says so on failure.
 */
final class UniversalCalls {

    private final RawPortal portal;

    UniversalCalls(RawPortal portal) {
        this.portal = portal;
    }

    RawPortal.Reply call(String method, Map<String, Object> params) {
        return JsonCall.post(portal, method, params);
    }

    /** A call that must succeed; answers {@code result}. */
    JsonNode ok(String method, Map<String, Object> params) {
        RawPortal.Reply reply = call(method, params);
        assertThat(reply.status()).as("%s answered %s", method, reply.body()).isEqualTo(200);
        return reply.result();
    }

    /** A call that must fail with HTTP 400; answers the reply. */
    RawPortal.Reply fails(String method, Map<String, Object> params) {
        RawPortal.Reply reply = call(method, params);
        assertThat(reply.status()).as("%s answered %s", method, reply.body()).isEqualTo(400);
        assertThat(reply.json().has("result")).isFalse();
        return reply;
    }

    /** Creates a smart process with the given settings; answers its {@code type} object. */
    JsonNode addType(Object... fields) {
        return ok("crm.type.add", map("fields", map(fields))).get("type");
    }

    /** A smart process with pipelines, stages and every optional field switched on. */
    JsonNode addFullType(String title) {
        return addType("title", title, "isCategoriesEnabled", "Y", "isStagesEnabled", "Y", "isClientEnabled", "Y",
                "isBeginCloseDatesEnabled", "Y", "isObserversEnabled", "Y", "isSourceEnabled", "Y",
                "isLinkWithProductsEnabled", "Y", "isMycompanyEnabled", "Y");
    }

    /** Adds an item; answers the {@code item} object. */
    JsonNode addItem(long entityTypeId, Object... fields) {
        return ok("crm.item.add", map("entityTypeId", entityTypeId, "fields", map(fields))).get("item");
    }

    JsonNode getItem(long entityTypeId, long id) {
        return ok("crm.item.get", map("entityTypeId", entityTypeId, "id", id)).get("item");
    }

    /** Adds a user field through {@code userfieldconfig.add}; answers the {@code field} object. */
    JsonNode addUserField(String entityId, String fieldName, String userTypeId, Object... more) {
        Map<String, Object> field = map("entityId", entityId, "fieldName", fieldName, "userTypeId", userTypeId);
        field.putAll(map(more));
        return ok("userfieldconfig.add", map("moduleId", "crm", "field", field)).get("field");
    }

    static long id(JsonNode node) {
        return node.get("id").asLong();
    }

    static long entityTypeId(JsonNode type) {
        return type.get("entityTypeId").asLong();
    }

    /** The numeric or string {@code error} of a reply, as text. */
    static String error(RawPortal.Reply reply) {
        return reply.json().get("error").asString();
    }

    static String description(RawPortal.Reply reply) {
        return reply.json().get("error_description").asString();
    }
}
