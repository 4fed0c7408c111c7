package bankcore.dashboard.browser;

import com.github.mvysny.vaadinboot.VaadinBoot;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DemoBrowserTest {

    @Test
    void renders_the_chart() throws Exception {
        HeadlessChromium.assumeInstalled();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        long t0 = System.nanoTime();
        VaadinBoot boot = new VaadinBoot().withPort(port).localhostOnly();
        boot.start();
        System.out.println("jetty started in ms " + (System.nanoTime() - t0) / 1_000_000);
        ChromeDriver driver = HeadlessChromium.start(1366, 768);
        try {
            driver.get("http://127.0.0.1:" + port + "/");
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                    d.findElement(By.tagName("bank-echart")).getAttribute("data-rendered") != null);
            HeadlessChromium.screenshot(driver, Path.of("target/demo.png"));
            assertThat(driver.findElement(By.tagName("bank-echart")).getAttribute("data-rendered")).isNotBlank();
        } finally {
            driver.quit();
            boot.stop("test done");
        }
        System.out.println("total ms " + (System.nanoTime() - t0) / 1_000_000);
    }
}
