package bankcore.api.accounts;

import bankcore.api.view.Amounts;
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
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-03-01T00:00:00Z") Instant asOf) {

    static BalanceView of(long accountId, Money balance, Instant asOf) {
        return new BalanceView(accountId, balance.currency().getCurrencyCode(), balance.toPlainString(), asOf);
    }
}
