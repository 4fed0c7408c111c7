package bankcore.core.port.in;

import bankcore.core.domain.Account;

/** An operator's controls over one account. Closing needs a zero balance; a closed account stays closed. */
public interface ManageAccounts {

    Account freeze(long accountId);

    Account unfreeze(long accountId);

    Account close(long accountId);
}
