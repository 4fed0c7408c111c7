package bankcore.core.port.out;

import bankcore.core.domain.Account;
import bankcore.core.domain.AccountStatus;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Event;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.Transfer;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The reads and writes a {@link LedgerCommand} may do inside the store's write transaction. Reads
 * see the command's own writes and those of earlier commands in the same transaction. Nothing here
 * checks a business rule: the commands do.
 */
public interface LedgerTransaction {

    Optional<Account> account(long accountId);

    Optional<Account> systemAccount(Currency currency);

    /** Stores a new account and returns it with its id. */
    Account insertAccount(Account account);

    void updateBalance(long accountId, long balanceMinor);

    void updateStatus(long accountId, AccountStatus status);

    Optional<Customer> customer(long customerId);

    Optional<Customer> customerByEmail(String normalizedEmail);

    boolean anyAdmin();

    /** Stores a new customer and returns it with its id. */
    Customer insertCustomer(Customer customer);

    Optional<IdempotencyRecord> idempotencyRecord(IdempotencyKey key);

    void insertIdempotencyRecord(IdempotencyRecord record);

    Optional<Transfer> transfer(UUID transferId);

    /** The transfer that reverses {@code transferId}, if one was made. */
    Optional<Transfer> reversalOf(UUID transferId);

    /** The entry that ended the hold {@code holdId} (its capture, void or expiry), if one was made. */
    Optional<Transfer> endingOf(UUID holdId);

    /**
     * Holds not ended yet whose {@code expiresAt} is at or before {@code instant}: earliest expiry
     * first, then lowest sequence, at most {@code limit}.
     */
    List<Transfer> holdsDueBy(Instant instant, int limit);

    void updatePending(long accountId, long pendingDebitsMinor, long pendingCreditsMinor);

    void updateCreditLimit(long accountId, long creditLimitMinor);

    JournalHead head();

    /**
     * Appends a transfer whose sequence is {@code head().sequence() + 1} and whose hash chains to the
     * head. A hold appended here is open until an entry that {@code ends} it is appended.
     */
    void append(Transfer transfer);

    /** Appends a row to the audit log (its sequence assigned by the store), committed with the rest. */
    void appendAudit(AuditEntry entry);
    /** The position of the change feed's last event, this transaction's own included; 0 when there is none. */
    long lastEventPosition();

    /** Appends an event whose position is {@code lastEventPosition() + 1}, committed with everything else. */
    void appendEvent(Event event);
}
