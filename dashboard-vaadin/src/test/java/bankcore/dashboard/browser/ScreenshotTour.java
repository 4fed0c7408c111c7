package bankcore.dashboard.browser;

import bankcore.dashboard.browser.HeadlessChromium.Screen;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Not part of the normal run (its name matches no test pattern of surefire): walks a running dashboard as a new user would and saves a screenshot
 * of every view on a laptop screen and on a phone, for the docs. Run it against a started app:
 * <pre>mvn -pl dashboard-vaadin surefire:test -Dtest=ScreenshotTour -Ddashboard.url=http://127.0.0.1:18081/
 *     -Ddashboard.email=... -Ddashboard.password=... -Ddashboard.images=../docs/images</pre>
 */
class ScreenshotTour {

    private static final Map<String, String> VIEWS = Map.of(
            "overview", "", "flow", "flow", "wealth", "wealth", "transfers", "transfers");

    @Test
    void screenshots_every_view_on_a_laptop_and_on_a_phone() throws Exception {
        String url = System.getProperty("dashboard.url");
        Assumptions.assumeTrue(url != null, "set -Ddashboard.url to take the screenshots");
        HeadlessChromium.assumeInstalled();
        Path images = Path.of(System.getProperty("dashboard.images", "target/screenshots"));
        tour(url, images, Screen.DESKTOP, "");
        tour(url, images, Screen.PHONE, "-phone");
    }

    private static void tour(String url, Path images, Screen screen, String suffix) throws Exception {
        ChromeDriver browser = HeadlessChromium.start(screen);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(url + "login");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
            HeadlessChromium.screenshot(browser, images.resolve("dashboard-login" + suffix + ".png"));
            browser.findElement(By.cssSelector("input[name='username']")).sendKeys(System.getProperty("dashboard.email"));
            browser.findElement(By.cssSelector("input[name='password']"))
                    .sendKeys(System.getProperty("dashboard.password"), Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("liquidity-EUR")));
            for (Map.Entry<String, String> view : VIEWS.entrySet()) {
                browser.get(url + view.getValue());
                wait.until(ExpectedConditions.presenceOfElementLocated(By.className("view")));
                if (view.getKey().equals("transfers")) {
                    // Open the detail panel of the newest transfer: the first cell that shows an amount.
                    wait.until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//vaadin-grid-cell-content[contains(., '€')]"))).click();
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail-amount")));
                }
                Thread.sleep(1_500); // let the charts animate in
                HeadlessChromium.screenshot(browser, images.resolve("dashboard-" + view.getKey() + suffix + ".png"));
            }
        } finally {
            browser.quit();
        }
    }
}
