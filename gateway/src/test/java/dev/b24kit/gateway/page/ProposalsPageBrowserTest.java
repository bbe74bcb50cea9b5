package dev.b24kit.gateway.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.b24kit.store.Backend;
import dev.b24kit.store.proposals.ProposalState;
import dev.b24kit.writes.Actor;
import dev.b24kit.writes.FieldDiff;
import dev.b24kit.writes.Receipt;
import dev.b24kit.writes.Writes;

/**
 * The proposals page in a real headless Chromium: proposals made by an agent's writes in observe mode against
 * the test portal, approved on the page, written to the portal and shown with their receipt.
 */
class ProposalsPageBrowserTest {

    @RegisterExtension
    static final TestStores stores = new TestStores();

    private static final String PROPOSED_TITLE = "Renewal <b>2027</b> & \"co\" <script>alert(1)</script>";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aPersonLogsInThroughTheLinkSeesTheDiffApprovesAndReadsTheConfirmedReceipt(Backend backend) throws Exception {
        try (PagesPortal p = PagesPortal.start(stores.fresh(backend))) {
            long deal = p.dealIn(1);
            String titleNow = p.deal(deal).get("TITLE").asString();
            Writes agent = p.writes.onBehalfOf(Actor.agent("sales-bot"));
            Receipt.Proposed proposed = (Receipt.Proposed) agent.update("deal", deal, Map.of("TITLE", PROPOSED_TITLE));
            Receipt.Proposed other = (Receipt.Proposed) agent.update("deal", p.dealIn(1, 1), Map.of("TITLE", "Left open"));
            p.writes.update("deal", deal, Map.of("STAGE_ID", "Nowhere"));   // refused: the trust page counts it
            String label = proposed.diff().stream().map(FieldDiff::title).findFirst().orElseThrow();
            PagesConfig config = PagesConfig.of(p.store, p.writes.approvals(), p.origin, InstantSource.system(),
                    PagesConfig.newLoginSecret());
            try (PagesServer server = new PagesServer(new Pages(config))) {
                ChromeDriver browser = Browser.start();
                try {
                    browser.get(server.base() + Pages.loginPath(config));
                    shown(browser, By.id("person")).sendKeys("anna");
                    browser.findElement(By.id("sign-in")).click();

                    WebElement card = shown(browser, By.id("p-" + proposed.proposalId()));
                    assertThat(card.getText()).contains(label).contains(titleNow).contains(PROPOSED_TITLE).contains("agent:sales-bot");
                    assertThat(browser.findElements(By.tagName("script"))).as("the title is text, not markup").isEmpty();
                    screenshot(browser, "proposals-" + backend.name().toLowerCase(java.util.Locale.ROOT) + ".png");

                    card.findElement(By.cssSelector("button.approve")).click();

                    WebElement receipt = shown(browser, By.id("receipt"));
                    assertThat(browser.getCurrentUrl()).endsWith("/proposals/" + proposed.proposalId());
                    assertThat(receipt.getText()).containsIgnoringCase("confirmed")
                            .contains("TITLE");
                    assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("APPLIED");
                    assertThat(browser.findElement(By.id("audit")).getText()).contains("agent:sales-bot")
                            .contains("anna").contains("proposal.applied");
                    screenshot(browser, "receipt-" + backend.name().toLowerCase(java.util.Locale.ROOT) + ".png");
                    assertThat(p.deal(deal).get("TITLE").asString()).isEqualTo(PROPOSED_TITLE);

                    String webhookSecret = p.portal.webhookUrl().getPath().split("/")[3];
                    assertThat(browser.getPageSource()).doesNotContain(webhookSecret);
                    browser.get(server.base() + "/proposals");
                    assertThat(browser.getPageSource()).doesNotContain(webhookSecret).doesNotContain(config.loginSecret());

                    Cookie session = browser.manage().getCookieNamed("b24kit_session");
                    assertThat(session.isHttpOnly()).isTrue();
                    assertThat(session.getSameSite()).isEqualTo("Strict");
                    assertThat(postWithoutCsrf(server.base() + "/proposals/" + other.proposalId() + "/reject", session.getValue()))
                            .isEqualTo(403);
                    assertThat(p.writes.approvals().find(other.proposalId()).orElseThrow().state()).isEqualTo(ProposalState.OPEN);

                    browser.findElement(By.linkText("Trust")).click();
                    shown(browser, By.cssSelector("#total-refused a")).click();
                    assertThat(shown(browser, By.id("evidence")).getText()).contains("STAGE_ID").contains("Nowhere");
                    screenshot(browser, "trust-evidence-" + backend.name().toLowerCase(java.util.Locale.ROOT) + ".png");

                    browser.manage().deleteAllCookies();
                    browser.get(server.base() + Pages.loginPath(config));
                    assertThat(browser.getPageSource()).contains("used already");
                    assertThat(browser.findElements(By.id("person"))).as("a used link offers no sign-in").isEmpty();
                } finally {
                    browser.quit();
                }
            }
        }
    }

    /** The element, once the page that holds it has loaded (a click's navigation may still be on its way). */
    private static WebElement shown(ChromeDriver browser, By locator) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(locator));
        } catch (TimeoutException e) {
            throw new AssertionError("no " + locator + " on " + browser.getCurrentUrl() + ":\n" + browser.getPageSource(), e);
        }
    }

    private static int postWithoutCsrf(String url, String session) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", "b24kit_session=" + session)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("reason=none")).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static void screenshot(ChromeDriver browser, String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
