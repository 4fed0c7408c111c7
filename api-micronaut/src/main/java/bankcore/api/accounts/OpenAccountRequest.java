package bankcore.api.accounts;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Serdeable
@Schema(name = "OpenAccountRequest")
public record OpenAccountRequest(@NotNull @Schema(example = "USD") String currency) {
}
