package bankcore.api.auth;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The seed's login body: the e-mail goes in {@code username}. */
@Serdeable
@Schema(name = "LoginRequest")
public record LoginRequest(
        @NotBlank @Size(max = 320) @Schema(example = "ada@example.com") String username,
        @NotBlank @Size(max = 200) @Schema(example = "correct horse battery staple") String password) {
}
