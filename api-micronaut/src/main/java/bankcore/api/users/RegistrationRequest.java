package bankcore.api.users;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
@Schema(name = "RegistrationRequest")
public record RegistrationRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Ada Lovelace") String name,
        @NotBlank @Email @Size(max = 254) @Schema(example = "ada@example.com") String email,
        @NotBlank @Size(min = 8, max = 128) @Schema(example = "correct horse battery staple") String password) {
}
