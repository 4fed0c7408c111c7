package bankcore.api.auth;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

@Serdeable
@Schema(name = "TokenResponse")
public record TokenResponse(
        @Schema(requiredMode = RequiredMode.REQUIRED,
                example = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.signature") String accessToken,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "Bearer") String tokenType,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "seconds until the token expires",
                example = "3600") long expiresIn) {
}
