package bankcore.core.contract;

import bankcore.core.domain.Account;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.AccountStatus;
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
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything an {@link InMemoryLedgerStore} holds, and the {@link LedgerTransaction} a command
 * sees. It is copied whole for each command (test sizes only), so undoing a refusal is dropping
 * the copy.
 */
final class InMemoryLedgerState implements LedgerTransaction {
    private final TreeMap<Long, Account> accounts;
    private final TreeMap<Long, Customer> customers;
    private final List<Transfer> journal;
    private final Map<UUID, Transfer> transfersById;
    private final Map<IdempotencyKey, IdempotencyRecord> keys;
    private final List<AuditEntry> audit;
    private final List<Event> events;
    /** Shared by every copy: how often commands read an account, for tests of the core's read discipline. */
    private final AtomicLong accountReads;

    InMemoryLedgerState() {
        this(new TreeMap<>(), new TreeMap<>(), new ArrayList<>(), new HashMap<>(), new HashMap<>(), new ArrayList<>(),
                new ArrayList<>(), new AtomicLong());
    }

    private InMemoryLedgerState(TreeMap<Long, Account> accounts, TreeMap<Long, Customer> customers,
                                List<Transfer> journal, Map<UUID, Transfer> transfersById,
                                Map<IdempotencyKey, IdempotencyRecord> keys, List<AuditEntry> audit,
                                List<Event> events,
                                AtomicLong accountReads) {
        this.accounts = accounts;
        this.customers = customers;
        this.journal = journal;
        this.transfersById = transfersById;
        this.keys = keys;
        this.audit = audit;
        this.events = events;
        this.accountReads = accountReads;
    }

    InMemoryLedgerState copy() {
        return new InMemoryLedgerState(new TreeMap<>(accounts), new TreeMap<>(customers), new ArrayList<>(journal),
                new HashMap<>(transfersById), new HashMap<>(keys), new ArrayList<>(audit), new ArrayList<>(events),
                accountReads);
    }

    long accountReads() {
        return accountReads.get();
    }

    TreeMap<Long, Account> accounts() {
        return accounts;
    }

    TreeMap<Long, Customer> customers() {
        return customers;
    }

    List<Transfer> journal() {
        return journal;
    }

    /** Oldest first; a row's sequence is its place in this list, from 1. */
    List<AuditEntry> audit() {
        return audit;
    }

    @Override
    public void appendAudit(AuditEntry entry) {
        audit.add(entry.withSequence(audit.size() + 1L));
    }

    List<Event> events() {
        return events;
    }

    @Override
    public Optional<Account> account(long accountId) {
        accountReads.incrementAndGet();
        return Optional.ofNullable(accounts.get(accountId));
    }

    @Override
    public Optional<Account> systemAccount(Currency currency) {
        return accounts.values().stream().filter(a -> a.isSystem() && a.currency().equals(currency)).findFirst();
    }

    @Override
    public Account insertAccount(Account account) {
        Account saved = account.withId(accounts.isEmpty() ? 1 : accounts.lastKey() + 1);
        accounts.put(saved.id(), saved);
        return saved;
    }

    @Override
    public void updateBalance(long accountId, long balanceMinor) {
        accounts.put(accountId, existing(accountId).withBalance(balanceMinor));
    }

    @Override
    public void updateStatus(long accountId, AccountStatus status) {
        accounts.put(accountId, existing(accountId).withStatus(status));
    }

    @Override
    public Optional<Customer> customer(long customerId) {
        return Optional.ofNullable(customers.get(customerId));
    }

    @Override
    public Optional<Customer> customerByEmail(String normalizedEmail) {
        return customers.values().stream().filter(c -> c.email().equals(normalizedEmail)).findFirst();
    }

    @Override
    public boolean anyAdmin() {
        return customers.values().stream().anyMatch(Customer::isAdmin);
    }

    /** Refuses a second e-mail as the real stores' unique index does: a bug in the core, not a refusal. */
    @Override
    public Customer insertCustomer(Customer customer) {
        if (customerByEmail(customer.email()).isPresent()) {
            throw new IllegalStateException("e-mail " + customer.email() + " is already stored");
        }
        Customer saved = customer.withId(customers.isEmpty() ? 1 : customers.lastKey() + 1);
        customers.put(saved.id(), saved);
        return saved;
    }

    @Override
    public Optional<IdempotencyRecord> idempotencyRecord(IdempotencyKey key) {
        return Optional.ofNullable(keys.get(key));
    }

    @Override
    public void insertIdempotencyRecord(IdempotencyRecord record) {
        if (keys.putIfAbsent(record.key(), record) != null) {
            throw new IllegalStateException("idempotency key " + record.key() + " is already stored");
        }
    }

    @Override
    public Optional<Transfer> transfer(UUID transferId) {
        return Optional.ofNullable(transfersById.get(transferId));
    }

    @Override
    public Optional<Transfer> reversalOf(UUID transferId) {
        return journal.stream().filter(t -> transferId.equals(t.reverses())).findFirst();
    }

    @Override
    public Optional<Transfer> endingOf(UUID holdId) {
        return journal.stream().filter(t -> holdId.equals(t.ends())).findFirst();
    }

    @Override
    public List<Transfer> holdsDueBy(Instant instant, int limit) {
        return journal.stream()
                .filter(t -> t.isHold() && !t.expiresAt().isAfter(instant) && endingOf(t.id()).isEmpty())
                .sorted(Comparator.comparing(Transfer::expiresAt).thenComparingLong(Transfer::sequence))
                .limit(limit)
                .toList();
    }

    @Override
    public void updatePending(long accountId, long pendingDebitsMinor, long pendingCreditsMinor) {
        accounts.put(accountId, existing(accountId).withPending(pendingDebitsMinor, pendingCreditsMinor));
    }

    @Override
    public void updateCreditLimit(long accountId, long creditLimitMinor) {
        Account account = existing(accountId);
        accounts.put(accountId, account.withCreditLimit(Money.of(creditLimitMinor, account.currency())));
    }

    @Override
    public JournalHead head() {
        if (journal.isEmpty()) {
            return JournalHead.EMPTY;
        }
        Transfer last = journal.get(journal.size() - 1);
        return new JournalHead(last.sequence(), last.hash(), last.createdAt());
    }

    /** Checks what the real stores' schema checks: the sequence, known accounts, one reversal per transfer, one end per hold. */
    @Override
    public void append(Transfer transfer) {
        if (transfer.sequence() != head().sequence() + 1) {
            throw new IllegalStateException("transfer " + transfer.id() + " has sequence " + transfer.sequence()
                    + " but the journal is at " + head().sequence());
        }
        existing(transfer.debitAccountId());
        existing(transfer.creditAccountId());
        if (transfer.reverses() != null && reversalOf(transfer.reverses()).isPresent()) {
            throw new IllegalStateException("transfer " + transfer.reverses() + " is already reversed");
        }
        if (transfer.ends() != null && endingOf(transfer.ends()).isPresent()) {
            throw new IllegalStateException("hold " + transfer.ends() + " is already ended");
        }
        journal.add(transfer);
        transfersById.put(transfer.id(), transfer);
    }

    @Override
    public long lastEventPosition() {
        return events.size();
    }

    /** Checks the position, as the real stores' primary key does. */
    @Override
    public void appendEvent(Event event) {
        if (event.position() != lastEventPosition() + 1) {
            throw new IllegalStateException("event " + event.id() + " has position " + event.position()
                    + " but the feed is at " + lastEventPosition());
        }
        events.add(event);
    }

    private Account existing(long accountId) {
        return Optional.ofNullable(accounts.get(accountId)).orElseThrow(() -> new IllegalStateException("account " + accountId
                + " does not exist"));
    }
}
