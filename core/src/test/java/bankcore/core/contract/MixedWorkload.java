package bankcore.core.contract;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.HoldFunds.Capture;
import bankcore.core.port.in.HoldFunds.Movement;
import bankcore.core.port.in.HoldFunds.VoidHold;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Consumer;

/**
 * What the mixed crash tests run in the JVM they kill: callers on several threads each doing, at
 * random, plain transfers, deposits, withdrawals, holds (half of them with the shortest timeout,
 * left to expire during the run), partial captures and voids of their own other holds, and one
 * thread expiring the due holds. Each line it reports is written only once the ledger acknowledged what it
 * names ({@link KilledMixedWorkload} reads them): {@code POSTED <id>}, {@code HOLD <id>},
 * {@code CAPTURE <id> <hold>}, {@code VOID <id> <hold>}, {@code EXPIRED <count>}. Refusals (a payer
 * run dry, a hold that expired before its capture) are expected and promise nothing.
 */
public final class MixedWorkload {
    public static final Currency EUR = Currencies.of("EUR");
    static final int CALLERS = 4;
    private static final Duration SHORT_HOLD = Duration.ofSeconds(1);
    private static final Duration LONG_HOLD = Duration.ofHours(1);

    private MixedWorkload() {
    }

    /** Customers with one funded account each; every other one also has a credit line, to go below zero on. */
    public static List<Long> openAccounts(Ledger ledger, int count) {
        List<Long> accounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = ledger.registration().register(RegisterCustomer.Command.customer("Mixed " + i,
                    "mixed" + i + "@example.org", null, EUR)).account().id();
            // The limit before the deposit, so every line of the account's statement is under the limit it has now.
            if (i % 2 == 0) {
                ledger.accountControls().setCreditLimit(id, Money.of(10_000, EUR));
            }
            ledger.cash().deposit(CashCommand.of(id, Money.of(20_000, EUR), "opening"));
            accounts.add(id);
        }
        return accounts;
    }

    /** Starts the callers and the expiry sweep on the ledger, reporting to {@code report}, and never returns. */
    public static void runForever(Ledger ledger, List<Long> accounts, long seed, Consumer<String> report)
            throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < CALLERS; t++) {
            Random random = new Random(seed * 31 + t);
            threads.add(new Thread(() -> new Caller(ledger, accounts, random, report).loop()));
        }
        threads.add(new Thread(() -> sweep(ledger, report)));
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** Prints a line at once: what was printed before a SIGKILL is what the test may hold the ledger to. */
    public static synchronized void print(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void sweep(Ledger ledger, Consumer<String> report) {
        while (true) {
            int expired = ledger.holds().expireDue();
            if (expired > 0) {
                report.accept("EXPIRED " + expired);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException stop) {
                return;
            }
        }
    }

    /** One caller, with the holds it opened and has not ended yet. */
    private record Caller(Ledger ledger, List<Long> accounts, Random random, Consumer<String> report,
                          Deque<Transfer> openHolds) {
        Caller(Ledger ledger, List<Long> accounts, Random random, Consumer<String> report) {
            this(ledger, accounts, random, report, new ArrayDeque<>());
        }

        void loop() {
            while (true) {
                try {
                    step(random.nextInt(100));
                } catch (LedgerException refused) {
                    // overdrafts, self-transfers, holds expired before their end: nothing acknowledged
                }
            }
        }

        private void step(int dice) {
            if (dice < 25) {
                posted(ledger.transfers().transfer(TransferCommand.of(any(), any(), amount(), "mixed")).transfer());
            } else if (dice < 33) {
                posted(ledger.cash().deposit(CashCommand.of(any(), amount(), "mixed deposit")).transfer());
            } else if (dice < 38) {
                posted(ledger.cash().withdraw(CashCommand.of(any(), amount(), "mixed withdrawal")).transfer());
            } else if (dice < 68 || openHolds.isEmpty()) {
                // A short hold is left to expire; a long one waits in line for this caller's capture or void.
                boolean expiring = random.nextBoolean();
                Transfer hold = ledger.holds().submit(Movement.held(TransferCommand.of(any(), any(), amount(),
                        "mixed hold"), expiring ? SHORT_HOLD : LONG_HOLD)).transfer();
                if (!expiring) {
                    openHolds.add(hold);
                }
                report.accept("HOLD " + hold.id());
            } else if (dice < 88) {
                Transfer hold = openHolds.poll();
                Money part = Money.of(1 + random.nextInt((int) hold.amount().amountMinor()), EUR);
                Transfer capture = ledger.holds().capture(new Capture(hold.id(), Optional.of(part), Optional.empty(),
                        OptionalLong.empty())).transfer();
                report.accept("CAPTURE " + capture.id() + " " + hold.id());
            } else {
                Transfer hold = openHolds.poll();
                Transfer voided = ledger.holds().voidHold(VoidHold.of(hold.id())).transfer();
                report.accept("VOID " + voided.id() + " " + hold.id());
            }
        }

        private void posted(Transfer transfer) {
            report.accept("POSTED " + transfer.id());
        }

        private long any() {
            return accounts.get(random.nextInt(accounts.size()));
        }

        private Money amount() {
            return Money.of(1 + random.nextInt(2_000), EUR);
        }
    }
}
