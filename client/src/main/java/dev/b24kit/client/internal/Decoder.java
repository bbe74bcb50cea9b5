package dev.b24kit.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.b24kit.client.CallResult;
import dev.b24kit.client.PortalValues;
import dev.b24kit.client.Timing;

/** Reads a raw answer into an {@link Answer}: envelopes, error envelopes, and whatever else arrives. */
public final class Decoder {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private Decoder() {
    }

    public static Answer decode(String method, Transport.Wire wire) {
        JsonNode root;
        try {
            root = wire.body().length == 0 ? null : JSON.readTree(wire.body());
        } catch (JacksonException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            return new Answer.Garbled(wire.status(), summary(wire));
        }
        if (root.has("error") && !root.has("result")) {
            return new Answer.Refused(wire.status(), errorCode(root.get("error")), text(root.get("error_description")));
        }
        if (!root.has("result")) {
            return new Answer.Garbled(wire.status(), "a JSON object without result or error");
        }
        return new Answer.Ok(envelope(method, root));
    }

    /** A success envelope (also a batch command's parts, assembled by the caller). */
    public static CallResult envelope(String method, JsonNode root) {
        return new CallResult(method, root.get("result"), number(root.get("total")), number(root.get("next")),
                Timing.of(root.get("time")));
    }

    /** {@code error} as text: strings as they are, numbers as digits, null or missing as {@code ""}. */
    public static String errorCode(JsonNode error) {
        if (error == null || error.isNull()) {
            return "";
        }
        return error.isNumber() ? error.numberValue().toString() : error.isContainer() ? error.toString() : error.asString();
    }

    private static OptionalLong number(JsonNode node) {
        return node == null || node.isNull() ? OptionalLong.empty() : PortalValues.asLong(node);
    }

    /** {@code error_description} as text: null or missing as {@code ""}, an object or array as its JSON. */
    public static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.isContainer() ? node.toString() : node.asString();
    }

    private static String summary(Transport.Wire wire) {
        String type = wire.contentType().isEmpty() ? "no content type" : wire.contentType();
        if (wire.body().length == 0) {
            return "an empty body (" + type + ")";
        }
        String body = new String(wire.body(), 0, Math.min(wire.body().length, 2048), StandardCharsets.UTF_8);
        java.util.regex.Matcher title = java.util.regex.Pattern.compile("(?is)<title>(.*?)</title>").matcher(body);
        String what = title.find() ? "an HTML page titled '" + title.group(1).strip() + "'" : "a non-JSON body";
        return what + " (" + type + ", " + wire.body().length + " bytes)";
    }
}
