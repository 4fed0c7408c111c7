package bankcore.api.security;

import bankcore.core.port.in.ManageCredentials;
import bankcore.core.port.in.ManageCredentials.Standing;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JWTClaimsSetUtils;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Accepts a token (already known to be signed by us) only when it has every claim we issue, is
 * inside its lifetime, was issued by and for this API, names a customer who exists with the role
 * the token claims and the current token generation, and was not revoked. What the store says is
 * cached for {@link #CACHED_FOR}, so a change made on another node takes at most that long here.
 */
@Singleton
public final class TokenStandingValidator<T> implements GenericJwtClaimsValidator<T> {

    static final Duration CACHED_FOR = Duration.ofSeconds(5);
    /** Clocks of this host and of whoever issued the token may differ a little. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(TokenStandingValidator.class);

    private final ManageCredentials credentials;
    private final TokenClaims tokenClaims;
    private final Cache<Long, Optional<Standing>> standings = Caffeine.newBuilder()
            .expireAfterWrite(CACHED_FOR).maximumSize(100_000).build();
    private final Cache<String, Boolean> revoked = Caffeine.newBuilder()
            .expireAfterWrite(CACHED_FOR).maximumSize(100_000).build();

    TokenStandingValidator(ManageCredentials credentials, TokenClaims tokenClaims) {
        this.credentials = credentials;
        this.tokenClaims = tokenClaims;
    }

    @Override
    public boolean validate(Claims claims, T request) {
        try {
            return accepts(JWTClaimsSetUtils.jwtClaimsSetFromClaims(claims));
        } catch (RuntimeException malformed) {
            LOG.debug("Token refused: malformed claims", malformed);
            return false;
        }
    }

    /** Whether a token whose signature was verified stands now; may ask the store. */
    boolean accepts(JWTClaimsSet token) {
        try {
            Optional<String> refusal = refusal(token, Instant.now());
            refusal.ifPresent(reason -> LOG.debug("Token refused: {}", reason));
            return refusal.isEmpty();
        } catch (ParseException | RuntimeException malformed) {
            LOG.debug("Token refused: malformed claims", malformed);
            return false;
        }
    }

    /**
     * This validator's answer for a token already verified once, if it can be given without asking the
     * store (which would block Netty's event loop): empty when the customer's standing or the token's
     * revocation is not in the cache, and {@link VerifiedTokens} then asks {@link #accepts} on a blocking
     * thread. (An entry that expires between this look and the answer costs one read here, rarely.)
     */
    Optional<Boolean> acceptsFromMemory(JWTClaimsSet token) {
        try {
            if (standings.getIfPresent(Long.parseLong(token.getSubject())) == null
                    || revoked.getIfPresent(token.getJWTID()) == null) {
                return Optional.empty();
            }
        } catch (RuntimeException malformed) {
            return Optional.of(false);
        }
        return Optional.of(accepts(token));
    }

    /** What the store says has changed here: forget the cached standing at once. */
    public void forget(long customerId, String tokenId) {
        standings.invalidate(customerId);
        revoked.invalidate(tokenId);
    }

    private Optional<String> refusal(JWTClaimsSet token, Instant now) throws ParseException {
        Date expires = token.getExpirationTime();
        Date issued = token.getIssueTime();
        if (expires == null || issued == null || token.getJWTID() == null || token.getSubject() == null) {
            return Optional.of("exp, iat, jti and sub are required");
        }
        if (!expires.toInstant().isAfter(now.minus(CLOCK_SKEW))) {
            return Optional.of("expired");
        }
        if (issued.toInstant().isAfter(now.plus(CLOCK_SKEW))
                || (token.getNotBeforeTime() != null && token.getNotBeforeTime().toInstant().isAfter(now.plus(CLOCK_SKEW)))) {
            return Optional.of("not valid yet");
        }
        String us = tokenClaims.issuerAndAudience();
        if (!us.equals(token.getIssuer()) || token.getAudience() == null || !token.getAudience().contains(us)) {
            return Optional.of("issued by or for someone else");
        }
        long customerId = Long.parseLong(token.getSubject());
        Optional<Standing> standing = standings.get(customerId, credentials::standing);
        if (standing.isEmpty()) {
            return Optional.of("customer " + customerId + " cannot log in");
        }
        if (!List.of(standing.get().role().name()).equals(token.getStringListClaim("roles"))) {
            return Optional.of("the role is not the customer's");
        }
        Long generation = token.getLongClaim(TokenClaims.GENERATION);
        if (generation == null || generation != standing.get().tokenGeneration()) {
            return Optional.of("issued before the last password change");
        }
        if (revoked.get(token.getJWTID(), credentials::isRevoked)) {
            return Optional.of("revoked");
        }
        return Optional.empty();
    }
}
