package bankcore.persistence.postgres;

import bankcore.core.Ledger;
import bankcore.core.contract.FeedMatchesJournal;
import bankcore.core.contract.LedgerInvariants;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two nodes (two stores, each with its own writer and pool) on one database, as two API processes
 * would be: concurrent transfers and deposits through both keep every invariant, and exactly the
 * acknowledged ones are in the journal; a key sent to both nodes at once makes one transfer; each
 * node decides on the balances and statuses the other committed.
 */
class TwoNodesTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final int THREADS_PER_NODE = 4;
    private static final int OPERATIONS = 8_000;
    private static final int ACCOUNTS = 40;

    private PostgresLedgerStore firstStore;
    private PostgresLedgerStore secondStore;
    private Ledger first;
    private Ledger second;

    @BeforeEach
    void openTwoNodes() {
        String url = TestDatabase.freshSchemaUrl();
        firstStore = PostgresLedgerStore.open(url, null, null);
        first = Ledger.builder(firstStore).build();
        secondStore = PostgresLedgerStore.open(url, null, null);
        second = Ledger.builder(secondStore).build();
    }

    /** The nodes are not opened when the test skips itself (no server). */
    @AfterEach
    void closeNodes() {
        if (firstStore != null) {
            firstStore.close();
        }
        if (secondStore != null) {
            secondStore.close();
        }
    }

    @Test
    void transfers_and_deposits_through_two_nodes_keep_every_invariant() throws Exception {
        List<Long> accounts = FundedAccounts.open(first, ACCOUNTS, 5_000);
        long journalBefore = first.analytics().summary().transfers();
        Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicLong deposited = new AtomicLong();
        AtomicLong overdrawn = new AtomicLong();

        ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 2 * THREADS_PER_NODE; t++) {
            Ledger node = t % 2 == 0 ? first : second;
            Random random = new Random(2_000 + t);
            workers.add(pool.submit(() -> {
                for (int i = 0; i < OPERATIONS / (2 * THREADS_PER_NODE); i++) {
                    long from = accounts.get(random.nextInt(ACCOUNTS));
                    long to = accounts.get(random.nextInt(ACCOUNTS));
                    Money amount = Money.of(1 + random.nextInt(3_000), EUR);
                    try {
                        Transfer made;
                        if (random.nextInt(4) == 0) {
                            // Every deposit touches the bank's one cash account: the hot row.
                            made = node.cash().deposit(CashCommand.of(to, amount, "load deposit")).transfer();
                            deposited.addAndGet(amount.amountMinor());
                        } else {
                            made = node.transfers().transfer(TransferCommand.of(from, to, amount, "load")).transfer();
                        }
                        acknowledged.add(made.id());
                    } catch (LedgerException refused) {
                        assertThat(refused.refusal()).isIn(Refusal.INSUFFICIENT_FUNDS, Refusal.SAME_ACCOUNT);
                        if (refused.refusal() == Refusal.INSUFFICIENT_FUNDS) {
                            overdrawn.incrementAndGet();
                        }
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();

        assertThat(overdrawn.get()).as("some transfers overdraw on purpose").isPositive();
        assertThat(second.analytics().summary().transfers() - journalBefore).isEqualTo(acknowledged.size());
        List<Transfer> journal = secondStore.journal(journalBefore, Integer.MAX_VALUE);
        assertThat(journal).extracting(Transfer::id).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(first.analytics().summary().currencies().get(0).liquidity())
                .isEqualTo(Money.of(ACCOUNTS * 5_000L + deposited.get(), EUR));
        LedgerInvariants.assertAllHold(first);
        FeedMatchesJournal.assertHolds(first);
        LedgerInvariants.assertAllHold(second);
        FeedMatchesJournal.assertHolds(second);
    }

    @Test
    void one_key_sent_to_both_nodes_at_once_makes_one_transfer() throws Exception {
        List<Long> accounts = FundedAccounts.open(first, ACCOUNTS, 5_000);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int round = 0; round < 50; round++) {
            TransferCommand command = new TransferCommand(accounts.get(0), accounts.get(1), Money.of(1, EUR), "once",
                    Optional.of(new IdempotencyKey("customer:1", "order-" + round)), OptionalLong.empty());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<TransferMoneyAnswer>> answers = new ArrayList<>();
            for (Ledger node : List.of(first, second)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    var posted = node.transfers().transfer(command);
                    return new TransferMoneyAnswer(posted.transfer().id(), posted.replayed());
                }));
            }
            start.countDown();
            TransferMoneyAnswer a = answers.get(0).get();
            TransferMoneyAnswer b = answers.get(1).get();
            assertThat(a.id()).as("round " + round).isEqualTo(b.id());
            assertThat(a.replayed() ^ b.replayed()).as("exactly one of them is the replay").isTrue();
        }
        pool.shutdown();
        assertThat(first.queries().account(accounts.get(1)).orElseThrow().balance())
                .isEqualTo(Money.of(5_000 + 50, EUR));
        LedgerInvariants.assertAllHold(second);
        FeedMatchesJournal.assertHolds(second);
    }

    @Test
    void each_node_writes_on_what_the_other_committed() {
        List<Long> accounts = FundedAccounts.open(first, ACCOUNTS, 5_000);
        long payer = accounts.get(0);
        long payee = accounts.get(1);
        first.transfers().transfer(TransferCommand.of(payer, payee, Money.of(4_000, EUR), "first meets the payer"));
        second.cash().deposit(CashCommand.of(payer, Money.of(10_000, EUR), "topped up on the second node"));
        // 1,000 left as the first node last wrote it; 11,000 after the second node's deposit.
        first.transfers().transfer(TransferCommand.of(payer, payee, Money.of(9_000, EUR), "needs the deposit"));
        second.accountControls().freeze(payer);
        assertThatThrownBy(() -> first.transfers().transfer(
                TransferCommand.of(payer, payee, Money.of(1, EUR), "from a frozen account")))
                .isInstanceOfSatisfying(LedgerException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.ACCOUNT_NOT_ACTIVE));
        assertThat(second.queries().account(payer).orElseThrow().balance()).isEqualTo(Money.of(2_000, EUR));
        LedgerInvariants.assertAllHold(first);
        FeedMatchesJournal.assertHolds(first);
    }

    private record TransferMoneyAnswer(UUID id, boolean replayed) {
    }
}
