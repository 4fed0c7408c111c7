package bankcore.api.view;

import bankcore.core.domain.Account;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Account")
public record AccountView(
        @Schema(example = "7") long id,
        @Schema(example = "3") long ownerId,
        @Schema(example = "EUR") String currency,
        @Schema(description = "decimal string with the currency's minor digits", example = "100.00") String balance,
        @Schema(example = "ACTIVE", allowableValues = {"ACTIVE", "FROZEN", "CLOSED"}) String status) {

    public static AccountView of(Account account) {
        return new AccountView(account.id(), account.ownerId(), account.currency().getCurrencyCode(),
                account.balance().toPlainString(), account.status().name());
    }
}
