package bankcore.dashboard.browser;

import bankcore.core.domain.Money;
import bankcore.dashboard.SeededLedger;
import bankcore.dashboard.ui.format.Formats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end in a real browser: the dashboard on Jetty over a seeded SQLite ledger, driven by
 * headless Debian Chromium. Skipped where Chromium is not installed.
 */
class DashboardBrowserTest {

    @TempDir
    static Path directory;
    /** One server for the class (Jetty's start is the slow part); each test gets a fresh browser. */
    private static RunningDashboard dashboard;
    private static SeededLedger seeded;
    private ChromeDriver browser;

    @BeforeAll
    static void startServer() throws Exception {
        HeadlessChromium.assumeInstalled();
        dashboard = RunningDashboard.start(directory);
        seeded = dashboard.seeded;
    }

    @AfterAll
    static void stopServer() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start(1366, 768);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_admin_sees_the_liquidity_follow_a_deposit_without_reloading() throws IOException {
        dashboard.openAsAdmin(browser, "");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        By liquidity = By.id("liquidity-EUR");
        Money before = seeded.liquidity();
        wait.until(ExpectedConditions.textToBe(liquidity, Formats.money(before)));
        // A marker on the page: a reload would wipe it.
        browser.executeScript("window.stillTheSamePage = true;");

        seeded.deposit(seeded.cyd, "1000.00");

        Money after = before.plus(SeededLedger.eur("1000.00"));
        assertThat(seeded.liquidity()).isEqualTo(after);
        wait.until(ExpectedConditions.textToBe(liquidity, Formats.money(after)));
        assertThat(browser.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
        HeadlessChromium.screenshot(browser, Path.of("target/dashboard-e2e-overview.png"));
    }

    @Test
    void draws_the_flow_chart_with_echarts_in_the_browser() throws IOException {
        dashboard.openAsAdmin(browser, "");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-side-nav-item[path='flow']"))).click();

        WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flow-chart")));
        wait.until(d -> chart.getAttribute("data-rendered") != null);
        // ECharts draws on a canvas inside the custom element, sized to the element.
        WebElement canvas = chart.findElement(By.tagName("canvas"));
        assertThat(canvas.getSize().getWidth()).isGreaterThan(300);
        // The default range: the half-hour bars of the 24 h that end at 13:00 (NOW is 12:30:20).
        long lastDay = seeded.postedBetween(Instant.parse("2026-03-09T13:00:00Z"),
                Instant.parse("2026-03-10T13:00:00Z")).size();
        wait.until(ExpectedConditions.textToBe(By.id("range-count"), String.valueOf(lastDay)));
        HeadlessChromium.screenshot(browser, Path.of("target/dashboard-e2e-flow.png"));
    }
}
