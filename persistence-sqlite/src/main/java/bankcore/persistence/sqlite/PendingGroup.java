package bankcore.persistence.sqlite;

import bankcore.core.domain.Account;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.Customer;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.Transfer;
import bankcore.core.port.out.IdempotencyRecord;
import bankcore.core.port.out.JournalHead;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything one group's commands wrote, held in memory until the group is flushed in one go:
 * the accounts' latest states (each written once, however many transfers touched it), new
 * accounts and customers with the ids they will get, journal entries and idempotency records in
 * order. A refused command is undone here, in memory, back to where it began: nothing of it ever
 * reaches SQLite, so no savepoint is needed.
 */
final class PendingGroup {
    private final Map<Long, Account> accounts = new LinkedHashMap<>();
    private final List<Long> newAccountIds = new ArrayList<>();
    private final Map<Currency, Long> newCashAccountIds = new HashMap<>();
    private final List<Customer> customers = new ArrayList<>();
    private final Map<String, Customer> customersByEmail = new HashMap<>();
    private final Map<Long, Customer> customersById = new HashMap<>();
    private final List<Transfer> journal = new ArrayList<>();
    private final Map<UUID, Transfer> transfersById = new HashMap<>();
    private final Map<UUID, Transfer> reversalsByOriginal = new HashMap<>();
    /** The entries that ended a hold, by the hold they end. */
    private final Map<UUID, Transfer> endingsByHold = new HashMap<>();
    private final List<IdempotencyRecord> keys = new ArrayList<>();
    private final Map<IdempotencyKey, IdempotencyRecord> keysByKey = new HashMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    /** The accounts' states before the current command changed them (null: not pending before). */
    private final Deque<Map.Entry<Long, Account>> undo = new ArrayDeque<>();
    private final PendingEvents events = new PendingEvents();
    private Mark commandStart;
    private JournalHead head;
    /** Accounts with an id from here on are new in this group; the others existed before it. */
    private long firstNewAccountId;
    private long lastAccountId;
    private long lastCustomerId;

    private record Mark(int newAccounts, int customers, int journal, int keys, int audit, JournalHead head,
                        long lastAccountId, long lastCustomerId) {
    }

    /** Empties the group, which goes on from the committed head and ids. */
    void start(JournalHead committedHead, long committedLastAccountId, long committedLastCustomerId) {
        accounts.clear();
        newAccountIds.clear();
        newCashAccountIds.clear();
        customers.clear();
        customersByEmail.clear();
        customersById.clear();
        journal.clear();
        transfersById.clear();
        reversalsByOriginal.clear();
        endingsByHold.clear();
        keys.clear();
        keysByKey.clear();
        audit.clear();
        undo.clear();
        head = committedHead;
        lastAccountId = committedLastAccountId;
        firstNewAccountId = committedLastAccountId + 1;
        lastCustomerId = committedLastCustomerId;
    }

    void beginCommand() {
        undo.clear();
        commandStart = new Mark(newAccountIds.size(), customers.size(), journal.size(), keys.size(), audit.size(),
                head, lastAccountId, lastCustomerId);
        events.beginCommand();
    }

    /** Undoes everything the current command did. */
    void undoCommand() {
        while (!undo.isEmpty()) {
            Map.Entry<Long, Account> before = undo.pop();
            if (before.getValue() == null) {
                accounts.remove(before.getKey());
            } else {
                accounts.put(before.getKey(), before.getValue());
            }
        }
        Mark mark = commandStart;
        truncate(newAccountIds, mark.newAccounts()).forEach(id -> newCashAccountIds.values().remove(id));
        truncate(customers, mark.customers()).forEach(customer -> {
            customersByEmail.remove(customer.email());
            customersById.remove(customer.id());
        });
        truncate(journal, mark.journal()).forEach(transfer -> {
            transfersById.remove(transfer.id());
            if (transfer.reverses() != null) {
                reversalsByOriginal.remove(transfer.reverses());
            }
            if (transfer.ends() != null) {
                endingsByHold.remove(transfer.ends());
            }
        });
        truncate(keys, mark.keys()).forEach(record -> keysByKey.remove(record.key()));
        truncate(audit, mark.audit());
        head = mark.head();
        lastAccountId = mark.lastAccountId();
        lastCustomerId = mark.lastCustomerId();
        events.undoCommand();
    }

    Optional<Account> account(long id) {
        return Optional.ofNullable(accounts.get(id));
    }

    /** Records the account's new state (an existing account, already read). */
    void change(Account account) {
        undo.push(new SimpleImmutableEntry<>(account.id(), accounts.put(account.id(), account)));
    }

    Account addAccount(Account unsaved) {
        Account account = unsaved.withId(++lastAccountId);
        change(account);
        newAccountIds.add(account.id());
        if (account.isSystem()) {
            newCashAccountIds.put(account.currency(), account.id());
        }
        return account;
    }

    Optional<Long> newCashAccountId(Currency currency) {
        return Optional.ofNullable(newCashAccountIds.get(currency));
    }

    Customer addCustomer(Customer unsaved) {
        Customer customer = unsaved.withId(++lastCustomerId);
        customers.add(customer);
        customersByEmail.put(customer.email(), customer);
        customersById.put(customer.id(), customer);
        return customer;
    }

    Optional<Customer> customer(long id) {
        return Optional.ofNullable(customersById.get(id));
    }

    Optional<Customer> customerByEmail(String normalizedEmail) {
        return Optional.ofNullable(customersByEmail.get(normalizedEmail));
    }

    boolean anyAdmin() {
        return customers.stream().anyMatch(Customer::isAdmin);
    }

    void append(Transfer transfer) {
        journal.add(transfer);
        transfersById.put(transfer.id(), transfer);
        if (transfer.reverses() != null) {
            reversalsByOriginal.put(transfer.reverses(), transfer);
        }
        if (transfer.ends() != null) {
            endingsByHold.put(transfer.ends(), transfer);
        }
        head = new JournalHead(transfer.sequence(), transfer.hash(), transfer.createdAt());
    }

    Optional<Transfer> transfer(UUID id) {
        return Optional.ofNullable(transfersById.get(id));
    }

    Optional<Transfer> reversalOf(UUID original) {
        return Optional.ofNullable(reversalsByOriginal.get(original));
    }

    Optional<Transfer> endingOf(UUID hold) {
        return Optional.ofNullable(endingsByHold.get(hold));
    }

    boolean ends(UUID hold) {
        return endingsByHold.containsKey(hold);
    }

    void add(IdempotencyRecord record) {
        keys.add(record);
        keysByKey.put(record.key(), record);
    }

    void add(AuditEntry entry) {
        audit.add(entry);
    }

    Optional<IdempotencyRecord> idempotencyRecord(IdempotencyKey key) {
        return Optional.ofNullable(keysByKey.get(key));
    }

    JournalHead head() {
        return head;
    }

    long lastAccountId() {
        return lastAccountId;
    }

    long lastCustomerId() {
        return lastCustomerId;
    }

    List<Customer> customers() {
        return customers;
    }

    /** New accounts in id order, in their final state. */
    List<Account> newAccounts() {
        return newAccountIds.stream().map(accounts::get).toList();
    }

    /** Existing accounts whose balance or status changed, in their final state. */
    List<Account> changedAccounts() {
        List<Account> changed = new ArrayList<>(accounts.size());
        for (Account account : accounts.values()) {
            if (account.id() < firstNewAccountId) {
                changed.add(account);
            }
        }
        return changed;
    }

    Collection<Account> allAccounts() {
        return accounts.values();
    }

    List<Transfer> journal() {
        return journal;
    }

    List<IdempotencyRecord> keys() {
        return keys;
    }

    List<AuditEntry> audit() {
        return audit;
    }

    /** The group's change-feed events; started by the transaction with the committed feed's position. */
    PendingEvents events() {
        return events;
    }

    /** Removes and returns the elements from {@code size} on. */
    private static <T> List<T> truncate(List<T> list, int size) {
        List<T> tail = new ArrayList<>(list.subList(size, list.size()));
        list.subList(size, list.size()).clear();
        return tail;
    }
}
