package bankcore.api.view;

import bankcore.core.domain.Account;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.DryRun.Rehearsal;
import io.micronaut.serde.annotation.Serdeable;

import java.util.function.LongFunction;

/**
 * What a request with {@code dry_run: true} would do. Documented by hand (openapi/schemas.yml: {@code DryRun},
 * and {@code TransferOrDryRun} for the operations that answer 200 either way), so the document keeps one
 * {@code Transfer} schema instead of deriving a second one from this record's field.
 */
@Serdeable
public record DryRunView(boolean dryRun, int status, TransferView transfer, BalancesAfter balancesAfter) {

    public static final String SCHEMA = "#/components/schemas/DryRun";
    public static final String TRANSFER_OR_DRY_RUN = "#/components/schemas/TransferOrDryRun";

    /**
     * @param status  what the real request would answer (201 or 200)
     * @param current the account as committed, for one the request would not change (an idempotent
     *                replay changes nothing)
     */
    public static DryRunView of(int status, Rehearsal<Transfer> rehearsal, LongFunction<Account> current) {
        Transfer transfer = rehearsal.result();
        LongFunction<BalanceAfter> after = id -> BalanceAfter.of(rehearsal.accountsAfter().containsKey(id)
                ? rehearsal.accountsAfter().get(id) : current.apply(id));
        return new DryRunView(true, status, TransferView.asWritten(transfer), new BalancesAfter(
                after.apply(transfer.debitAccountId()), after.apply(transfer.creditAccountId())));
    }

    @Serdeable
    public record BalancesAfter(BalanceAfter fromAccountId, BalanceAfter toAccountId) {
    }

    @Serdeable
    public record BalanceAfter(long accountId, String currency, String balance, String available) {

        static BalanceAfter of(Account account) {
            return new BalanceAfter(account.id(), account.currency().getCurrencyCode(),
                    account.balance().toPlainString(), account.available().toPlainString());
        }
    }
}
