package bankcore.seeder.load;

import bankcore.core.domain.Account;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.OpenAccount;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.Posted;
import bankcore.core.port.in.TransferMoney.TransferCommand;
// The batch in-ports (registerEach, openEach, transferEach) answer with one Outcome per command.
import bankcore.core.domain.Outcome;
import bankcore.seeder.generate.AccountPlan;
import bankcore.seeder.generate.CustomerPlan;
import bankcore.seeder.generate.Movement.Deposit;
import bankcore.seeder.generate.Movement.Payment;
import bankcore.seeder.generate.Movement.Withdrawal;
import bankcore.seeder.generate.Movement;
import bankcore.seeder.generate.Population;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Writes a generated population and its movements into a ledger, through the core's in-ports and
 * their batch variants: registrations, account openings and transfers go in batches of up to
 * {@code batchSize}, each batch one write. Before each batch it scripts the clock with the batch's
 * instants, so every entry carries its planned time in the past.
 *
 * <p>Money enters through the bank's cash account: the first deposit of each currency goes through
 * the core's deposit use case (which opens that cash account); after that, deposits and withdrawals
 * are transfers against the cash account in the same batches as the payments, so that the journal
 * keeps the timeline's order.
 */
public final class LedgerLoader {

    private final LedgerPorts ledger;
    private final ScriptedClock clock;
    private final Instant origin;
    private final int batchSize;

    private final Map<Currency, Long> cashAccounts = new HashMap<>();
    private long[] customerIds = new long[0];
    private long[] accountIds = new long[0];
    private Currency[] currencyOf = new Currency[0];
    private long coreNanos;

    /**
     * @param origin    the instant the population's times count from
     * @param batchSize commands per write, 1 to the core's limit
     */
    public LedgerLoader(LedgerPorts ledger, ScriptedClock clock, Instant origin, int batchSize) {
        this.ledger = ledger;
        this.clock = clock;
        this.origin = origin;
        this.batchSize = batchSize;
    }

    /** Registers the administrator first, at the origin, with the only password hash of the run. */
    public Customer registerAdmin(String email, char[] password, Currency currency) {
        clock.script(origin);
        return ledger.registration().ensureAdmin(email, password, currency)
                .orElseThrow(() -> new SeedingFailedException("the ledger already has an administrator"));
    }

    /**
     * Registers every customer with its first account, then opens the other accounts. Customers get
     * no password (they cannot log in): hashing thousands with a slow KDF would dominate the run.
     */
    public void onboard(Population population, LongConsumer customersDone) {
        List<CustomerPlan> customers = population.customers();
        List<AccountPlan> accounts = population.accounts();
        customerIds = new long[customers.size()];
        accountIds = new long[accounts.size()];
        currencyOf = accounts.stream().map(AccountPlan::currency).toArray(Currency[]::new);
        List<AccountPlan> homeAccounts = accounts.stream().filter(AccountPlan::home).toList();
        List<AccountPlan> otherAccounts = accounts.stream().filter(a -> !a.home()).toList();
        for (List<AccountPlan> batch : batches(homeAccounts)) {
            clock.script(batch.stream().mapToLong(a -> at(customers.get(a.ownerNumber()).onboardingMs())).toArray());
            List<RegisterCustomer.Command> commands = batch.stream().map(a -> {
                CustomerPlan customer = customers.get(a.ownerNumber());
                return RegisterCustomer.Command.customer(customer.name(), customer.email(), null, a.currency());
            }).toList();
            List<Outcome<RegisterCustomer.Registration>> outcomes = ledger.registration().registerEach(commands);
            requireClockRead("registrations");
            for (int i = 0; i < batch.size(); i++) {
                RegisterCustomer.Registration registration = done(outcomes.get(i), commands.get(i));
                customerIds[batch.get(i).ownerNumber()] = registration.customer().id();
                accountIds[batch.get(i).number()] = registration.account().id();
            }
            customersDone.accept(batch.size());
        }
        for (List<AccountPlan> batch : batches(otherAccounts)) {
            clock.script(batch.stream().mapToLong(a -> at(customers.get(a.ownerNumber()).onboardingMs())).toArray());
            List<OpenAccount.Command> commands = batch.stream()
                    .map(a -> new OpenAccount.Command(customerIds[a.ownerNumber()], a.currency())).toList();
            List<Outcome<Account>> outcomes = ledger.accounts().openEach(commands);
            requireClockRead("account openings");
            for (int i = 0; i < batch.size(); i++) {
                accountIds[batch.get(i).number()] = done(outcomes.get(i), commands.get(i)).id();
            }
        }
    }

    /** Pays every account its opening deposit from the bank's cash account, at its owner's onboarding time. */
    public void openingDeposits(Population population, LongConsumer transfersDone) {
        List<CustomerPlan> customers = population.customers();
        List<TransferCommand> pending = new ArrayList<>();
        List<Long> pendingTimes = new ArrayList<>();
        for (AccountPlan account : population.accounts()) {
            long atMs = at(customers.get(account.ownerNumber()).onboardingMs());
            Money amount = Money.of(account.openingDepositMinor(), account.currency());
            if (!cashAccounts.containsKey(account.currency())) {
                // Keeps the journal in time order: what was planned before goes first.
                post(pending, pendingTimes, transfersDone);
                clock.script(new long[] {atMs});
                ledger.cash().deposit(CashCommand.of(accountIds[account.number()], amount, "Opening deposit"));
                cashAccounts.put(account.currency(), ledger.queries().cashAccount(account.currency())
                        .orElseThrow(() -> new SeedingFailedException("the deposit opened no cash account")).id());
                transfersDone.accept(1);
                continue;
            }
            pending.add(TransferCommand.of(cashAccounts.get(account.currency()), accountIds[account.number()], amount,
                    "Opening deposit"));
            pendingTimes.add(atMs);
            if (pending.size() == batchSize) {
                post(pending, pendingTimes, transfersDone);
            }
        }
        post(pending, pendingTimes, transfersDone);
    }

    /** Posts the movements in batches, in time order. Returns how many were posted. */
    public long post(Iterator<Movement> movements, LongConsumer transfersDone) {
        List<TransferCommand> batch = new ArrayList<>(batchSize);
        List<Long> times = new ArrayList<>(batchSize);
        long posted = 0;
        while (movements.hasNext()) {
            Movement movement = movements.next();
            batch.add(command(movement));
            times.add(at(movement.atMs()));
            if (batch.size() == batchSize) {
                posted += post(batch, times, transfersDone);
            }
        }
        return posted + post(batch, times, transfersDone);
    }

    private TransferCommand command(Movement movement) {
        if (movement instanceof Payment p) {
            return transfer(p.fromAccount(), accountIds[p.fromAccount()], accountIds[p.toAccount()], p);
        }
        if (movement instanceof Deposit d) {
            return transfer(d.account(), cashAccount(d.account()), accountIds[d.account()], d);
        }
        Withdrawal w = (Withdrawal) movement;
        return transfer(w.account(), accountIds[w.account()], cashAccount(w.account()), w);
    }

    private TransferCommand transfer(int account, long from, long to, Movement movement) {
        return TransferCommand.of(from, to, Money.of(movement.amountMinor(), currencyOf[account]), movement.description());
    }

    private long cashAccount(int account) {
        Long id = cashAccounts.get(currencyOf[account]);
        if (id == null) {
            throw new IllegalStateException("no cash account for " + currencyOf[account] + ": opening deposits come first");
        }
        return id;
    }

    /** One write of the pending commands, stamped with their planned times; clears both lists. */
    private int post(List<TransferCommand> commands, List<Long> times, LongConsumer transfersDone) {
        if (commands.isEmpty()) {
            return 0;
        }
        clock.script(times.stream().mapToLong(Long::longValue).toArray());
        long startNs = System.nanoTime();
        List<Outcome<Posted>> outcomes = ledger.transfers().transferEach(commands);
        coreNanos += System.nanoTime() - startNs;
        requireClockRead("transfers");
        for (int i = 0; i < outcomes.size(); i++) {
            Transfer transfer = done(outcomes.get(i), commands.get(i)).transfer();
            if (transfer.createdAt().toEpochMilli() != times.get(i)) {
                throw new SeedingFailedException("transfer " + transfer.sequence() + " was stamped "
                        + transfer.createdAt() + " instead of " + Instant.ofEpochMilli(times.get(i)));
            }
        }
        int count = commands.size();
        commands.clear();
        times.clear();
        transfersDone.accept(count);
        return count;
    }

    /** Time spent inside the core's transfer writes (core and store), for the summary's profile. */
    public long coreNanos() {
        return coreNanos;
    }

    private long at(long offsetMs) {
        return origin.toEpochMilli() + offsetMs;
    }

    private <T> List<List<T>> batches(List<T> items) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += batchSize) {
            batches.add(items.subList(from, Math.min(items.size(), from + batchSize)));
        }
        return batches;
    }

    /** The core reads the clock once per command; anything else means the timestamps are off. */
    private void requireClockRead(String what) {
        int unread = clock.unread();
        if (unread != 0) {
            throw new SeedingFailedException("the core read the clock fewer times than expected for " + what
                    + " (" + unread + " instants unread): timestamps would be wrong");
        }
    }

    /** The outcome's value; a refusal means the plan was wrong. The command is printed only then: that costs. */
    private static <T> T done(Outcome<T> outcome, Object command) {
        if (!outcome.isDone()) {
            throw new SeedingFailedException("the ledger refused " + command + ": " + outcome.refusal());
        }
        return outcome.value();
    }

}
