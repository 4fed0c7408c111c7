package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone else holds the ledger file's write lock (a backup tool, a shell left in {@code BEGIN IMMEDIATE}):
 * a write is answered 503 with Retry-After within the configured wait, stores nothing, /health says the
 * ledger cannot write, and both recover by themselves once the lock is released.
 */
class BusyLedgerTest {

    private static final long WAIT_MS = 1_000;

    @RegisterExtension
    static final TestServer server = new TestServer(Map.of("bank.db-write-wait", WAIT_MS + "ms"));
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    @Test
    void a_held_write_lock_gives_a_prompt_503_and_an_unready_health_until_it_is_released() throws Exception {
        Bank.Person ada = bank.newCustomerWith("Ada Busy", "10.00");
        Bank.Person alan = bank.newCustomer("Alan Busy");
        String transfer = Json.object("receiver_id", alan.id(), "amount", "1.00");

        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + server.directory().resolve("banking.db"));
             Statement lock = other.createStatement()) {
            lock.execute("BEGIN IMMEDIATE");
            long started = System.nanoTime();
            Reply refused = api.post("/transfers").token(ada.token()).json(transfer).send();
            long tookMs = (System.nanoTime() - started) / 1_000_000;

            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.problemType()).isEqualTo("unavailable");
            assertThat(refused.header("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
            assertThat(tookMs).as("answered within the wait and a slice").isBetween(WAIT_MS - 50, WAIT_MS + 2_000);

            Reply health = api.get("/health").send();
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("ready").getBooleanValue()).isFalse();
            assertThat(health.json().get("writable").getBooleanValue()).isFalse();
            assertThat(health.json().get("problem").getStringValue()).contains("write lock");
            lock.execute("ROLLBACK");
        }

        assertThat(bank.balance(alan)).as("nothing of the refused transfer was stored").isEqualTo("0.00");
        long giveUpAt = System.nanoTime() + 10_000_000_000L;
        while (api.get("/health").send().status() != 200) {
            assertThat(System.nanoTime()).as("health recovers without a restart").isLessThan(giveUpAt);
            Thread.sleep(100);
        }
        Reply moved = api.post("/transfers").token(ada.token()).json(transfer).send();
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        assertThat(bank.balance(alan)).isEqualTo("1.00");
    }
}
