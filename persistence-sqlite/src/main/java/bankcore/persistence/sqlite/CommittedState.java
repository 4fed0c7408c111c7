package bankcore.persistence.sqlite;

import bankcore.core.domain.Account;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.port.out.IdempotencyRecord;
import bankcore.core.port.out.JournalHead;

import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the writer knows of the committed ledger, kept in memory between groups: the accounts it
 * has touched, where their chains of entries end, the journal head, the last account and customer
 * ids, recently used idempotency keys. It is the authoritative copy while this writer is the only
 * one: the writer decides every command against it and reads SQLite only on a miss. It is dropped
 * whole when another connection (another process) committed to the file, which {@code PRAGMA
 * data_version} tells at the start of each group, and after any failed commit. Bounded: the least recently used entries are evicted,
 * and an evicted entry is simply read again.
 */
final class CommittedState {
    static final int MAX_ACCOUNTS = 200_000;
    static final int MAX_IDEMPOTENCY_KEYS = 50_000;

    private final Map<Long, Account> accounts = leastRecentlyUsed(MAX_ACCOUNTS);
    private final Map<Long, AccountEnd> ends = leastRecentlyUsed(MAX_ACCOUNTS);
    private final Map<IdempotencyKey, IdempotencyRecord> keys = leastRecentlyUsed(MAX_IDEMPOTENCY_KEYS);
    private final Map<Currency, Long> cashAccountIds = new HashMap<>();
    private JournalHead head;
    private Long lastAccountId;
    private Long lastCustomerId;
    private Long lastEventPosition;
    private long dataVersion = Long.MIN_VALUE;

    /** Forgets everything unless the file is as this writer left it (the same data version). */
    void keepIfUnchanged(long currentDataVersion) {
        if (currentDataVersion != dataVersion) {
            forget();
            dataVersion = currentDataVersion;
        }
    }

    void forget() {
        accounts.clear();
        ends.clear();
        keys.clear();
        cashAccountIds.clear();
        head = null;
        lastAccountId = null;
        lastCustomerId = null;
        lastEventPosition = null;
        dataVersion = Long.MIN_VALUE;
    }

    Optional<Account> account(long id) {
        return Optional.ofNullable(accounts.get(id));
    }

    /** Remembers an account as committed: read from the file, or written by a group that committed. */
    void remember(Account account) {
        accounts.put(account.id(), account);
        if (account.isSystem()) {
            cashAccountIds.put(account.currency(), account.id());
        }
    }

    /** Null when not known yet. */
    AccountEnd end(long accountId) {
        return ends.get(accountId);
    }

    /** Remembers where an account's entries end as committed: read from the file, or written by a group that committed. */
    void remember(long accountId, AccountEnd end) {
        ends.put(accountId, end);
    }

    Optional<Long> cashAccountId(Currency currency) {
        return Optional.ofNullable(cashAccountIds.get(currency));
    }

    Optional<IdempotencyRecord> idempotencyRecord(IdempotencyKey key) {
        return Optional.ofNullable(keys.get(key));
    }

    void remember(IdempotencyRecord record) {
        keys.put(record.key(), record);
    }

    /** Null when not known yet. */
    JournalHead head() {
        return head;
    }

    void head(JournalHead committedHead) {
        head = committedHead;
    }

    /** Null when not known yet. */
    Long lastAccountId() {
        return lastAccountId;
    }

    /** Null when not known yet. */
    Long lastCustomerId() {
        return lastCustomerId;
    }

    void lastIds(long accountId, long customerId) {
        lastAccountId = accountId;
        lastCustomerId = customerId;
    }

    /** Null when not known yet. */
    Long lastEventPosition() {
        return lastEventPosition;
    }

    void lastEventPosition(long position) {
        lastEventPosition = position;
    }

    private static <K, V> Map<K, V> leastRecentlyUsed(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
