package dev.b24kit.testportal.internal.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.b24kit.testportal.internal.crm.CrmStore;
import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.EnumItem;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.UserField;
import dev.b24kit.testportal.internal.crm.UserFields;
import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * The custom fields every seeded entity type gets — one of each kind (enumeration single and
 * multiple, string, double, boolean, date, money) with Russian and English labels — and their values.
 * Two of them have UI-style numeric codes ({@code UF_CRM_1721244482251}) and the rest letter codes
 * ({@code UF_CRM_PRODUCTS}), so both branches of the UF naming rule (§9.3) are exercised.
 */
final class SeedFields {

    private record Spec(String code, String type, boolean multiple, String ru, String en, List<String> items) {
    }

    private static final long UI_CODE_BASE = 1_721_244_482_250L;

    private final CrmStore store;
    private final SplittableRandom random;
    private final Map<Integer, List<UserField>> installed = new LinkedHashMap<>();

    SeedFields(CrmStore store, SplittableRandom random) {
        this.store = store;
        this.random = random;
    }

    private static List<Spec> specs(int entityTypeId) {
        long ui = UI_CODE_BASE + entityTypeId * 10L;
        return List.of(
                new Spec("UF_CRM_" + ui, "enumeration", false, "Канал продаж", "Sales channel",
                        List.of("Онлайн", "Партнёр", "Прямые продажи", "Тендер")),
                new Spec("UF_CRM_PRODUCTS", "enumeration", true, "Интересующие продукты", "Products of interest",
                        Vocabulary.PRODUCTS.subList(0, 6)),
                new Spec("UF_CRM_CONTRACT_NO", "string", false, "Номер договора", "Contract number", List.of()),
                new Spec("UF_CRM_DISCOUNT", "double", false, "Скидка, %", "Discount, %", List.of()),
                new Spec("UF_CRM_VIP", "boolean", false, "VIP-клиент", "VIP client", List.of()),
                new Spec("UF_CRM_" + (ui + 1), "date", false, "Дата следующего контакта", "Next contact date", List.of()),
                new Spec("UF_CRM_BUDGET", "money", false, "Бюджет клиента", "Client budget", List.of()));
    }

    /** Creates the fields on leads, deals, contacts and companies. */
    void install() {
        for (int entityTypeId : new int[] {EntityType.LEAD, EntityType.DEAL, EntityType.CONTACT, EntityType.COMPANY}) {
            install(store.type(entityTypeId));
        }
    }

    /** Creates the fields on one entity type (also used for smart processes). */
    void install(EntityType type) {
        List<UserField> created = new ArrayList<>();
        int sort = 100;
        for (Spec spec : specs(type.entityTypeId())) {
            Map<String, Object> fields = PhpArrays.array();
            fields.put("FIELD_NAME", type.isSmartProcess() ? spec.code().replace("UF_CRM_", "") : spec.code());
            fields.put("USER_TYPE_ID", spec.type());
            fields.put("MULTIPLE", spec.multiple() ? "Y" : "N");
            fields.put("SORT", Integer.toString(sort += 10));
            Map<String, Object> labels = PhpArrays.array();
            labels.put("ru", spec.ru());
            labels.put("en", spec.en());
            for (String kind : List.of("EDIT_FORM_LABEL", "LIST_COLUMN_LABEL", "LIST_FILTER_LABEL")) {
                fields.put(kind, labels);
            }
            if (!spec.items().isEmpty()) {
                List<Object> items = new ArrayList<>();
                int itemSort = 10;
                for (String value : spec.items()) {
                    Map<String, Object> item = PhpArrays.array();
                    item.put("VALUE", value);
                    item.put("SORT", Integer.toString(itemSort += 10));
                    items.add(item);
                }
                fields.put("LIST", PhpArrays.listOf(items));
            }
            created.add(UserFields.add(store, type, fields));
        }
        installed.put(type.entityTypeId(), created);
    }

    /** Puts a value into most of the installed fields of {@code type}. */
    void fill(EntityType type, Map<FieldDef, Object> values) {
        for (UserField field : installed.getOrDefault(type.entityTypeId(), List.of())) {
            if (random.nextInt(10) < 3) {
                continue;
            }
            FieldDef def = type.schema().byCode(field.fieldName());
            values.put(def, value(field));
        }
    }

    private Object value(UserField field) {
        return switch (field.userTypeId()) {
            case "enumeration" -> field.multiple() ? someItems(field.items()) : pickItem(field.items());
            case "string" -> String.format("Д-%04d/%02d", random.nextInt(10_000), 20 + random.nextInt(7));
            case "double" -> BigDecimal.valueOf(random.nextInt(41) * 0.5);
            case "boolean" -> random.nextInt(5) == 0;
            case "date" -> LocalDate.of(2025, 1, 1).plusDays(random.nextInt(700));
            case "money" -> (10_000 + random.nextInt(500) * 1_000) + ".00|" + (random.nextInt(5) == 0 ? "USD" : "RUB");
            default -> null;
        };
    }

    private Long pickItem(List<EnumItem> items) {
        return items.get(random.nextInt(items.size())).id();
    }

    private List<Long> someItems(List<EnumItem> items) {
        List<Long> chosen = new ArrayList<>();
        for (EnumItem item : items) {
            if (random.nextInt(3) == 0) {
                chosen.add(item.id());
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(pickItem(items));
        }
        return chosen;
    }
}
