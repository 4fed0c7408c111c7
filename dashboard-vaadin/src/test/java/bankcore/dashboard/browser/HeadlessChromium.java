package bankcore.dashboard.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Debian's Chromium driven by Debian's chromedriver, both named explicitly so that Selenium
 * Manager never runs (it would try to download a browser). Tests that need it are skipped
 * where the packages are not installed.
 */
public final class HeadlessChromium {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The two screens every layout is checked on: a phone (as Chrome's device mode has it) and a laptop. */
    public enum Screen {
        PHONE(390, 844, true),
        DESKTOP(1440, 900, false);

        public final int width;
        public final int height;
        /** A touch device that honours the page's viewport meta tag, as a real phone does. */
        public final boolean mobile;

        Screen(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    private HeadlessChromium() {
    }

    /** A browser whose viewport is exactly {@code screen}, emulated through the DevTools protocol. */
    public static ChromeDriver start(Screen screen) {
        ChromeDriver driver = start(screen.width, screen.height);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", screen.width, "height", screen.height, "deviceScaleFactor", 1, "mobile", screen.mobile));
        return driver;
    }

    /** Skips the calling test (a JUnit assumption) when Chromium or its driver is missing. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "Debian chromium and chromium-driver are not installed: browser test skipped");
    }

    public static ChromeDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }

    /** Saves what the browser shows now as a PNG at {@code target}. */
    public static Path screenshot(ChromeDriver driver, Path target) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(target.toAbsolutePath().getParent());
        return Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
