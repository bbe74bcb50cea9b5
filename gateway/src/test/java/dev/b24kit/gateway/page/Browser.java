package dev.b24kit.gateway.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven through chromedriver, both Debian's ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}; {@code B24KIT_CHROMIUM} and {@code B24KIT_CHROMEDRIVER} name others). Absent:
 * the test is skipped, or fails when {@code B24KIT_REQUIRE_SERVICES=true} (CI installs both).
 */
final class Browser {

    private Browser() {
    }

    static ChromeDriver start() {
        Path chromium = Path.of(System.getenv().getOrDefault("B24KIT_CHROMIUM", "/usr/bin/chromium"));
        Path driver = Path.of(System.getenv().getOrDefault("B24KIT_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            String why = "Chromium (" + chromium + ") or chromedriver (" + driver + ") is not installed"
                    + " (apt-get install chromium chromium-driver)";
            if (TestStores.servicesRequired()) {
                throw new AssertionError(why + "; B24KIT_REQUIRE_SERVICES=true makes that a failure");
            }
            Assumptions.abort(why + "; skipped (set B24KIT_REQUIRE_SERVICES=true to fail instead)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1400", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }
}
