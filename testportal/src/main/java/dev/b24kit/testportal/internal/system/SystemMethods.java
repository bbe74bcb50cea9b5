package dev.b24kit.testportal.internal.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.b24kit.testportal.internal.MethodFamily;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.auth.Credentials;
import dev.b24kit.testportal.internal.auth.Scopes;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.Caller;
import dev.b24kit.testportal.internal.rest.Envelope;
import dev.b24kit.testportal.internal.rest.MethodSpec;
import dev.b24kit.testportal.internal.rest.MethodTable;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * Portal-wide methods of the basic scope (§11): {@code server.time}, {@code scope}, {@code methods},
 * {@code method.get}, {@code feature.get} and {@code app.info}. {@code methods} and
 * {@code method.get} read the live method table, so they see every family's methods.
 * {@code full} flags follow PHP's loose truthiness ({@code full=false} is a non-empty string, so it
 * counts as true; only absent, empty, {@code 0} and JSON {@code false} are false).
 */
public final class SystemMethods implements MethodFamily {

    /** Features {@code feature.get} reports as available; any other code is {@code N}. */
    private static final List<String> FEATURES = List.of("rest_offline_extended", "rest_auth_connector");

    @Override
    public void register(MethodTable methods, Portal portal) {
        methods.add(MethodSpec.read("server.time", null,
                call -> Envelope.PHP_DATE_C.format(call.now().atZone(portal.zone()))));
        methods.add(MethodSpec.read("scope", null, SystemMethods::scope));
        methods.add(MethodSpec.read("methods", null, call -> methods(methods, call)));
        methods.add(MethodSpec.read("method.get", null, call -> methodGet(methods, call)));
        methods.add(MethodSpec.read("feature.get", null, SystemMethods::featureGet));
        methods.add(MethodSpec.read("app.info", null, ApplicationInfo::of));
    }

    private static List<String> scope(Call call) {
        Caller caller = call.caller();
        boolean all = PhpArrays.truthy(call.param("full")) || caller.kind() == Caller.Kind.INTERNAL;
        return Scopes.sorted(all ? Credentials.ALL_SCOPES : caller.scopes());
    }

    private static List<String> methods(MethodTable table, Call call) {
        boolean full = PhpArrays.truthy(call.param("full"));
        boolean byScope = call.params().containsKey("scope");
        String scope = PhpArrays.string(call.param("scope")).trim();
        return table.all().stream()
                .filter(spec -> full || (byScope ? inScope(spec, scope) : call.caller().hasScope(spec.scope())))
                .map(MethodSpec::name)
                .toList();
    }

    /** {@code methods?scope=X}: the methods of X; an empty X means the basic (scope-less) methods. */
    private static boolean inScope(MethodSpec spec, String scope) {
        return scope.isEmpty() ? spec.scope() == null : scope.equals(spec.scope());
    }

    private static Map<String, Object> methodGet(MethodTable table, Call call) {
        String name = PhpArrays.string(call.param("name")).trim();
        MethodSpec spec = name.isEmpty() ? null : table.find(name);
        boolean existing = spec != null;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("isExisting", existing);
        result.put("isAvailable", existing && call.caller().hasScope(spec.scope()));
        return result;
    }

    private static Map<String, Object> featureGet(Call call) {
        String code = PhpArrays.string(call.paramIgnoreCase("CODE")).trim();
        if (code.isEmpty()) {
            throw new RestError(400, "CODE_EMPTY", "CODE can't be empty");
        }
        return Map.of("value", FEATURES.contains(code) ? "Y" : "N");
    }

}
