package bankcore.api.auth;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/** Issues the bearer token for a user that the core has authenticated. */
@Singleton
final class TokenIssuer {

    private final TokenGenerator generator;
    private final AccessTokenConfiguration accessTokens;

    TokenIssuer(TokenGenerator generator, AccessTokenConfiguration accessTokens) {
        this.generator = generator;
        this.accessTokens = accessTokens;
    }

    TokenResponse issue(String subject, String role) {
        int expiresIn = accessTokens.getExpiration();
        Authentication authentication = Authentication.build(subject, List.of(role), Map.of());
        String token = generator.generateToken(authentication, expiresIn)
                .orElseThrow(() -> new IllegalStateException("no access token generated"));
        return new TokenResponse(token, "Bearer", expiresIn);
    }
}
