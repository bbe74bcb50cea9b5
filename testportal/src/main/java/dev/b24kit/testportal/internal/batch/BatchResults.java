package dev.b24kit.testportal.internal.batch;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.Paged;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * What a batch has produced so far (§5.2 {@code arResult}): results, errors, totals, next offsets and
 * time objects, each a PHP array keyed by command key in execution order. The same arrays are the
 * context of {@code $result[...]} references. Not thread-safe; one per batch.
 */
final class BatchResults {

    private final Map<String, Object> result = PhpArrays.array();
    private final Map<String, Object> next = PhpArrays.array();
    private final Map<String, Object> total = PhpArrays.array();
    private final Map<String, Object> time = PhpArrays.array();
    private final Map<String, Object> error = PhpArrays.array();

    /** A command succeeded: its result, and its {@code total}/{@code next} when it paged. */
    void succeeded(String key, Object outcome, Map<String, Object> timeOfCommand) {
        if (outcome instanceof Paged paged) {
            result.put(key, paged.result());
            if (paged.total() != null) {
                total.put(key, paged.total());
            }
            if (paged.next() != null) {
                next.put(key, paged.next());
            }
        } else {
            result.put(key, outcome);
        }
        time.put(key, timeOfCommand);
    }

    /** A command failed or was refused: only {@code error} and {@code error_description} are kept. */
    void failed(String key, RestError failure) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("error", failure.code());
        entry.put("error_description", failure.description());
        error.put(key, entry);
    }

    /** The roots {@code $result}, {@code $next}, {@code $total}, {@code $time}, {@code $error} resolve in (§5.4). */
    Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("result", result);
        context.put("next", next);
        context.put("total", total);
        context.put("time", time);
        context.put("error", error);
        return context;
    }

    /**
     * The batch's {@code result} (§5.3): the five members, each rendered by the PHP array rule (empty
     * is {@code []}, keys 0..n-1 a list, anything else an object).
     */
    Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("result", result);
        members.put("result_error", error);
        members.put("result_total", total);
        members.put("result_next", next);
        members.put("result_time", time);
        return members;
    }
}
