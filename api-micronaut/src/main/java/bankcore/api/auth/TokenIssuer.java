package bankcore.api.auth;

import bankcore.api.security.TokenClaims;
import bankcore.core.port.in.ManageCredentials.Standing;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/** Issues the bearer token for a user that the core has authenticated, in the customer's current token generation. */
@Singleton
final class TokenIssuer {

    private final TokenGenerator generator;
    private final AccessTokenConfiguration accessTokens;

    TokenIssuer(TokenGenerator generator, AccessTokenConfiguration accessTokens) {
        this.generator = generator;
        this.accessTokens = accessTokens;
    }

    TokenResponse issue(Standing standing) {
        int expiresIn = accessTokens.getExpiration();
        Authentication authentication = Authentication.build(Long.toString(standing.customerId()),
                List.of(standing.role().name()), Map.of(TokenClaims.GENERATION, standing.tokenGeneration()));
        String token = generator.generateToken(authentication, expiresIn)
                .orElseThrow(() -> new IllegalStateException("no access token generated"));
        return new TokenResponse(token, "Bearer", expiresIn);
    }
}
