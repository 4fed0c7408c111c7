package bankcore.dashboard.browser;

import bankcore.dashboard.DashboardMain;
import bankcore.dashboard.SeededLedger;
import bankcore.dashboard.ui.format.Formats;
import com.github.mvysny.vaadinboot.VaadinBoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end in a real browser: the dashboard on Jetty over a seeded SQLite ledger, driven by
 * headless Debian Chromium. Skipped where Chromium is not installed.
 */
class DashboardBrowserTest {

    @TempDir
    Path directory;
    private SeededLedger seeded;
    private VaadinBoot server;
    private ChromeDriver browser;
    private String baseUrl;

    @BeforeEach
    void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        seeded = SeededLedger.create(directory);
        int port = freePort();
        server = DashboardMain.server(seeded.backend()).withPort(port).localhostOnly();
        server.start();
        baseUrl = "http://127.0.0.1:" + port + "/";
        browser = HeadlessChromium.start(1366, 768);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop("test finished");
        }
        if (seeded != null) {
            seeded.close();
        }
    }

    @Test
    void an_admin_sees_the_liquidity_follow_a_deposit_without_reloading() throws IOException {
        browser.get(baseUrl);
        signIn(SeededLedger.ADMIN_EMAIL, SeededLedger.ADMIN_PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        By liquidity = By.id("liquidity-EUR");
        wait.until(ExpectedConditions.textToBe(liquidity, Formats.money(seeded.liquidity())));
        assertThat(browser.findElement(liquidity).getText()).isEqualTo("€1,275.75");
        // A marker on the page: a reload would wipe it.
        browser.executeScript("window.stillTheSamePage = true;");

        seeded.deposit(seeded.cyd, "1000.00");

        wait.until(ExpectedConditions.textToBe(liquidity, Formats.money(seeded.liquidity())));
        assertThat(browser.findElement(liquidity).getText()).isEqualTo("€2,275.75");
        assertThat(browser.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
        HeadlessChromium.screenshot(browser, Path.of("target/dashboard-e2e-overview.png"));
    }

    private void signIn(String email, String password) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(email);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
