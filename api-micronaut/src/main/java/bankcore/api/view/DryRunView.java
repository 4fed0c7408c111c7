package bankcore.api.view;

import bankcore.core.domain.Account;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.DryRun.Rehearsal;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.function.LongFunction;

@Serdeable
@Schema(name = "DryRun", description = "What a request with dry_run: true would do; nothing was written")
public record DryRunView(
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "always true", example = "true") boolean dryRun,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "the transfer it would write") TransferView transfer,
        @Schema(requiredMode = RequiredMode.REQUIRED) BalancesAfter balancesAfter) {

    /**
     * @param current the account as committed, for one the request would not change (an idempotent
     *                replay changes nothing)
     */
    public static DryRunView of(Rehearsal<Transfer> rehearsal, LongFunction<Account> current) {
        Transfer transfer = rehearsal.result();
        LongFunction<BalanceAfter> after = id -> BalanceAfter.of(rehearsal.accountsAfter().containsKey(id)
                ? rehearsal.accountsAfter().get(id) : current.apply(id));
        return new DryRunView(true, TransferView.asWritten(transfer), new BalancesAfter(
                after.apply(transfer.debitAccountId()), after.apply(transfer.creditAccountId())));
    }

    @Serdeable
    @Schema(name = "DryRunBalances", description = "Both accounts as they would be after the request")
    public record BalancesAfter(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the account money leaves (or is held on)")
            BalanceAfter fromAccountId,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the account money reaches")
            BalanceAfter toAccountId) {
    }

    @Serdeable
    @Schema(name = "DryRunBalance")
    public record BalanceAfter(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "7",
                    description = "negative for a cash account the request would open") long accountId,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "EUR") String currency,
            @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN, example = "75.00")
            String balance,
            @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN, example = "75.00")
            String available) {

        static BalanceAfter of(Account account) {
            return new BalanceAfter(account.id(), account.currency().getCurrencyCode(),
                    account.balance().toPlainString(), account.available().toPlainString());
        }
    }
}
