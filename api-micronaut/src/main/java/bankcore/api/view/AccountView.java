package bankcore.api.view;

import bankcore.core.domain.Account;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

@Serdeable
@Schema(name = "Account")
public record AccountView(
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "7") long id,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "3") long ownerId,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "EUR") String currency,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN,
                description = "decimal string with the currency's minor digits", example = "100.00") String balance,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "ACTIVE", allowableValues = {"ACTIVE", "FROZEN",
                "CLOSED"}) String status) {

    public static AccountView of(Account account) {
        return new AccountView(account.id(), account.ownerId(), account.currency().getCurrencyCode(),
                account.balance().toPlainString(), account.status().name());
    }
}
