package bankcore.dashboard.demo;

import bankcore.core.Ledger;
import bankcore.core.domain.TransferFilter;
import bankcore.core.port.in.LedgerAnalytics;
import bankcore.persistence.sqlite.SqliteLedgerStore;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Times, on an existing ledger file, every query a dashboard refresh makes, so one can see that the
 * views stay fast on a large journal. {@code java -cp "target/test-classes:target/dashboard/lib/*"
 * bankcore.dashboard.demo.MeasureQueries FILE}
 */
public final class MeasureQueries {

    private static final Currency EUR = Currency.getInstance("EUR");

    private MeasureQueries() {
    }

    public static void main(String[] args) {
        try (SqliteLedgerStore store = SqliteLedgerStore.open(Path.of(args[0]));
             Ledger ledger = Ledger.builder(store).build()) {
            LedgerAnalytics analytics = ledger.analytics();
            Instant now = Instant.now();
            for (int round = 0; round < 2; round++) {
                System.out.println("round " + (round + 1) + (round == 0 ? " (cold)" : " (warm)"));
                time("overview: summary", analytics::summary);
                time("flow: last hour by minute", () -> analytics.volume(EUR, now.minus(Duration.ofHours(1)), now,
                        Duration.ofMinutes(1)));
                time("flow: last 24 h by 30 min", () -> analytics.volume(EUR, now.minus(Duration.ofDays(1)), now,
                        Duration.ofMinutes(30)));
                time("flow: last 30 days by day", () -> analytics.volume(EUR, now.minus(Duration.ofDays(30)), now,
                        Duration.ofDays(1)));
                time("wealth: distribution", () -> analytics.wealth(EUR));
                time("wealth: top 20", () -> analytics.topAccounts(EUR, 20));
                time("transfers: newest 50", () -> ledger.queries().transfers(TransferFilter.all(), Optional.empty(), 50));
                time("transfers: 50 of one account", () -> ledger.queries().transfers(new TransferFilter(
                        Optional.of(42L), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty()), Optional.empty(), 50));
                time("transfers: 50 over 1,000.00", () -> ledger.queries().transfers(new TransferFilter(
                        Optional.empty(), Optional.empty(), Optional.of(100_000L), Optional.empty(), Optional.empty(),
                        Optional.empty()), Optional.empty(), 50));
            }
            time("transfers: none over 10,000,000.00 (full scan)", () -> ledger.queries().transfers(new TransferFilter(
                    Optional.empty(), Optional.empty(), Optional.of(1_000_000_000L), Optional.empty(), Optional.empty(),
                    Optional.empty()), Optional.empty(), 50));
            time("invariants: verify (background, every 30 s)", () -> ledger.verifier().verify());
        }
    }

    private static void time(String what, Supplier<?> query) {
        long started = System.nanoTime();
        query.get();
        System.out.printf("  %-45s %6d ms%n", what, Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}
