package bankcore.dashboard;

import bankcore.core.domain.InvariantCheck;
import bankcore.core.domain.LedgerReport;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class InvariantMonitorTest {

    private final AtomicInteger checks = new AtomicInteger();

    private LedgerReport verify() {
        int n = checks.incrementAndGet();
        if (n == 2) {
            throw new IllegalStateException("database busy");
        }
        return new LedgerReport(Instant.ofEpochSecond(n), List.of(new InvariantCheck("sums to zero", true, "")));
    }

    @Test
    void has_no_report_before_the_first_check() {
        assertThat(new InvariantMonitor(this::verify).latest()).isEmpty();
    }

    @Test
    void checks_again_every_period_and_keeps_the_last_report_when_a_check_fails() throws Exception {
        try (InvariantMonitor monitor = new InvariantMonitor(this::verify).startEvery(Duration.ofMillis(20))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (checks.get() < 4 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(checks.get()).isGreaterThanOrEqualTo(4);
            assertThat(monitor.latest()).hasValueSatisfying(report -> assertThat(report.ok()).isTrue());
        }
    }

    @Test
    void stops_checking_when_closed() throws Exception {
        InvariantMonitor monitor = new InvariantMonitor(this::verify).startEvery(Duration.ofMillis(10));
        Thread.sleep(50);
        monitor.close();
        int afterClose = checks.get();
        Thread.sleep(100);

        assertThat(checks.get()).isLessThanOrEqualTo(afterClose + 1);
    }
}
