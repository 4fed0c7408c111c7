package bankcore.core.service;

import bankcore.core.domain.Account;
import bankcore.core.domain.AccountStatus;
import bankcore.core.domain.Refusal;
import bankcore.core.port.in.ManageAccounts;
import bankcore.core.port.in.OpenAccount;
import bankcore.core.port.out.LedgerStore;

import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;

/** Opening accounts and changing their status; the rules for each change are {@link Account}'s. */
public final class AccountService implements OpenAccount, ManageAccounts {
    private final LedgerStore ledger;
    private final InstantSource clock;

    public AccountService(LedgerStore ledger, InstantSource clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public Account open(long customerId, Currency currency) {
        Account unsaved = Account.openFor(customerId, currency, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return ledger.<Account>write(List.of(tx -> {
            if (tx.customer(customerId).isEmpty()) {
                throw Refusal.CUSTOMER_NOT_FOUND.because("customer " + customerId + " does not exist");
            }
            return tx.insertAccount(unsaved);
        })).get(0).orThrow();
    }

    @Override
    public Account freeze(long accountId) {
        return changeStatus(accountId, AccountStatus.FROZEN);
    }

    @Override
    public Account unfreeze(long accountId) {
        return changeStatus(accountId, AccountStatus.ACTIVE);
    }

    @Override
    public Account close(long accountId) {
        return changeStatus(accountId, AccountStatus.CLOSED);
    }

    private Account changeStatus(long accountId, AccountStatus status) {
        return ledger.<Account>write(List.of(tx -> {
            Account changed = Posting.requireAccount(tx, accountId).withStatus(status);
            tx.updateStatus(accountId, status);
            return changed;
        })).get(0).orThrow();
    }
}
