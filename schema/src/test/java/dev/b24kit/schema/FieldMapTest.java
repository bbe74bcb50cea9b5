package dev.b24kit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The field map: own names for portal fields, checked against a portal's catalog. */
class FieldMapTest {

    static final String MAP = """
            deal:
              budget: Client budget
              channel:
                field: UF_CRM_1721244482270
                type: enumeration
                values:
                  online: Онлайн
                  tender: Тендер
              contract: Номер договора
              stage:
                field: STAGE_ID
                pipeline: Корпоративные продажи
                values:
                  won: WON
                  fresh: Новая
            item:1030:
              products: Интересующие продукты
            """;

    private SchemaPortal portal;
    private FieldCatalog catalog;

    @BeforeEach
    void start() {
        portal = SchemaPortal.start();
        catalog = portal.catalog();
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void resolvesEveryEntryAndSpellsItPerDialect() {
        FieldMap map = FieldMap.parse(MAP);

        FieldMapCheck check = map.check(catalog);
        assertThat(check.ok()).as(check.broken().toString()).isTrue();
        assertThat(map.entries()).extracting(FieldMap.Entry::name)
                .containsExactly("deal.budget", "deal.channel", "deal.contract", "deal.stage", "item:1030.products");
        assertThat(map.code(catalog, "deal.budget", Dialect.LEGACY)).isEqualTo("UF_CRM_BUDGET");
        assertThat(map.code(catalog, "deal.budget", Dialect.ITEM)).isEqualTo("ufCrmBudget");
        assertThat(map.code(catalog, "item:1030.products", Dialect.ITEM)).isEqualTo("ufCrm1Products");
        long online = catalog.field(EntityType.DEAL, "Sales channel").items().getFirst().id();
        assertThat(map.value(catalog, "deal.channel", "online", Dialect.ITEM)).isEqualTo(online);
        assertThat(map.value(catalog, "deal.channel", "online", Dialect.LEGACY)).isEqualTo(Long.toString(online));
        assertThat(map.value(catalog, "deal.stage", "won", Dialect.LEGACY)).isEqualTo("C1:WON");
        assertThat(map.value(catalog, "deal.stage", "fresh", Dialect.LEGACY)).isEqualTo("C1:NEW");
    }

    @Test
    void reportsEachEntryThatNoLongerResolvesWithTheClosestCandidates() {
        FieldMap map = FieldMap.parse(MAP + """
            contact:
              vip:
                field: VIP client
                type: enumeration
            quote:
              title: TITLE
            """);
        catalog.entities();
        JsonNode contract = portal.call("crm.deal.userfield.list", Map.of("filter", Map.of("FIELD_NAME", "UF_CRM_CONTRACT_NO"))).get(0);
        portal.call("crm.deal.userfield.delete", Map.of("id", contract.get("ID").asString()));
        JsonNode channel = portal.call("crm.deal.userfield.list", Map.of("filter", Map.of("FIELD_NAME", "UF_CRM_1721244482270"))).get(0);
        String tender = channel.get("LIST").get(3).get("ID").asString();
        portal.call("crm.deal.userfield.update", Map.of("id", channel.get("ID").asString(),
                "fields", Map.of("LIST", List.of(Map.of("ID", tender, "DEL", "Y")))));
        portal.clock.advance(Duration.ofMinutes(1));

        FieldMapCheck check = map.check(catalog);

        assertThat(check.ok()).isFalse();
        assertThat(check.broken()).extracting(b -> b.entry().name())
                .containsExactly("deal.channel", "deal.contract", "contact.vip", "quote.title");
        assertThat(check.broken().get(0).problem()).startsWith("value tender ('Тендер') no longer resolves");
        assertThat(check.broken().get(0).candidates()).first().asString().startsWith("Онлайн (");
        assertThat(check.broken().get(1).problem()).isEqualTo("field 'Номер договора' no longer resolves (renamed or deleted?)");
        assertThat(check.broken().get(2).problem()).isEqualTo("type changed: the map expects enumeration, VIP-клиент (UF_CRM_VIP) is boolean");
        assertThat(check.broken().get(3).problem()).isEqualTo("no entity 'quote' on this portal");
        assertThat(check.broken().get(3).candidates()).contains("deal", "item:1030 (Договоры)");
    }

    @Test
    void aStarterMapOfEachEntityResolvesOnItsPortal() {
        for (EntityType entity : catalog.entities()) {
            String starter = FieldMap.starter(catalog.schema(entity));
            FieldMapCheck check = FieldMap.parse(starter).check(catalog);
            assertThat(check.ok()).as(starter + check.broken()).isTrue();
        }
        String deals = FieldMap.starter(catalog.schema(EntityType.DEAL));
        assertThat(deals).startsWith("# b24kit field map").contains("deal:\n  sales_channel:\n    field: \"Sales channel\"");
        assertThat(deals).contains("  client_budget:\n    field: \"Client budget\"  # UF_CRM_BUDGET, money\n    type: money\n");
    }

    @Test
    void aMalformedMapIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> FieldMap.parse("deal:\n  channel:\n    feld: X\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field map: deal.channel must be a field's label or code, or a map with 'field'");
        assertThatThrownBy(() -> FieldMap.parse("deal:\n  channel:\n    field: X\n    value: {a: b}\n"))
                .hasMessageContaining("deal.channel has 'value'; an entry takes");
        assertThatThrownBy(() -> FieldMap.parse("deal: [a, b")).hasMessageStartingWith("field map is not valid YAML");
        assertThatThrownBy(() -> FieldMap.parse(MAP).entry("deal.nothing")).hasMessageStartingWith("the field map has no 'deal.nothing'");
    }
}
