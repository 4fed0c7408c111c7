package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.contract.LedgerInvariants;
import bankcore.core.domain.Account;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.HoldFunds.Capture;
import bankcore.core.port.in.HoldFunds.Movement;
import bankcore.core.port.in.HoldFunds.VoidHold;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight threads race holds, partial captures, voids, plain transfers and second attempts on one hot
 * account with a credit line, while a background sweep expires the holds nobody ends (1 s timeouts).
 * The hot account never spends more than it has plus its limit, each hold ends at most once, and
 * every invariant holds throughout and afterwards.
 */
class ConcurrentHoldsTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final int THREADS = 8;
    private static final int ROUNDS_PER_THREAD = 300;
    private static final long FUNDS = 50_000;
    private static final long LIMIT = 20_000;

    @TempDir
    Path dir;

    @Test
    void racing_holds_and_captures_on_one_account_never_exceed_its_available_balance() throws Exception {
        try (SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("holds.db"));
             Ledger ledger = Ledger.builder(store)
                .expireHoldsEvery(Duration.ofMillis(50)).build()) {
            long hot = open(ledger, "hot", FUNDS);
            ledger.accountControls().setCreditLimit(hot, Money.of(LIMIT, EUR));
            List<Long> shops = List.of(open(ledger, "shop-a", 0), open(ledger, "shop-b", 0));
            AtomicLong spent = new AtomicLong();
            Map<Refusal, AtomicLong> refusals = new ConcurrentHashMap<>();

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(7_000 + t);
                workers.add(pool.submit(() -> {
                    for (int i = 0; i < ROUNDS_PER_THREAD; i++) {
                        try {
                            spent.addAndGet(oneRound(ledger, hot, shops.get(random.nextInt(2)), random));
                        } catch (LedgerException refused) {
                            refusals.computeIfAbsent(refused.refusal(), r -> new AtomicLong()).incrementAndGet();
                        }
                    }
                }));
            }
            List<String> alarms = new ArrayList<>();
            while (!workers.stream().allMatch(Future::isDone)) {
                ledger.verifier().verify().checks().stream().filter(check -> !check.ok())
                        .forEach(check -> alarms.add(check.name() + ": " + check.detail()));
                assertThat(ledger.queries().account(hot).orElseThrow().availableMinor()).isNotNegative();
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            pool.shutdown();

            assertThat(alarms).isEmpty();
            assertThat(refusals.keySet()).contains(Refusal.INSUFFICIENT_FUNDS)
                    .isSubsetOf(Refusal.INSUFFICIENT_FUNDS, Refusal.TRANSFER_NOT_PENDING, Refusal.TRANSFER_EXPIRED);
            Account after = ledger.queries().account(hot).orElseThrow();
            assertThat(after.balanceMinor()).isEqualTo(FUNDS - spent.get()).isGreaterThanOrEqualTo(-LIMIT);
            assertThat(after.availableMinor()).isNotNegative();
            LedgerInvariants.assertAllHold(ledger);
        }
    }

    /**
     * One customer's round: a hold then, by chance, a partial capture, a void, a second end that must be
     * refused, or nothing (left to expire); or a plain transfer. Returns what left the hot account.
     */
    private static long oneRound(Ledger ledger, long hot, long shop, Random random) {
        Money amount = Money.of(500 + random.nextInt(4_000), EUR);
        int choice = random.nextInt(5);
        if (choice == 0) {
            ledger.transfers().transfer(TransferCommand.of(hot, shop, amount, "plain"));
            return amount.amountMinor();
        }
        Transfer hold = ledger.holds().submit(Movement.held(TransferCommand.of(hot, shop, amount, "held"),
                Duration.ofSeconds(1))).transfer();
        return switch (choice) {
            case 1 -> captured(ledger, hold, random);
            case 2 -> {
                ledger.holds().voidHold(VoidHold.of(hold.id()));
                yield 0;
            }
            case 3 -> {
                long first = captured(ledger, hold, random);
                try {
                    ledger.holds().voidHold(VoidHold.of(hold.id()));
                    throw new AssertionError("hold " + hold.id() + " ended twice");
                } catch (LedgerException refusedAsItMustBe) {
                    yield first;
                }
            }
            default -> 0;
        };
    }

    private static long captured(Ledger ledger, Transfer hold, Random random) {
        Money part = Money.of(1 + random.nextInt((int) hold.amount().amountMinor()), EUR);
        return ledger.holds().capture(new Capture(hold.id(), Optional.of(part), Optional.empty(), OptionalLong.empty()))
                .transfer().amount().amountMinor();
    }

    private static long open(Ledger ledger, String name, long deposit) {
        long id = ledger.registration().register(RegisterCustomer.Command.customer(name, name + "@example.org", null,
                EUR)).account().id();
        if (deposit > 0) {
            ledger.cash().deposit(CashCommand.of(id, Money.of(deposit, EUR), "opening"));
        }
        return id;
    }
}
