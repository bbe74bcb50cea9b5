package dev.b24kit.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code Field=Value} arguments: a field by label or code, a value as a person would say it; {@code Field=} clears. */
final class FieldValues {

    private FieldValues() {
    }

    static Map<String, Object> parse(List<String> arguments, CommandSpec command) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals <= 0) {
                throw new ParameterException(command.commandLine(), "expected Field=Value, got '" + argument + "'");
            }
            String value = argument.substring(equals + 1);
            fields.put(argument.substring(0, equals).strip(), value.isEmpty() ? null : value);
        }
        if (fields.isEmpty()) {
            throw new ParameterException(command.commandLine(), "give at least one Field=Value");
        }
        return fields;
    }
}
