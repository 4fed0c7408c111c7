package bankcore.dashboard.ui;

import bankcore.core.domain.Account;
import bankcore.core.domain.Customer;
import bankcore.core.port.in.LedgerQueries;

import java.util.Optional;

/** Who holds an account, in words: the owner's name, or "bank cash account" for the bank's own. */
final class AccountOwners {

    private final LedgerQueries queries;

    AccountOwners(LedgerQueries queries) {
        this.queries = queries;
    }

    String of(long accountId) {
        Optional<Account> account = queries.account(accountId);
        if (account.isEmpty()) {
            return "unknown";
        }
        if (account.get().isSystem()) {
            return "bank cash account";
        }
        return queries.customer(account.get().ownerId()).map(Customer::name).orElse("unknown");
    }
}
