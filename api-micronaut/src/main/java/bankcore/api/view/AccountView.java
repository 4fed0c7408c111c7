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
                "CLOSED"}) String status,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN,
                description = "what the account may still spend: balance - pending_debits + credit_limit",
                example = "75.00") String available,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN,
                description = "the sum of the open holds on it", example = "25.00") String pendingDebits,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN,
                description = "the sum of the open holds that would pay into it", example = "0.00")
        String pendingCredits,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN,
                description = "how far below zero the balance may go", example = "0.00") String creditLimit) {

    public static AccountView of(Account account) {
        return new AccountView(account.id(), account.ownerId(), account.currency().getCurrencyCode(),
                account.balance().toPlainString(), account.status().name(), account.available().toPlainString(),
                account.pendingDebits().toPlainString(), account.pendingCredits().toPlainString(),
                account.creditLimit().toPlainString());
    }
}
