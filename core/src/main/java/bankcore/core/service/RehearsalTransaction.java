package bankcore.core.service;

import bankcore.core.domain.Account;
import bankcore.core.domain.AccountStatus;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Event;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
import bankcore.core.port.out.IdempotencyRecord;
import bankcore.core.port.out.JournalHead;
import bankcore.core.port.out.LedgerTransaction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A write transaction that keeps its writes to itself: reads see the real transaction overlaid
 * with what the rehearsed commands wrote; writes never reach the store. One instance per command,
 * copied from the previous command's on success, so a refused command leaves no trace here either.
 */
final class RehearsalTransaction implements LedgerTransaction {
    private final LedgerTransaction real;
    private final Map<Long, Account> accounts;
    private final List<Transfer> journal;
    private final Map<IdempotencyKey, IdempotencyRecord> keys;
    private long rehearsedEvents;

    RehearsalTransaction(LedgerTransaction real) {
        this(real, new LinkedHashMap<>(), new ArrayList<>(), new HashMap<>());
    }

    private RehearsalTransaction(LedgerTransaction real, Map<Long, Account> accounts, List<Transfer> journal,
                                 Map<IdempotencyKey, IdempotencyRecord> keys) {
        this.real = real;
        this.accounts = accounts;
        this.journal = journal;
        this.keys = keys;
    }

    /** What the next command starts from, over the transaction it runs in. */
    RehearsalTransaction next(LedgerTransaction realOfNextCommand) {
        RehearsalTransaction next = new RehearsalTransaction(realOfNextCommand, new LinkedHashMap<>(accounts),
                new ArrayList<>(journal), new HashMap<>(keys));
        next.rehearsedEvents = rehearsedEvents;
        return next;
    }

    Map<Long, Account> accountsAfter() {
        return accounts;
    }

    @Override
    public Optional<Account> account(long accountId) {
        return Optional.ofNullable(accounts.get(accountId)).or(() -> real.account(accountId));
    }

    @Override
    public Optional<Account> systemAccount(Currency currency) {
        return accounts.values().stream().filter(a -> a.isSystem() && a.currency().equals(currency)).findFirst()
                .or(() -> real.systemAccount(currency).map(cash -> account(cash.id()).orElseThrow()));
    }

    /** A rehearsed account has no id yet; it gets a negative one so it can never be mistaken for a stored one. */
    @Override
    public Account insertAccount(Account account) {
        Account rehearsed = account.withId(-1L - accounts.keySet().stream().filter(id -> id < 0).count());
        accounts.put(rehearsed.id(), rehearsed);
        return rehearsed;
    }

    @Override
    public void updateBalance(long accountId, long balanceMinor) {
        change(existing(accountId).withBalance(balanceMinor));
    }

    @Override
    public void updateStatus(long accountId, AccountStatus status) {
        change(existing(accountId).withStatus(status));
    }

    @Override
    public void updatePending(long accountId, long pendingDebitsMinor, long pendingCreditsMinor) {
        change(existing(accountId).withPending(pendingDebitsMinor, pendingCreditsMinor));
    }

    @Override
    public void updateCreditLimit(long accountId, long creditLimitMinor) {
        Account account = existing(accountId);
        change(account.withCreditLimit(Money.of(creditLimitMinor, account.currency())));
    }

    @Override
    public Optional<Customer> customer(long customerId) {
        return real.customer(customerId);
    }

    @Override
    public Optional<Customer> customerByEmail(String normalizedEmail) {
        return real.customerByEmail(normalizedEmail);
    }

    @Override
    public boolean anyAdmin() {
        return real.anyAdmin();
    }

    @Override
    public Customer insertCustomer(Customer customer) {
        throw new UnsupportedOperationException("a dry run only rehearses moving money");
    }

    @Override
    public Optional<IdempotencyRecord> idempotencyRecord(IdempotencyKey key) {
        return Optional.ofNullable(keys.get(key)).or(() -> real.idempotencyRecord(key));
    }

    @Override
    public void insertIdempotencyRecord(IdempotencyRecord record) {
        keys.put(record.key(), record);
    }

    @Override
    public Optional<Transfer> transfer(UUID transferId) {
        return rehearsed(t -> t.id().equals(transferId)).or(() -> real.transfer(transferId));
    }

    @Override
    public Optional<Transfer> reversalOf(UUID transferId) {
        return rehearsed(t -> transferId.equals(t.reverses())).or(() -> real.reversalOf(transferId));
    }

    @Override
    public Optional<Transfer> endingOf(UUID holdId) {
        return rehearsed(t -> holdId.equals(t.ends())).or(() -> real.endingOf(holdId));
    }

    @Override
    public List<Transfer> holdsDueBy(Instant instant, int limit) {
        List<Transfer> due = new ArrayList<>(real.holdsDueBy(instant, limit).stream()
                .filter(hold -> rehearsed(t -> hold.id().equals(t.ends())).isEmpty()).toList());
        journal.stream().filter(t -> t.isHold() && !t.expiresAt().isAfter(instant)
                && rehearsed(end -> t.id().equals(end.ends())).isEmpty()).forEach(due::add);
        return due.subList(0, Math.min(limit, due.size()));
    }

    @Override
    public JournalHead head() {
        if (journal.isEmpty()) {
            return real.head();
        }
        Transfer last = journal.get(journal.size() - 1);
        return new JournalHead(last.sequence(), last.hash(), last.createdAt());
    }

    @Override
    public void append(Transfer transfer) {
        journal.add(transfer);
    }

    /** A rehearsal is not audited: nothing happened. */
    @Override
    public void appendAudit(AuditEntry entry) {
    }

    /** Rehearsed events are counted, never kept: positions after them stay where the store has them. */
    @Override
    public long lastEventPosition() {
        return real.lastEventPosition() + rehearsedEvents;
    }

    @Override
    public void appendEvent(Event event) {
        rehearsedEvents++;
    }

    private Optional<Transfer> rehearsed(java.util.function.Predicate<Transfer> match) {
        return journal.stream().filter(match).findFirst();
    }

    private void change(Account account) {
        accounts.put(account.id(), account);
    }

    private Account existing(long accountId) {
        return account(accountId).orElseThrow(() -> new IllegalStateException("account " + accountId
                + " is changed but does not exist"));
    }
}
