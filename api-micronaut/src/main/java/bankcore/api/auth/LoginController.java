package bankcore.api.auth;

import bankcore.api.problem.ProblemResponses;
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
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Controller
@Tag(name = "auth")
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginController {

    private static final String SUMMARY = "Log in with e-mail and password; returns a bearer token";
    /** Both methods say it all: the document merges them into one operation. */
    private static final String DESCRIPTION = "As JSON or as a form. Failures slow further attempts (429 with "
            + "Retry-After, a wait that doubles): for one e-mail from one client address, and for one client address "
            + "across e-mails. The owner logging in from another address is not slowed. 401 `bad-credentials` for an "
            + "unknown e-mail or a wrong password.";

    private final Authenticate authenticate;
    private final ManageCredentials credentials;
    private final TokenIssuer tokens;

    LoginController(Authenticate authenticate, ManageCredentials credentials, TokenIssuer tokens) {
        this.authenticate = authenticate;
        this.credentials = credentials;
        this.tokens = tokens;
    }

    @Post("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "login", security = @SecurityRequirement(name = ""), summary = SUMMARY,
            description = DESCRIPTION)
    // One operation for both methods, each media type with the JSON body's schema, JSON first: the fields are the
    // same, and a generated client then sends JSON and needs no form or multipart library.
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LoginRequest.class),
                examples = @ExampleObject(name = "login",
                        value = "{\"username\": \"ada@example.com\", \"password\": \"correct horse battery staple\"}")),
        @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(implementation = LoginRequest.class))})
    @ApiResponse(responseCode = "200", description = "logged in")
    @ProblemResponses.WithBody
    @ProblemResponses.Unauthorized
    @ProblemResponses.TooManyRequests
    @ProblemResponses.Always
    TokenResponse login(HttpRequest<?> http, @Valid @Body LoginRequest request) {
        return login(http, request.username(), request.password());
    }

    /**
     * The same login as a form, as Swagger UI and OAuth2 clients send it. Its fields are bound one by one
     * (each a form value, that is text), not through JSON, where a field must be a JSON string.
     */
    @Post("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Hidden // documented with the JSON method, as one operation with both media types
    TokenResponse loginForm(HttpRequest<?> http, @Body("username") @NotBlank @Size(max = 320) String username,
                            @Body("password") @NotBlank @Size(max = 200) String password) {
        return login(http, username, password);
    }

    private TokenResponse login(HttpRequest<?> http, String username, String password) {
        Customer customer = authenticate.login(username, password.toCharArray(), ClientAddress.of(http));
        return tokens.issue(credentials.standing(customer.id()).orElseThrow(
                () -> new IllegalStateException("customer " + customer.id() + " logged in but has no standing")));
    }
}
