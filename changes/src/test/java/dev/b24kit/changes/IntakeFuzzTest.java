package dev.b24kit.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.changes.intake.EventIntake;
import dev.b24kit.changes.intake.IntakeConfig;
import dev.b24kit.store.Backend;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.PendingRecord;

/**
 * Seeded mangling of §10.2 event bodies (bad escapes, brackets, duplicate and huge keys, control and
 * non-BMP characters, wrong content types) sent to a live intake: every answer is 200 or a 4xx, never a
 * 5xx; the inbox holds only well-formed signals; and the endpoint still takes a clean event after all.
 */
class IntakeFuzzTest {

    @RegisterExtension
    static final TestStores stores = new TestStores();

    private static final String TOKEN = "fuzz-application-token";
    private static final String PORTAL = "https://fuzz.example";
    private static final String[] JUNK = {"%", "%z", "%%", "%2", "&", "=", "==", "[", "]", "[]", "data[FIELDS][ID]=",
            "event=", "auth[application_token]=", "\u0000", "\r\n", "😀", "%F0%9F", "%C3%28", "+", ";", "ID]=-1",
            "data[FIELDS][ID]=9223372036854775808", "data[FIELDS][ID]=1e3", "event=ONCRMDEALUPDATE%00", "x".repeat(3000)};
    private static final String[] TYPES = {"application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8",
            "APPLICATION/X-WWW-FORM-URLENCODED", "text/plain", "multipart/form-data; boundary=x", "application/json"};

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void mangledEventsGetA4xxOrA200AndTheInboxHoldsOnlyWellFormedSignals(Backend backend) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (Store store = Store.open(stores.fresh(backend));
             EventIntake intake = EventIntake.start(IntakeConfig.of(new InetSocketAddress("127.0.0.1", 0), PORTAL, TOKEN),
                     store.changes().inbox())) {
            SplittableRandom random = new SplittableRandom(backend.ordinal() + 11L);
            List<String> serverErrors = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String body = mangle(random, clean(random.nextInt(1, 50)));
                String type = TYPES[random.nextInt(TYPES.length)];
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(intake.url()))
                        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() >= 500 || answer.statusCode() < 200) {
                    serverErrors.add(answer.statusCode() + " for " + type + " " + body);
                }
                assertThat(answer.body()).doesNotContain(TOKEN);
            }
            assertThat(serverErrors).isEmpty();

            assertThat(http.send(HttpRequest.newBuilder(URI.create(intake.url()))
                    .header("Content-Type", TYPES[0]).POST(HttpRequest.BodyPublishers.ofString(clean(777_777))).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            List<PendingRecord> pending = store.changes().inbox().claim(PORTAL, "fuzz", 1_000, Duration.ofMinutes(1));
            assertThat(pending).allSatisfy(p -> {
                assertThat(p.entity()).isIn(Set.of("deal", "contact", "company", "lead"));
                assertThat(p.recordId()).isPositive();
                assertThat(p.event()).matches("ONCRM(DEAL|CONTACT|COMPANY|LEAD)(ADD|UPDATE|DELETE)");
            });
            assertThat(pending).extracting(PendingRecord::recordId).contains(777_777L);
        }
    }

    private static String clean(long id) {
        return "event=ONCRMDEALUPDATE&event_handler_id=3&data%5BFIELDS%5D%5BID%5D=" + id + "&ts=1768456800"
                + "&auth%5Bdomain%5D=fuzz.example&auth%5Bapplication_token%5D=" + TOKEN;
    }

    private static String mangle(SplittableRandom random, String body) {
        StringBuilder out = new StringBuilder(body);
        int edits = random.nextInt(0, 5);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(out.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> out.insert(at, JUNK[random.nextInt(JUNK.length)]);
                case 1 -> out.delete(at, Math.min(out.length(), at + random.nextInt(1, 12)));
                default -> out.insert(at, Character.toChars(random.nextInt(1, 0x1FFFF)));
            }
        }
        return out.toString();
    }
}
