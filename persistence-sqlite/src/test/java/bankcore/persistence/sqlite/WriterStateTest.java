package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.contract.FeedMatchesJournal;
import bankcore.core.contract.LedgerInvariants;
import bankcore.core.contract.SettableClock;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.domain.Refusal;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The writer keeps the state it decides on in memory: these are the ways that could go wrong. */
class WriterStateTest {
    private static final Currency EUR = Currencies.of("EUR");

    @TempDir
    Path dir;

    @Test
    void a_balance_another_process_changed_is_read_again_before_the_next_decision() {
        Path file = dir.resolve("shared.db");
        try (SqliteLedgerStore firstStore = SqliteLedgerStore.open(file);
             Ledger first = Ledger.builder(firstStore).build();
             SqliteLedgerStore secondStore = SqliteLedgerStore.open(file);
             Ledger second = Ledger.builder(secondStore).build()) {
            long account = first.registration().register(customer("shared")).account().id();
            first.cash().deposit(CashCommand.of(account, Money.parse("100.00", EUR), "in"));
            // The first writer now holds the account at 100.00 in memory; the second takes it all.
            second.cash().withdraw(CashCommand.of(account, Money.parse("100.00", EUR), "out"));

            assertThatThrownBy(() -> first.cash().withdraw(CashCommand.of(account, Money.parse("50.00", EUR), "again")))
                    .isInstanceOfSatisfying(LedgerException.class,
                            refused -> assertThat(refused.refusal()).isEqualTo(Refusal.INSUFFICIENT_FUNDS));
            first.cash().deposit(CashCommand.of(account, Money.parse("1.00", EUR), "after"));
            assertThat(first.queries().account(account).orElseThrow().balanceMinor()).isEqualTo(100);
            LedgerInvariants.assertAllHold(first);
            FeedMatchesJournal.assertHolds(first);
        }
    }

    @Test
    void a_refused_deposit_leaves_no_trace_not_even_the_cash_account_it_would_have_opened() {
        try (SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("refused.db"));
             Ledger ledger = Ledger.builder(store).build()) {
            assertThatThrownBy(() -> ledger.cash().deposit(CashCommand.of(999, Money.parse("5.00", EUR), "nobody")))
                    .isInstanceOfSatisfying(LedgerException.class,
                            refused -> assertThat(refused.refusal()).isEqualTo(Refusal.ACCOUNT_NOT_FOUND));

            assertThat(ledger.queries().cashAccount(EUR)).isEmpty();
            long account = ledger.registration().register(customer("later")).account().id();
            ledger.cash().deposit(CashCommand.of(account, Money.parse("5.00", EUR), "works"));
            LedgerInvariants.assertAllHold(ledger);
            FeedMatchesJournal.assertHolds(ledger);
        }
    }

    @Test
    void a_refusal_in_a_batch_undoes_only_its_own_command_and_later_commands_see_the_state_before_it() {
        try (SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("batch.db"));
             Ledger ledger = Ledger.builder(store).build()) {
            long a = ledger.registration().register(customer("a")).account().id();
            long b = ledger.registration().register(customer("b")).account().id();
            ledger.cash().deposit(CashCommand.of(a, Money.parse("10.00", EUR), "in"));

            var outcomes = ledger.transfers().transferEach(List.of(
                    TransferCommand.of(a, b, Money.parse("6.00", EUR), "fits"),
                    TransferCommand.of(a, b, Money.parse("6.00", EUR), "overdraft"),
                    TransferCommand.of(a, b, Money.parse("4.00", EUR), "fits exactly")));

            assertThat(outcomes).extracting(outcome -> outcome.isDone()).containsExactly(true, false, true);
            assertThat(ledger.queries().account(a).orElseThrow().balanceMinor()).isZero();
            assertThat(ledger.queries().account(b).orElseThrow().balanceMinor()).isEqualTo(1_000);
            LedgerInvariants.assertAllHold(ledger);
            FeedMatchesJournal.assertHolds(ledger);
        }
    }

    @Test
    void an_idempotency_record_is_stamped_by_the_injected_clock_not_the_machines() throws Exception {
        Instant past = Instant.parse("2001-02-03T04:05:06.789Z");
        Path file = dir.resolve("clock.db");
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file);
             Ledger ledger = Ledger.builder(store).clock(new SettableClock(past)).build()) {
            long account = ledger.registration().register(customer("keyed")).account().id();
            ledger.cash().deposit(new CashCommand(account, Money.parse("1.00", EUR), "",
                    Optional.of(new IdempotencyKey("admin:1", "deposit-1"))));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = connection.createStatement().executeQuery("SELECT created_at FROM idempotency_key")) {
            assertThat(rs.next()).isTrue();
            assertThat(Rows.instant(rs.getLong(1))).isEqualTo(past);
        }
    }

    @Test
    void the_store_reports_group_sizes_and_commit_latency() throws Exception {
        try (SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("metrics.db"));
             Ledger ledger = Ledger.builder(store).build()) {
            long a = ledger.registration().register(customer("a")).account().id();
            long b = ledger.registration().register(customer("b")).account().id();
            ledger.cash().deposit(CashCommand.of(a, Money.parse("1000.00", EUR), "in"));
            WriterMetrics before = store.writerMetrics();
            ExecutorService callers = Executors.newFixedThreadPool(16);
            try {
                List<CompletableFuture<?>> transfers = new ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    transfers.add(CompletableFuture.runAsync(() -> ledger.transfers().transfer(
                            TransferCommand.of(a, b, Money.parse("0.01", EUR), "")), callers));
                }
                CompletableFuture.allOf(transfers.toArray(CompletableFuture[]::new)).get();
            } finally {
                callers.shutdown();
            }

            WriterMetrics after = store.writerMetrics();
            assertThat(after.requests() - before.requests()).isEqualTo(400);
            assertThat(after.commands() - before.commands()).isEqualTo(400);
            assertThat(after.commits() - before.commits()).isBetween(1L, 400L);
            assertThat(after.largestGroupRequests()).isBetween(1, 16);
            assertThat(after.meanCommitMicros()).isPositive();
            assertThat(after.maxCommitMicros()).isGreaterThanOrEqualTo(after.lastCommitMicros());
            assertThat(after.queued()).isZero();
        }
    }

    private static RegisterCustomer.Command customer(String name) {
        return RegisterCustomer.Command.customer(name, name + "@example.org", null, EUR);
    }
}
