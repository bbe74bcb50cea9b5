package dev.b24kit.testportal.internal.crm.universal;

import java.util.Map;

import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * Which entity type a crm.item call is about (§9.1, §3.2): leads, deals, contacts, companies and every
 * smart process. CRM types crm.item does not serve (old invoices 5, activities 6, requisites 8, orders 14)
 * are {@code ENTITY_TYPE_NOT_SUPPORTED} "Сущность CRM … не поддерживается"; any other unknown
 * entityTypeId is {@code NOT_FOUND} "Смарт-процесс не найден" — including quotes (7) and new invoices
 * (31), which a real portal serves but the test portal does not model.
 */
final class ItemTypes {

    private static final Map<Integer, String> UNSUPPORTED = Map.of(5, "Счёт", 6, "Дело", 8, "Реквизит", 14, "Заказ");

    private ItemTypes() {
    }

    static EntityType resolve(Call call) {
        long entityTypeId = D7.requiredInt(call, "entityTypeId");
        EntityType type = entityTypeId == (int) entityTypeId ? call.portal().crm().type((int) entityTypeId) : null;
        if (type == null || type.entityTypeId() <= 0) {
            RestError unsupported = unsupported(entityTypeId);
            throw unsupported != null ? unsupported : RestError.of("NOT_FOUND", "Смарт-процесс не найден");
        }
        return type;
    }

    /** The error for a CRM type crm.item does not serve, or null. */
    static RestError unsupported(long entityTypeId) {
        String name = entityTypeId == (int) entityTypeId ? UNSUPPORTED.get((int) entityTypeId) : null;
        return name == null ? null : RestError.of("ENTITY_TYPE_NOT_SUPPORTED", "Сущность CRM " + name + " не поддерживается");
    }
}
