package dev.b24kit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import dev.b24kit.eval.report.Reports;

/**
 * The HTML report in a real headless Chromium (Debian's {@code chromium} and {@code chromedriver}): the summary
 * is visible, the charts render, a failed probe shows as failed; a screenshot goes to target/. Without Chromium
 * the test is skipped, or fails when {@code B24KIT_REQUIRE_SERVICES=true}.
 */
class ReportInChromiumTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("B24KIT_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("B24KIT_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private static EvalPortal portal;
    private static Path folder;

    @BeforeAll
    static void runAnEvalWithOneFailure() throws Exception {
        requireChromium();
        portal = new EvalPortal();
        folder = EvalPortal.buildFolder("eval-report-chromium");
        portal.portal.limits().silentDrops(dev.b24kit.testportal.SilentDrops.STRICT);
        Reports.write(portal.run(), folder);
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void theSummaryIsVisibleInChromiumAndAScreenshotIsWritten() throws Exception {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,1800");
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(folder.resolve(Reports.HTML).toUri().toString());
            WebElement summary = browser.findElement(By.id("summary"));
            assertThat(summary.isDisplayed()).isTrue();
            assertThat(summary.getText()).contains("1 probe(s) failed", "Silent drops", "FAIL", "Connection", "PASS");
            assertThat(browser.findElements(By.cssSelector("svg"))).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(svg -> assertThat(svg.getSize().getWidth()).isPositive());
            assertThat(browser.findElement(By.id("probe-silent-drops")).getText()).contains("does not drop silently");
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Path target = EvalPortal.buildFolder("screenshots").resolve("eval-report.png");
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThat(Files.size(target)).isPositive();
        } finally {
            browser.quit();
        }
    }

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
            return;
        }
        String message = "Chromium or chromedriver is missing (" + CHROMIUM + ", " + DRIVER + "; apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv().getOrDefault("B24KIT_REQUIRE_SERVICES", "false").strip())) {
            throw new AssertionError(message + "; B24KIT_REQUIRE_SERVICES=true, so this is a failure, not a skip.");
        }
        Assumptions.abort(message);
    }
}
