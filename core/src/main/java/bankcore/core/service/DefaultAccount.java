package bankcore.core.service;

import bankcore.core.domain.Account;
import bankcore.core.domain.Refusal;
import bankcore.core.port.out.AccountReader;

import java.util.Comparator;
import java.util.Currency;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The account a customer pays from or is paid into when only the customer is named: its oldest
 * account in that currency. The one place this rule lives; adapters ask
 * {@link bankcore.core.port.in.LedgerQueries#defaultAccountId} instead of choosing themselves.
 *
 * <p>Once a customer has such an account the answer never changes: accounts are never deleted, and
 * every store hands out account ids in commit order, so a later account is never the older one. So
 * it is remembered, and a transfer that names customers reads nothing outside the write transaction
 * after the first one. "No account in that currency" is not remembered: the customer may open one.
 */
final class DefaultAccount {
    /** About 10 MB at most; past it the memory starts again empty rather than track recency on every hit. */
    static final int REMEMBERED = 100_000;

    private final AccountReader accounts;
    private final Map<Key, Long> ids = new ConcurrentHashMap<>();

    DefaultAccount(AccountReader accounts) {
        this.accounts = accounts;
    }

    long idOf(long customerId, Currency currency) {
        Key key = new Key(customerId, currency);
        Long known = ids.get(key);
        if (known != null) {
            return known;
        }
        long id = accounts.accountsOwnedBy(customerId).stream()
                .filter(account -> account.currency().equals(currency))
                .min(Comparator.comparingLong(Account::id))
                .orElseThrow(() -> Refusal.ACCOUNT_NOT_FOUND.because("customer " + customerId + " has no "
                        + currency.getCurrencyCode() + " account"))
                .id();
        if (ids.size() >= REMEMBERED) {
            ids.clear();
        }
        ids.put(key, id);
        return id;
    }

    /** Whether the customer is known to have an account in the currency, and so to exist, without a read. */
    boolean isKnown(long customerId, Currency currency) {
        return ids.containsKey(new Key(customerId, currency));
    }

    private record Key(long customerId, Currency currency) {
    }
}
