package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Bank.Person;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency-Key on money-moving POSTs: one key, one movement of money, one answer. */
class IdempotencyTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    private static Reply transfer(Person from, Person to, Object amount, String key) {
        return api.post("/transfers").token(from.token()).header("Idempotency-Key", key)
                .json(Json.object("receiver_id", to.id(), "amount", amount)).send();
    }

    @Test
    void a_replay_returns_the_first_response_and_moves_money_once() {
        Person alice = bank.newCustomerWith("Alice", "100.00");
        Person bob = bank.newCustomer("Bob");

        Reply first = transfer(alice, bob, Json.raw("10"), "order-1");
        Reply replay = transfer(alice, bob, "10.00", "order-1");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(replay.status()).as(replay.toString()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("Location")).isEqualTo(first.header("Location")).isPresent();
        assertThat(bank.balance(alice)).isEqualTo("90.00");
        assertThat(bank.balance(bob)).isEqualTo("10.00");
    }

    @Test
    void the_seed_transfer_replays_too() {
        Person alice = bank.newCustomerWith("Alice", "100.00");
        Person bob = bank.newCustomer("Bob");
        String body = Json.object("receiver_id", bob.id(), "amount", "5.00");

        Reply first = api.post("/transfer").token(alice.token()).header("Idempotency-Key", "k").json(body).send();
        Reply replay = api.post("/transfer").token(alice.token()).header("Idempotency-Key", "k").json(body).send();

        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(bank.balance(alice)).isEqualTo("95.00");
    }

    @Test
    void the_same_key_with_another_request_is_422_and_moves_nothing() {
        Person alice = bank.newCustomerWith("Alice", "100.00");
        Person bob = bank.newCustomer("Bob");

        transfer(alice, bob, "10.00", "order-2");
        Reply other = transfer(alice, bob, "11.00", "order-2");

        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(other.problemType()).isEqualTo("idempotency-key-reused");
        assertThat(bank.balance(alice)).isEqualTo("90.00");
    }

    @Test
    void keys_are_scoped_to_the_caller() {
        Person alice = bank.newCustomerWith("Alice", "100.00");
        Person carol = bank.newCustomerWith("Carol", "100.00");
        Person bob = bank.newCustomer("Bob");

        assertThat(transfer(alice, bob, "10.00", "shared").status()).isEqualTo(201);
        Reply carols = transfer(carol, bob, "10.00", "shared");

        assertThat(carols.status()).isEqualTo(201);
        assertThat(carols.header("Idempotent-Replayed")).isEmpty();
        assertThat(bank.balance(bob)).isEqualTo("20.00");
    }

    @Test
    void a_refused_request_is_not_remembered_so_a_corrected_retry_with_the_same_key_works() {
        Person alice = bank.newCustomerWith("Alice", "10.00");
        Person bob = bank.newCustomer("Bob");

        assertThat(transfer(alice, bob, "10.005", "retry-me").status()).isEqualTo(422);
        Reply corrected = transfer(alice, bob, "10.00", "retry-me");

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(corrected.header("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void a_malformed_key_is_422() {
        Person alice = bank.newCustomerWith("Alice", "10.00");
        Person bob = bank.newCustomer("Bob");

        assertThat(transfer(alice, bob, "1.00", "x".repeat(256)).status()).isEqualTo(422);
        assertThat(transfer(alice, bob, "1.00", "tab\there").status()).isEqualTo(422);
        assertThat(bank.balance(alice)).isEqualTo("10.00");
    }

    @Test
    void deposits_are_idempotent() {
        Person alice = bank.newCustomer("Alice");
        String body = Json.object("amount", "50.00");

        Reply first = api.post("/accounts/" + alice.accountId() + "/deposits").token(bank.adminToken())
                .header("Idempotency-Key", "deposit-1").json(body).send();
        Reply replay = api.post("/accounts/" + alice.accountId() + "/deposits").token(bank.adminToken())
                .header("Idempotency-Key", "deposit-1").json(body).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(bank.balance(alice)).isEqualTo("50.00");
    }

    @Test
    void twenty_concurrent_requests_with_one_key_move_money_once() throws Exception {
        Person alice = bank.newCustomerWith("Alice", "1000.00");
        Person bob = bank.newCustomer("Bob");
        int clients = 20;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Reply>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return transfer(alice, bob, "7.00", "concurrent-key");
                }));
            }
            go.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }

            List<Reply> originals = replies.stream()
                    .filter(r -> r.status() == 201 && r.header("Idempotent-Replayed").isEmpty()).toList();
            List<Reply> replays = replies.stream()
                    .filter(r -> r.status() == 201 && r.header("Idempotent-Replayed").isPresent()).toList();
            List<Reply> inFlight = replies.stream().filter(r -> r.status() == 409).toList();
            assertThat(originals).hasSize(1);
            assertThat(replays.size() + inFlight.size()).isEqualTo(clients - 1);
            replays.forEach(r -> assertThat(r.body()).isEqualTo(originals.get(0).body()));
            inFlight.forEach(r -> assertThat(r.problemType()).isEqualTo("idempotency-key-in-flight"));
            assertThat(bank.balance(alice)).isEqualTo("993.00");
            assertThat(bank.balance(bob)).isEqualTo("7.00");
        } finally {
            pool.shutdownNow();
        }
    }
}
