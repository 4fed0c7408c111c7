package bankcore.core.port.in;

import bankcore.core.domain.Account;
import bankcore.core.domain.BalanceAsOf;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Money;
import bankcore.core.domain.Page;
import bankcore.core.domain.StatementEntry;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferStatus;
import bankcore.core.domain.TransferFilter;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Everything one can read from the ledger. Reads never block writes. */
public interface LedgerQueries {

    Optional<Customer> customer(long customerId);

    Optional<Customer> customerByEmail(String email);

    Page<Customer> customers(Optional<String> cursor, int limit);

    Optional<Account> account(long accountId);

    List<Account> accountsOf(long customerId);

    /**
     * The id of the account a customer pays from or is paid into when only the customer is named (its
     * oldest account in the currency); refused with {@code ACCOUNT_NOT_FOUND} when it has none. An id, not
     * the account: the answer never changes once there is one, so it needs no read after the first.
     */
    long defaultAccountId(long customerId, Currency currency);

    Optional<Account> cashAccount(Currency currency);

    Optional<Transfer> transfer(UUID transferId);

    /** Where a transfer stands: posted, or for a hold pending until its capture, void or expiry says otherwise. */
    TransferStatus status(Transfer transfer);

    /** Newest first, with the running balance; {@code from} and {@code to} bound the posting time ({@code to} excluded). */
    Page<StatementEntry> statement(long accountId, StatementRange range, Optional<String> cursor, int limit);

    /** Every entry in the range, newest first, streamed in pages so a long statement never sits in memory. */
    void forEachStatementEntry(long accountId, StatementRange range, Consumer<StatementEntry> sink);

    /** The balance the account had at {@code instant}: zero before its first transfer. */
    Money balanceAsOf(long accountId, Instant instant);

    /**
     * The balance, the pending totals, the credit limit and so the available balance the account had
     * at {@code instant}: nothing on hold and no limit before its first entry and first limit.
     */
    BalanceAsOf balanceAndHoldsAsOf(long accountId, Instant instant);

    /** The journal, newest first, filtered. */
    Page<Transfer> transfers(TransferFilter filter, Optional<String> cursor, int limit);

    record StatementRange(Optional<Instant> from, Optional<Instant> to) {
        public static StatementRange all() {
            return new StatementRange(Optional.empty(), Optional.empty());
        }
    }
}
