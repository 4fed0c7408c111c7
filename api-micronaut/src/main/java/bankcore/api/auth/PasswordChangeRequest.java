package bankcore.api.auth;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A logged-in customer's new password, with the current one as proof that the customer, not only the token, asks. */
@Serdeable
@Schema(name = "PasswordChangeRequest")
public record PasswordChangeRequest(
        @NotNull @Size(min = 1, max = 200) @Schema(example = "correct horse battery staple") String currentPassword,
        @NotNull @Size(min = 1, max = 200) @Schema(example = "a new and longer passphrase") String newPassword) {
}
