package bankcore.api.auth;

import bankcore.api.access.Caller;
import bankcore.api.problem.ProblemResponses;
import bankcore.api.security.TokenStandingValidator;
import bankcore.core.port.in.ManageCredentials;
import bankcore.core.port.in.ManageCredentials.Standing;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.Claims;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.time.Instant;
import java.util.Date;

/** Ending a token's life early: logging out, and changing the password (which ends every older token). */
@Controller
@Tag(name = "auth")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
class CredentialController {

    private final ManageCredentials credentials;
    private final TokenIssuer tokens;
    private final TokenStandingValidator<?> standings;

    CredentialController(ManageCredentials credentials, TokenIssuer tokens, TokenStandingValidator<?> standings) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.standings = standings;
    }

    @Post("/logout")
    @Operation(operationId = "logout", summary = "Log out: the token that sends this request is refused from now on",
            description = "Revokes this one token (by its `jti`) until it would have expired; other tokens of the "
                    + "same customer stay valid. Changing the password ends them all.")
    @ApiResponse(responseCode = "204", description = "logged out")
    @ProblemResponses.Unauthorized
    @ProblemResponses.Always
    HttpResponse<Void> logout(Authentication authentication) {
        String tokenId = (String) authentication.getAttributes().get(Claims.TOKEN_ID);
        credentials.revokeToken(tokenId, expiry(authentication.getAttributes().get(Claims.EXPIRATION_TIME)));
        standings.forget(Caller.of(authentication).id(), tokenId);
        return HttpResponse.noContent();
    }

    @Post("/users/me/password")
    @Operation(operationId = "changePassword",
            summary = "Change your password; every token issued before is refused from now on",
            description = "Returns a new token. A wrong current password is a 401 and counts as a failed login "
                    + "(429 with Retry-After); a new password that is too short or too easy to guess is a 422.")
    @ApiResponse(responseCode = "200", description = "changed; a new token for the new password")
    @ProblemResponses.WithBody
    @ProblemResponses.Unauthorized
    @ProblemResponses.TooManyRequests
    @ProblemResponses.Always
    TokenResponse changePassword(Authentication authentication, HttpRequest<?> request,
                                 @Valid @Body PasswordChangeRequest change) {
        long customerId = Caller.of(authentication).id();
        Standing standing = credentials.changePassword(customerId, change.currentPassword().toCharArray(),
                change.newPassword().toCharArray(), ClientAddress.of(request));
        standings.forget(customerId, (String) authentication.getAttributes().get(Claims.TOKEN_ID));
        return tokens.issue(standing);
    }

    /** Micronaut keeps the token's claims as they were parsed: {@code exp} is a date. */
    private static Instant expiry(Object exp) {
        return exp instanceof Date date ? date.toInstant() : Instant.ofEpochSecond(((Number) exp).longValue());
    }
}
