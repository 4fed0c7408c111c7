package bankcore.core.contract;

import bankcore.core.domain.Account;
import bankcore.core.domain.AuditAction;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Event;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferFilter;
import bankcore.core.domain.TransferKind;
import bankcore.core.domain.analytics.VolumeBucket;
import bankcore.core.port.out.CurrencyTotals;
import bankcore.core.port.out.CustomerStore;
import bankcore.core.port.out.LedgerCommand;
import bankcore.core.port.out.LedgerStore;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A whole store in memory, for the core's own unit tests and as the reference a real store is
 * compared with (it runs the same contract suites). Writes are serialised; each command runs on a
 * copy of the state that replaces it only if the command succeeds, so a refusal leaves no trace and
 * an unexpected failure leaves nothing of its caller's batch. Not for production: nothing is durable.
 */
public final class InMemoryLedgerStore implements LedgerStore, CustomerStore {
    private InMemoryLedgerState state = new InMemoryLedgerState();
    private boolean closed;
    private long ownerReads;

    @Override
    public synchronized <T> List<Outcome<T>> write(List<? extends LedgerCommand<T>> commands) {
        requireOpen();
        InMemoryLedgerState batch = state.copy();
        List<Outcome<T>> outcomes = new ArrayList<>(commands.size());
        for (LedgerCommand<T> command : commands) {
            InMemoryLedgerState attempt = batch.copy();
            try {
                outcomes.add(Outcome.done(command.applyTo(attempt)));
                batch = attempt;
            } catch (LedgerException refused) {
                outcomes.add(Outcome.refused(refused));
            }
        }
        state = batch;
        return outcomes;
    }

    /** How many times commands have read an account inside a write (reads through the ports are not counted). */
    public synchronized long accountReadsInWrites() {
        return state.accountReads();
    }

    /** How many times a customer or a customer's accounts were read through the ports, outside any write. */
    public synchronized long ownerReads() {
        return ownerReads;
    }

    @Override
    public synchronized Optional<Account> findAccount(long accountId) {
        return Optional.ofNullable(state.accounts().get(accountId));
    }

    @Override
    public synchronized List<Account> accountsOwnedBy(long customerId) {
        ownerReads++;
        return accountsWhere(account -> !account.isSystem() && account.ownerId() == customerId).toList();
    }

    @Override
    public synchronized Optional<Account> findSystemAccount(Currency currency) {
        return state.systemAccount(currency);
    }

    @Override
    public synchronized List<Account> accounts(long afterId, int limit) {
        return accountsWhere(account -> account.id() > afterId).limit(limit).toList();
    }

    @Override
    public synchronized long countAccounts() {
        return state.accounts().size();
    }

    @Override
    public synchronized List<AuditEntry> auditLog(long beforeSequence, int limit) {
        List<AuditEntry> rows = state.audit();
        List<AuditEntry> newestFirst = new ArrayList<>(limit);
        for (int i = (int) Math.min(rows.size(), beforeSequence - 1) - 1; i >= 0 && newestFirst.size() < limit; i--) {
            newestFirst.add(rows.get(i));
        }
        return newestFirst;
    }

    @Override
    public synchronized Optional<AuditEntry> lastCreditLimitChange(long accountId, Instant instant) {
        List<AuditEntry> rows = state.audit();
        for (int i = rows.size() - 1; i >= 0; i--) {
            AuditEntry row = rows.get(i);
            if (row.accountId() == accountId && row.action() == AuditAction.SET_CREDIT_LIMIT
                    && !row.at().isAfter(instant)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized Optional<Transfer> findTransfer(UUID transferId) {
        return state.transfer(transferId);
    }

    @Override
    public synchronized Optional<Transfer> findEnding(UUID holdId) {
        return state.endingOf(holdId);
    }

    @Override
    public synchronized List<Transfer> journal(long afterSequence, int limit) {
        return state.journal().stream().filter(t -> t.sequence() > afterSequence).limit(limit).toList();
    }

    @Override
    public synchronized long countTransfers() {
        return state.journal().size();
    }

    @Override
    public synchronized List<Transfer> transfersOf(long accountId, long beforeSequence, Instant from, Instant to,
                                                   int limit) {
        return newestFirst(t -> t.involves(accountId) && t.sequence() < beforeSequence && within(t, from, to))
                .limit(limit).toList();
    }

    @Override
    public synchronized Optional<Transfer> lastTransferOf(long accountId, Instant instant) {
        return newestFirst(t -> t.involves(accountId) && !t.createdAt().isAfter(instant)).findFirst();
    }

    @Override
    public synchronized List<Transfer> search(TransferFilter filter, long beforeSequence, int limit) {
        return newestFirst(t -> t.sequence() < beforeSequence
                && filter.accountId().map(t::involves).orElse(true)
                && filter.customerId().map(customer -> ownedBy(t.debitAccountId(), customer)
                        || ownedBy(t.creditAccountId(), customer)).orElse(true)
                && filter.minAmountMinor().map(min -> t.amount().amountMinor() >= min).orElse(true)
                && filter.maxAmountMinor().map(max -> t.amount().amountMinor() <= max).orElse(true)
                && within(t, filter.from().orElse(Instant.MIN), filter.to().orElse(Instant.MAX)))
                .limit(limit).toList();
    }

    @Override
    public synchronized List<Event> events(long afterPosition, int limit) {
        List<Event> all = state.events();
        int from = (int) Math.min(Math.max(afterPosition, 0), all.size());
        return List.copyOf(all.subList(from, Math.min(all.size(), from + limit)));
    }

    @Override
    public synchronized long lastEventPosition() {
        return state.events().size();
    }

    @Override
    public synchronized List<CurrencyTotals> currencyTotals() {
        Map<Currency, long[]> sums = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (Account account : state.accounts().values()) {
            long[] sum = sums.computeIfAbsent(account.currency(), currency -> new long[3]);
            sum[account.isSystem() ? 1 : 0] += account.balanceMinor();
            sum[2] += account.isSystem() ? 0 : 1;
        }
        return sums.entrySet().stream()
                .map(e -> new CurrencyTotals(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /** Buckets of whole minutes, as a store that keeps per-minute totals has them; only money that moved counts. */
    @Override
    public synchronized List<VolumeBucket> volume(Currency currency, Instant from, Instant to, Duration bucket) {
        Instant firstMinute = from.truncatedTo(ChronoUnit.MINUTES);
        Instant endMinute = to.truncatedTo(ChronoUnit.MINUTES).equals(to) ? to
                : to.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Map<Long, long[]> buckets = new TreeMap<>();
        for (Transfer t : state.journal()) {
            Instant minute = t.createdAt().truncatedTo(ChronoUnit.MINUTES);
            if (t.kind().movesBalances() && t.amount().currency().equals(currency) && !minute.isBefore(firstMinute)
                    && minute.isBefore(endMinute)) {
                long[] sum = buckets.computeIfAbsent(Duration.between(firstMinute, minute).toMinutes()
                        / bucket.toMinutes(), index -> new long[2]);
                sum[0]++;
                sum[1] += t.amount().amountMinor();
            }
        }
        return buckets.entrySet().stream().map(e -> new VolumeBucket(from.plus(bucket.multipliedBy(e.getKey())),
                e.getValue()[0], Money.of(e.getValue()[1], currency))).toList();
    }

    @Override
    public synchronized long[] customerBalances(Currency currency) {
        return customerAccounts(currency).mapToLong(Account::balanceMinor).sorted().toArray();
    }

    @Override
    public synchronized long[] openHoldTotals(Currency currency) {
        List<Transfer> open = state.journal().stream()
                .filter(t -> t.isHold() && t.amount().currency().equals(currency) && state.endingOf(t.id()).isEmpty())
                .toList();
        return new long[] {open.size(), open.stream().mapToLong(t -> t.amount().amountMinor()).sum()};
    }

    @Override
    public synchronized List<Transfer> recentExpiries(Currency currency, int limit) {
        List<Transfer> expiries = new ArrayList<>(state.journal().stream()
                .filter(t -> t.kind() == TransferKind.EXPIRY && t.amount().currency().equals(currency)).toList());
        Collections.reverse(expiries);
        return expiries.subList(0, Math.min(limit, expiries.size()));
    }

    @Override
    public synchronized List<Account> topAccounts(Currency currency, int limit) {
        return customerAccounts(currency)
                .sorted(Comparator.comparingLong(Account::balanceMinor).reversed().thenComparingLong(Account::id))
                .limit(limit).toList();
    }

    @Override
    public synchronized Optional<Customer> findCustomer(long customerId) {
        ownerReads++;
        return state.customer(customerId);
    }

    @Override
    public synchronized Optional<Customer> findCustomerByEmail(String normalizedEmail) {
        return state.customerByEmail(normalizedEmail);
    }

    @Override
    public synchronized List<Customer> customers(long afterId, int limit) {
        return state.customers().tailMap(afterId, false).values().stream().limit(limit).toList();
    }

    @Override
    public synchronized long countCustomers() {
        return state.customers().size();
    }

    @Override
    public synchronized boolean anyAdmin() {
        return state.anyAdmin();
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the in-memory store is closed");
        }
    }

    private Stream<Account> accountsWhere(Predicate<Account> condition) {
        return state.accounts().values().stream().filter(condition);
    }

    private Stream<Account> customerAccounts(Currency currency) {
        return accountsWhere(account -> !account.isSystem() && account.currency().equals(currency));
    }

    private Stream<Transfer> newestFirst(Predicate<Transfer> condition) {
        List<Transfer> matching = new ArrayList<>();
        for (int i = state.journal().size() - 1; i >= 0; i--) {
            if (condition.test(state.journal().get(i))) {
                matching.add(state.journal().get(i));
            }
        }
        return matching.stream();
    }

    private boolean ownedBy(long accountId, long customerId) {
        Account account = state.accounts().get(accountId);
        return account != null && account.isOwnedBy(customerId);
    }

    private static boolean within(Transfer t, Instant from, Instant to) {
        return !t.createdAt().isBefore(from) && t.createdAt().isBefore(to);
    }
}
