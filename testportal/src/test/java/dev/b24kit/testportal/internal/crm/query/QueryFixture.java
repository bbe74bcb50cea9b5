package dev.b24kit.testportal.internal.crm.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.b24kit.testportal.internal.crm.Author;
import dev.b24kit.testportal.internal.crm.CrmStore;
import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.crm.MultiValue;
import dev.b24kit.testportal.internal.crm.Records;
import dev.b24kit.testportal.internal.crm.StandardTypes;
import dev.b24kit.testportal.internal.php.PhpArrays;

/** A store with the standard types and helpers to add records and parse PHP-style filters. */
final class QueryFixture {

    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    final CrmStore store = new CrmStore();
    private Instant clock = Instant.parse("2024-08-30T09:00:00Z");

    QueryFixture() {
        StandardTypes.install(store);
    }

    EntityType deals() {
        return store.type(EntityType.DEAL);
    }

    EntityType contacts() {
        return store.type(EntityType.CONTACT);
    }

    /** Adds a deal; each deal is created one minute after the previous one. */
    Item deal(String title, long opportunity, String stage) {
        Map<FieldDef, Object> values = new LinkedHashMap<>();
        values.put(deals().schema().byCode("TITLE"), title);
        values.put(deals().schema().byCode("OPPORTUNITY"), BigDecimal.valueOf(opportunity));
        values.put(deals().schema().byCode("STAGE_ID"), stage);
        clock = clock.plusSeconds(60);
        return Records.add(store, deals(), values, new Author(1, clock, ZONE));
    }

    Item contact(String name, String... phones) {
        Map<FieldDef, Object> values = new LinkedHashMap<>();
        values.put(contacts().schema().byCode("NAME"), name);
        values.put(contacts().schema().byCode("PHONE"),
                java.util.Arrays.stream(phones).map(p -> new MultiValue(0, "PHONE", null, p)).toList());
        return Records.add(store, contacts(), values, new Author(1, clock, ZONE));
    }

    Filter filter(EntityType type, Object... pairs) {
        return FilterParser.parse(array(pairs), type.schema()::byCode, Dialect.LEGACY, ZONE);
    }

    List<OrderTerm> order(EntityType type, Object... pairs) {
        return OrderTerm.parse(array(pairs), type.schema()::byCode, Dialect.LEGACY);
    }

    static Map<String, Object> array(Object... pairs) {
        Map<String, Object> array = PhpArrays.array();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            array.put((String) pairs[i], value instanceof List<?> list ? PhpArrays.listOf(list) : value);
        }
        return array;
    }
}
