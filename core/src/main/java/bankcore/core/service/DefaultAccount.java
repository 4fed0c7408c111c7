package bankcore.core.service;

import bankcore.core.domain.Account;
import bankcore.core.domain.Refusal;
import bankcore.core.port.out.AccountReader;

import java.util.Comparator;
import java.util.Currency;

/**
 * The account a customer pays from or is paid into when only the customer is named: its oldest
 * account in that currency. The one place this rule lives; adapters ask
 * {@link bankcore.core.port.in.LedgerQueries#defaultAccount} instead of choosing themselves.
 */
final class DefaultAccount {
    private DefaultAccount() {
    }

    static Account of(AccountReader accounts, long customerId, Currency currency) {
        return accounts.accountsOwnedBy(customerId).stream()
                .filter(account -> account.currency().equals(currency))
                .min(Comparator.comparingLong(Account::id))
                .orElseThrow(() -> Refusal.ACCOUNT_NOT_FOUND.because("customer " + customerId + " has no "
                        + currency.getCurrencyCode() + " account"));
    }
}
