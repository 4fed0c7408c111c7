package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Bank.Person;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** 16 clients send random transfers at once; afterwards the ledger's invariants hold and no money was made. */
class ConcurrentTransfersTest {

    private static final int CLIENTS = 16;
    private static final int TRANSFERS_PER_CLIENT = 25;

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    @Test
    void random_concurrent_transfers_keep_every_invariant_and_the_total() throws Exception {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            people.add(bank.newCustomerWith("Client " + i, "100.00"));
        }
        BigDecimal totalBefore = total(people);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Reply>>> futures = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Person sender = people.get(i);
            Random random = new Random(i);
            futures.add(pool.submit(() -> {
                go.await();
                List<Reply> replies = new ArrayList<>();
                for (int n = 0; n < TRANSFERS_PER_CLIENT; n++) {
                    Person receiver = people.get(random.nextInt(CLIENTS));
                    String amount = (1 + random.nextInt(4000)) / 100 + "." + String.format("%02d", random.nextInt(100));
                    replies.add(api.post(random.nextBoolean() ? "/transfers" : "/transfer").token(sender.token())
                            .json(Json.object("receiver_id", receiver.id(), "amount", amount)).send());
                }
                return replies;
            }));
        }
        go.countDown();
        List<Reply> replies = new ArrayList<>();
        for (Future<List<Reply>> future : futures) {
            replies.addAll(future.get());
        }
        pool.shutdown();

        List<Reply> done = replies.stream().filter(r -> r.status() == 200 || r.status() == 201).toList();
        for (Reply reply : replies) {
            assertThat(reply.status()).as(reply.toString()).isIn(200, 201, 400, 422);
        }
        assertThat(done).hasSizeGreaterThan(CLIENTS * TRANSFERS_PER_CLIENT / 4);

        Reply verify = api.get("/admin/ledger/verify").token(bank.adminToken()).send();
        assertThat(verify.json().get("ok").getBooleanValue()).as(verify.body()).isTrue();
        assertThat(total(people)).isEqualByComparingTo(totalBefore);
        for (Reply reply : done) {
            String id = reply.json().get("id").getStringValue();
            assertThat(api.get("/transfers/" + id).token(bank.adminToken()).send().status()).isEqualTo(200);
        }
        for (Person person : people) {
            assertThat(new BigDecimal(bank.balance(person))).isNotNegative();
        }
    }

    private static BigDecimal total(List<Person> people) {
        return people.stream().map(person -> new BigDecimal(bank.balance(person))).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }
}
