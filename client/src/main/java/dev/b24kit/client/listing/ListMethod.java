package dev.b24kit.client.listing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * How a list method pages, from the table below; methods not in it page by offset and their rows are
 * found as the result array or the one array inside the result object.
 *
 * <table>
 *   <caption>List methods</caption>
 *   <tr><th>Method</th><th>Strategy</th><th>ID field</th><th>Rows at</th></tr>
 *   <tr><td>{@code crm.deal.list}, {@code crm.contact.list}, {@code crm.company.list}, {@code crm.lead.list},
 *       {@code crm.quote.list}, {@code crm.activity.list}</td><td>keyset</td><td>{@code ID}</td><td>result</td></tr>
 *   <tr><td>{@code crm.item.list}</td><td>keyset</td><td>{@code id}</td><td>result.items</td></tr>
 *   <tr><td>{@code crm.status.list}</td><td>offset</td><td>{@code ID}</td><td>result</td></tr>
 *   <tr><td>{@code crm.category.list}</td><td>offset</td><td>{@code id}</td><td>result.categories</td></tr>
 *   <tr><td>{@code crm.type.list}</td><td>offset</td><td>{@code id}</td><td>result.types</td></tr>
 *   <tr><td>{@code user.get}, {@code crm.*.userfield.list}, {@code event.offline.list}, others</td>
 *       <td>offset</td><td>{@code ID}</td><td>result</td></tr>
 * </table>
 *
 * @param method    the method, lower-case
 * @param strategy  keyset (ID cursor with {@code start=-1}) or offset ({@code start=0,50,…}, each page counted)
 * @param idField   the ID field, as the method spells it in filter, order and rows
 * @param rowsAt    the member of {@code result} that holds the rows; empty when the result is the rows
 */
public record ListMethod(String method, Strategy strategy, String idField, String rowsAt) {

    /** How a method pages. */
    public enum Strategy {
        /** {@code order[ID]=ASC}, {@code filter[>ID]=last}, {@code start=-1}: no COUNT, constant cost per page. */
        KEYSET,
        /** {@code start=0,50,100…}: every page runs COUNT over the filter, slower as the table grows. */
        OFFSET
    }

    private static final Map<String, ListMethod> KNOWN = Map.ofEntries(
            keyset("crm.deal.list", "ID", ""), keyset("crm.contact.list", "ID", ""),
            keyset("crm.company.list", "ID", ""), keyset("crm.lead.list", "ID", ""),
            keyset("crm.quote.list", "ID", ""), keyset("crm.activity.list", "ID", ""),
            keyset("crm.item.list", "id", "items"),
            offset("crm.status.list", "ID", ""), offset("crm.category.list", "id", "categories"),
            offset("crm.type.list", "id", "types"));

    private static Map.Entry<String, ListMethod> keyset(String method, String id, String rowsAt) {
        return Map.entry(method, new ListMethod(method, Strategy.KEYSET, id, rowsAt));
    }

    private static Map.Entry<String, ListMethod> offset(String method, String id, String rowsAt) {
        return Map.entry(method, new ListMethod(method, Strategy.OFFSET, id, rowsAt));
    }

    /** The table's entry for {@code method}, or an offset entry with rows found by shape. */
    public static ListMethod of(String method) {
        String m = method.strip().toLowerCase(Locale.ROOT);
        return KNOWN.getOrDefault(m, new ListMethod(m, Strategy.OFFSET, "ID", ""));
    }

    /** The methods in the table. */
    public static List<String> known() {
        return KNOWN.keySet().stream().sorted().toList();
    }

    /** The rows of one page's {@code result}. */
    public List<JsonNode> rows(JsonNode result) {
        JsonNode rows = rowsAt.isEmpty() ? result : result.get(rowsAt);
        if (rows != null && rows.isObject() && rowsAt.isEmpty()) {
            JsonNode only = null;
            for (Map.Entry<String, JsonNode> member : rows.properties()) {
                if (member.getValue().isArray()) {
                    if (only != null) {
                        only = null;
                        break;
                    }
                    only = member.getValue();
                }
            }
            rows = only != null ? only : rows;
        }
        if (rows == null || !rows.isContainer()) {
            return List.of();
        }
        List<JsonNode> list = new java.util.ArrayList<>(rows.size());
        rows.forEach(list::add);
        return list;
    }
}
