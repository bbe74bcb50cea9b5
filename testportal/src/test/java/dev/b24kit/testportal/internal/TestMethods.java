package dev.b24kit.testportal.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.MethodSpec;
import dev.b24kit.testportal.internal.rest.MethodTable;
import dev.b24kit.testportal.internal.rest.Paged;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * Fake methods with structured results, for tests of batch and limits:
 * <ul>
 *   <li>{@code test.echo} answers {@code {params, start}} (what it was called with);</li>
 *   <li>{@code test.list?count=N&total=T&next=X} answers a page of N rows {@code {ID, TITLE}} with a
 *       total and next when given;</li>
 *   <li>{@code test.fail} fails like a legacy CRM method ({@code error: ""}, "Not found");</li>
 *   <li>{@code test.crm} needs the {@code crm} scope and answers {@code true};</li>
 *   <li>{@code test.write?key=K} is a write: it records K in {@link #written} and answers {@code 1};</li>
 *   <li>{@code test.cost?seconds=S} costs S seconds on top of the base read cost.</li>
 * </ul>
 */
public final class TestMethods implements MethodFamily {

    /** The {@code key} of every {@code test.write} that ran, in order. */
    public final List<String> written = new CopyOnWriteArrayList<>();

    @Override
    public void register(MethodTable methods, Portal portal) {
        methods.add(MethodSpec.read("test.echo", null, TestMethods::echo));
        methods.add(MethodSpec.read("test.list", null, TestMethods::list));
        methods.add(MethodSpec.read("test.fail", null, call -> {
            throw RestError.legacy("Not found");
        }));
        methods.add(MethodSpec.read("test.crm", "crm", call -> true));
        methods.add(MethodSpec.write("test.write", null, call -> {
            written.add(String.valueOf(call.param("key")));
            return 1L;
        }));
        methods.add(MethodSpec.read("test.cost", null, call -> {
            call.cost().add(Double.parseDouble(PhpArrays.string(call.param("seconds"))));
            return true;
        }));
    }

    private static Object echo(Call call) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("params", call.params());
        result.put("start", call.start());
        return result;
    }

    private static Object list(Call call) {
        int count = Integer.parseInt(PhpArrays.string(call.param("count")));
        List<Object> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ID", Integer.toString(i));
            row.put("TITLE", "row " + i);
            rows.add(row);
        }
        Long total = call.param("total") == null ? null : Long.valueOf(PhpArrays.string(call.param("total")));
        Long next = call.param("next") == null ? null : Long.valueOf(PhpArrays.string(call.param("next")));
        return new Paged(PhpArrays.listOf(rows), total, next);
    }
}
