package bankcore.api.problem;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Every 401 says how to authenticate (RFC 9110 requires a {@code WWW-Authenticate} header on it), with the
 * error code of RFC 6750 section 3.1: none when no credentials came, {@code invalid_request} for an
 * Authorization header that is not a bearer token, {@code invalid_token} for a token that was refused.
 * It runs first, so it also sees the 401s that the security filter sends without reaching a controller.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class BearerChallenge implements Ordered {

    static final String HEADER = "WWW-Authenticate";
    private static final String REALM = "Bearer realm=\"bankcore\"";

    @ResponseFilter
    void challenge(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() == HttpStatus.UNAUTHORIZED.getCode() && !response.getHeaders().contains(HEADER)) {
            response.header(HEADER, challengeFor(request.getHeaders().get(HttpHeaders.AUTHORIZATION)));
        }
    }

    static String challengeFor(String authorization) {
        if (authorization == null) {
            return REALM;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.substring(7).isBlank()) {
            return REALM + ", error=\"invalid_request\", error_description=\"the Authorization header is not "
                    + "a bearer token\"";
        }
        return REALM + ", error=\"invalid_token\", error_description=\"the token is invalid or has expired\"";
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
