package bankcore.api.auth;

import bankcore.api.problem.Problem;
import bankcore.core.domain.Customer;
import bankcore.core.port.in.Authenticate;
import bankcore.core.port.in.ManageCredentials;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller
@Tag(name = "auth")
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginController {

    private final Authenticate authenticate;
    private final ManageCredentials credentials;
    private final TokenIssuer tokens;

    LoginController(Authenticate authenticate, ManageCredentials credentials, TokenIssuer tokens) {
        this.authenticate = authenticate;
        this.credentials = credentials;
        this.tokens = tokens;
    }

    @Post("/login")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    @Operation(summary = "Log in with e-mail and password; returns a bearer token",
            description = "Failures slow further attempts (429 with Retry-After, a wait that doubles): for one e-mail "
                    + "from one client address, and for one client address across e-mails. The owner logging in "
                    + "from another address is not slowed.")
    @ApiResponse(responseCode = "200", description = "logged in")
    @ApiResponse(responseCode = "401", description = "unknown e-mail or wrong password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "missing or malformed field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "too many failed logins from this address (for this e-mail or any)",
            headers = @Header(name = "Retry-After", description = "seconds to wait"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    TokenResponse login(HttpRequest<?> http, @Valid @Body LoginRequest request) {
        Customer customer = authenticate.login(request.username(), request.password().toCharArray(),
                ClientAddress.of(http));
        return tokens.issue(credentials.standing(customer.id()).orElseThrow(
                () -> new IllegalStateException("customer " + customer.id() + " logged in but has no standing")));
    }
}
