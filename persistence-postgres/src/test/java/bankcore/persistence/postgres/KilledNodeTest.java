package bankcore.persistence.postgres;

import bankcore.core.Ledger;
import bankcore.core.contract.LedgerInvariants;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes under load on one database, one of them a separate JVM that is SIGKILLed mid-stream
 * while the other goes on: nothing either acknowledged is lost or doubled, the survivor keeps
 * writing after the kill, and every invariant holds.
 */
class KilledNodeTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final int ACCOUNTS = 30;
    private static final int ACKS_BEFORE_KILL = 300;

    @Test
    void a_node_killed_under_load_loses_nothing_it_acknowledged_and_the_other_goes_on() throws Exception {
        String url = TestDatabase.freshSchemaUrl();
        try (PostgresLedgerStore store = PostgresLedgerStore.open(url, null, null)) {
            Ledger survivor = Ledger.builder(store).build();
            List<Long> accounts = FundedAccounts.open(survivor, ACCOUNTS, 5_000);
            Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger victimAcks = new AtomicInteger();

            Process victim = startVictim(url, accounts);
            Thread reader = new Thread(() -> readAcks(victim, acknowledged, victimAcks));
            reader.start();

            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger afterKill = new AtomicInteger();
            AtomicBoolean killed = new AtomicBoolean();
            List<Thread> load = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                Random random = new Random(7 + t);
                Thread thread = new Thread(() -> {
                    while (!stop.get()) {
                        long from = accounts.get(random.nextInt(ACCOUNTS));
                        long to = accounts.get(random.nextInt(ACCOUNTS));
                        try {
                            Transfer made = survivor.transfers().transfer(
                                    TransferCommand.of(from, to, Money.of(1 + random.nextInt(500), EUR), "survivor"))
                                    .transfer();
                            acknowledged.add(made.id());
                            if (killed.get()) {
                                afterKill.incrementAndGet();
                            }
                        } catch (LedgerException refused) {
                            // overdrafts and self-transfers: never acknowledged
                        }
                    }
                });
                thread.start();
                load.add(thread);
            }

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (victimAcks.get() < ACKS_BEFORE_KILL && System.nanoTime() < deadline && victim.isAlive()) {
                Thread.sleep(20);
            }
            assertThat(victimAcks.get()).as("acknowledged by the victim before the kill")
                    .isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
            victim.destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-transaction
            victim.waitFor(10, TimeUnit.SECONDS);
            killed.set(true);
            reader.join(10_000);
            while (afterKill.get() < 200 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            stop.set(true);
            for (Thread thread : load) {
                thread.join();
            }

            assertThat(afterKill.get()).as("transfers the survivor made after the kill").isGreaterThanOrEqualTo(200);
            List<UUID> journal = store.journal(0, Integer.MAX_VALUE).stream().map(Transfer::id).toList();
            assertThat(journal).doesNotHaveDuplicates();
            assertThat(journal).as("every acknowledged transfer is in the journal").containsAll(acknowledged);
            LedgerInvariants.assertAllHold(survivor);
        }
    }

    private static Process startVictim(String url, List<Long> accounts) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                TransferringNode.class.getName(), url, "42"));
        accounts.forEach(id -> command.add(id.toString()));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void readAcks(Process victim, Set<UUID> acknowledged, AtomicInteger count) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(UUID.fromString(line.substring(4)));
                    count.incrementAndGet();
                }
            }
        } catch (IOException killed) {
            // the stream ends with the process: everything printed before the kill was read
        }
    }
}
