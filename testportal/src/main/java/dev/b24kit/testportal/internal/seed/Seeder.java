package dev.b24kit.testportal.internal.seed;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import dev.b24kit.testportal.internal.crm.Author;
import dev.b24kit.testportal.internal.crm.Category;
import dev.b24kit.testportal.internal.crm.CrmStore;
import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.crm.MultiValue;
import dev.b24kit.testportal.internal.crm.Pipelines;
import dev.b24kit.testportal.internal.crm.Records;
import dev.b24kit.testportal.internal.crm.SmartType;
import dev.b24kit.testportal.internal.crm.SmartTypes;
import dev.b24kit.testportal.internal.crm.Status;

/**
 * Fills a portal with realistic, linked data from a seed: extra deal pipelines, custom fields of every
 * kind on every entity ({@link SeedFields}), then companies, contacts (in companies), leads and deals
 * (with contacts, companies, stages across pipelines, amounts in three currencies, and creation dates
 * spread over the last two years), and a smart process "Договоры" with its own fields and items. The same seed and counts give the same portal. Runs under the
 * portal state write lock, before any request is served (or during a reset).
 */
public final class Seeder {

    /** What to seed. */
    public record Counts(int deals, int contacts, int companies, int leads, int users) {
    }

    private final CrmStore store;
    private final Author author;
    private final SplittableRandom random;
    private final Counts counts;
    private final SeedFields fields;

    private Seeder(CrmStore store, Author author, long seed, Counts counts) {
        this.store = store;
        this.author = author;
        this.random = new SplittableRandom(seed);
        this.counts = counts;
        this.fields = new SeedFields(store, random);
    }

    /** Seeds {@code store}, whose standard entity types must already be installed. */
    public static void seed(CrmStore store, Author author, long seed, Counts counts) {
        new Seeder(store, author, seed, counts).run();
    }

    private void run() {
        Pipelines.create(store, EntityType.DEAL, null, "Корпоративные продажи", 600, false, Pipelines.DEAL_STAGES);
        Pipelines.create(store, EntityType.DEAL, null, "Partners / Партнёры", 700, false, Pipelines.DEAL_STAGES);
        fields.install();
        List<Long> companies = companies();
        List<Long> contacts = contacts(companies);
        leads();
        deals(companies, contacts);
        contracts(companies, contacts);
    }

    /** A smart process "Договоры" with its own pipeline, stages and custom fields, and some items. */
    private void contracts(List<Long> companies, List<Long> contacts) {
        SmartTypes.Settings settings = new SmartTypes.Settings("Договоры", "contracts", true, true, Set.of(), List.of(),
                Map.of());
        SmartType smart = SmartTypes.create(store, SmartTypes.nextEntityTypeId(store), settings, author.userId(),
                author.at());
        EntityType type = store.type(smart.entityTypeId());
        fields.install(type);
        long categoryId = store.categories(type.entityTypeId()).getFirst().id();
        List<Status> stages = store.stages(type.entityTypeId(), categoryId);
        int count = Math.max(1, counts.deals() / 5);
        for (int i = 0; i < count; i++) {
            Map<FieldDef, Object> values = new HashMap<>();
            putItem(values, type, "title", String.format("Договор № %05d/%d", i + 1, 2024 + random.nextInt(3)));
            putItem(values, type, "categoryId", categoryId);
            putItem(values, type, "stageId", stages.get(random.nextInt(stages.size())).statusId());
            putItem(values, type, "opportunity", amount());
            putItem(values, type, "currencyId", "RUB");
            putItem(values, type, "assignedById", user());
            if (!companies.isEmpty()) {
                putItem(values, type, "companyId", companies.get(random.nextInt(companies.size())));
            }
            if (!contacts.isEmpty()) {
                putItem(values, type, "contactId", contacts.get(random.nextInt(contacts.size())));
            }
            fields.fill(type, values);
            add(type, values);
        }
    }

    private static void putItem(Map<FieldDef, Object> values, EntityType type, String itemName, Object value) {
        FieldDef field = type.schema().byItemName(itemName);
        if (field == null) {
            throw new IllegalStateException(type.name() + " has no field " + itemName + " to seed");
        }
        values.put(field, value);
    }

    private List<Long> companies() {
        EntityType type = store.type(EntityType.COMPANY);
        List<Long> ids = new ArrayList<>(counts.companies());
        for (int i = 0; i < counts.companies(); i++) {
            String core = Vocabulary.pick(random, Vocabulary.COMPANY_CORES);
            boolean russian = core.chars().anyMatch(c -> c >= 'А' && c <= 'я');
            String title = russian ? Vocabulary.pick(random, Vocabulary.COMPANY_FORMS_RU) + " «" + core + "»" : core + " Ltd";
            Map<FieldDef, Object> values = new HashMap<>();
            put(values, type, "TITLE", title + (i >= Vocabulary.COMPANY_CORES.size() ? " " + (i + 1) : ""));
            put(values, type, "COMPANY_TYPE", pickStatus("COMPANY_TYPE"));
            put(values, type, "INDUSTRY", pickStatus("INDUSTRY"));
            put(values, type, "ASSIGNED_BY_ID", user());
            put(values, type, "PHONE", List.of(new MultiValue(0, "PHONE", "WORK", phone())));
            put(values, type, "WEB", List.of(new MultiValue(0, "WEB", "WORK", "https://" + Vocabulary.latin(core) + ".example")));
            fields.fill(type, values);
            ids.add(add(type, values));
        }
        return ids;
    }

    private List<Long> contacts(List<Long> companies) {
        EntityType type = store.type(EntityType.CONTACT);
        List<Long> ids = new ArrayList<>(counts.contacts());
        for (int i = 0; i < counts.contacts(); i++) {
            boolean russian = random.nextInt(4) > 0;
            String first = Vocabulary.pick(random, russian ? Vocabulary.FIRST_NAMES_RU : Vocabulary.FIRST_NAMES_EN);
            String last = Vocabulary.pick(random, russian ? Vocabulary.LAST_NAMES_RU : Vocabulary.LAST_NAMES_EN);
            if (russian && (first.endsWith("а") || first.endsWith("я"))) {
                last = last + "а";
            }
            Map<FieldDef, Object> values = new HashMap<>();
            put(values, type, "NAME", first);
            put(values, type, "LAST_NAME", last);
            put(values, type, "TYPE_ID", pickStatus("CONTACT_TYPE"));
            put(values, type, "SOURCE_ID", pickStatus("SOURCE"));
            put(values, type, "ASSIGNED_BY_ID", user());
            put(values, type, "PHONE", List.of(new MultiValue(0, "PHONE", random.nextBoolean() ? "WORK" : "MOBILE", phone())));
            put(values, type, "EMAIL", List.of(new MultiValue(0, "EMAIL", "WORK", Vocabulary.latin(first) + "."
                    + Vocabulary.latin(last) + (i + 1) + "@" + Vocabulary.pick(random, Vocabulary.EMAIL_DOMAINS))));
            if (!companies.isEmpty() && random.nextInt(5) > 0) {
                put(values, type, "COMPANY_ID", companies.get(random.nextInt(companies.size())));
            }
            fields.fill(type, values);
            ids.add(add(type, values));
        }
        return ids;
    }

    private void leads() {
        EntityType type = store.type(EntityType.LEAD);
        for (int i = 0; i < counts.leads(); i++) {
            String first = Vocabulary.pick(random, Vocabulary.FIRST_NAMES_RU);
            Map<FieldDef, Object> values = new HashMap<>();
            put(values, type, "TITLE", Vocabulary.pick(random, Vocabulary.LEAD_TITLES) + " — " + first);
            put(values, type, "NAME", first);
            put(values, type, "LAST_NAME", Vocabulary.pick(random, Vocabulary.LAST_NAMES_RU));
            put(values, type, "STATUS_ID", pickStatus("STATUS"));
            put(values, type, "SOURCE_ID", pickStatus("SOURCE"));
            put(values, type, "OPPORTUNITY", amount());
            put(values, type, "CURRENCY_ID", "RUB");
            put(values, type, "ASSIGNED_BY_ID", user());
            put(values, type, "PHONE", List.of(new MultiValue(0, "PHONE", "MOBILE", phone())));
            fields.fill(type, values);
            add(type, values);
        }
    }

    private void deals(List<Long> companies, List<Long> contacts) {
        EntityType type = store.type(EntityType.DEAL);
        List<Category> pipelines = store.categories(EntityType.DEAL);
        for (int i = 0; i < counts.deals(); i++) {
            int roll = random.nextInt(10);
            Category pipeline = pipelines.get(Math.min(pipelines.size() - 1, roll < 7 ? 0 : roll < 9 ? 1 : 2));
            List<Status> stages = store.stages(EntityType.DEAL, pipeline.id());
            Map<FieldDef, Object> values = new HashMap<>();
            String company = "";
            if (!companies.isEmpty() && random.nextInt(4) > 0) {
                long companyId = companies.get(random.nextInt(companies.size()));
                put(values, type, "COMPANY_ID", companyId);
                company = " — " + store.type(EntityType.COMPANY).value(store.type(EntityType.COMPANY).table().get(companyId), "TITLE");
            }
            put(values, type, "TITLE", Vocabulary.pick(random, Vocabulary.DEAL_VERBS) + ": "
                    + Vocabulary.pick(random, Vocabulary.PRODUCTS) + company);
            put(values, type, "CATEGORY_ID", pipeline.id());
            put(values, type, "STAGE_ID", stages.get(random.nextInt(stages.size())).statusId());
            put(values, type, "OPPORTUNITY", amount());
            put(values, type, "CURRENCY_ID", random.nextInt(10) < 8 ? "RUB" : random.nextBoolean() ? "USD" : "EUR");
            put(values, type, "TYPE_ID", pickStatus("DEAL_TYPE"));
            put(values, type, "SOURCE_ID", pickStatus("SOURCE"));
            put(values, type, "ASSIGNED_BY_ID", user());
            LocalDate begin = author.today().minusDays(random.nextInt(700));
            put(values, type, "BEGINDATE", begin);
            put(values, type, "CLOSEDATE", begin.plusDays(7 + random.nextInt(120)));
            if (!contacts.isEmpty()) {
                long contactId = contacts.get(random.nextInt(contacts.size()));
                put(values, type, "CONTACT_ID", contactId);
                put(values, type, "CONTACT_IDS", List.of(contactId));
            }
            fields.fill(type, values);
            add(type, values);
        }
    }

    /** Adds a record and back-dates it: created within the last two years, modified since. */
    private long add(EntityType type, Map<FieldDef, Object> values) {
        Item item = Records.add(store, type, values, author);
        Instant created = author.at().minus(Duration.ofMinutes(random.nextLong(2 * 365 * 24 * 60)));
        long sinceMinutes = Math.max(1, Duration.between(created, author.at()).toMinutes());
        Instant modified = created.plus(Duration.ofMinutes(random.nextLong(sinceMinutes)));
        FieldDef createdField = type.schema().byItemName("createdTime");
        FieldDef updatedField = type.schema().byItemName("updatedTime");
        if (createdField != null) {
            type.set(item, createdField, created);
        }
        if (updatedField != null) {
            type.set(item, updatedField, modified);
        }
        return item.id();
    }

    private static void put(Map<FieldDef, Object> values, EntityType type, String code, Object value) {
        FieldDef field = type.schema().byCode(code);
        if (field == null) {
            throw new IllegalStateException(type.name() + " has no field " + code + " to seed");
        }
        values.put(field, value);
    }

    private String pickStatus(String entityId) {
        List<Status> statuses = store.statuses(entityId);
        return statuses.get(random.nextInt(statuses.size())).statusId();
    }

    private long user() {
        return 1 + random.nextInt(Math.max(1, counts.users()));
    }

    private BigDecimal amount() {
        return BigDecimal.valueOf(5_000 + random.nextInt(2_000) * 2_500L).setScale(2);
    }

    private String phone() {
        return String.format("+7 9%02d %03d-%02d-%02d", random.nextInt(100), random.nextInt(1000), random.nextInt(100),
                random.nextInt(100));
    }
}
