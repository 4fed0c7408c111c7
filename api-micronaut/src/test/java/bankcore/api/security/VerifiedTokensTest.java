package bankcore.api.security;

import bankcore.api.support.Tokens;
import bankcore.core.domain.Role;
import bankcore.core.port.in.ManageCredentials;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A token is verified once; after that only what can change about it is checked again. */
class VerifiedTokensTest {

    private static final String SECRET = "a-fake-secret-for-this-test-only-0123456789";

    private final Credentials credentials = new Credentials();
    private final TokenStandingValidator<HttpRequest<?>> standing =
            new TokenStandingValidator<>(credentials, new TokenClaims(application()));
    private final CountingValidator validator = new CountingValidator();
    private final ExecutorService blocking = Executors.newSingleThreadExecutor();
    private final VerifiedTokens tokens = new VerifiedTokens(List.of(validator),
            request -> Optional.ofNullable(request.getHeaders().get(HttpHeaders.AUTHORIZATION))
                    .map(header -> header.substring("Bearer ".length())), standing, blocking);

    @AfterEach
    void stop() {
        blocking.shutdownNow();
    }

    @Test
    void a_token_is_verified_once_and_accepted_on_every_later_request() {
        String token = token("7");

        assertThat(authenticate(token)).map(Authentication::getName).contains("7");
        assertThat(authenticate(token)).map(Authentication::getName).contains("7");
        assertThat(authenticate(token)).isPresent();

        assertThat(validator.calls).hasValue(1);
    }

    @Test
    void a_remembered_token_is_refused_at_once_when_it_is_revoked_here() {
        String token = token("8");
        assertThat(authenticate(token)).isPresent();

        String tokenId = Tokens.claimsOf(token).getJWTID();
        credentials.revoked.add(tokenId);
        standing.forget(8, tokenId);

        assertThat(authenticate(token)).isEmpty();
        assertThat(authenticate(token("8"))).as("another token of the same customer").isPresent();
    }

    @Test
    void a_refused_token_is_not_remembered_and_is_verified_in_full_each_time() {
        String forged = token("9") + "x";

        assertThat(authenticate(forged)).isEmpty();
        assertThat(authenticate(forged)).isEmpty();

        assertThat(validator.calls).hasValue(2);
    }

    private Optional<Authentication> authenticate(String token) {
        return Mono.from(tokens.fetchAuthentication(HttpRequest.GET("/users/me").bearerAuth(token)))
                .blockOptional();
    }

    private static String token(String subject) {
        return Tokens.signed(SECRET, subject, Role.CUSTOMER.name(), Instant.now().plusSeconds(600));
    }

    private static ApplicationConfiguration application() {
        ApplicationConfiguration application = new ApplicationConfiguration();
        application.setName(Tokens.ISSUER);
        return application;
    }

    /** Stands in for the JWT validator: accepts the tokens this test signs, counting how often it is asked. */
    private final class CountingValidator implements TokenValidator<HttpRequest<?>> {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
            calls.incrementAndGet();
            try {
                SignedJWT jwt = SignedJWT.parse(token);
                return jwt.verify(new MACVerifier(SECRET)) && standing.accepts(jwt.getJWTClaimsSet())
                        ? Mono.just(Authentication.build(jwt.getJWTClaimsSet().getSubject(),
                                List.of(Role.CUSTOMER.name())))
                        : Mono.empty();
            } catch (ParseException | JOSEException unreadable) {
                return Mono.empty();
            }
        }
    }

    /** Every customer stands as a customer in token generation 0, unless its token was revoked. */
    private static final class Credentials implements ManageCredentials {
        final Set<String> revoked = ConcurrentHashMap.newKeySet();

        @Override
        public Standing changePassword(long customerId, char[] current, char[] replacement, String clientAddress) {
            throw new UnsupportedOperationException("not used here");
        }

        @Override
        public void revokeToken(String tokenId, Instant expiresAt) {
            revoked.add(tokenId);
        }

        @Override
        public boolean isRevoked(String tokenId) {
            return revoked.contains(tokenId);
        }

        @Override
        public Optional<Standing> standing(long customerId) {
            return Optional.of(new Standing(customerId, Role.CUSTOMER, 0));
        }
    }
}
