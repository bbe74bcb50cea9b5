package dev.b24kit.testportal.internal.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.RestError;

/** {@code event.offline.get|clear|error|list} (§10.4). Admin only; per calling application. */
final class OfflineMethods {

    private final EventBus bus;
    private final Portal portal;

    OfflineMethods(EventBus bus, Portal portal) {
        this.bus = bus;
        this.portal = portal;
    }

    private String adminApplication(Call call) {
        String app = EventMethods.application(call);
        if (!portal.isAdmin(call.caller().userId())) {
            throw new RestError(403, "ACCESS_DENIED", "Access denied!");
        }
        return app;
    }

    Object get(Call call) {
        String app = adminApplication(call);
        String connector = connector(call);
        Object processParam = call.param("process_id");
        boolean clear = EventMethods.longValue(call.param("clear"), 1) != 0;
        boolean withErrors = EventMethods.longValue(call.param("error"), 0) != 0;
        long limit = Math.max(1, EventMethods.longValue(call.param("limit"), 50));
        Predicate<OfflineQueue.Row> filter = OfflineRows.filter(call.param("filter"), portal.zone(), false);
        Instant now = call.now();
        return bus.offline(queue -> {
            List<OfflineQueue.Row> rows;
            String processId;
            if (processParam != null && !PhpArrays.string(processParam).isEmpty()) {
                processId = PhpArrays.string(processParam);
                rows = new ArrayList<>(queue.select(app, connector, r -> r.processId.equals(processId) && filter.test(r), now));
            } else {
                rows = new ArrayList<>(queue.select(app, connector,
                        r -> r.processId.isEmpty() && (withErrors || !r.error) && filter.test(r), now));
                processId = null;
            }
            rows.sort(OfflineRows.order(call.param("order"), "TIMESTAMP_X"));
            if (rows.size() > limit) {
                rows = new ArrayList<>(rows.subList(0, (int) limit));
            }
            List<Map<String, Object>> rendered = OfflineRows.render(rows, portal.zone(), false);
            String resultProcess = processId;
            if (processId == null && clear) {
                queue.delete(rows);
            } else if (processId == null && !rows.isEmpty()) {
                resultProcess = queue.reserve(rows, now);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("process_id", resultProcess);
            result.put("events", rendered);
            return result;
        });
    }

    Object clear(Call call) {
        String app = adminApplication(call);
        String processId = requiredProcess(call);
        Set<String> ids = strings(call.param("id"));
        Set<String> messages = strings(call.param("message_id"));
        Instant now = call.now();
        bus.offline(queue -> {
            queue.delete(queue.select(app, null, r -> r.processId.equals(processId)
                    && (ids.isEmpty() || ids.contains(Long.toString(r.id)))
                    && (messages.isEmpty() || messages.contains(r.messageId)), now));
            return null;
        });
        return true;
    }

    Object error(Call call) {
        String app = adminApplication(call);
        String processId = requiredProcess(call);
        Set<String> messages = strings(call.param("message_id"));
        Instant now = call.now();
        bus.offline(queue -> {
            for (OfflineQueue.Row row : queue.select(app, null, r -> r.processId.equals(processId)
                    && (messages.isEmpty() || messages.contains(r.messageId)), now)) {
                row.error = true;
                row.processId = "";
                row.reservedAt = null;
            }
            return null;
        });
        return true;
    }

    Object list(Call call) {
        String app = adminApplication(call);
        String connector = connector(call);
        Predicate<OfflineQueue.Row> filter = OfflineRows.filter(call.param("filter"), portal.zone(), true);
        Instant now = call.now();
        List<Map<String, Object>> rows = bus.offline(queue -> {
            List<OfflineQueue.Row> selected = new ArrayList<>(queue.select(app, connector, filter, now));
            selected.sort(OfflineRows.order(call.param("order"), "ID"));
            return OfflineRows.render(selected, portal.zone(), true);
        });
        return EventMethods.page(rows, call.startValue());
    }

    /** §10.4: without {@code auth_connector}, {@code get} and {@code list} see only rows bound without one. */
    private static String connector(Call call) {
        Object value = call.param("auth_connector");
        return value == null ? "" : PhpArrays.string(value);
    }

    private static String requiredProcess(Call call) {
        String processId = PhpArrays.string(call.param("process_id"));
        if (processId.isEmpty()) {
            throw RestError.of("ERROR_ARGUMENT", "Argument 'process_id' is null or empty");
        }
        return processId;
    }

    private static Set<String> strings(Object value) {
        Set<String> out = new HashSet<>();
        for (Object element : PhpArrays.values(value)) {
            out.add(PhpArrays.string(element));
        }
        return out;
    }
}
