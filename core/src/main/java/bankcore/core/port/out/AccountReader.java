package bankcore.core.port.out;

import bankcore.core.domain.Account;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Committed accounts, one at a time or in id order. */
public interface AccountReader {

    Optional<Account> findAccount(long accountId);

    /** The customer's accounts, lowest id first. */
    List<Account> accountsOwnedBy(long customerId);

    Optional<Account> findSystemAccount(Currency currency);

    /** All accounts with an id above {@code afterId}, lowest id first. */
    List<Account> accounts(long afterId, int limit);

    long countAccounts();
}
