package bankcore.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Finds who sent a request from its bearer token, verifying each token once: a client sends the same token
 * with every request, and parsing it and checking its HMAC cost more than the rest of the security filter.
 * A token that passed is remembered (bounded, keyed by the token's text, which its signature covers), and
 * on each later request only what can change is checked again: the token's lifetime and the customer's
 * standing ({@link TokenStandingValidator}, whose own cache keeps a logout or a password change immediate
 * on this node). A token that failed is not remembered, so garbage cannot fill the cache.
 *
 * <p>This runs on Netty's event loop, which must never wait for the store: what needs the store moves to
 * the blocking executor, the full check of a token seen for the first time, or the standing alone when
 * its cache entry has expired. Replaces Micronaut's fetcher, which verified every token every time;
 * it also published a {@code TokenValidatedEvent} per request, which nothing here listens to.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
final class VerifiedTokens implements AuthenticationFetcher<HttpRequest<?>> {

    static final int MAX_TOKENS = 10_000;
    /** A token not used for this long is dropped; its next request verifies it again. */
    static final Duration IDLE = Duration.ofMinutes(10);

    private final List<TokenValidator<HttpRequest<?>>> validators;
    private final TokenResolver<HttpRequest<?>> resolver;
    private final TokenStandingValidator<?> standing;
    private final Scheduler blocking;
    private final Cache<String, Verified> verified = Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS).expireAfterAccess(IDLE).build();

    VerifiedTokens(List<TokenValidator<HttpRequest<?>>> validators, TokenResolver<HttpRequest<?>> resolver,
                   TokenStandingValidator<?> standing, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.validators = validators;
        this.resolver = resolver;
        this.standing = standing;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return Flux.fromIterable(resolver.resolveTokens(request))
                .concatMap(token -> authenticate(token, request)
                        .doOnNext(authentication -> request.setAttribute(SecurityFilter.TOKEN, token)))
                .next();
    }

    @Override
    public int getOrder() {
        return TokenAuthenticationFetcher.ORDER;
    }

    private Mono<Authentication> authenticate(String token, HttpRequest<?> request) {
        Verified known = verified.getIfPresent(token);
        if (known == null) {
            return Mono.defer(() -> verify(token, request)).subscribeOn(blocking);
        }
        Optional<Boolean> accepted = standing.acceptsFromMemory(known.claims());
        if (accepted.isPresent()) {
            return accepted.get() ? Mono.just(known.authentication()) : Mono.empty();
        }
        return Mono.fromCallable(() -> standing.accepts(known.claims()) ? known.authentication() : null)
                .subscribeOn(blocking);
    }

    /** The full check, through the JWT validators (signature, then every claims validator), on a blocking thread. */
    private Mono<Authentication> verify(String token, HttpRequest<?> request) {
        return Flux.fromIterable(validators)
                .concatMap(validator -> validator.validateToken(token, request))
                .next()
                .doOnNext(authentication -> remember(token, authentication));
    }

    /** Parsed once more, here, once per token: what is checked again on later requests. */
    private void remember(String token, Authentication authentication) {
        try {
            verified.put(token, new Verified(authentication, JWTParser.parse(token).getJWTClaimsSet()));
        } catch (ParseException unreachable) {
            // A validator accepted it, so it parses; were it not, it would simply be verified in full each time.
        }
    }

    private record Verified(Authentication authentication, JWTClaimsSet claims) {
    }
}
