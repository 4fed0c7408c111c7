package bankcore.api.auth;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "TokenResponse")
public record TokenResponse(
        @Schema(example = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.signature") String accessToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "seconds until the token expires", example = "3600") long expiresIn) {
}
