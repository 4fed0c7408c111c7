package bankcore.api.accounts;

import bankcore.api.view.Amounts;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

@Serdeable
@Schema(name = "CreditLimitRequest", example = "{\"amount\": \"500.00\"}")
public record CreditLimitRequest(
        @NotNull @Pattern(regexp = "[0-9]{1,40}(\\.[0-9]{1,40})?")
        @Schema(description = "the limit: a decimal string in the account's currency, at most its minor digits; "
                + "\"0\" for none", example = "500.00") String amount) {
}
