package bankcore.dashboard.browser;

import bankcore.core.domain.Transfer;
import bankcore.core.port.in.HoldFunds.Movement;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import bankcore.dashboard.SeededLedger;
import bankcore.dashboard.browser.HeadlessChromium.Screen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Overview's monitor of holds and credit in a real browser, over a ledger with an open hold, an
 * expired one and a customer below zero on a credit line: the numbers are there, readable, and say
 * which currency they are for.
 */
class HoldsOverviewBrowserTest {

    @TempDir
    static Path directory;
    private static RunningDashboard dashboard;
    private static Transfer expired;
    private ChromeDriver browser;

    @BeforeAll
    static void startServer() throws Exception {
        HeadlessChromium.assumeInstalled();
        dashboard = RunningDashboard.start(directory);
        SeededLedger seeded = dashboard.seeded;
        seeded.ledger.accountControls().setCreditLimit(seeded.dee.id(), SeededLedger.eur("100.00"));
        seeded.transfer(seeded.dee, seeded.cyd, "30.00");
        expired = seeded.ledger.holds().submit(Movement.held(TransferCommand.of(seeded.bob.id(), seeded.cyd.id(),
                SeededLedger.eur("5.00"), "held"), Duration.ofMinutes(1))).transfer();
        seeded.ledger.holds().submit(Movement.held(TransferCommand.of(seeded.ada.id(), seeded.cyd.id(),
                SeededLedger.eur("12.50"), "held"), Duration.ofHours(1)));
        seeded.clock.advance(Duration.ofMinutes(2));
        seeded.ledger.holds().expireDue();
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

    @Test
    void the_overview_shows_holds_outstanding_credit_used_and_the_latest_expiries() throws Exception {
        browser = HeadlessChromium.start(Screen.DESKTOP);
        dashboard.openAsAdmin(browser, "");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        wait.until(ExpectedConditions.textToBe(By.id("holds-EUR"), "€12.50"));
        WebElement expiries = browser.findElement(By.id("expiries-EUR"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'end'});", expiries);
        HeadlessChromium.screenshot(browser, Path.of("target/browser-overview-holds.png"));

        WebElement panel = browser.findElement(By.id("holds-panel-EUR"));
        assertThat(panel.getText()).startsWith("EUR · holds and credit").contains("1 open").contains("€10.00");
        assertThat(panel.getText().toLowerCase(Locale.ROOT)).contains("holds outstanding")
                .contains("credit used").contains("recent expiries");
        assertThat(expiries.isDisplayed()).isTrue();
        assertThat(expiries.getText()).contains("€5.00").contains("Bob Babbage → Cyd Charisse")
                .contains(expired.id().toString());
    }
}
