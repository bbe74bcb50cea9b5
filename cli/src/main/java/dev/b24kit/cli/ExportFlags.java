package dev.b24kit.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import dev.b24kit.client.listing.ListMethod;
import dev.b24kit.client.listing.ListQuery;

/** The argument and flags of {@code b24kit export}, each refusal naming the value and what is accepted. */
final class ExportFlags {

    private ExportFlags() {
    }

    /**
     * What to export: a legacy CRM list method, or {@code crm.item.list} for one entity type.
     *
     * @param label        as the user typed it ({@code deals}, {@code item:1030})
     * @param method       the list method
     * @param entityTypeId the {@code entityTypeId} parameter of {@code crm.item.list}, or null
     */
    record Target(String label, String method, Integer entityTypeId) {

        /** The list method's ID field ({@code ID}, or {@code id} for {@code crm.item.list}). */
        String idField() {
            return ListMethod.of(method).idField();
        }

        /** A query for this target: {@code entityTypeId} set when it has one. */
        ListQuery.Builder query() {
            ListQuery.Builder query = ListQuery.builder();
            return entityTypeId == null ? query : query.param("entityTypeId", entityTypeId);
        }
    }

    static final class TargetName implements ITypeConverter<Target> {
        private static final String ACCEPTED = "use deals, contacts, companies, leads or item:ENTITY_TYPE_ID "
                + "(e.g. item:2 for deals through crm.item.list, item:1030 for a smart process)";

        @Override
        public Target convert(String value) {
            String name = value.strip().toLowerCase(Locale.ROOT);
            return switch (name) {
                case "deals" -> new Target(name, "crm.deal.list", null);
                case "contacts" -> new Target(name, "crm.contact.list", null);
                case "companies" -> new Target(name, "crm.company.list", null);
                case "leads" -> new Target(name, "crm.lead.list", null);
                default -> {
                    Matcher item = Pattern.compile("item:(\\d{1,9})").matcher(name);
                    if (!item.matches() || Integer.parseInt(item.group(1)) < 1) {
                        throw new TypeConversionException("'" + value + "' is not something to export: " + ACCEPTED);
                    }
                    yield new Target(name, "crm.item.list", Integer.parseInt(item.group(1)));
                }
            };
        }
    }

    /**
     * One filter condition: the list method's filter key with its operator prefix, and the value
     * (a list for {@code @} and {@code !@}).
     */
    record Condition(String key, Object value) {
    }

    static final class ConditionSpec implements ITypeConverter<Condition> {
        // the prefixes of protocol §6.4; another prefix could be taken for part of a field name the
        // portal does not know and ignored, silently widening the export, so it is refused here
        private static final Set<String> OPERATORS = Set.of("", "=", "!", "!=", ">", ">=", "<", "<=", "@", "!@", "%",
                "=%", "%=", "!%", "!=%", "!%=");
        private static final Pattern CONDITION = Pattern.compile("([^A-Za-z0-9_]*)([A-Za-z_][A-Za-z0-9_]*)=(.*)",
                Pattern.DOTALL);

        @Override
        public Condition convert(String value) {
            Matcher m = CONDITION.matcher(value.strip());
            String accepted = "use [OPERATOR]FIELD=VALUE, e.g. STAGE_ID=WON, '>OPPORTUNITY=1000', '@STAGE_ID=NEW,WON'";
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a filter condition: " + accepted);
            }
            String operator = m.group(1);
            if (!OPERATORS.contains(operator)) {
                throw new TypeConversionException("'" + value + "' has an unknown operator '" + operator
                        + "': use one of = ! != > >= < <= @ !@ (in, not in: comma-separated values) % =% %= !% !=% !%=");
            }
            String key = operator + m.group(2);
            if (!operator.endsWith("@")) {
                return new Condition(key, m.group(3));
            }
            return new Condition(key, Arrays.stream(m.group(3).split(",")).map(String::strip).toList());
        }
    }

    static final class Shards implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String accepted = "use 1.." + ListQuery.MAX_SHARDS + " (0 or absent: automatic, by the span of IDs)";
            try {
                int shards = Integer.parseInt(value.strip());
                if (shards >= 0 && shards <= ListQuery.MAX_SHARDS) {
                    return shards;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new TypeConversionException("'" + value + "' is not a number of shards: " + accepted);
        }
    }
}
