package dev.b24kit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class IdempotencyTest {

    @Test
    void readsDeletesAndAbsoluteUpdatesAreSafe() {
        assertThat(Idempotency.of("crm.deal.get", Params.of("id", 1))).isEqualTo(Idempotency.SAFE);
        assertThat(Idempotency.of("crm.item.list", Params.empty())).isEqualTo(Idempotency.SAFE);
        assertThat(Idempotency.of("server.time", Params.empty())).isEqualTo(Idempotency.SAFE);
        assertThat(Idempotency.of("crm.deal.delete", Params.of("id", 1))).isEqualTo(Idempotency.SAFE);
        assertThat(Idempotency.of("crm.deal.update", Params.of("id", 1).with("fields", Map.of("TITLE", "x"))))
                .isEqualTo(Idempotency.SAFE);
        assertThat(Idempotency.of("crm.contact.update", Params.of("id", 1).with("fields", Map.of("PHONE",
                List.of(Map.of("ID", "5", "VALUE", "+1")))))).isEqualTo(Idempotency.SAFE);
    }

    @Test
    void createsAppendingUpdatesAndUnknownMethodsAreUnsafe() {
        assertThat(Idempotency.of("crm.deal.add", Params.empty())).isEqualTo(Idempotency.UNSAFE);
        assertThat(Idempotency.of("crm.contact.update", Params.of("id", 1).with("fields", Map.of("EMAIL",
                List.of(Map.of("VALUE", "a@b.c")))))).isEqualTo(Idempotency.UNSAFE);
        assertThat(Idempotency.of("im.notify.system.add", Params.empty())).isEqualTo(Idempotency.UNSAFE);
        assertThat(Idempotency.of("crm.timeline.comment.add", Params.empty())).isEqualTo(Idempotency.UNSAFE);
    }
}
