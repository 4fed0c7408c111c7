package bankcore.api.accounts;

import bankcore.api.view.Amounts;
import bankcore.core.domain.Account;
import bankcore.core.domain.Money;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.time.Instant;

@Serdeable
@Schema(name = "Balance", description = "An account's balance at an instant")
record BalanceView(
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "7") long accountId,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "EUR") String currency,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN,
                description = "decimal string with the currency's minor digits; 0 before the first transfer",
                example = "75.00") String balance,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-03-01T00:00:00Z") Instant asOf,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN,
                description = "balance - pending_debits + credit_limit", example = "75.00") String available,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN,
                description = "the open holds on the account now", example = "0.00") String pendingDebits,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN,
                description = "the open holds that would pay into it now", example = "0.00") String pendingCredits,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN,
                description = "its credit limit now", example = "0.00") String creditLimit) {

    /**
     * The journal keeps balances per entry, not holds or limits, so the pending totals and the limit are
     * the account's current ones, and {@code available} is the balance at as_of net of them.
     */
    static BalanceView of(Account account, Money balance, Instant asOf) {
        Money available = balance.minus(account.pendingDebits()).plus(account.creditLimit());
        return new BalanceView(account.id(), balance.currency().getCurrencyCode(), balance.toPlainString(), asOf,
                available.toPlainString(), account.pendingDebits().toPlainString(),
                account.pendingCredits().toPlainString(), account.creditLimit().toPlainString());
    }
}
