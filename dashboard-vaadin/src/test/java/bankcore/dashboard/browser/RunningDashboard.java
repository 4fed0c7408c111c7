package bankcore.dashboard.browser;

import bankcore.dashboard.DashboardMain;
import bankcore.dashboard.SeededLedger;
import com.github.mvysny.vaadinboot.VaadinBoot;
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

/** The dashboard on Jetty, on a free local port, over a freshly seeded ledger: what a browser test drives. */
final class RunningDashboard implements AutoCloseable {

    final SeededLedger seeded;
    /** The address of the start page, ending in a slash. */
    final String url;
    private final VaadinBoot server;

    private RunningDashboard(SeededLedger seeded, VaadinBoot server, String url) {
        this.seeded = seeded;
        this.server = server;
        this.url = url;
    }

    static RunningDashboard start(Path directory) throws Exception {
        SeededLedger seeded = SeededLedger.create(directory);
        int port = freePort();
        VaadinBoot server = DashboardMain.server(seeded.backend()).withPort(port).localhostOnly();
        server.start();
        return new RunningDashboard(seeded, server, "http://127.0.0.1:" + port + "/");
    }

    /** Opens {@code path} (relative to the start page) as the seeded admin: the login page first, then the view. */
    void openAsAdmin(ChromeDriver browser, String path) {
        browser.get(url + "login");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(SeededLedger.ADMIN_EMAIL);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(SeededLedger.ADMIN_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("liquidity-EUR")));
        if (!path.isEmpty()) {
            browser.get(url + path);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.className("view")));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.stop("tests finished");
        seeded.close();
    }
}
