package bankcore.api.view;

import bankcore.core.domain.Account;
import bankcore.core.domain.Transfer;
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
    /** One account as a dry run would leave it: {@link BalanceAfter}. */
    public static final String BALANCE_SCHEMA = "#/components/schemas/DryRunBalance";

    /**
     * @param status       what the real request would answer (201 or 200)
     * @param accountAfter each account as the request would leave it
     */
    public static DryRunView of(int status, Transfer transfer, LongFunction<Account> accountAfter) {
        return new DryRunView(true, status, TransferView.asWritten(transfer), new BalancesAfter(
                BalanceAfter.of(accountAfter.apply(transfer.debitAccountId())),
                BalanceAfter.of(accountAfter.apply(transfer.creditAccountId()))));
    }

    @Serdeable
    public record BalancesAfter(BalanceAfter fromAccountId, BalanceAfter toAccountId) {
    }

    @Serdeable
    public record BalanceAfter(long accountId, String currency, String balance, String available) {

        public static BalanceAfter of(Account account) {
            return new BalanceAfter(account.id(), account.currency().getCurrencyCode(),
                    account.balance().toPlainString(), account.available().toPlainString());
        }
    }
}
