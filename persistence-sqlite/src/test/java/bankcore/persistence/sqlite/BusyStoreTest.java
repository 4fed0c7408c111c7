package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.contract.LedgerInvariants;
import bankcore.core.contract.PlainTextPasswordHasher;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Money;
import bankcore.core.domain.StoreBusyException;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Another process holds the file's write lock (a backup tool, a shell left in {@code BEGIN IMMEDIATE}):
 * writes are refused within the bounded wait, nothing of them stored, the health says so and names
 * the holder, and writes go through again once it lets go, without reopening anything.
 */
class BusyStoreTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final Duration WAIT = Duration.ofMillis(1_500);

    @TempDir
    Path dir;

    @Test
    void a_write_lock_held_by_another_process_refuses_writes_within_the_wait_and_recovers() throws Exception {
        Path file = dir.resolve("bank.db");
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file, SqliteOptions.defaults().withWriteWait(WAIT));
             Ledger ledger = Ledger.builder(store)
                .build()) {
            long a = open(ledger, "a");
            long b = open(ledger, "b");
            ledger.cash().deposit(CashCommand.of(a, Money.parse("10.00", EUR), ""));

            try (WriteLockHolder holder = WriteLockHolder.start(file)) {
                List<CompletableFuture<Long>> refused = List.of(
                        CompletableFuture.supplyAsync(() -> millisToFail(() -> transfer(ledger, a, b))),
                        CompletableFuture.supplyAsync(() -> millisToFail(() -> transfer(ledger, b, a))));
                for (CompletableFuture<Long> each : refused) {
                    assertThat(each.get(30, TimeUnit.SECONDS)).as("refused within the wait, plus a slice")
                            .isBetween(WAIT.toMillis() - 50, WAIT.toMillis() + 1_000);
                }
                assertThat(ledger.status().health().writable()).isFalse();
                assertThat(ledger.status().health().problem()).contains("held by someone else")
                        .contains("process " + holder.pid());
                assertThat(ledger.queries().account(a).orElseThrow().balance()).as("reads go on")
                        .isEqualTo(Money.parse("10.00", EUR));
            }

            eventually(() -> ledger.status().health().writable());
            transfer(ledger, a, b);
            assertThat(ledger.queries().account(b).orElseThrow().balance()).as("only the transfer after the release")
                    .isEqualTo(Money.parse("1.00", EUR));
            LedgerInvariants.assertAllHold(ledger);
        }
    }

    @Test
    void a_holder_that_comes_while_nobody_writes_shows_in_the_health_and_its_leaving_too() throws Exception {
        Path file = dir.resolve("bank.db");
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file)) {
            assertThat(store.health().writable()).isTrue();
            try (WriteLockHolder holder = WriteLockHolder.start(file)) {
                eventually(() -> !store.health().writable());
            }
            eventually(() -> store.health().writable());
        }
    }

    @Test
    void the_credential_store_gives_up_within_the_same_wait() throws Exception {
        Path file = dir.resolve("bank.db");
        SqliteLedgerStore store = SqliteLedgerStore.open(file, SqliteOptions.defaults().withWriteWait(WAIT));
        try (SqliteCredentialStore credentials = SqliteCredentialStore.open(store, InstantSource.system());
             Ledger ledger = Ledger.builder(store).passwordHasher(new PlainTextPasswordHasher())
                     .credentialStore(credentials).build()) {
            long id = ledger.registration().register(RegisterCustomer.Command.customer("Ada", "ada@example.org",
                    "first-password".toCharArray(), EUR)).customer().id();
            try (WriteLockHolder holder = WriteLockHolder.start(file)) {
                assertThat(millisToFail(() -> credentials.revokeToken("token-1", Instant.now().plusSeconds(60))))
                        .isBetween(WAIT.toMillis() - 50, WAIT.toMillis() + 1_000);
                assertThat(millisToFail(() -> credentials.changePassword(id, "hash"))).isLessThan(WAIT.toMillis() + 1_000);
            }
            assertThat(credentials.isRevoked("token-1")).isFalse();
            assertThat(credentials.tokenGeneration(id)).as("nothing half-written").isZero();
            credentials.revokeToken("token-1", Instant.now().plusSeconds(60));
            assertThat(credentials.isRevoked("token-1")).isTrue();
        }
    }

    @Test
    void the_lock_holder_is_found_in_proc_locks_by_the_wal_write_lock_byte() {
        List<String> procLocks = List.of(
                "1: POSIX  ADVISORY  READ 17116 fe:00:2148910 123 123",
                "2: -> POSIX  ADVISORY  WRITE 999 fe:00:2148910 120 120",
                "3: POSIX  ADVISORY  WRITE 17116 fe:00:2148910 120 120",
                "4: POSIX  ADVISORY  WRITE 3784 fe:00:1474578 0 EOF");
        assertThat(LockHolders.writeLockHolder(procLocks, "fe:00:2148910")).hasValue(17116L);
        assertThat(LockHolders.writeLockHolder(procLocks, "fe:00:1474578")).hasValue(3784L);
        assertThat(LockHolders.writeLockHolder(procLocks, "fe:01:2148910")).isEmpty();
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - giveUpAt).as("still not so after 5 s").isNegative();
            Thread.sleep(50);
        }
    }

    private static long millisToFail(Runnable write) {
        long started = System.nanoTime();
        assertThatThrownBy(write::run).isInstanceOf(StoreBusyException.class);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private static void transfer(Ledger ledger, long from, long to) {
        ledger.transfers().transfer(TransferCommand.of(from, to, Money.parse("1.00", EUR), ""));
    }

    private static long open(Ledger ledger, String name) {
        return ledger.registration().register(RegisterCustomer.Command.customer(name, name + "@example.org", null,
                EUR)).account().id();
    }
}
