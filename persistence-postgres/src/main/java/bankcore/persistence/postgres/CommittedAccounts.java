package bankcore.persistence.postgres;

import bankcore.core.domain.Account;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * This node's copy of the committed accounts it has met, as of a write epoch. A group, holding
 * the append lock, first catches up: when the epoch it locked follows this node's own last commit,
 * nobody else wrote in between and the copy is current; otherwise one query fetches the accounts
 * other nodes changed since ({@code changed_epoch} above ours). So a group reads its accounts,
 * hot or not, from memory, and the database only for accounts this node has not met yet.
 */
final class CommittedAccounts {
    /** Bounds the memory: past it the copy starts again empty (and fills again as groups read). */
    private static final int MAX_ACCOUNTS = 2_000_000;
    private static final long UNKNOWN = -1;

    private final Map<Long, Account> accounts = new HashMap<>();
    private final Map<Currency, Long> cashAccountIds = new HashMap<>();
    private long epoch = UNKNOWN;

    /** Brings the copy to {@code committedEpoch}, the epoch before the group that holds the lock now. */
    void catchUp(Connection connection, long committedEpoch) throws SQLException {
        if (epoch == committedEpoch) {
            return;
        }
        if (epoch == UNKNOWN || accounts.size() > MAX_ACCOUNTS) {
            forget();
        } else {
            PgReads.list(connection, "SELECT " + PgRows.ACCOUNT_COLUMNS + " FROM account WHERE changed_epoch > ?",
                    PgRows::account, epoch).forEach(this::remember);
        }
        epoch = committedEpoch;
    }

    Optional<Account> account(long id) {
        return Optional.ofNullable(accounts.get(id));
    }

    Optional<Long> cashAccountId(Currency currency) {
        return Optional.ofNullable(cashAccountIds.get(currency));
    }

    /** An account as committed at the current epoch (read under the lock, or just written). */
    void remember(Account account) {
        accounts.put(account.id(), account);
        if (account.isSystem()) {
            cashAccountIds.put(account.currency(), account.id());
        }
    }

    /** The group that wrote these committed at {@code newEpoch}. */
    void committed(Collection<Account> written, long newEpoch) {
        written.forEach(this::remember);
        epoch = newEpoch;
    }

    void forget() {
        accounts.clear();
        cashAccountIds.clear();
        epoch = UNKNOWN;
    }
}
