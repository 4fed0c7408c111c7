package bankcore.core.service;

import bankcore.core.domain.Account;
import bankcore.core.domain.AccountStatus;
import bankcore.core.domain.Money;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.Refusal;
import bankcore.core.port.in.ManageAccounts;
import bankcore.core.port.in.OpenAccount;
import bankcore.core.port.out.LedgerCommand;
import bankcore.core.port.out.LedgerWriter;

import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;

/** Opening accounts and changing their status; the rules for each change are {@link Account}'s. */
public final class AccountService implements OpenAccount, ManageAccounts {
    private final LedgerWriter writer;
    private final InstantSource clock;

    public AccountService(LedgerWriter writer, InstantSource clock) {
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public Account open(long customerId, Currency currency) {
        return writer.write(List.of(opening(new Command(customerId, currency)))).get(0).orThrow();
    }

    @Override
    public List<Outcome<Account>> openEach(List<Command> commands) {
        TransferService.requireBatch(commands);
        return writer.write(commands.stream().map(this::opening).toList());
    }

    private LedgerCommand<Account> opening(Command command) {
        Account unsaved = Account.openFor(command.customerId(), command.currency(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        return tx -> {
            if (tx.customer(command.customerId()).isEmpty()) {
                throw Refusal.CUSTOMER_NOT_FOUND.because("customer " + command.customerId() + " does not exist");
            }
            return tx.insertAccount(unsaved);
        };
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

    @Override
    public Account setCreditLimit(long accountId, Money limit) {
        return writer.<Account>write(List.of(tx -> {
            Account changed = Posting.requireAccount(tx, accountId).withCreditLimit(limit);
            tx.updateCreditLimit(accountId, changed.creditLimitMinor());
            return changed;
        })).get(0).orThrow();
    }

    private Account changeStatus(long accountId, AccountStatus status) {
        return writer.<Account>write(List.of(tx -> {
            Account changed = Posting.requireAccount(tx, accountId).withStatus(status);
            tx.updateStatus(accountId, status);
            return changed;
        })).get(0).orThrow();
    }
}
