package bankcore.core.port.in;

import bankcore.core.domain.Account;
import bankcore.core.domain.Money;

/** An operator's controls over one account. Closing needs a zero balance; a closed account stays closed. */
public interface ManageAccounts {

    Account freeze(long accountId);

    Account unfreeze(long accountId);

    Account close(long accountId);

    /** How far below zero the account may go; refused below what it already uses, holds counted. */
    Account setCreditLimit(long accountId, Money limit);
}
