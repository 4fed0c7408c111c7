package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.contract.FeedMatchesJournal;
import bankcore.core.contract.LedgerInvariants;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.domain.Refusal;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads, one file: 8 threads submit 20,000 random transfers between 50 accounts with small
 * balances, so many overdraw on purpose. Afterwards every invariant holds, and exactly the
 * acknowledged transfers are in the journal.
 */
class ConcurrentTransfersTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final int THREADS = 8;
    private static final int TRANSFERS = 20_000;
    private static final int ACCOUNTS = 50;

    @TempDir
    Path dir;

    @Test
    void eight_threads_of_random_transfers_keep_every_invariant() throws Exception {
        try (SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("concurrent.db"));
             Ledger ledger = Ledger.builder(store).build()) {
            List<Long> accounts = FundedAccounts.open(ledger, ACCOUNTS, Money.of(5_000, EUR));
            long journalBefore = ledger.analytics().summary().transfers();
            Map<Refusal, AtomicLong> refusals = new ConcurrentHashMap<>();
            AtomicLong acknowledged = new AtomicLong();

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(1_000 + t);
                workers.add(pool.submit(() -> {
                    for (int i = 0; i < TRANSFERS / THREADS; i++) {
                        long from = accounts.get(random.nextInt(ACCOUNTS));
                        long to = accounts.get(random.nextInt(ACCOUNTS));
                        Money amount = Money.of(1 + random.nextInt(3_000), EUR);
                        try {
                            ledger.transfers().transfer(TransferCommand.of(from, to, amount, "load"));
                            acknowledged.incrementAndGet();
                        } catch (LedgerException refused) {
                            refusals.computeIfAbsent(refused.refusal(), r -> new AtomicLong()).incrementAndGet();
                        }
                    }
                }));
            }
            // Verifying while money moves must not raise false alarms: every check of the moving ledger holds.
            List<String> alarms = new ArrayList<>();
            int checks = 0;
            while (!workers.stream().allMatch(Future::isDone)) {
                ledger.verifier().verify().checks().stream().filter(check -> !check.ok())
                        .forEach(check -> alarms.add(check.name() + ": " + check.detail()));
                checks++;
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            pool.shutdown();
            assertThat(checks).as("verifications made while transfers ran").isPositive();
            assertThat(alarms).isEmpty();

            assertThat(refusals.keySet()).containsOnly(Refusal.INSUFFICIENT_FUNDS, Refusal.SAME_ACCOUNT);
            assertThat(refusals.get(Refusal.INSUFFICIENT_FUNDS).get()).as("some transfers overdraw on purpose")
                    .isPositive();
            assertThat(acknowledged.get() + refusals.values().stream().mapToLong(AtomicLong::get).sum())
                    .isEqualTo(TRANSFERS);
            assertThat(ledger.analytics().summary().transfers() - journalBefore).isEqualTo(acknowledged.get());
            assertThat(ledger.analytics().summary().currencies().get(0).liquidity())
                    .isEqualTo(Money.of(ACCOUNTS * 5_000L, EUR));
            LedgerInvariants.assertAllHold(ledger);
            FeedMatchesJournal.assertHolds(ledger);
        }
    }
}
