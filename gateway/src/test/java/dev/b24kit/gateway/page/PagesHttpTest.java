package dev.b24kit.gateway.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.store.Backend;
import dev.b24kit.store.audit.AuditEntry;
import dev.b24kit.store.policy.WriteMode;

/** The pages over plain HTTP: signing in, going live on the page, the trust page's links, sessions that end. */
class PagesHttpTest {

    @RegisterExtension
    static final TestStores stores = new TestStores();

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private static final class MovableClock implements InstantSource {
        volatile Instant now = Instant.now();

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void goingLiveOnThePageIsDeliberateAndAuditedAndTheTrustPageLinksEachNumberToItsEvidence(Backend backend) throws Exception {
        try (PagesPortal p = PagesPortal.start(stores.fresh(backend))) {
            p.writes.update("deal", p.dealIn(1), Map.of("STAGE_ID", "Closed <maybe>"));
            MovableClock clock = new MovableClock();   // the pages' clock, as the store's: now, after the write
            PagesConfig config = PagesConfig.of(p.store, p.writes.approvals(), p.origin, clock, PagesConfig.newLoginSecret());
            try (PagesServer server = new PagesServer(new Pages(config))) {
                String base = server.base();
                assertThat(get(base + "/login?secret=wrong-secret-of-enough-length", null).statusCode()).isEqualTo(401);
                assertThat(get(base + "/proposals", null).statusCode()).isEqualTo(401);
                String session = signIn(base, config.loginSecret(), "boris");
                String csrf = csrf(get(base + "/proposals", session).body());

                assertThat(post(base + "/policy/live", session, Map.of("csrf", csrf)).statusCode()).as("not confirmed").isEqualTo(400);
                assertThat(p.writes.approvals().policy().mode()).isEqualTo(WriteMode.OBSERVE);
                assertThat(post(base + "/policy/live", session, Map.of("csrf", csrf, "confirm", "yes")).statusCode()).isEqualTo(303);
                assertThat(p.writes.approvals().policy().mode()).isEqualTo(WriteMode.LIVE);
                assertThat(p.store.audit().recent(p.origin, 5)).extracting(AuditEntry::event)
                        .anySatisfy(e -> assertThat(e.actor() + " " + e.action()).isEqualTo("boris policy.live"));

                String trust = get(base + "/trust", session).body();
                assertThat(trust).contains("<a href=\"/trust/evidence?catch=refused\">1</a>");
                HttpResponse<String> evidence = get(base + "/trust/evidence?catch=refused", session);
                assertThat(evidence.statusCode()).isEqualTo(200);
                assertThat(evidence.body()).contains("STAGE_ID").contains("Closed &lt;maybe&gt;").doesNotContain("<maybe>");
                assertThat(evidence.headers().firstValue("Content-Security-Policy")).get().asString().startsWith("default-src 'none'");
                assertThat(get(base + "/trust/evidence?catch=nonsense", session).statusCode()).isEqualTo(400);
                String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
                assertThat(trust).contains("<a href=\"/trust/evidence?catch=refused&amp;day=" + today + "\">1</a>");
                assertThat(get(base + "/trust/evidence?catch=refused&day=" + today, session).body()).contains("Closed &lt;maybe&gt;");
                assertThat(get(base + "/trust/evidence?catch=refused&day=2001-01-01", session).body()).contains("Nothing.");
                assertThat(get(base + "/trust/evidence?catch=refused&day=yesterday", session).statusCode()).isEqualTo(400);

                HttpResponse<String> other = get(base + "/metrics", session);
                assertThat(other.statusCode()).as("paths of others are left to the next handler").isEqualTo(404);
                assertThat(other.body()).doesNotContain("b24kit");

                clock.now = clock.now.plus(PagesConfig.SESSION_LIFETIME).plus(Duration.ofMinutes(1));
                assertThat(get(base + "/proposals", session).statusCode()).as("the session ended").isEqualTo(401);
            }
        }
    }

    private String signIn(String base, String secret, String person) throws Exception {
        assertThat(get(base + "/login?secret=" + secret, null).statusCode()).isEqualTo(200);
        HttpResponse<String> signedIn = post(base + "/login", null, Map.of("secret", secret, "person", person));
        assertThat(signedIn.statusCode()).isEqualTo(303);
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
        assertThat(post(base + "/login", null, Map.of("secret", secret, "person", "mallory")).statusCode())
                .as("the link works once").isEqualTo(401);
        return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String url, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (session != null) {
            request.header("Cookie", "b24kit_session=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String session, Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (session != null) {
            request.header("Cookie", "b24kit_session=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
