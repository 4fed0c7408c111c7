package bankcore.api.security;

import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import io.micronaut.security.token.claims.JtiGenerator;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * The claims this API puts in every token besides the subject and roles: {@code iss} (Micronaut sets it to
 * the application's name), {@code aud} (the same name), a random {@code jti} so that one token can be
 * revoked, and {@value #GENERATION}, the customer's token generation when it was issued.
 */
@Singleton
public final class TokenClaims implements ClaimsAudienceProvider, JtiGenerator {

    /** A password change raises the customer's generation and so retires every token of an older one. */
    public static final String GENERATION = "gen";

    private final String name;

    TokenClaims(ApplicationConfiguration application) {
        this.name = application.getName().orElseThrow(
                () -> new IllegalStateException("micronaut.application.name names the tokens' issuer; set it"));
    }

    /** Who issues tokens and whom they are for: this API, by its application name. */
    String issuerAndAudience() {
        return name;
    }

    @Override
    public List<String> audience() {
        return List.of(name);
    }

    @Override
    public String generateJtiClaim() {
        return UUID.randomUUID().toString();
    }
}
