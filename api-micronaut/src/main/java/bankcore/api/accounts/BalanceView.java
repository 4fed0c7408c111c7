package bankcore.api.accounts;

import bankcore.api.view.Amounts;
import bankcore.core.domain.BalanceAsOf;
import bankcore.core.domain.Money;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.time.Instant;

@Serdeable
@Schema(name = "Balance", description = "An account's balance, holds and credit limit at an instant")
record BalanceView(
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "7") long accountId,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "EUR") String currency,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN,
                description = "decimal string with the currency's minor digits; 0 before the first transfer",
                example = "75.00") String balance,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-03-01T00:00:00Z") Instant asOf,
        @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, pattern = Amounts.DECIMAL_PATTERN,
                description = "balance - pending_debits + credit_limit at as_of; null when credit_limit is",
                example = "75.00") String available,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN,
                description = "the holds open on the account at as_of", example = "0.00") String pendingDebits,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN,
                description = "the holds open at as_of that would pay into it", example = "0.00") String pendingCredits,
        @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, pattern = Amounts.DECIMAL_PATTERN,
                description = "the credit limit in force at as_of; null only for an instant between two limit "
                        + "changes made before the ledger recorded the limits it set", example = "0.00")
        String creditLimit) {

    static BalanceView of(BalanceAsOf asOf) {
        return new BalanceView(asOf.accountId(), asOf.balance().currency().getCurrencyCode(),
                asOf.balance().toPlainString(), asOf.asOf(), asOf.available().map(Money::toPlainString).orElse(null),
                asOf.pendingDebits().toPlainString(), asOf.pendingCredits().toPlainString(),
                asOf.creditLimit().map(Money::toPlainString).orElse(null));
    }
}
