package bankcore.persistence.postgres;

import bankcore.core.domain.Account;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Event;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.Transfer;
import bankcore.core.port.out.IdempotencyRecord;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Writes held in memory: the latest state of each account written, new accounts and customers,
 * journal entries and idempotency records in order. A group keeps two: one for the command being
 * applied, merged into the group's when the command succeeds and simply dropped when it is refused,
 * so a refusal never reaches PostgreSQL and needs no savepoint.
 */
final class WriteLayer {
    private final Map<Long, Account> accounts = new LinkedHashMap<>();
    private final Set<Long> newAccountIds = new LinkedHashSet<>();
    private final Map<Currency, Long> newCashAccountIds = new HashMap<>();
    private final Map<Long, Customer> customers = new LinkedHashMap<>();
    private final Map<String, Customer> customersByEmail = new HashMap<>();
    private final Map<UUID, Transfer> journal = new LinkedHashMap<>();
    private final Map<UUID, Transfer> reversalsByOriginal = new HashMap<>();
    private final Map<UUID, Transfer> endingsByHold = new HashMap<>();
    private final Map<IdempotencyKey, IdempotencyRecord> keys = new LinkedHashMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    void clear() {
        accounts.clear();
        newAccountIds.clear();
        newCashAccountIds.clear();
        customers.clear();
        customersByEmail.clear();
        journal.clear();
        reversalsByOriginal.clear();
        endingsByHold.clear();
        keys.clear();
        audit.clear();
        events.clear();
    }

    /** Adds everything of this layer to {@code below} (later states win) and empties this one. */
    void mergeInto(WriteLayer below) {
        below.accounts.putAll(accounts);
        below.newAccountIds.addAll(newAccountIds);
        below.newCashAccountIds.putAll(newCashAccountIds);
        below.customers.putAll(customers);
        below.customersByEmail.putAll(customersByEmail);
        below.journal.putAll(journal);
        below.reversalsByOriginal.putAll(reversalsByOriginal);
        below.endingsByHold.putAll(endingsByHold);
        below.keys.putAll(keys);
        below.audit.addAll(audit);
        below.events.addAll(events);
        clear();
    }

    Optional<Account> account(long id) {
        return Optional.ofNullable(accounts.get(id));
    }

    void put(Account account) {
        accounts.put(account.id(), account);
    }

    void addNew(Account account) {
        put(account);
        newAccountIds.add(account.id());
        if (account.isSystem()) {
            newCashAccountIds.put(account.currency(), account.id());
        }
    }

    Optional<Long> newCashAccountId(Currency currency) {
        return Optional.ofNullable(newCashAccountIds.get(currency));
    }

    void add(Customer customer) {
        customers.put(customer.id(), customer);
        customersByEmail.put(customer.email(), customer);
    }

    Optional<Customer> customer(long id) {
        return Optional.ofNullable(customers.get(id));
    }

    Optional<Customer> customerByEmail(String normalizedEmail) {
        return Optional.ofNullable(customersByEmail.get(normalizedEmail));
    }

    boolean anyAdmin() {
        return customers.values().stream().anyMatch(Customer::isAdmin);
    }

    void append(Transfer transfer) {
        journal.put(transfer.id(), transfer);
        if (transfer.reverses() != null) {
            reversalsByOriginal.put(transfer.reverses(), transfer);
        }
        if (transfer.ends() != null) {
            endingsByHold.put(transfer.ends(), transfer);
        }
    }

    Optional<Transfer> transfer(UUID id) {
        return Optional.ofNullable(journal.get(id));
    }

    Optional<Transfer> reversalOf(UUID original) {
        return Optional.ofNullable(reversalsByOriginal.get(original));
    }

    Optional<Transfer> endingOf(UUID hold) {
        return Optional.ofNullable(endingsByHold.get(hold));
    }

    void add(IdempotencyRecord record) {
        keys.put(record.key(), record);
    }

    void add(AuditEntry entry) {
        audit.add(entry);
    }

    Optional<IdempotencyRecord> idempotencyRecord(IdempotencyKey key) {
        return Optional.ofNullable(keys.get(key));
    }

    void add(Event event) {
        events.add(event);
    }

    /** The change-feed events, in position order. */
    List<Event> events() {
        return events;
    }

    /** Every account written, new or changed, in its final state. */
    Collection<Account> accounts() {
        return accounts.values();
    }

    Collection<Customer> customers() {
        return customers.values();
    }

    /** New accounts in id order, in their final state. */
    List<Account> newAccounts() {
        return newAccountIds.stream().map(accounts::get).toList();
    }

    /** Accounts that existed before the group and were changed, in their final state. */
    List<Account> changedAccounts() {
        List<Account> changed = new ArrayList<>(accounts.values());
        changed.removeIf(account -> newAccountIds.contains(account.id()));
        return changed;
    }

    Collection<Transfer> journal() {
        return journal.values();
    }

    Collection<IdempotencyRecord> keys() {
        return keys.values();
    }

    List<AuditEntry> audit() {
        return audit;
    }
}
