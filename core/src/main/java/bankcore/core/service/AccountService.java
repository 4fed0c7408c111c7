package bankcore.core.service;

import bankcore.core.domain.Account;
import bankcore.core.domain.AccountStatus;
import bankcore.core.domain.AuditAction;
import bankcore.core.domain.AuditContext;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.EventType;
import bankcore.core.domain.Money;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.Refusal;
import bankcore.core.port.in.ManageAccounts;
import bankcore.core.port.in.OpenAccount;
import bankcore.core.port.out.LedgerCommand;
import bankcore.core.port.out.LedgerTransaction;
import bankcore.core.port.out.LedgerWriter;

import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;

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
            Account opened = tx.insertAccount(unsaved);
            Events.record(tx, EventType.ACCOUNT_OPENED, opened.createdAt(), opened);
            return opened;
        };
    }

    @Override
    public Account freeze(long accountId) {
        return changeStatus(accountId, AccountStatus.FROZEN, EventType.ACCOUNT_FROZEN);
    }

    @Override
    public Account unfreeze(long accountId) {
        return changeStatus(accountId, AccountStatus.ACTIVE, EventType.ACCOUNT_UNFROZEN);
    }

    @Override
    public Account close(long accountId) {
        return changeStatus(accountId, AccountStatus.CLOSED, EventType.ACCOUNT_CLOSED);
    }

    @Override
    public Account setCreditLimit(long accountId, Money limit) {
        return changeAccount(accountId, AuditAction.SET_CREDIT_LIMIT, EventType.ACCOUNT_CREDIT_LIMIT_CHANGED,
                (tx, account) -> {
            Account changed = account.withCreditLimit(limit);
            tx.updateCreditLimit(accountId, changed.creditLimitMinor());
            return changed;
        });
    }

    private Account changeStatus(long accountId, AccountStatus status, EventType event) {
        return changeAccount(accountId, AuditAction.settingStatus(status), event, (tx, account) -> {
            Account changed = account.withStatus(status);
            tx.updateStatus(accountId, status);
            return changed;
        });
    }

    /**
     * One control over an account, written with its audit row and its event in one transaction, on
     * behalf of the caller in scope when it is asked.
     */
    private Account changeAccount(long accountId, AuditAction action, EventType event,
                                  BiFunction<LedgerTransaction, Account, Account> change) {
        AuditContext caller = AuditContext.current();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return writer.<Account>write(List.of(tx -> {
            Account changed = change.apply(tx, Posting.requireAccount(tx, accountId));
            // The limit set goes into the log, which is then the limit's history (balance as of an instant).
            OptionalLong limitSet = action == AuditAction.SET_CREDIT_LIMIT
                    ? OptionalLong.of(changed.creditLimitMinor()) : OptionalLong.empty();
            tx.appendAudit(new AuditEntry(0, now, action, caller, accountId, Optional.empty(), limitSet));
            Events.record(tx, event, now, changed);
            return changed;
        })).get(0).orThrow();
    }
}
