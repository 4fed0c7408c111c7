package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.ApiProcess;
import bankcore.api.support.Bank;
import bankcore.api.support.Bank.Person;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two API nodes on one PostgreSQL database under concurrent load: this JVM's server and a second API process
 * on another port. Mid-load the second is SIGKILLed; its clients send what it left unanswered again, with the
 * same Idempotency-Key, to the survivor, which goes on. Afterwards the journal holds every acknowledged transfer
 * once and nothing else, no money was made, and the ledger verifies.
 */
class TwoApiNodesTest {

    private static final int CUSTOMERS = 10;
    private static final int CLIENTS = 8;
    private static final int ACKS_BEFORE_KILL = 30;
    private static final int ACKS_AFTER_KILL = 50;
    private static final long BOUND_SECONDS = 120;

    @RegisterExtension
    static final TestServer survivor = TestServer.onPostgres();
    private static final ApiClient survivorApi = survivor.client();
    private static final Bank bank = new Bank(survivorApi);

    @TempDir
    Path dir;

    @Test
    void a_node_killed_under_load_loses_nothing_it_acknowledged_and_the_other_goes_on() throws Exception {
        long startNs = System.nanoTime();
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            people.add(bank.newCustomerWith("Node Client " + i, "100.00"));
        }
        List<String> journalBefore = journal();
        String database = survivor.context().getRequiredProperty("bank.db", String.class);

        try (ApiProcess victim = ApiProcess.start(List.of("bank.bcrypt-cost=4"), Map.of("BANK_DB", database),
                dir.resolve("victim.log"))) {
            long victimUpNs = System.nanoTime();
            ApiClient victimApi = survivor.clientOf(victim.uri());
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger acknowledgements = new AtomicInteger();
            AtomicInteger byVictim = new AtomicInteger();
            AtomicInteger afterKill = new AtomicInteger();
            AtomicInteger resent = new AtomicInteger();
            AtomicBoolean killed = new AtomicBoolean();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> load = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                boolean onVictim = c % 2 == 1;
                Random random = new Random(c);
                load.add(clients.submit(() -> {
                    while (!stop.get()) {
                        Person sender = people.get(random.nextInt(CUSTOMERS));
                        Person receiver = people.get(random.nextInt(CUSTOMERS));
                        String body = Json.object("to_account_id", receiver.accountId(),
                                "amount", (1 + random.nextInt(900)) + "." + String.format("%02d", random.nextInt(100)));
                        String key = UUID.randomUUID().toString();
                        boolean toVictim = onVictim && !killed.get();
                        Reply reply = toVictim ? sendOrNull(victimApi, sender, key, body) : null;
                        if (toVictim && reply == null) {
                            resent.incrementAndGet();
                        }
                        for (int attempt = 0; reply == null || reply.status() == 409; attempt++) {
                            assertThat(attempt).as("attempts on the survivor for one request").isLessThan(100);
                            if (reply != null) {
                                Thread.sleep(50); // 409: the first of this key is still in flight
                            }
                            reply = sendOrNull(survivorApi, sender, key, body);
                        }
                        assertThat(reply.status()).as(reply.toString()).isIn(201, 400, 422);
                        if (reply.status() == 201) {
                            acknowledged.add(reply.json().get("id").getStringValue());
                            acknowledgements.incrementAndGet();
                            if (toVictim) {
                                byVictim.incrementAndGet();
                            } else if (killed.get()) {
                                afterKill.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
            while (byVictim.get() < ACKS_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            victim.process().destroyForcibly(); // SIGKILL: mid-request, mid-group, no shutdown hook
            assertThat(victim.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
            killed.set(true);
            long killedNs = System.nanoTime();
            while (afterKill.get() < ACKS_AFTER_KILL && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            stop.set(true);
            for (Future<?> client : load) {
                client.get(60, TimeUnit.SECONDS);
            }
            clients.shutdown();
            long stoppedNs = System.nanoTime();

            System.out.printf("two API nodes: %d transfers acknowledged, %d by the killed node, %d by the survivor "
                    + "after the kill, %d requests resent to the survivor; set-up and second node's start %.1f s, "
                    + "load before the kill %.1f s, after it %.1f s%n", acknowledgements.get(), byVictim.get(),
                    afterKill.get(), resent.get(), (victimUpNs - startNs) / 1e9, (killedNs - victimUpNs) / 1e9,
                    (stoppedNs - killedNs) / 1e9);
            assertThat(byVictim.get()).as("acknowledged by the killed node; its log:%n%s", victim.log())
                    .isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
            assertThat(afterKill.get()).as("acknowledged by the survivor after the kill").isGreaterThanOrEqualTo(ACKS_AFTER_KILL);
            assertThat(acknowledged).as("a resent request is answered with the first transfer, never a second")
                    .hasSize(acknowledgements.get());
            List<String> journal = journal();
            assertThat(journal).doesNotHaveDuplicates().containsAll(journalBefore);
            assertThat(journal.stream().filter(id -> !journalBefore.contains(id)).toList())
                    .as("transfers in the journal since the load began: the acknowledged ones, nothing else")
                    .containsExactlyInAnyOrderElementsOf(acknowledged);
            assertThat(survivorApi.get("/analytics/summary").token(bank.adminToken()).send().json()
                    .get("currencies").get(0).get("liquidity").getStringValue())
                    .as("customers hold what was deposited").isEqualTo(CUSTOMERS * 100 + ".00");
            JsonNode verify = survivorApi.get("/admin/ledger/verify").token(bank.adminToken()).send().json();
            assertThat(verify.get("ok").getBooleanValue()).as(verify.toString()).isTrue();
        }
    }

    /** The transfer on that node; null when the node is gone (refused or dropped connection, no status). */
    private static Reply sendOrNull(ApiClient node, Person sender, String key, String body) {
        try {
            return node.post("/transfers").token(sender.token()).header("Idempotency-Key", key).json(body).send();
        } catch (UncheckedIOException gone) {
            return null;
        }
    }

    /** Every transfer's id, the whole journal a page at a time. */
    private static List<String> journal() {
        List<String> ids = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = survivorApi.get("/transfers?limit=200" + cursor).token(bank.adminToken()).send().json();
            JsonNode items = page.get("items");
            for (int i = 0; i < items.size(); i++) {
                ids.add(items.get(i).get("id").getStringValue());
            }
            JsonNode next = page.get("next_cursor");
            cursor = next.isNull() ? null : "&cursor=" + next.getStringValue();
        } while (cursor != null);
        return ids;
    }
}
