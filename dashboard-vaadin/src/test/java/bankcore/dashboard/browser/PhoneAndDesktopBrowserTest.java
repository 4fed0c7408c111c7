package bankcore.dashboard.browser;

import bankcore.dashboard.SeededLedger;
import bankcore.dashboard.browser.HeadlessChromium.Screen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees on a phone (390x844) and on a laptop (1440x900), measured in the browser:
 * where an element lands on the screen, whether a text is cut, what the server answers.
 */
class PhoneAndDesktopBrowserTest {

    /** Longer than a phone's owner column is wide: it only shows in full if the cell wraps. */
    static final String LONG_NAME = "Maximiliane Alexandrina von Hohenzollern-Sigmaringen";

    /** The rectangle of an element against the viewport, and whether it lies wholly inside it. */
    private static final String IN_VIEWPORT = "const r = arguments[0].getBoundingClientRect();"
            + "return r.height > 0 && r.top >= 0 && r.left >= 0"
            + " && r.bottom <= window.innerHeight && r.right <= window.innerWidth;";

    @TempDir
    static Path directory;
    private static RunningDashboard dashboard;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void startServer() throws Exception {
        HeadlessChromium.assumeInstalled();
        dashboard = RunningDashboard.start(directory);
        SeededLedger seeded = dashboard.seeded;
        // The richest account, so it heads the top 20.
        seeded.deposit(seeded.register(LONG_NAME, "maximiliane@example.test"), "5000.00");
    }

    @AfterAll
    static void stopServer() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(Screen screen, String path) {
        browser = HeadlessChromium.start(screen);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        dashboard.openAsAdmin(browser, path);
    }

    private void tap(String xpath) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(xpath))).click();
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void tapping_a_transfer_shows_its_details_on_screen(Screen screen) throws Exception {
        open(screen, "transfers");

        tap("//vaadin-grid-cell-content[contains(., '€')]");

        WebElement details = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("transfer-details")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail-hash")));
        assertThat(browser.executeScript(IN_VIEWPORT, details)).as("the details panel lies within the screen").isEqualTo(true);
        HeadlessChromium.screenshot(browser, Path.of("target/browser-transfer-details-" + screen + ".png"));
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void the_overview_charts_the_last_day_and_lists_the_largest_movements_of_today(Screen screen) throws Exception {
        open(screen, "");

        WebElement sparkline = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sparkline-EUR")));
        wait.until(d -> sparkline.getAttribute("data-rendered") != null);
        assertThat(sparkline.findElement(By.tagName("canvas")).getSize().getHeight()).isGreaterThan(100);
        // Today (NOW is 12:30 UTC) holds the seeded ledger's last four transfers, and the 5,000.00 deposit.
        List<WebElement> amounts = browser.findElements(By.cssSelector("#largest-EUR .largest-amount"));
        assertThat(amounts).extracting(WebElement::getText)
                .containsExactly("€5,000.00", "€100.00", "€75.25", "€50.00", "€20.00");
        if (screen == Screen.DESKTOP) {
            // The first screen is used to its lower half: the day's movements reach past the middle.
            Number bottom = (Number) browser.executeScript(
                    "return document.getElementById('largest-EUR').getBoundingClientRect().bottom;");
            assertThat(bottom.doubleValue()).isBetween(screen.height / 2.0, (double) screen.height);
        }
        HeadlessChromium.screenshot(browser, Path.of("target/browser-overview-" + screen + ".png"));
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void the_top_accounts_show_every_owner_name_in_full(Screen screen) throws Exception {
        open(screen, "wealth");

        WebElement cell = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid[@id='top-accounts']/vaadin-grid-cell-content[. = '" + LONG_NAME + "']")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", cell);
        // Cut text shows as an ellipsis: the content is wider than its box. Beyond the grid's right edge it is hidden too.
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) browser.executeScript(
                "const grid = document.getElementById('top-accounts').getBoundingClientRect();"
                + "return [...document.querySelectorAll('#top-accounts > vaadin-grid-cell-content')]"
                + ".filter(c => c.textContent.trim() !== '')"
                + ".filter(c => c.scrollWidth > c.clientWidth || c.getBoundingClientRect().right > grid.right + 1)"
                + ".map(c => c.textContent);");
        assertThat(cut).as("cells whose text is cut").isEmpty();
        assertThat(browser.executeScript(IN_VIEWPORT, cell)).isEqualTo(true);
        HeadlessChromium.screenshot(browser, Path.of("target/browser-top-accounts-" + screen + ".png"));
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void the_flow_chart_of_the_last_hour_draws_every_axis_title_inside_the_chart(Screen screen) throws Exception {
        open(screen, "flow");

        tap("//vaadin-radio-button[.//label[normalize-space(.) = 'Last hour']]");
        // The last hour: the seeded ledger's transfers at NOW-10m and NOW-5m and the deposit above, one a
        // minute at most, so the count axis's labels ("0", "1") are far narrower than its title.
        wait.until(ExpectedConditions.textToBe(By.id("range-count"), "3"));
        WebElement chart = browser.findElement(By.id("flow-chart"));
        Thread.sleep(1_500); // ECharts animates the new option in; the layout is final after that.

        // ECharts draws on a canvas: its own scene graph knows where every text landed.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> texts = (List<Map<String, Object>>) browser.executeScript(
                "const chart = echarts.getInstanceByDom(arguments[0]);"
                + "return chart.getZr().storage.getDisplayList(true)"
                + ".filter(el => el.style && typeof el.style.text === 'string' && el.style.text !== '')"
                + ".map(el => { const r = el.getBoundingRect().clone();"
                + "  const m = el.getComputedTransform(); if (m) { r.applyTransform(m); }"
                + "  return {text: el.style.text, left: r.x, right: r.x + r.width, top: r.y, bottom: r.y + r.height,"
                + "          width: chart.getWidth(), height: chart.getHeight()}; });", chart);
        assertThat(texts).extracting(t -> t.get("text")).contains("Volume", "Transfers");
        assertThat(texts).filteredOn(t -> number(t, "left") < -0.5 || number(t, "right") > number(t, "width") + 0.5
                        || number(t, "top") < -0.5 || number(t, "bottom") > number(t, "height") + 0.5)
                .as("texts drawn past the chart's edge").isEmpty();
        HeadlessChromium.screenshot(browser, Path.of("target/browser-flow-last-hour-" + screen + ".png"));
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void the_browser_gets_a_favicon(Screen screen) {
        open(screen, "");

        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch('/favicon.ico').then(async r => done({status: r.status, type: r.headers.get('content-type'),"
                + "  head: [...new Uint8Array(await r.arrayBuffer()).slice(0, 4)]}));");
        assertThat(((Number) answer.get("status")).intValue()).isEqualTo(200);
        assertThat((String) answer.get("type")).startsWith("image/");
        // An ICO file starts with reserved 0, type 1 (icon).
        assertThat(answer.get("head")).isEqualTo(List.of(0L, 0L, 1L, 0L));
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }
}
