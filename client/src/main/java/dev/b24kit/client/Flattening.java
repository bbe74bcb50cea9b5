package dev.b24kit.client;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** PHP's {@code http_build_query} flattening and form encoding, for {@link Params}. */
final class Flattening {

    private Flattening() {
    }

    static void flatten(String key, Object value, List<Params.Entry> into) {
        switch (value) {
            case null -> { }
            case JsonNode node -> flattenJson(key, node, into);
            case Map<?, ?> map -> map.forEach((k, v) -> flatten(key + "[" + k + "]", v, into));
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) {
                    flatten(key + "[" + i + "]", list.get(i), into);
                }
            }
            case Boolean b -> into.add(new Params.Entry(key, b ? "1" : "0"));
            case Double d -> into.add(new Params.Entry(key, plain(d)));
            case Float f -> into.add(new Params.Entry(key, plain(f.doubleValue())));
            default -> into.add(new Params.Entry(key, value.toString()));
        }
    }

    private static void flattenJson(String key, JsonNode node, List<Params.Entry> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                flattenJson(key + "[" + member.getKey() + "]", member.getValue(), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flattenJson(key + "[" + i + "]", node.get(i), into);
            }
        } else if (node.isBoolean()) {
            into.add(new Params.Entry(key, node.booleanValue() ? "1" : "0"));
        } else if (node.isNumber()) {
            into.add(new Params.Entry(key, node.isIntegralNumber() ? node.bigIntegerValue().toString()
                    : plain(node.doubleValue())));
        } else if (!node.isNull() && !node.isMissingNode()) {
            into.add(new Params.Entry(key, node.asString()));
        }
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : BigDecimal.valueOf(d).toPlainString();
    }

    /** {@code a[]=x&a[]=y} becomes {@code a[0]=x&a[1]=y}: numbered per prefix, the way PHP appends. */
    static List<Params.Entry> numberAppends(List<Params.Entry> entries) {
        Map<String, Integer> next = new HashMap<>();
        List<Params.Entry> numbered = new ArrayList<>(entries.size());
        for (Params.Entry entry : entries) {
            String key = entry.key();
            int at;
            while ((at = key.indexOf("[]")) >= 0) {
                String prefix = key.substring(0, at);
                int index = next.merge(prefix, 1, Integer::sum) - 1;
                key = prefix + "[" + index + "]" + key.substring(at + 2);
            }
            numbered.add(new Params.Entry(key, entry.value()));
        }
        return numbered;
    }

    static String encode(List<Params.Entry> entries) {
        StringBuilder form = new StringBuilder();
        for (Params.Entry entry : entries) {
            if (!form.isEmpty()) {
                form.append('&');
            }
            form.append(URLEncoder.encode(entry.key(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(entry.value(), StandardCharsets.UTF_8));
        }
        return form.toString();
    }
}
