package bankcore.persistence.postgres;

import bankcore.core.Ledger;
import bankcore.core.contract.LedgerInvariants;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Money;
import bankcore.core.domain.StoreBusyException;
import bankcore.core.domain.StoreFailureException;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Currency;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Another session holds the append lock (an operator's open transaction, a stuck node): a write is
 * refused within the bounded wait, nothing of it stored, the health says so and names the session,
 * and writes go through again once it lets go.
 */
class BusyDatabaseTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final Duration WAIT = Duration.ofMillis(1_500);

    @Test
    void an_append_lock_held_by_another_session_refuses_writes_within_the_wait_and_recovers() throws Exception {
        String url = TestDatabase.freshSchemaUrl();
        try (PostgresLedgerStore store = PostgresLedgerStore.open(url, null, null, WAIT);
             Ledger ledger = Ledger.builder(store).build()) {
            long a = open(ledger, "a");
            long b = open(ledger, "b");
            ledger.cash().deposit(CashCommand.of(a, Money.parse("10.00", EUR), ""));

            try (Connection other = DriverManager.getConnection(url);
                 Statement lock = other.createStatement()) {
                other.setAutoCommit(false);
                lock.execute("SET application_name = 'operator-shell'");
                lock.execute("UPDATE journal_append_lock SET epoch = epoch WHERE id = 1");

                long started = System.nanoTime();
                assertThatThrownBy(() -> transfer(ledger, a, b)).isInstanceOf(StoreBusyException.class);
                long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                assertThat(tookMs).as("refused within the wait").isBetween(WAIT.toMillis() - 50, WAIT.toMillis() + 1_000);
                assertThat(ledger.status().health().writable()).isFalse();
                assertThat(ledger.status().health().problem()).contains("operator-shell");
                other.rollback();
            }

            long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!ledger.status().health().writable()) {
                assertThat(System.nanoTime()).as("the health recovers by itself").isLessThan(giveUpAt);
                Thread.sleep(50);
            }
            transfer(ledger, a, b);
            assertThat(ledger.queries().account(b).orElseThrow().balance()).as("only the transfer after the release")
                    .isEqualTo(Money.parse("1.00", EUR));
            LedgerInvariants.assertAllHold(ledger);
        }
    }

    @Test
    void a_server_that_accepts_connections_and_never_answers_is_refused_within_the_wait() throws Exception {
        try (ServerSocket blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "jdbc:postgresql://127.0.0.1:" + blackHole.getLocalPort() + "/bank?user=nobody";
            long started = System.nanoTime();
            assertThatThrownBy(() -> PostgresLedgerStore.open(url, null, null, Duration.ofSeconds(1)))
                    .isInstanceOf(StoreFailureException.class);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(5_000);
        }
    }

    private static void transfer(Ledger ledger, long from, long to) {
        ledger.transfers().transfer(TransferCommand.of(from, to, Money.parse("1.00", EUR), ""));
    }

    private static long open(Ledger ledger, String name) {
        return ledger.registration().register(RegisterCustomer.Command.customer(name, name + "@example.org", null,
                EUR)).account().id();
    }
}
